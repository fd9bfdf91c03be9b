import type { Doc, Mention, RelationMention } from '../model/document.js';
import { derivedStatement } from './derived-statement.js';
import type { SentenceItems } from './items.js';
import { headedToward } from './presence.js';
import { movedToward } from './unit-move-destination.js';
import { isAttackPhrase, secondPhraseAttack } from './second-phrase-attack.js';

/**
 * A second verb phrase of the same unit: "the 3rd Corps advanced near X and continued to operate near Y", "the 5th
 * Brigade is deployed in X and is also holding positions around Y". The first phrase's operatesIn was read by a
 * rule; after its place (a list of places), "and" opens a second phrase with no new subject, so that phrase's place
 * is the unit's as well. A pass over the rules' statements, not a pattern: as a pattern anchored on the verbs of
 * presence it took 6% of the rule matching time on the ISW corpus (instrumented), for the few sentences that have it.
 */

/**
 * The rules whose operatesIn a second phrase carries on. A unit named among a force shares its second phrase too
 * ("Russian forces, including elements of A, shelled X and attacked Y"); a unit sent somewhere does not (the one
 * who sent it may be the second phrase's subject: "the command moved A to X and shelled Y").
 */
const FIRST_PHRASE_RULES = new Set(['unit-action-at-place', 'unit-stationed-at-place', 'unit-among-forces']);
export const SECOND_PHRASE_RULE = 'unit-second-action';
/** Below the rules that read presence directly (0.7, 0.75): measured on dev + domain-dev in rules/confidence.ts. */
const SECOND_PHRASE_CONFIDENCE = 0.7;
/** Plain words between "and" and the verb ("and likely continued to"), and between the verb and the place. */
const MAX_OPENER = 4;
const MAX_TO_PLACE = 7;
const LIST_LINKS = new Set([',', 'and', 'or']);
/** Plain words after the first phrase's places, before the "and" of the second ("on May 5", "in early June"). */
const MAX_FIRST_TAIL = 4;
/** Words that open another clause or a comparison: what follows them is no second phrase of the unit. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'where', 'when', 'while', 'as', 'than', 'but', 'because', 'after', 'before', 'since', 'until', 'if', '(', ')', ';', ':']);
/** Nouns of a force opening the second clause name its own subject: "… near A and enemy forces shelled B". */
const NEW_SUBJECT = new Set(['forces', 'troops', 'units', 'servicemen', 'soldiers', 'fighters', 'personnel']);
/** The longest bracketed aside passed over after a place. */
const MAX_BRACKET = 14;

/** Past a bracketed aside opening at item `p` ("(10km west of B)"), or `p` itself. */
function skipBracket(items: SentenceItems, p: number): number {
  if (p >= items.length || items.mention[p]! >= 0 || items.keys[p] !== '(') return p;
  for (let q = p + 1; q < items.length && q <= p + MAX_BRACKET; q++) if (items.mention[q]! < 0 && items.keys[q] === ')') return q + 1;
  return p;
}

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
      if (o === r.subject || (headedToward(doc, doc.mentions[o]!) && !movedToward(doc, doc.mentions[o]!))) continue;
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
  // Past the first phrase's list of places, each with its bracketed aside: "A (10km west of B), C, and D".
  let p = skipBracket(items, at + 1);
  for (;;) {
    let q = p;
    while (LIST_LINKS.has(key(q))) q++;
    if (q === p || !isPlaceAt(q)) break;
    p = skipBracket(items, q + 1);
  }
  // A few plain words may still belong to the first phrase: "… near A on May 5 and …", "… near A for weeks and …".
  for (let n = 0; n < MAX_FIRST_TAIL && key(p) !== '' && !LIST_LINKS.has(key(p)) && !words.verbs.has(key(p)) && !words.stops.has(key(p)) && !CLAUSE_WORDS.has(key(p)); n++) p++;
  if (key(p) === ',') p++;
  if (key(p) !== 'and') return none;
  p++;
  let n = 0;
  while (n < MAX_OPENER && key(p) !== '' && !words.verbs.has(key(p)) && !words.stops.has(key(p)) && !LIST_LINKS.has(key(p)) && !NEW_SUBJECT.has(key(p))) p++, n++;
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
