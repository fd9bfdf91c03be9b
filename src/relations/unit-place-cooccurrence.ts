import type { Doc, RelationMention } from '../model/document.js';
import { RelationRecord } from '../model/records.js';
import { cuePositions, findAttribution, type CuePositions } from './attribution.js';
import { clauseDate } from './clause-date.js';
import { GUARDS_IN_EVALUATION_ORDER, type CooccurrencePair } from './cooccurrence-guards.js';
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
 * Stems (captured: addCooccurrences reads where the stem ends), read in the text between the two names. Not "positions": a unit that shelled, praised or held positions near X
 * is read by the rules, and the bare noun placed units named for other things (rule-coverage near misses).
 */
const PRESENCE_WORD = /\b(operat|fight|fought|deploy|station|defend|defens|hold|held|assault|attack|battle|combat|front|reinforc|serv|participat|activ|concentrat|shell|struck|strik|clash|advanc|counterattack|repel|redeploy|arriv|mov|transfer|present|presence|garrison|occup|captur|seiz|took|enter|withdr|retreat|loss|kill|lost|surrender|spotted|seen|observed|filmed|locat)\w*/i;

/**
 * The broad reading of operatesIn (issue 13): a named unit or armed organization (presence.ts presenceActor: never a
 * country or a nationality) and a place named after it in the same sentence, with a word of presence, fighting or
 * movement between them and none of the general guards firing (cooccurrence-guards.ts), operates in that place. Rule
 * `unit-place-cooccurrence`; the clause's date and attribution as every statement has them. Run after the sentence's
 * rules; the stage's dedupe drops it wherever a rule stated the same pair in the sentence. `cues` are the sentence's
 * attribution cues if the stage indexed them already; else they are indexed from `attributionCues` and `infos` only when a
 * statement is made (most sentences make none). Not a closure over the stage's variables: one made per sentence puts
 * them, which the matcher loop reads, in a heap context (A/B with this: 0.984× of int9's relations stage, against 0.988×
 * with the closure; within the ±2% noise).
 */
export function addCooccurrences(
  doc: Doc,
  items: SentenceItems,
  cues: CuePositions | undefined,
  attributionCues: ReadonlySet<string>,
  infos: ReadonlyArray<{ readonly cue: boolean } | undefined>,
  negation: ReadonlySet<string>,
  out: RelationMention[],
): void {
  // The named units and the named places of the sentence, gathered in one walk over its items: each unit then pairs
  // with the places after it only, where each unit used to walk every later item and read each mention's fields again.
  // Measured (branch speed9, in-process A/B over 147 of the 294 ISW reports, 10 alternations in each load order): the
  // relations stage 0.980× of int9's; the pass's share of a CPU profile stayed ~2.8% (its walk over the mentions is most of it).
  const units = UNITS;
  const places = PLACES;
  units.length = places.length = 0;
  for (let i = 0; i < items.length; i++) {
    const m = items.mention[i]!;
    if (m < 0) continue;
    const mention = doc.mentions[m]!;
    // Named here, not a pronoun or a description standing for it ("the unit": anaphora.ts puts its antecedent there).
    if (mention.start !== items.start[i]) continue;
    if (mention.type === 'Place') {
      if (mention.form !== 'demonym' && units.length > 0) places.push(i);
    } else if (presenceActor(mention)) units.push(i);
  }
  if (places.length === 0) return;
  let first = 0;
  for (const u of units) {
    while (first < places.length && places[first]! < u) first++;
    if (first === places.length) break;
    const um = items.mention[u]!;
    const unit = doc.mentions[um]!;
    // The first presence word after the unit, looked for once up to the last place: a later place has a presence word
    // between it and the unit exactly when that word's stem ends before the place (no stem is a prefix of another, and a
    // stem holds no word boundary, so the first match in the text between is this one). Before, the pattern ran on the
    // text between for each pair (2,544 pairs reach the guards per pass over the 294 reports); no change of the stage's
    // time beyond the A/B's ±2% noise was measurable (0.988× of int9's, the lists above included).
    const presence = PRESENCE_WORD.exec(doc.text.slice(unit.end, doc.mentions[items.mention[places[places.length - 1]!]!]!.start));
    if (presence === null) continue;
    const presentFrom = unit.end + presence.index + presence[1]!.length;
    for (let k = first; k < places.length; k++) {
      const p = places[k]!;
      const pm = items.mention[p]!;
      const place = doc.mentions[pm]!;
      if (place.start < presentFrom) continue;
      const between = doc.text.slice(unit.end, place.start);
      const x: CooccurrencePair = { doc, items, u, p, unit, place, between, negation };
      if (someGuard(x)) continue;
      const r = new RelationRecord(um, pm, 'operatesIn', COOCCURRENCE_RULE, COOCCURRENCE_CONFIDENCE, items.sentence);
      const date = clauseDate(doc, items.sentence, items.start[u]!, items.end[p]!);
      if (date !== undefined) r.date = date;
      const attribution = findAttribution(doc, items, u, p, (cues ??= cuePositions(items, attributionCues, infos)));
      if (attribution) r.attribution = attribution;
      out.push(r);
    }
  }
}

/**
 * Some guard of COOCCURRENCE_GUARDS fires on the pair, tried in GUARD_EVALUATION_ORDER (cheapest per pair dropped first).
 * A loop here, not a closure over the pair in addCooccurrences' loop, which made V8 allocate a context for each place
 * tried (heap sampling over the 294 ISW reports, 25f0bbd).
 */
function someGuard(x: CooccurrencePair): boolean {
  for (const g of GUARDS_IN_EVALUATION_ORDER) if (g.test(x)) return true;
  return false;
}

/** The item lists of addCooccurrences, reused from sentence to sentence (the pass runs on every sentence). */
const UNITS: number[] = [];
const PLACES: number[] = [];
