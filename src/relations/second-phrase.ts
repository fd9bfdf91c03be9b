import type { Doc, Mention, RelationMention } from '../model/document.js';
import { derivedStatement } from './derived-statement.js';
import type { SentenceItems } from './items.js';
import { headedToward } from './presence.js';
import { isAttackPhrase, secondPhraseAttack } from './second-phrase-attack.js';

/**
 * A second verb phrase of the same unit: "the 3rd Corps advanced near X and continued to operate near Y", "the 5th
 * Brigade is deployed in X and is also holding positions around Y". The first phrase's operatesIn was read by a
 * rule; after its place (a list of places), "and" opens a second phrase with no new subject, so that phrase's place
 * is the unit's as well. A pass over the rules' statements, not a pattern: as a pattern anchored on the verbs of
 * presence it took 6% of the rule matching time on the ISW corpus (instrumented), for the few sentences that have it.
 */

/** The rules whose operatesIn a second phrase carries on. */
const FIRST_PHRASE_RULES = new Set(['unit-action-at-place', 'unit-stationed-at-place']);
export const SECOND_PHRASE_RULE = 'unit-second-action';
/** Below the rules that read presence directly (0.7, 0.75): measured on dev + domain-dev in rules/confidence.ts. */
const SECOND_PHRASE_CONFIDENCE = 0.7;
/** Plain words between "and" and the verb ("and likely continued to"), and between the verb and the place. */
const MAX_OPENER = 4;
const MAX_TO_PLACE = 7;
const LIST_LINKS = new Set([',', 'and', 'or']);

const isPlace = (m: Mention | undefined): boolean => m !== undefined && m.type === 'Place' && m.form !== 'demonym';

export interface SecondPhraseWords {
  /** Verbs of presence and action (the rules' UNIT_ACTIONS and UNIT_STATES). */
  verbs: ReadonlySet<string>;
  /** Words that end the opener: a plan, a forecast, a new clause ("and will likely …", "and that …"). */
  stops: ReadonlySet<string>;
}

/**
 * Adds, for each operatesIn statement of FIRST_PHRASE_RULES among found[from…] in the items' sentence, the places
 * of a second phrase of its subject. Linear in the statements and the sentence.
 */
export function addSecondPhrases(doc: Doc, items: SentenceItems, found: RelationMention[], from: number, words: SecondPhraseWords): void {
  const end = found.length;
  for (let k = from; k < end; k++) {
    const r = found[k]!;
    if (r.predicate !== 'operatesIn' || !FIRST_PHRASE_RULES.has(r.rule) || r.sentence !== items.sentence) continue;
    const at = items.mention.indexOf(r.object);
    if (at < 0) continue;
    const { verb, places } = secondPlaces(doc, items, at, words);
    // A phrase of attacking gives the attack as well (second-phrase-attack.ts): "… and shelled Y".
    const attacks = places.length > 0 && isAttackPhrase(items, verb, items.mention.indexOf(places[0]!));
    for (const o of places) {
      if (o === r.subject || headedToward(doc, doc.mentions[o]!)) continue;
      const p = derivedStatement(r, o, 'operatesIn', SECOND_PHRASE_RULE, SECOND_PHRASE_CONFIDENCE);
      found.push(p);
      if (attacks) found.push(secondPhraseAttack(p));
    }
  }
}

/** The places of the phrase after the place list holding item `at`: "… near A and B, and continued to operate near C and D" → C, D. */
function secondPlaces(doc: Doc, items: SentenceItems, at: number, words: SecondPhraseWords): { verb: number; places: number[] } {
  const none = { verb: -1, places: [] };
  const isPlaceAt = (i: number): boolean => i < items.length && isPlace(doc.mentions[items.mention[i]!]);
  const key = (i: number): string => (i < items.length && items.mention[i]! < 0 ? items.keys[i]! : '');
  // Past the first phrase's list of places: "A, B, and C".
  let p = at + 1;
  for (;;) {
    let q = p;
    while (LIST_LINKS.has(key(q))) q++;
    if (q === p || !isPlaceAt(q)) break;
    p = q + 1;
  }
  if (key(p) === ',') p++;
  if (key(p) !== 'and') return none;
  p++;
  let n = 0;
  while (n < MAX_OPENER && key(p) !== '' && !words.verbs.has(key(p)) && !words.stops.has(key(p)) && !LIST_LINKS.has(key(p))) p++, n++;
  if (!words.verbs.has(key(p))) return none;
  const verb = p;
  p++;
  // Plain words (a nationality among them: "holding Ukrainian positions near …") up to the place.
  for (n = 0; n < MAX_TO_PLACE && !isPlaceAt(p); n++, p++) {
    const m = items.mention[p];
    if (m === undefined || (m >= 0 && doc.mentions[m]!.form !== 'demonym') || (m < 0 && (LIST_LINKS.has(key(p)) || words.stops.has(key(p))))) return none;
  }
  const places: number[] = [];
  while (isPlaceAt(p)) {
    places.push(items.mention[p]!);
    let q = p + 1;
    while (LIST_LINKS.has(key(q))) q++;
    if (q === p + 1) break;
    p = q;
  }
  return { verb, places };
}
