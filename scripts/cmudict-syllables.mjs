// Derives the English syllable table from the CMU Pronouncing Dictionary (npm package
// cmu-pronouncing-dictionary). Usage: node cmudict-syllables.mjs /path/to/package/index.js > syllables.tsv
// Output: sorted lines "word<TAB>count", count = phonemes with a stress digit in the FIRST
// pronunciation (the entry without "(n)"), the convention of textstat and of CMUdict users.
// Only lower-case words of a-z, apostrophe, hyphen and period are kept.
import { pathToFileURL } from 'node:url';
const mod = await import(pathToFileURL(process.argv[2]).href);
const dict = mod.dictionary;
const out = [];
for (const [word, phones] of Object.entries(dict)) {
  if (word.includes('(')) continue;
  if (!/^[a-z][a-z'.-]*$/.test(word)) continue;
  const n = phones.split(' ').filter((p) => /[012]$/.test(p)).length;
  if (n < 1 || n > 9) continue;
  out.push(word + '\t' + n);
}
out.sort((a, b) => (a.split('\t')[0] < b.split('\t')[0] ? -1 : a.split('\t')[0] > b.split('\t')[0] ? 1 : 0));
process.stdout.write(out.join('\n') + '\n');
