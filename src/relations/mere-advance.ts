import type { Doc, Mention } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { attackWords } from './rules/events.js';
import { listHead } from './list-head.js';
import { cueBetween } from './text-cues.js';
import { firstItem } from './item-extremes.js';

/**
 * An advance that only heads toward a place, nears it or gains ground inside it is no attack on it (annotation
 * guidelines), unless it was an attempt or a repelled one ("attempted to advance toward X", "repelled Russian
 * advances toward X" are attacks). One mechanism for every such shape (branch iswprec5, issue 13: it replaces
 * advance-heading.ts, a second test of "advancing/pushing toward X" made on the tokens of each attack match, which
 * iswprec4 added beside attack-target.ts's older one on the text). It reads the words between the actor and the head
 * of the place list (list-head.ts); attack-target.ts drops the `attacked` statements it answers for.
 *
 * Measured on the ISW dev gold: of the 8 sentences where a plain advance, push or move heads "toward"/"in the
 * direction of" a place, none annotates `attacked` on it; of the 6 with an attempted or failed advance, 5 do
 * (iswprec4). An advance near a place ("made advances west of X") is marked operatesIn, 4 of 4, not attacked; a gain
 * inside one ("made marginal advances within X", "advanced to the outskirts of X") is marked as no attack, 4 of 4.
 */

/**
 * The table both tests read. Verbs: advancing, and moving or pushing (the attack words of rules/events.ts ATTACKS that
 * may only head somewhere). Prepositions: heading toward a place, and nearing it (said of advancing only: ISW writes
 * "continued to push near X" of assaults). Words of trying: an attempted, failed, fought or repelled advance is an
 * attack (annotation guidelines: "attempted to advance on X").
 */
const ADVANCING = ['advance', 'advances', 'advanced', 'advancing'];
const MOVING = ['push', 'pushes', 'pushed', 'pushing', 'move', 'moves', 'moved', 'moving'];
const HEADING = ['toward', 'towards', 'in the direction of', 'in the directions of'];
const NEARING = ['near', 'around', 'in the vicinity of'];
const TRYING = [
  'attempt', 'attempts', 'attempted', 'attempting', 'try', 'tries', 'tried', 'trying', 'effort', 'efforts', 'struggle', 'struggles',
  'struggled', 'struggling', 'unsuccessful', 'unsuccessfully', 'sought', 'seek', 'seeks', 'seeking', 'fail', 'fails', 'failed',
  'failing', 'unable', 'repel', 'repels', 'repelled', 'repelling', 'repulse', 'repulsed', 'repulsing', 'thwart', 'thwarted',
  'thwarting', 'halted', 'stopped', 'fight', 'fights', 'fighting', 'fought', 'battle', 'battles',
];

/** A word list as a regular-expression alternative; the words' spaces as any whitespace. */
const alternative = (words: readonly string[]): string => `(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})`;

/**
 * Bearings from a place, one or a list: "advanced west, north, and northeast of X", "advanced slightly westward of X"
 * (the "-ward" form, iswprec5: 1 such advance on the 294 ISW reports, read as an attack before).
 */
const BEARING = '(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:wards?)?';
const HEADING_RE = alternative(HEADING);
const NEARING_RE = `(?:${alternative(NEARING)}|(?:${BEARING},?\\s+(?:and\\s+|or\\s+)?){0,3}${BEARING}\\s+of)`;
const ADVANCING_RE = alternative(ADVANCING);
/** The prepositions of ground gained inside a place. */
const INSIDE = '(?:in|within|into|inside|to\\s+the\\s+(?:\\w+\\s+)?outskirts\\s+of)';

/** The words each shape's verb opens with, lower case: a substring pre-test (text-cues.ts); most stretches have none. */
const ADVANCE_CUES = ['advanc'];
const MOVE_CUES = ['advanc', 'push', 'mov'];

// The preposition is the advance's only if no verb of attacking comes between them: in "advanced near X and
// attacked near A, B, and C" the second "near" is the attack's.
const NOT_AN_ATTACK_VERB = '(?!(?:attack|assault|shell|struck|strik|storm|fir(?:ed|ing)\\b|bomb)\\w*)';
/** Up to 60 characters of one phrase (no comma, semicolon or bracket) holding no verb of attacking. */
const SAME_PHRASE = `(?:\\b${NOT_AN_ATTACK_VERB}[^,;()]|\\B[^,;()]){0,60}\\b`;
const PLACE_OPENING = '\\s+(?:the\\s+)?(?:\\w+ern\\s+)?$';

/**
 * Heading toward or nearing a place: "advanced several kilometers toward X", "are advancing in the direction of X",
 * "are slowly advancing near X"; "pushed westward toward X", "pushed Ukrainian forces towards X", "moving toward X"
 * (a push or a move near a place is left to the attack rules: ISW writes "continued to push near X" of assaults).
 */
const HEADS_OR_NEARS = new RegExp(`\\b(?:${ADVANCING_RE}\\b${SAME_PHRASE}(?:${HEADING_RE}|${NEARING_RE})|${alternative(MOVING)}\\b${SAME_PHRASE}${HEADING_RE})${PLACE_OPENING}`, 'i');
/**
 * A gain of ground inside a place: "made marginal advances within X", "advanced slightly in X", "advanced a third of
 * the way into X", "advanced to the outskirts of X". Only a few words may stand between the advance and the
 * preposition, none of them a verb of attacking or a word that starts another phrase, so that an adjective far
 * before ("lost advanced tanks during the counteroffensive in X") is not read as the advance.
 */
const GAINS_INSIDE = new RegExp(`\\b${ADVANCING_RE}\\b(?:\\s+(?!(?:during|amid|after|before|while|and|but|to|on|against)\\b)${NOT_AN_ATTACK_VERB}[\\w.\u2019'-]+){0,7}?\\s+${INSIDE}${PLACE_OPENING}`, 'i');
/**
 * An advance that ends a distance short of a place: "advanced to within 15 km of X", "advanced within several
 * kilometers of the center of X" (branch iswatk3: 6 such statements on the 294 reports, none an attack). A distance
 * word must stand after "within" ("advanced within X" is GAINS_INSIDE's).
 */
const STOPS_SHORT = new RegExp(`\\b${ADVANCING_RE}\\s+(?:to\\s+)?within\\s+(?:[\\w.,-]+\\s+){0,3}?(?:km|kilometers|kilometres|miles|meters|metres)\\s+of\\b[^,;()]{0,60}$`, 'i');

/**
 * A push to one side of a place: "are pushing west of X", "pushed southeast of X" (branch rec13, issue 13: every read gold
 * agrees, no attack on X in 5 of 5 sentences of ISW dev, blind dev, domain-dev and fresh13; fresh13 marks the pushing unit
 * as operating at X). ISW writes "continued to push near X" of assaults, so only the bearings count, not "near".
 */
// The push right before its bearing, with no object: "pushed Freedonian forces 40 km east of X" drove the other side back
// (on the 294 ISW reports 4 such attacks, all right, kept).
const PUSHES_BESIDE = new RegExp(`\\b${alternative(['push', 'pushes', 'pushed', 'pushing'])}\\s+(?:(?:further|farther|slightly|deeper|steadily|gradually)\\s+)?(?:${BEARING},?\\s+(?:and\\s+|or\\s+)?){0,3}${BEARING}\\s+of${PLACE_OPENING}`, 'i');
const PUSH_CUES = ['push'];

/**
 * Words that make the advance an attempt, a fight or a repelled one, which the guidelines count as an attack:
 * anywhere between the actor and the place ("made marginal advances in frontal assaults around X", "attempted to
 * advance toward X", "failed to push toward X").
 */
const TRIED = new RegExp(`\\b(?:${alternative(TRYING)}|assaults?|attacks?|counterattacks?|offensives?|strikes?|shelling)\\b`, 'i');
/** Right before the actor, a verb of stopping it: "repelled Russian advances toward X" (what was repelled was tried). */
const REPELLED_BEFORE = /\b(?:repel\w*|repuls\w*|thwart\w*|halt\w*|stopp?\w*|defeat\w*|resist\w*)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$/i;
const REPELLED_LOOK_BEHIND = 32;
/**
 * A graded gain made, which the guidelines count as an attack that partly succeeded ("made limited gains near X"; branch
 * events22): "made limited advances around X", "secured marginal advances east of X" (rules/attack-attempts.ts states it).
 */
// Not one heading somewhere: "made limited advances toward X" is still a plain advance toward X.
const gradedGainAt = (between: string): boolean => GRADED_GAIN.test(between) && !HEADING_AFTER.test(between);
const HEADING_AFTER = new RegExp(`\\b${HEADING_RE}\\b`, 'i');
const GRADED_GAIN = /\b(?:had|made|make|makes|making|achieved|secured|gained)\s+(?:(?:partial|some|limited|marginal|minor|minimal|localized|localised|incremental|slow|steady|gradual|small|modest|slight|tactical|grinding|costly|significant|considerable|substantial|notable|major|rapid|little|but|and|,)\s*)+(?:territorial\s+)?advances\b/i;
const MAX_ACTOR_GAP = 200;

function mereAdvance(doc: Doc, actor: Mention, place: Mention, shape: RegExp, cues: readonly string[]): boolean {
  // The list's head stands at or before the place: no cue before the place, none before the head.
  if (!cueBetween(doc, cues, actor.end, place.start)) return false;
  // Each place of a list is advanced on as its first is: "advanced near A, B (5km west of C), and D".
  const head = listHead(doc, place);
  if (actor.end > head.start || head.start - actor.end > MAX_ACTOR_GAP) return false;
  const between = doc.text.slice(actor.end, head.start);
  return shape.test(between) && !TRIED.test(between) && !gradedGainAt(between) && !REPELLED_BEFORE.test(doc.text.slice(Math.max(0, actor.start - REPELLED_LOOK_BEHIND), actor.start));
}

/** An advance, push or move only heading toward a place, or an advance near one: no attack on it, and no presence there. */
export const isMereAdvance = (doc: Doc, actor: Mention, place: Mention): boolean => mereAdvance(doc, actor, place, HEADS_OR_NEARS, MOVE_CUES);
/** An advance inside a place: no attack, but the unit that advanced there was there (its presence is kept). */
export const advancesWithin = (doc: Doc, actor: Mention, place: Mention): boolean => mereAdvance(doc, actor, place, GAINS_INSIDE, ADVANCE_CUES);
/** A push to one side of a place: no attack on it; the unit that pushed there was there (presence kept). */
export const pushesBeside = (doc: Doc, actor: Mention, place: Mention): boolean => mereAdvance(doc, actor, place, PUSHES_BESIDE, PUSH_CUES);
/** An advance that stops a distance short of a place: no attack; the unit that advanced so far was there (presence kept). */
export const advancesWithinReach = (doc: Doc, actor: Mention, place: Mention): boolean => mereAdvance(doc, actor, place, STOPS_SHORT, ADVANCE_CUES);

/*
 * The same test on the tokens of one attack match (stage.ts), before its statements are made: a match whose first place
 * follows a heading preposition after a verb of advancing or moving makes no attack on any of its places ("renewed
 * advances toward A along the B axis"), and an actor far before the verb ("elements of the A, B, and C … are
 * regrouping to advance eastward in the direction of X") is no obstacle. On the 294 ISW reports iswprec4 measured
 * 11 statements taken out this way, all wrong.
 */
const VERBS: ReadonlySet<string> = new Set([...ADVANCING, ...MOVING]);
const TRYING_WORDS: ReadonlySet<string> = new Set(TRYING);
/** The heading prepositions as token sequences, longest first. */
const HEADING_TOKENS: readonly (readonly string[])[] = HEADING.map((h) => h.split(' ')).sort((a, b) => b.length - a.length);
/** Words between the verb and the preposition: "advanced several kilometers westward toward X". */
const BETWEEN_VERB_AND_HEADING = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northward', 'southward', 'eastward',
  'westward', 'northwards', 'southwards', 'eastwards', 'westwards', 'further', 'farther', 'directly', 'slowly', 'gradually',
  'steadily', 'back', 'several', 'kilometers', 'km', 'forces', 'troops', 'units', 'positions',
]);
/** Words of the place list between the heading preposition and the object. */
const LIST = new Set([',', 'and', 'or', 'the']);
/** The attack words that are not advancing: one of them before the verb makes the match an attack of its own. */
const ATTACKING: ReadonlySet<string> = new Set(attackWords.filter((w) => !VERBS.has(w)));
/** How far before the verb a word of trying is looked for ("attempted to better their tactical position and advance"). */
const TRY_LOOK_BEHIND = 8;
/** How many words may stand between the verb and the preposition. */
const MAX_BETWEEN = 4;

/** The last words of the heading prepositions: a pre-test, since this runs for every attacked match. */
const HEADING_LAST: ReadonlySet<string> = new Set(HEADING_TOKENS.map((words) => words[words.length - 1]!));

/** The item where a heading preposition ending at item `p` starts, or -1. */
function headingStart(items: SentenceItems, p: number): number {
  if (p < 0 || items.mention[p]! >= 0 || !HEADING_LAST.has(items.keys[p]!)) return -1;
  for (const words of HEADING_TOKENS) {
    const start = p - words.length + 1;
    if (start >= 0 && words.every((w, k) => items.mention[start + k]! < 0 && items.keys[start + k] === w)) return start;
  }
  return -1;
}

/**
 * True when the first of the places at items `objects` follows a heading preposition whose verb is one of advancing or
 * moving, with no word of trying before it and no other attack word between the match's start and that verb.
 */
export function advanceOnlyHeading(items: SentenceItems, first: number, objects: readonly number[]): boolean {
  let p = firstItem(objects) - 1;
  while (p > first && (items.mention[p]! >= 0 || LIST.has(items.keys[p]!))) p--;
  const start = headingStart(items, p);
  if (start < 0) return false;
  let verb = start - 1;
  // A nationality's forces may be what is pushed ("pushed Ukrainian forces towards X"): mentions count as words between.
  for (let n = 0; verb > first && n < MAX_BETWEEN && (items.mention[verb]! >= 0 || BETWEEN_VERB_AND_HEADING.has(items.keys[verb]!)); n++) verb--;
  if (items.mention[verb]! >= 0 || !VERBS.has(items.keys[verb]!)) return false;
  for (let i = verb - 1; i >= 0 && i >= verb - TRY_LOOK_BEHIND; i--) {
    if (items.mention[i]! < 0 && TRYING_WORDS.has(items.keys[i]!)) return false;
  }
  for (let i = first; i < verb; i++) {
    if (items.mention[i]! < 0 && ATTACKING.has(items.keys[i]!)) return false;
  }
  return true;
}
