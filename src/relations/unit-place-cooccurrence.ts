import type { Doc, RelationMention } from '../model/document.js';
import { RelationRecord } from '../model/records.js';
import { findAttribution, type CuePositions } from './attribution.js';
import { clauseDate } from './clause-date.js';
import { COOCCURRENCE_GUARDS, type CooccurrencePair } from './cooccurrence-guards.js';
import type { SentenceItems } from './items.js';
import { presenceActor } from './presence.js';

/** The rule name written on the statements of the broad reading. */
export const COOCCURRENCE_RULE = 'unit-place-cooccurrence';

/**
 * The rule table's confidence, below every rule that reads operatesIn from its words, so that the stage's dedupe keeps
 * theirs for the same pair in a sentence; calibrate.ts then gives the measured one (rules/confidence.ts).
 */
const COOCCURRENCE_CONFIDENCE = 0.5;

/**
 * A word of presence, fighting, moving or losing between the unit and the place: the class the reading keeps. Measured
 * 2026-12-07 on ISW dev + ISW blind dev, candidates no rule had paired, after the guards (right/judged): the whole
 * sentence, either order, 22/102 (0.22, an early guard set; the place before the unit 7/46); the place after the unit
 * 5/27 (0.19); with a locative preposition before the place 4/9 (0.44); no comma between 4/12; within 4 items 1/4,
 * 8 items 1/16, 12 items 2/24; a presence word between 3/4 (0.75, the only class at the 0.75 bar; kept).
 * Stems, read in the text between the two names. Not "positions": a unit that shelled, praised or held positions near X
 * is read by the rules, and the bare noun placed units named for other things (rule-coverage near misses).
 */
const PRESENCE_WORD = /\b(?:operat|fight|fought|deploy|station|defend|defens|hold|held|assault|attack|battle|combat|front|reinforc|serv|participat|activ|concentrat|shell|struck|strik|clash|advanc|counterattack|repel|redeploy|arriv|mov|transfer|present|presence|garrison|occup|captur|seiz|took|enter|withdr|retreat|loss|kill|lost|surrender|spotted|seen|observed|filmed|locat)\w*/i;

/**
 * The broad reading of operatesIn (issue 13): a named unit or armed organization (presence.ts presenceActor: never a
 * country or a nationality) and a place named after it in the same sentence, with a word of presence, fighting or
 * movement between them and none of the general guards firing (cooccurrence-guards.ts), operates in that place. Rule
 * `unit-place-cooccurrence`; the clause's date and attribution as every statement has them. Run after the sentence's
 * rules; the stage's dedupe drops it wherever a rule stated the same pair in the sentence. `cues` gives the sentence's
 * attribution cues, indexed only when a statement is made (most sentences make none).
 */
export function addCooccurrences(doc: Doc, items: SentenceItems, cues: () => CuePositions, negation: ReadonlySet<string>, out: RelationMention[]): void {
  // The sentence's named places first: most sentences have no unit or no place after one, and a sentence of thousands
  // of unit names and no place (the long-sentence growth test) must not pair every unit with every later item.
  const places: number[] = [];
  for (let p = 0; p < items.length; p++) {
    const pm = items.mention[p]!;
    if (pm < 0) continue;
    const place = doc.mentions[pm]!;
    if (place.type === 'Place' && place.form !== 'demonym' && place.start === items.start[p]) places.push(p);
  }
  if (places.length === 0) return;
  // Where the presence words start in the sentence, read once: a place before the first of them after the unit has no
  // presence word between, and is passed over without running the pattern over the text between (quadratic in a
  // sentence of many units and places). The pattern over the text between still decides every other pair.
  const s = doc.sentences[items.sentence]!;
  const presence = new RegExp(PRESENCE_WORD.source, 'gi');
  const wordStarts: number[] = [];
  for (const w of doc.text.slice(s.start, s.end).matchAll(presence)) wordStarts.push(s.start + w.index);
  if (wordStarts.length === 0) return;
  let first = 0;
  for (let u = 0; u < items.length; u++) {
    const um = items.mention[u]!;
    // Named here, not a pronoun or a description standing for it ("the unit": anaphora.ts puts its antecedent there).
    if (um < 0 || doc.mentions[um]!.start !== items.start[u] || !presenceActor(doc.mentions[um]!)) continue;
    const unit = doc.mentions[um]!;
    while (first < places.length && places[first]! <= u) first++;
    // The first presence word starting after the unit; a place is a candidate only after it. Where the unit's name
    // ends inside a word, the text between may start with a word the sentence's reading does not see: no shortcut.
    const midWord = WORD_CHAR.test(doc.text[unit.end - 1] ?? '') && WORD_CHAR.test(doc.text[unit.end] ?? '');
    const word = midWord ? unit.end : firstAtOrAfter(wordStarts, unit.end);
    if (word === undefined) continue;
    for (let k = first; k < places.length; k++) {
      const p = places[k]!;
      const pm = items.mention[p]!;
      const place = doc.mentions[pm]!;
      if (word >= place.start) continue;
      const between = doc.text.slice(unit.end, place.start);
      if (!PRESENCE_WORD.test(between)) continue;
      const x: CooccurrencePair = { doc, items, u, p, unit, place, between, negation };
      if (COOCCURRENCE_GUARDS.some((g) => g.test(x))) continue;
      const r = new RelationRecord(um, pm, 'operatesIn', COOCCURRENCE_RULE, COOCCURRENCE_CONFIDENCE, items.sentence);
      const date = clauseDate(doc, items.sentence, items.start[u]!, items.end[p]!);
      if (date !== undefined) r.date = date;
      const attribution = findAttribution(doc, items, u, p, cues());
      if (attribution) r.attribution = attribution;
      out.push(r);
    }
  }
}

const WORD_CHAR = /\w/;

/** The first of `starts` (ascending) at or after `from`, by binary search. */
function firstAtOrAfter(starts: readonly number[], from: number): number | undefined {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return starts[lo];
}
