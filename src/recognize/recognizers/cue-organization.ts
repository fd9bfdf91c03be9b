import type { Mention } from '../../model/document.js';
import type { RecognizerFactory } from '../recognizer.js';
import { checkOptionKeys, optionNumber } from '../../stage/options.js';
import { wordView, adjacent, type Word } from '../../model/words.js';
import { CandidateIndex } from '../lexical/candidate-index.js';
import { ruleData } from '../lexical/rule-data.js';
import { functionWords } from '../lexical/function-words.js';
import { foldKey } from '../../model/words.js';
import { HYPHENATED, keyClass, keyClassWhere } from '../../model/key-classes.js';
import { loadCommonWords } from '../../gazetteer/load.js';
import { loadPersonLexicon } from '../people/lexicon.js';
import { MentionRecord } from '../../model/records.js';
import { ARTICLE_JOINED } from '../../gazetteer/words.js';

const NAME = 'cue-organization';
/** Longest name a cue introduces. */
const MAX_NAME_WORDS = 4;
const OPENING_QUOTES = new Set(['"', '“', '”', "'", '‘', '«']);
/** Names another recognizer already typed this way are theirs; a place under the name is not (the cue says more). */
const KNOWN = new Set(['Person', 'Organization', 'MilitaryUnit']);
const known = (m: Mention): boolean => KNOWN.has(m.type);
const isArea = (m: Mention): boolean => m.type === 'Place' && m.form !== 'demonym' && (m.placeKind === 'AdministrativeArea' || m.placeKind === 'Country');

interface Cues {
  before: { cue: string; confidence: number }[];
  endings: string[];
  stop: string[];
  afterAcronym: string[];
  afterName: string[];
  arabicOpeners: string[];
}

/** An acronym or a word no list knows before a noun that says it is an organization: as sure as a weak cue before a name. */
const ACRONYM_CONFIDENCE = 0.75;
/** Adjectives of a doctrine ("Islamist", "Maoist"), no organization's name. */
const DOCTRINE = /ists?$/;
/** "ABC", "XYZW": capitals only, two to six of them (longer runs are headlines or shouting). */
const BARE_ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * Organizations that no list knows, from the words around them (`gazetteers/rules/organization-cues.json`):
 * a lower-case noun right before a capitalized name says what it is ("news outlet X", "the Kremlin-affiliated
 * channel X", "milblogger X", "the bank X", "the company X"), and a company-like ending marks a single
 * unknown word ("…bank"). A name that starts with a known given name is left to the person rules
 * ("milblogger Igor …"). Priority above gazetteer places (a cue says more than a place list) and below the
 * person, unit and organization rules.
 */
export const cueOrganizationRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, NAME, ['priority']);
  const priority = optionNumber(options, 'priority', NAME, 55, [0, 1000]);
  const data = ruleData<Cues>('organization-cues.json');
  const cues = new Map(data.before.map((c) => [foldKey(c.cue), c.confidence]));
  const CUE = keyClass('cue-organization.cue', cues.keys());
  const afterAcronym = new Set(data.afterAcronym.map(foldKey));
  const afterName = new Set(data.afterName.map(foldKey));
  const AFTER_NAME = keyClass('cue-organization.after-name', afterName);
  const ARABIC_OPENER = keyClass('cue-organization.arabic-opener', data.arabicOpeners.map(foldKey));
  // Military abbreviations ("BTG", "CAA") name units and their echelons, not organizations.
  const unitAbbreviations = new Set(ruleData<{ abbreviations: { abbr: string }[] }>('unit-abbreviations.json').abbreviations.map((a) => a.abbr));
  const endings = data.endings.map(foldKey);
  // Facts of a word's form, as bits the word view reads once per form (HYPHENATED too): the two tests read each
  // word's key string at every lower-case (hyphen) or capitalized (ending) word of every document.
  const COMPANY_ENDING = keyClassWhere('cue-organization.company-ending', endingTest(endings));
  const fw = functionWords();
  const lex = loadPersonLexicon();
  // Months and weekdays end such a name; organization heads and words like "News" or "Post" do not.
  const notName = new Set(data.stop.map(foldKey));
  const common = loadCommonWords();

  return {
    name: NAME,
    recognize(doc, candidates) {
      const { words, classes } = wordView(doc);
      const text = doc.text;
      const index = CandidateIndex.of(candidates);
      const out: Mention[] = [];
      const isNameWord = (w: Word): boolean =>
        (w.capitalized || w.allCaps) && !w.punct && !fw.has(w.key) && !notName.has(w.key) && !index.demonymStartingAt(w.start);
      // "Islamist", "Maoist": an adjective of a doctrine describes a movement, it does not name one.
      const unknownWord = (w: Word): boolean => !w.punct && !w.possessive && /^\p{Lu}\p{Ll}+$/u.test(w.text) && !DOCTRINE.test(w.key) && !common.words.has(w.key) && !common.personNames.has(w.key) && !fw.has(w.key);
      // A given name of the lexicon, or a person's name that is also an English word ("Carol", "June") when a
      // capitalized word follows it as a surname.
      const givenName = (k: number): boolean =>
        lex.firstNames.has(words[k]!.key) ||
        (common.personNames.has(words[k]!.key) && k + 1 < words.length && words[k + 1]!.capitalized && !words[k + 1]!.punct && adjacent(text, words[k]!, words[k + 1]!));
      // A run opened by a given name may be a person's name ("the newspaper, Anna Kovac"), unless a later word
      // is one no personal name holds ("Kamil News"): ISW dev, "… outlet X News" lost once the given-name lists grew.
      const personLike = (first: number, end: number): boolean => {
        if (!lex.firstNames.has(words[first]!.key)) return false;
        for (let k = first + 1; k < end; k++) if (lex.notName.has(words[k]!.key)) return false;
        return true;
      };
      // Word i is followed by one of the nouns, right after it or after one lower-case noun of the trade ("X oil company").
      // The nouns' key-class bit first (a maybe, confirmed by the set): most words after a name are no such noun, and
      // the word two on is tested before the three set look-ups of the noun of the trade. The recognizer's share of a warm
      // pipeline's CPU profile over the 294 ISW reports 1.50% → 0.78% (branch speed13; docs/speed-history.md).
      const namedByNounAfter = (i: number): boolean => {
        const next = words[i + 1]!;
        if (next.capitalized || !adjacent(text, words[i]!, next)) return false;
        if (classes[i + 1]! & AFTER_NAME && afterName.has(next.key)) return true;
        if (i + 2 >= words.length || !(classes[i + 2]! & AFTER_NAME)) return false;
        const after = words[i + 2]!;
        return !after.capitalized && afterName.has(after.key) && !next.punct && !fw.has(next.key) && common.words.has(next.key) && adjacent(text, next, after);
      };
      for (let i = 0; i + 1 < words.length; i++) {
        const w = words[i]!;
        // "the XYZ statement", "XYZ officials": an acronym no list knows, named by what follows it.
        // "XYZ's Maria Oleski reports …": an acronym that has a person (a known given name after its possessive)
        // is the organization the person works for.
        // Tested once per word for both acronym cues below, and only at all-caps words.
        const acronym = w.allCaps && BARE_ACRONYM.test(w.text) && !unitAbbreviations.has(w.text);
        if (acronym && words[i + 1]!.possessive && i + 2 < words.length && words[i + 2]!.capitalized && givenName(i + 2) && !index.someOverlapping(w.start, w.end)) {
          out.push(new MentionRecord(w.start, w.end, w.text, 'Organization', 'name', NAME, priority, ACRONYM_CONFIDENCE));
          continue;
        }
        if (acronym && afterAcronym.has(words[i + 1]!.key) && !words[i + 1]!.capitalized && adjacent(text, w, words[i + 1]!) && !index.someOverlapping(w.start, w.end)) {
          out.push(new MentionRecord(w.start, w.end, w.text, 'Organization', 'name', NAME, priority, ACRONYM_CONFIDENCE));
          continue;
        }
        // "the leftist X movement", "Mr. Y's X party", "the X oil company": one word no lexicon knows, named by the noun after it.
        // The next word in lower case before the closure call: a name word is mostly followed by another
        // (namedByNounAfter: 30 ms self time over the 294 ISW reports, CPU profiles, before this test).
        if (w.capitalized && !w.allCaps && !words[i + 1]!.capitalized && namedByNounAfter(i) && unknownWord(w) && !index.someOverlapping(w.start, w.end)) {
          // The capitalized words right before it belong to the name ("the United Torah X party").
          let first = i;
          while (first > 0 && i - first < MAX_NAME_WORDS - 1 && words[first - 1]!.sentence === w.sentence && adjacent(text, words[first - 1]!, words[first]!) && isNameWord(words[first - 1]!) && !words[first - 1]!.possessive && !index.someOverlapping(words[first - 1]!.start, words[first - 1]!.end)) first--;
          const start = words[first]!.start;
          out.push(new MentionRecord(start, w.end, text.slice(start, w.end), 'Organization', 'name', NAME, priority, ACRONYM_CONFIDENCE));
          continue;
        }
        // "Liwa al-X", "Kataib X al-Y": an Arabic word opening armed groups' names, and the name words after it.
        if (w.capitalized && classes[i]! & ARABIC_OPENER) {
          const end = arabicNameEnd(i);
          if (end > 0) {
            const stop = words[end - 1]!.end;
            if (!index.someOverlapping(w.start, stop, known)) {
              out.push(new MentionRecord(w.start, stop, text.slice(w.start, stop), 'Organization', 'name', NAME, priority, ARABIC_NAME_CONFIDENCE));
              i = end - 1;
              continue;
            }
          }
        }
        // "the oil-giant X", "an aid-group X": a hyphenated noun ending in a cue is that cue.
        const confidence = !w.capitalized ? (classes[i]! & CUE ? cues.get(w.key) : classes[i]! & HYPHENATED ? hyphenatedCue(w.key, cues) : undefined) : undefined;
        if (confidence !== undefined) {
          let first = i + 1;
          if (OPENING_QUOTES.has(words[first]!.text) && first + 1 < words.length) first++;
          // "a Freedonian oil company, Zarcorp, said": the name in commas right after the cue (no place under it:
          // "the group, Kyiv said" is another clause).
          const apposed = words[first]!.text === ',' && first + 1 < words.length ? first + 1 : -1;
          if (apposed >= 0) {
            let end = apposed;
            while (end < words.length && end - apposed < MAX_NAME_WORDS && words[end]!.sentence === w.sentence && isNameWord(words[end]!) && (end === apposed || adjacent(text, words[end - 1]!, words[end]!))) end++;
            const closer = words[end];
            const closed = end > apposed && (closer === undefined || closer.sentence !== w.sentence || closer.text === ',' || closer.text === '.');
            const start = words[apposed]!.start;
            const stop = closed ? words[end - 1]!.end : start;
            if (closed && !personLike(apposed, end) && !(end - apposed === 1 && common.words.has(words[apposed]!.key) && !words[apposed]!.allCaps) && !index.someOverlapping(start, stop)) {
              out.push(new MentionRecord(start, stop, text.slice(start, stop), 'Organization', 'name', NAME, priority, confidence));
              i = end - 1;
            }
            continue;
          }
          if (!adjacent(text, words[first - 1]!, words[first]!) && first === i + 1) continue;
          let end = first;
          while (end < words.length && end - first < MAX_NAME_WORDS && words[end]!.sentence === w.sentence && isNameWord(words[end]!) && (end === first || adjacent(text, words[end - 1]!, words[end]!))) end++;
          if (end === first || personLike(first, end)) continue;
          // A single ordinary word after the cue is a description ("the company Board"), not a name.
          if (end - first === 1 && common.words.has(words[first]!.key) && !words[first]!.allCaps) continue;
          const start = words[first]!.start;
          const stop = words[end - 1]!.end;
          if (index.someOverlapping(start, stop, known)) continue;
          // A region or a country named whole is no organization of the cue's kind: "the east (left) bank
          // Kherson Oblast" is the river's bank, not a bank called so.
          if (index.someNameWithSpan(start, stop, isArea)) continue;
          out.push(new MentionRecord(start, stop, text.slice(start, stop), 'Organization', 'name', NAME, priority, confidence));
          i = end - 1;
          continue;
        }
        if (w.capitalized && !w.allCaps && classes[i]! & COMPANY_ENDING && hasEnding(w.key, endings) && !common.words.has(w.key) && !common.personNames.has(w.key)) {
          if (index.someOverlapping(w.start, w.end)) continue;
          out.push(new MentionRecord(w.start, w.end, w.text, 'Organization', 'name', NAME, priority, 0.75));
        }
      }
      return out;

      /** One past the last name word after the opener at i ("al-X" counts), or -1 when none follows it. */
      function arabicNameEnd(i: number): number {
        let end = i + 1;
        while (end < words.length && end - i <= MAX_NAME_WORDS && words[end]!.sentence === words[i]!.sentence && adjacent(text, words[end - 1]!, words[end]!)) {
          const x = words[end]!;
          if (!(ARTICLE_JOINED.test(x.text) || (isNameWord(x) && !x.allCaps && !x.possessive))) break;
          end++;
        }
        return end > i + 1 ? end : -1;
      }
    },
  };
};

/** As sure as a cue noun before a name: the opener says what kind of name follows. */
const ARABIC_NAME_CONFIDENCE = 0.8;

/** The cue a hyphenated lower-case word ends in ("oil-giant" → "giant"), or undefined. */
function hyphenatedCue(key: string, cues: ReadonlyMap<string, number>): number | undefined {
  const dash = key.lastIndexOf('-');
  return dash > 0 ? cues.get(key.slice(dash + 1)) : undefined;
}

/**
 * The class test for `hasEnding` with these endings, one function per list of endings (the same list gives the
 * same function, so building another pipeline registers no second test: see keyClassWhere).
 */
function endingTest(endings: readonly string[]): (key: string) => boolean {
  const id = endings.join('\n');
  let test = endingTests.get(id);
  if (!test) endingTests.set(id, (test = (key) => hasEnding(key, endings)));
  return test;
}

const endingTests = new Map<string, (key: string) => boolean>();

/**
 * The key ends with one of `endings` after at least three more characters. A function of its own rather than
 * `endings.some((e) => …)` in the loop: a closure there captures the loop's word, so every word of the
 * document allocated a binding for it (~20 MB per pass over the 2 MB bench corpus).
 */
function hasEnding(key: string, endings: readonly string[]): boolean {
  for (const e of endings) if (key.length > e.length + 2 && key.endsWith(e)) return true;
  return false;
}
