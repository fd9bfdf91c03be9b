import type { SentenceItems } from './items.js';
import { attackWords } from './rules/events.js';

/**
 * An advance that only heads toward a place is no attack on it: "Russian forces are advancing towards X", "pushed
 * westward toward X", "pushed Ukrainian forces towards X", "have been pushed eastward towards X". The annotation
 * guidelines (decided from the ISW dev gold, iswprec4): of the 8 dev sentences where a plain advance, push or move
 * heads "toward"/"in the direction of" a place, none annotates `attacked` on it; of the 6 with an attempted or failed
 * advance ("attempted to advance toward X"), 5 do, as the guidelines' "attempted to advance on X" has it. Attack words
 * (assaults, offensive operations, counterattacks) keep theirs. On the 294 ISW reports this took out 11 statements,
 * all judged wrong by that decision (one, "renewed advances toward A along the B axis", a plain advance as well).
 */

/** Words of advancing or moving, the only attack words (rules/events.ts ATTACKS) that merely head somewhere. */
const MOVING = new Set(['advance', 'advances', 'advanced', 'advancing', 'push', 'pushes', 'pushed', 'pushing', 'move', 'moves', 'moved', 'moving']);
/** Words of a heading between the verb and "toward": "advanced several kilometers westward toward X". */
const HEADING = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northward', 'southward', 'eastward',
  'westward', 'northwards', 'southwards', 'eastwards', 'westwards', 'further', 'farther', 'directly', 'slowly', 'gradually',
  'steadily', 'back', 'several', 'kilometers', 'km', 'forces', 'troops', 'units', 'positions',
]);
/** Words that make the advance an attempt or a repelled one, which the guidelines count as an attack. */
const TRYING = new Set([
  'attempt', 'attempts', 'attempted', 'attempting', 'try', 'tries', 'tried', 'trying', 'effort', 'efforts', 'repelled', 'repulsed',
  'repel', 'repels', 'repelling', 'halted', 'stopped', 'thwarted', 'failed', 'fail', 'unsuccessfully', 'unsuccessful', 'unable',
]);
/** Words of the place list between the heading preposition and the object. */
const LIST = new Set([',', 'and', 'or', 'the']);
/** The attack words that are not advancing: one of them before the verb makes the match an attack of its own. */
const ATTACKING: ReadonlySet<string> = new Set(attackWords.filter((w) => !MOVING.has(w)));
/** How far before the verb a word of trying is looked for ("repelled Russian advances", "attempted to improve their tactical position and advance"). */
const TRY_LOOK_BEHIND = 8;
/** How many heading words may stand between the verb and the preposition. */
const MAX_HEADING = 4;

/** The item where "toward(s)" or "in the direction of" before `p` (the item right before the place list) starts, or -1. */
function headingStart(items: SentenceItems, p: number): number {
  const key = (i: number) => (i >= 0 && items.mention[i]! < 0 ? items.keys[i] : undefined);
  if (key(p) === 'toward' || key(p) === 'towards') return p;
  if (key(p) === 'of' && key(p - 1) === 'direction' && key(p - 2) === 'the' && key(p - 3) === 'in') return p - 3;
  return -1;
}

/**
 * True when the first of the places at items `objects` follows "toward"/"in the direction of" whose verb is one of advancing or
 * moving, with no word of trying before it and no other attack word between the match's start and that verb.
 */
export function advanceOnlyHeading(items: SentenceItems, first: number, objects: readonly number[]): boolean {
  // The first object by a loop, not Math.min(...objects): this runs for every attacked match.
  let object = objects[0]!;
  for (let i = 1; i < objects.length; i++) if (objects[i]! < object) object = objects[i]!;
  let p = object - 1;
  while (p > first && (items.mention[p]! >= 0 || LIST.has(items.keys[p]!))) p--;
  const start = headingStart(items, p);
  if (start < 0) return false;
  let verb = start - 1;
  // A nationality's forces may be what is pushed ("pushed Ukrainian forces towards X"): mentions count as heading words.
  for (let n = 0; verb > first && n < MAX_HEADING && (items.mention[verb]! >= 0 || HEADING.has(items.keys[verb]!)); n++) verb--;
  if (items.mention[verb]! >= 0 || !MOVING.has(items.keys[verb]!)) return false;
  for (let i = verb - 1; i >= 0 && i >= verb - TRY_LOOK_BEHIND; i--) {
    if (items.mention[i]! < 0 && TRYING.has(items.keys[i]!)) return false;
  }
  for (let i = first; i < verb; i++) {
    if (items.mention[i]! < 0 && ATTACKING.has(items.keys[i]!)) return false;
  }
  return true;
}
