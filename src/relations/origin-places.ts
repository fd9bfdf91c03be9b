import type { Doc, Mention, RelationMention } from '../model/document.js';
import { isArmedOrg } from './arg-types.js';
import { derivedStatement } from './derived-statement.js';
import type { SentenceItems } from './items.js';
import { isPlace, mentionAt as mentionOf, phraseAfterPlaces, wordAt } from './place-walk.js';

/**
 * Where an attack or a push starts from: "Wagner Group fighters continued pushing north on X from A, B, and C",
 * "the 9th Brigade attacked X from the direction of A". The unit is at the places it attacks from (annotation
 * guidelines: a unit fighting in a place operates in it). A pass over the rules' statements, as second-phrase.ts:
 * for each statement placing a unit at the target of an attack, the words after the target (its list, its
 * brackets) are read up to a "from" in the same clause. A unit sent or withdrawn "from X to Y" is not read here:
 * where it came from is its home or the place it left (unit-sent-to-place, withdrew-from).
 */
export const ORIGIN_RULE = 'unit-attack-origin';
/** Below the rules that read presence directly; measured in rules/confidence.ts. */
const ORIGIN_CONFIDENCE = 0.7;

/** The statements whose subject is at war at their object: the unit rules that read an action, and the attack rules. */
const FIRST_RULES = new Set(['unit-action-at-place', 'unit-among-forces', 'attacked-place']);
/** Words of attacking or pushing forward between the subject and the target: only then is "from" where the attack starts. */
const ATTACKING = new Set([
  'attack', 'attacks', 'attacked', 'attacking', 'assault', 'assaults', 'assaulted', 'assaulting', 'counterattack',
  'counterattacks', 'counterattacked', 'counterattacking', 'push', 'pushes', 'pushed', 'pushing', 'advance', 'advances',
  'advanced', 'advancing', 'offensive', 'offensives', 'shelled', 'shelling', 'struck', 'striking', 'fired', 'firing',
]);
/** How far back from the target the attack word may be (the subject and its aside stand before it). */
const MAX_BACK = 12;
/** How many items after the target's list the "from" may stand: a direction, a bracket of distances. */
const MAX_TO_FROM = 24;
/** Words between "from" and the place: "from the direction of A", "from positions near A", "from the A area". */
const FROM_WORDS = new Set(['the', 'direction', 'directions', 'of', 'positions', 'near', 'around', 'in', 'areas', 'area', 'vicinity', 'outskirts', 'northern', 'southern', 'eastern', 'western']);
const MAX_FROM_WORDS = 5;
/** Words of another clause or of a move elsewhere: the origin phrase never lies beyond them. */
const CLAUSE_ENDS = new Set([';', ':', '.', 'and', 'but', 'that', 'which', 'who', 'where', 'when', 'while', 'whereas', 'after', 'before', 'since', 'to', 'into', 'toward', 'towards', 'back']);
const LIST_LINKS = new Set([',', 'and', 'or']);

/** A unit or an armed organization (arg-types.ts), as presence.ts reads who fights. */
const fights = (m: Mention): boolean => m.form !== 'demonym' && (m.type === 'MilitaryUnit' || isArmedOrg(m));

/** Adds, for each statement of FIRST_RULES among found[from…] in the items' sentence, operatesIn for the places its attack came from. */
export function addOriginPlaces(doc: Doc, items: SentenceItems, found: RelationMention[], from: number): void {
  const end = found.length;
  const done = new Set<string>();
  for (let k = from; k < end; k++) {
    const r = found[k]!;
    if (!FIRST_RULES.has(r.rule) || r.sentence !== items.sentence) continue;
    if (r.predicate !== 'operatesIn' && r.predicate !== 'attacked') continue;
    const s = doc.mentions[r.subject]!;
    if (!fights(s)) continue;
    const at = items.mention.indexOf(r.object);
    if (at < 0 || !attackBefore(items, at)) continue;
    for (const o of originPlaces(doc, items, at)) {
      const key = `${r.subject}:${o}`;
      if (o === r.subject || done.has(key)) continue;
      done.add(key);
      const p = derivedStatement(r, o, 'operatesIn', ORIGIN_RULE, ORIGIN_CONFIDENCE);
      found.push(p);
    }
  }
}

/** A word of attacking stands within MAX_BACK items before the target at item `at`. */
function attackBefore(items: SentenceItems, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - MAX_BACK; i--) if (items.mention[i]! < 0 && ATTACKING.has(items.keys[i]!)) return true;
  return false;
}

/** The places after "from" following the target at item `at`: "… on X from A (5km east of X), B, and C" → A, B, C. */
function originPlaces(doc: Doc, items: SentenceItems, at: number): number[] {
  const mentionAt = (i: number): Mention | undefined => mentionOf(doc, items, i);
  const key = (i: number): string => wordAt(items, i);
  // Past the target's list and brackets, and plain words ("north", "on the outskirts of"), up to "from".
  let p = phraseAfterPlaces(doc, items, at, MAX_TO_FROM, (k, i) => (k === 'from' ? 1 : CLAUSE_ENDS.has(k) && !(k === 'and' && isPlace(mentionAt(i + 1))) ? -1 : 0));
  if (p < 0) return [];
  for (let n = 0; n < MAX_FROM_WORDS && FROM_WORDS.has(key(p)); n++) p++;
  const places: number[] = [];
  while (isPlace(mentionAt(p))) {
    places.push(items.mention[p]!);
    let q = p + 1;
    // A bracket of distance after a place of the list: "A (13km southeast of X), B (…), and C".
    if (key(q) === '(') {
      let d = 0;
      for (; q < items.length; q++) {
        if (key(q) === '(') d++;
        else if (key(q) === ')' && --d === 0) break;
      }
      q++;
    }
    const afterBracket = q;
    while (LIST_LINKS.has(key(q))) q++;
    if (q === afterBracket) break;
    p = q;
  }
  return places;
}
