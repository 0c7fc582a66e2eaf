#!/bin/sh
# Regenerates feedback-rules/.../lexicon/en/syllables.fc.gz (front-coded, see cmudict-syllables.mjs) from the CMU Pronouncing Dictionary
# (npm package cmu-pronouncing-dictionary). Needs npm, node and gzip. Run from the repository root.
set -eu
VERSION="${1:-3.0.0}"
OUT=feedback-rules/src/main/resources/io/github/feedbackkit/rules/lexicon/en/syllables.fc.gz
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "cmu-pronouncing-dictionary@$VERSION" >/dev/null && tar xzf ./*.tgz)
node scripts/cmudict-syllables.mjs "$TMP/package/index.js" | gzip -9 -n > "$OUT"
echo "wrote $OUT ($(wc -c < "$OUT") bytes)"
