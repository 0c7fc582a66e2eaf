// Derives the English syllable table from the CMU Pronouncing Dictionary (npm package
// cmu-pronouncing-dictionary). Usage: node cmudict-syllables.mjs /path/to/package/index.js [--tsv]
// count = phonemes with a stress digit in the FIRST pronunciation (the entry without "(n)"), the
// convention of textstat and of CMUdict users. Only lower-case words of a-z, apostrophe, hyphen
// and period are kept, sorted by UTF-16 code unit (= byte order for ASCII).
// Output (default), front-coded: one line per word, "<P><C><suffix>", where P (one digit, 0-9) is
// how many leading characters the word shares with the previous word, C (one digit) its syllable
// count and suffix the rest of the word. With --tsv: plain "word<TAB>count" lines.
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
if (process.argv.includes('--tsv')) {
  process.stdout.write(out.join('\n') + '\n');
} else {
  let prev = '';
  const lines = [];
  for (const line of out) {
    const [word, n] = line.split('\t');
    let p = 0;
    while (p < 9 && p < prev.length && p < word.length && prev[p] === word[p]) p++;
    lines.push(`${p}${n}${word.slice(p)}`);
    prev = word;
  }
  process.stdout.write(lines.join('\n') + '\n');
}
