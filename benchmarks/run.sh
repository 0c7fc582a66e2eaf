#!/usr/bin/env bash
# Runs the FeedbackKit benchmark suite (JMH) and summarises it.
#
#   benchmarks/run.sh            full run (5-10 warm-up + 5 measured iterations of 1-2 s; 2 forks per
#                                benchmark, except that the figures each goal compares (the analysis on
#                                1 and 2 threads with LanguageTool, the floor on 1 and 2 threads,
#                                analyzeText at each size) run 4 rounds of alternating forks (Suite);
#                                about 25 minutes on 2 cores)
#   benchmarks/run.sh --quick    smoke run in under 3 minutes: 1 fork, short iterations, wide error bars
#   benchmarks/run.sh [--quick] [--only REGEX] [JMH options...]
#       --only: the benchmarks to run (default: the suite, ComparisonBenchmark and ScalingBenchmark);
#       e.g. --only 'ComparisonBenchmark.(floor|languageTool)' -prof stack
#
# Writes JMH's JSON to benchmarks/results/, prints a table, and as its very last line one JSON
# object: analyzeDocsPerSec, textLayerDocsPerSec, floorDocsPerSec, languageToolDocsPerSec,
# allocBytesPerDoc, scaling1MbOver100Kb, twoThreadSpeedup.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

quick=""
only='io\.github\.feedbackkit\.benchmarks\.(ComparisonBenchmark|ScalingBenchmark)\.'
jmh_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick="--quick" ;;
    --only) only="${2:?--only needs a regular expression}"; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) jmh_args+=("$1") ;;
  esac
  shift
done

echo "Building benchmarks/target/benchmarks.jar ..." >&2
./mvnw -B -q -Pbench -pl benchmarks -am package -DskipTests >&2

jar="$here/target/benchmarks.jar"
mkdir -p "$here/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
if [[ -n "$quick" ]]; then
  result="$here/results/quick-$stamp.json"
  # Smoke run: 1 fork, 1 x 0.5 s warm-up, 2 x 0.5 s measured; scaling at 1 KB, 100 KB and 1 MB only.
  timing=(-f 1 -wi 1 -w 500ms -i 2 -r 500ms -p size=1KB,100KB,1MB)
  echo "QUICK smoke run: 1 fork, short iterations, wide error bars; not for quoting." >&2
else
  result="$here/results/full-$stamp.json"
  timing=()   # the classes' own @Fork/@Warmup/@Measurement
fi

# JMH allows one run per machine; wait (up to 20 minutes) for another to finish rather than fail.
java -cp "$jar" io.github.feedbackkit.benchmarks.WaitForJmh 1200 >&2
load_before="$(cat /proc/loadavg 2>/dev/null | cut -d' ' -f1-3 || true)"
# Suite: JMH's command line, except that the benchmarks a goal's ratio compares run in alternating
# forks (see Suite's Javadoc), so that the host's slow stretches fall on both sides of the ratio.
java -cp "$jar" io.github.feedbackkit.benchmarks.Suite ${timing[@]+"${timing[@]}"} -prof gc -rf json -rff "$result" ${jmh_args[@]+"${jmh_args[@]}"} "$only" >&2
load_after="$(cat /proc/loadavg 2>/dev/null | cut -d' ' -f1-3 || true)"
cp "$result" "$here/results/latest.json"

echo "Machine: $(nproc 2>/dev/null || echo '?') cores; load average (1, 5, 15 min) before the run: ${load_before:-n/a}, after: ${load_after:-n/a}"
java -cp "$jar" io.github.feedbackkit.benchmarks.Summary "$result" $quick
