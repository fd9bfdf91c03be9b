import { PhraseTable } from '../lexical/phrase-table.js';
import { ruleData } from '../lexical/rule-data.js';
import { foldKey } from '../../model/words.js';
import { functionWords } from '../lexical/function-words.js';

export interface TitleEntry {
  title: string;
  /** A common word that is a title only when capitalized ("General"). */
  capitalOnly: boolean;
}

/** Everything the person rules look up, loaded once per recognizer from `gazetteers/rules/`. */
export interface PersonLexicon {
  titles: PhraseTable<TitleEntry>;
  /** Words that extend a title to their right ("Deputy", "Acting"). */
  modifiers: PhraseTable<true>;
  /** Given names, lower case. */
  firstNames: ReadonlySet<string>;
  /** Given names that are also English words ("mark", "grace"): a name only before an unknown surname. */
  wordGivenNames: ReadonlySet<string>;
  /** Lower-case particles allowed between name words ("von", "al", "bin"). */
  innerParticles: ReadonlySet<string>;
  /** Hyphenated article prefixes dropped from surnames used alone ("al-"). */
  articlePrefixes: readonly string[];
  /** Keys of capitalized words that are never part of a personal name. */
  notName: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  /** Arabic words that open armed groups' names ("Jaish", "Ansar", "Kataib"): never in a personal name. */
  groupHeads: ReadonlySet<string>;
  /** Generic first words of Arabic place names ("Ain", "Ras", "Wadi", "Bab"): "<head> al-X" names a place. */
  placeHeads: ReadonlySet<string>;
  /** "Abu", "Umm": they open a person's byname and many places' names. */
  kunyas: ReadonlySet<string>;
}

export function loadPersonLexicon(): PersonLexicon {
  const titleRows = ruleData<{ titles: { title: string; capitalOnly?: boolean }[]; modifiers: string[] }>('person-titles.json');
  const titles = new PhraseTable<TitleEntry>();
  for (const t of titleRows.titles) {
    const entry = { title: t.title, capitalOnly: t.capitalOnly === true };
    titles.add(t.title, entry);
    // The word view keeps hyphenated words whole: "Colonel-General" is one word, the same title as "Colonel General".
    if (/\s/.test(t.title)) titles.add(t.title.replace(/\s+/g, '-'), entry);
  }
  const modifiers = new PhraseTable<true>();
  for (const m of titleRows.modifiers) modifiers.add(m, true);

  const particles = ruleData<{ inner: string[]; prefixes: string[] }>('name-particles.json');
  const notName = new Set<string>();
  const addWords = (phrases: readonly string[]): void => {
    for (const p of phrases) for (const w of p.split(/\s+/)) notName.add(foldKey(w));
  };
  addWords(ruleData<{ words: string[] }>('not-name-words.json').words);
  const heads = ruleData<{ heads: string[]; standalone: string[] }>('organization-heads.json');
  addWords(heads.heads);
  addWords(heads.standalone);
  addWords(ruleData<{ echelons: { name: string; plural?: string }[] }>('unit-echelons.json').echelons.flatMap((e) => [e.name, e.plural ?? e.name]));
  // Title words are never names, except those that are also common given names or surnames.
  addWords(titleRows.titles.map((t) => t.title).filter((t) => !/^(King|Major|Chancellor|Chief|Marshal|Judge|Prince|Sheikh)$/.test(t)));
  // Unit type words ("Infantry", "Artillery") are not names, unless they are also given names ("Marine").
  // English-language given names, and Russian and Ukrainian ones in their English spellings ("Artyom",
  // "Vadym"), which the English lexicon lacks and which most people in war reporting bear.
  // And names borne in at least two of France, Spain, Italy and Germany ("Abdelaziz", "Mathilde"): wire news
  // names people of every origin.
  const firstNames = new Set(['first-names.json', 'first-names-slavic.json', 'first-names-european.json'].flatMap((f) => ruleData<{ names: string[] }>(f).names));
  // And Arabic, Persian, Kurdish and Pashto given names ("Qassem", "Mazloum", "Zabihullah"), which the lists above
  // lack though the leaders and commanders of Middle Eastern and Afghan reporting bear them. The words that open
  // armed groups' names ("Ansar" is also a Tatar given name in the Slavic list) are no name.
  const middleEast = ruleData<{ givenNames: string[]; groupHeads: string[]; placeHeads: string[]; kunyas: string[] }>('names-middle-east.json');
  for (const n of middleEast.givenNames) firstNames.add(n);
  for (const h of middleEast.groupHeads) {
    firstNames.delete(h);
    notName.add(h);
  }
  const placeHeads = new Set([...ruleData<{ beforeArabic: string[] }>('toponym-qualifiers.json').beforeArabic, ...middleEast.placeHeads]);
  for (const t of ruleData<{ types: { name: string; variants?: string[] }[] }>('unit-types.json').types) {
    for (const w of [t.name, ...(t.variants ?? [])].flatMap((p) => p.split(/\s+/))) if (!firstNames.has(foldKey(w))) notName.add(foldKey(w));
  }
  notName.delete('of');
  notName.delete('the');

  return {
    titles,
    modifiers,
    firstNames,
    wordGivenNames: new Set(ruleData<{ names: string[] }>('given-names-also-words.json').names),
    innerParticles: new Set(particles.inner),
    articlePrefixes: particles.prefixes,
    notName,
    functionWords: functionWords(),
    groupHeads: new Set(middleEast.groupHeads),
    placeHeads,
    kunyas: new Set(middleEast.kunyas),
  };
}
