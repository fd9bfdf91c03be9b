import type { Mention } from '../../model/document.js';
import { checkOptionKeys, optionNumber } from '../../stage/options.js';
import type { RecognizerFactory } from '../recognizer.js';
import { MentionRecord } from '../../model/records.js';
import { wordView, type Word } from '../../model/words.js';
import { CandidateIndex } from '../lexical/candidate-index.js';

/**
 * Volunteer and proxy units named in quotes next to an echelon word: 'the “Kaskad” division', 'division
 * “Kaskad”', 'the “Orlan” and “Sokil” battalions', 'the “Berkut” volunteer sapper battalion', 'the “Atal”
 * Battalion'. The quoted name is the unit (the guidelines: named battalions and detachments are UNIT); a
 * capitalized echelon right after the quote belongs to the name ("“Atal” Battalion"), a lower-case one
 * does not. Quoted words elsewhere (slogans, nicknames, scare quotes) have no echelon next to them.
 */
const ECHELONS: ReadonlySet<string> = new Set([
  'battalion', 'battalions', 'company', 'companies', 'platoon', 'platoons', 'detachment', 'detachments', 'regiment',
  'regiments', 'brigade', 'brigades', 'division', 'divisions', 'squad', 'squads',
]);
const OPEN_QUOTES = new Set(['“', '"', '”', '«', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '»', '’']);
/** Lower-case words allowed between the quote and the echelon ("volunteer engineer-sapper battalion"). */
const MAX_MODIFIERS = 3;
const MAX_NAME_WORDS = 3;
/** Below the unit grammar (80): a unit it reads itself wins. */
const PRIORITY_QUOTED_UNIT = 70;
/** Above the unit grammar's bare echelon phrase and the person's name inside the quotes. */
const PRIORITY_NAMED_AFTER = 85;

export const quotedUnitRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, 'quoted-unit', ['confidence']);
  const confidence = optionNumber(options, 'confidence', 'quoted-unit', 0.75, [0, 1]);
  return {
    name: 'quoted-unit',
    recognize(doc, candidates) {
      const { words } = wordView(doc);
      const names: { open: number; close: number }[] = [];
      for (let i = 0; i + 2 < words.length; i++) {
        const close = quotedName(words, i);
        if (close > 0) names.push({ open: i, close });
      }
      if (names.length === 0) return [];
      // The candidate index only once a quoted name is found: most documents have none, and extending the
      // index with the candidates added since the last recognizer that used it costs a merge of all of them.
      const index = CandidateIndex.of(candidates);
      const out: Mention[] = [];
      for (let n = 0; n < names.length; n++) {
        const { open, close } = names[n]!;
        // "the “Ivan Sirko” Volunteer Tank Battalion": a unit the grammar read right after the quote is named
        // by it, even when the quoted words are a person's name; the whole is the unit.
        const unitAfter = close + 1 < words.length ? index.nameStartingAt(words[close + 1]!.start) : undefined;
        if (unitAfter?.type === 'MilitaryUnit' && unitAfter.form === 'name' && words[close + 1]!.capitalized) {
          const start = words[open]!.start;
          out.push(new MentionRecord(start, unitAfter.end, doc.text.slice(start, unitAfter.end), 'MilitaryUnit', 'name', 'quoted-unit', PRIORITY_NAMED_AFTER, confidence));
          continue;
        }
        // The echelon after the last name of a coordination ("“A” and “B” battalions") serves them all.
        let last = n;
        while (last + 1 < names.length && joined(words, names[last]!.close + 1, names[last + 1]!.open)) last++;
        const after = echelonAfter(words, names[last]!.close + 1);
        const before = open > 0 && ECHELONS.has(words[open - 1]!.key) && !words[open - 1]!.capitalized;
        if (after < 0 && !before) continue;
        // A capitalized echelon right after this name's quote joins its span.
        const withHead = last === n && after >= 0 && after === close + 1 && words[after]!.capitalized;
        const start = withHead ? words[open]!.start : words[open + 1]!.start;
        const end = withHead ? words[after]!.end : words[close - 1]!.end;
        if (index.someOverlapping(words[open + 1]!.start, words[close - 1]!.end, (m) => m.type === 'MilitaryUnit' || m.type === 'Person')) continue;
        out.push(new MentionRecord(start, end, doc.text.slice(start, end), 'MilitaryUnit', 'name', 'quoted-unit', PRIORITY_QUOTED_UNIT, confidence));
      }
      return out;
    },
  };
};

/** Word i opens a quote around one to three capitalized words: the index of the closing quote, else -1. */
function quotedName(words: readonly Word[], i: number): number {
  // Every quote is one character: a length test spares the set look-up for nearly every word.
  const open = words[i]!.text;
  if (open.length !== 1 || !OPEN_QUOTES.has(open)) return -1;
  let k = i + 1;
  while (k < words.length && k - i - 1 < MAX_NAME_WORDS && !words[k]!.punct && words[k]!.capitalized && words[k]!.sentence === words[i]!.sentence) k++;
  return k > i + 1 && k < words.length && CLOSE_QUOTES.has(words[k]!.text) ? k : -1;
}

/** Only "and"/"or"/"," between word `from` and the next name's opening quote at `to`. */
function joined(words: readonly Word[], from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let k = from; k < to; k++) if (!['and', 'or', ','].includes(words[k]!.key)) return false;
  return true;
}

/** The echelon word after word `from`, past a few lower- or upper-case modifiers ("volunteer", "Tank"); -1 if none. */
function echelonAfter(words: readonly Word[], from: number): number {
  for (let k = from; k < words.length && k - from <= MAX_MODIFIERS; k++) {
    const w = words[k]!;
    if (w.punct || w.sentence !== words[from]!.sentence) return -1;
    if (ECHELONS.has(w.key)) return k;
  }
  return -1;
}
