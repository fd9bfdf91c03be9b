import type { Doc, Mention, RelationMention } from '../model/document.js';
import { pushedBackTo } from './attack-pushback.js';
import { reportsTheAttack } from './attack-reporter.js';
import { repelledAttackTarget } from './attack-repelled.js';
import { damageFromAttack } from './attack-effect.js';
import { locatedMoreClosely } from './attack-locus.js';
import { inLocatingAside } from './aside-place.js';
import { boundsAStretch } from './between-places.js';
import { withPresence } from './presence.js';
import { listHead } from './list-head.js';
import { isWaterCrossed } from './water-target.js';
import { namesABattle } from './named-battle.js';
import { locatedByOutskirts } from './outskirts-reference.js';
import { advancesWithin, advancesWithinReach, isMereAdvance, pushesBeside } from './mere-advance.js';
import { endsWithWord, lastWords } from './text-cues.js';

/**
 * Which place of an attack sentence the attack is on: a pass over the `attacked` statements the rules read, which
 * drops those whose place the text names for another reason (annotation guidelines) — a reference point, the river
 * of a bank, the place after a distance aside, a whole country at war, the place an advance only heads toward or
 * nears. Words around the place are read on the document text (each test a short regular expression on at most
 * MAX_ACTOR_GAP characters); the statements themselves are not changed.
 */

/*
 * A place named only to say where an attack's target lies is no target of its own (annotation guidelines:
 * attacks "east of T" are on T only when the sentence names no more specific target). "assaults southwest of
 * A in the direction of B", "attacks south of A (…) toward B": the attack is on B, and A is its reference point.
 * The statement on A is dropped only when the same actor's statement on B, in the same sentence, is there to
 * replace it.
 */

/**
 * Right before the place: a bearing or the outskirts that it is the reference of ("northeast of", "westward of", "the
 * northern outskirts of"). (The "-ward" form, iswprec5: "attacking westward of A towards B", 2 statements on A in the 294
 * ISW reports.)
 */
const REFERENCE_BEFORE = /\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:wards?)?|outskirts)\s+of\s+(?:the\s+)?$/i;
/**
 * A bearing joined to a preposition of the place itself names the place and the area off it: "assaults on and south of
 * X near A" attacked X as well (branch events22: the read golds mark X in 3 of 3 such sentences, ISW dev 2, blind20 1;
 * the reference-point reading dropped it).
 */
const ON_AND_OFF = /\b(?:on|at|in)\s+and\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s*,?\s+(?:and\s+)?)*(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+(?:the\s+)?$/i;
/** Enough text before the place to see REFERENCE_BEFORE (and ON_AND_OFF's "on and southeast of the "). */
const LOOK_BEHIND = 28;
/**
 * Between the reference point and the target: maybe a bracketed aside of the reference point, then the
 * preposition that heads toward the target ("toward", "in the direction of"), with no comma, no clause end and
 * no other place between.
 */
// Not "near": in "attacks west of A near B" the dev gold marks A as well (1 of 2 such sentences).
const TO_TARGET = /^\s*(?:\([^()]{0,80}\)\s*)?(?:toward|towards|in\s+the\s+directions?\s+of)\s+(?:the\s+)?$/i;
/**
 * Words that name, after the reference point, where in its area the attack fell: "shelled settlements north of A,
 * including B", "attacks south of A around B", "assaults north of A in the area of B". The place after them is the
 * target (annotation guidelines), whether or not the rules read an attack on it; so the reference point is dropped
 * when such words and a capitalized name follow it (attack-locus.ts).
 */

/**
 * The last word of what BANK_BEFORE, REFERENCE_BEFORE, DISTANCE_BEFORE and FROM_DIRECTION_BEFORE read before a place
 * ("… of (the) "), and of FROM_POSITIONS_BEFORE: a pre-test of each (text-cues.ts endsWithWord).
 */
const OF = lastWords(['of']);
const POSITION_PREPOSITIONS = lastWords(['in', 'near', 'around', 'on', 'at']);
const BANK_BEFORE = /\bbanks?\s+of\s+(?:the\s+)?$/i;
// The river may be named without "River" ("on the east bank of the Dnipro"): a bank is a river's whatever its name says
// (branch rel37); a place that is no water body is not named after "bank of" (a city's is "the X bank of the city").
const isRiverBank = (doc: Doc, place: Mention): boolean =>
  (/ River$/.test(place.text) || place.placeKind !== 'AdministrativeArea') && endsWithWord(doc.text, place.start, OF) && BANK_BEFORE.test(doc.text.slice(Math.max(0, place.start - LOOK_BEHIND), place.start));

/**
 * "offensive operations in Ukraine", "Russia's offensive campaign in eastern Ukraine": an offensive in a whole
 * country is the war, no attack on a place, and so is an advance in one ("resumed limited advances in northeastern
 * Ukraine"; an advance is no attack anyway, below) (annotation guidelines: "war in C" → nothing; "invasion of C" and
 * strikes in a country are still attacks).
 */
const WAR_BEFORE = /\b(?:offensives?|operations|campaigns?|advanc(?:e|es|ed|ing))\s+(?:elsewhere\s+)?in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern|eastern|western)?\s+)?$/i;
const isTheWar = (doc: Doc, place: Mention): boolean =>
  place.placeKind === 'Country' && WAR_BEFORE.test(doc.text.slice(Math.max(0, place.start - WAR_LOOK_BEHIND), place.start));
const WAR_LOOK_BEHIND = 48;

/**
 * "struck A and B, approximately 11 km and 19 km south of C": a distance after a comma says where the places before
 * it lie (annotation guidelines: "X, 70km southeast of Y" → nothing for Y), even when the recognizers missed them.
 */
const DISTANCE_LOOK_BEHIND = 56;
const DISTANCE = '\\d[\\d.]*\\s*(?:km|kilometers|kilometres|miles)?';
// "A and B, both about 40km southeast of C": the quantifier says the distance is each listed place's.
const DISTANCE_BEFORE = new RegExp(`,\\s*(?:(?:both|all|each)\\s+)?(?:within\\s+)?(?:about\\s+|approximately\\s+|roughly\\s+|some\\s+|just\\s+)?${DISTANCE}(?:\\s*(?:and|-|to)\\s*${DISTANCE})?\\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)\\s+of\\s+(?:the\\s+)?$`, 'i');

const afterDistance = (doc: Doc, _actor: Mention, place: Mention): boolean =>
  endsWithWord(doc.text, place.start, OF) &&
  DISTANCE_BEFORE.test(doc.text.slice(Math.max(0, place.start - DISTANCE_LOOK_BEHIND), place.start));

/**
 * "assaults from the direction of A", "raided positions from the direction of A and B", "attacking out of A": where the attack came from
 * is no target (the dev gold marks none: "assault X from the direction of Y" is on X only). The unit that attacked
 * from there was there all the same (origin-places.ts), so its presence is kept (dropNonTargets).
 */
// (Also "attacking out of A", "the counteroffensive out of A": the attack starts in A.)
const FROM_DIRECTION_BEFORE = /\b(?:from\s+(?:the\s+)?directions?\s+of|out\s+of)\s+(?:the\s+)?$/i;
const FROM_LOOK_BEHIND = 32;
/**
 * "fired on A from positions in and around B", "attacked from near B toward A": the attacker's own positions. Not
 * when the positions are the other side's, from which it was driven: "repelled Russian forces from positions in B".
 */
const FROM_POSITIONS_BEFORE = /\bfrom\s+(?:(?:their|its|the)\s+)?(?:[\w-]+\s+)?(?:positions?\s+(?:in|near|around|on|at)\s+(?:and\s+around\s+)?|near\s+)(?:the\s+)?$/i;
const DRIVEN_FROM = /\b(?:repel\w*|repuls\w*|dislodg\w*|push\w*|drove|driv(?:e|en|es|ing)|expel\w*|forced|forcing|oust\w*|clear(?:ed|ing))\b[^.;]{0,80}$/i;
const POSITIONS_LOOK_BEHIND = 64;
const comesFrom = (doc: Doc, place: Mention): boolean => {
  const head = listHead(doc, place);
  if (endsWithWord(doc.text, head.start, OF) && FROM_DIRECTION_BEFORE.test(doc.text.slice(Math.max(0, head.start - FROM_LOOK_BEHIND), head.start))) return true;
  if (!endsWithWord(doc.text, head.start, POSITION_PREPOSITIONS)) return false;
  const before = doc.text.slice(Math.max(0, head.start - POSITIONS_LOOK_BEHIND), head.start);
  const from = FROM_POSITIONS_BEFORE.exec(before);
  return from !== null && !DRIVEN_FROM.test(doc.text.slice(Math.max(0, head.start - POSITIONS_LOOK_BEHIND - 80), head.start - from[0].length));
};

/** Places the text names for another reason than being attacked, whatever else the sentence says. */
const NEVER_TARGETS: ReadonlyArray<(doc: Doc, actor: Mention, place: Mention) => boolean> = [
  // "struck positions on the left bank of the X River": the bank says where the positions are.
  (doc, _actor, place) => isRiverBank(doc, place),
  // "struck bridges across the X River", "boats in the Y River": the water says where the target is (water-target.ts).
  (doc, _actor, place) => isWaterCrossed(doc, place),
  isMereAdvance,
  // "in preparation for the Battle of X": the place names a battle (named-battle.ts).
  (doc, _actor, place) => namesABattle(doc, place),
  // "shelled A on the northern outskirts of Y": Y locates A (outskirts-reference.ts).
  (doc, _actor, place) => locatedByOutskirts(doc, place),
  // "pushed Russian forces back into X Oblast": where the pushed side went (attack-pushback.ts).
  pushedBackTo,
  afterDistance,
  // "A, B, and C, all situated southwest of D", "A, 10km west of B and near the C River" (aside-place.ts).
  inLocatingAside,
  (doc, _actor, place) => isTheWar(doc, place),
  // "fired on positions between A and B": the bounds of what was hit (between-places.ts).
  boundsAStretch,
  // "The General Staff reported strikes in X": the reporter is no actor (attack-reporter.ts).
  reportsTheAttack,
  // "artillery fire repelled a Ukrainian assault toward X": the stopped side's target (attack-repelled.ts).
  repelledAttackTarget,
  // "a station with damage from strikes in X": the damage's cause, no attack by the clause's subject (attack-effect.ts).
  damageFromAttack,
];

const isReferencePoint = (doc: Doc, place: Mention): boolean => {
  if (!endsWithWord(doc.text, place.start, OF)) return false;
  const before = doc.text.slice(Math.max(0, place.start - LOOK_BEHIND), place.start);
  return REFERENCE_BEFORE.test(before) && !ON_AND_OFF.test(before);
};

/**
 * Drops the `attacked` statements whose place is no target: a river bank, a distance aside, a country at war, a
 * place only advanced toward or near, one only advanced in (the unit's presence kept), and a reference point whose actor (same entity, by `keyOf`) has, in the same
 * sentence, an attack on the place right after it. Order is kept.
 */
export function dropNonTargets(doc: Doc, relations: readonly RelationMention[], keyOf: (mention: number) => string): RelationMention[] {
  const dropped = new Set<RelationMention>();
  /** The presence of a unit at a reference point it attacked near, kept when the attack on it is dropped. */
  const kept: RelationMention[] = [];
  // The attacks of each sentence, gathered the first time a reference point is seen (most documents have none).
  let bySentence: Map<number, RelationMention[]> | undefined;
  // What the place's words say, once per (actor, place) pair: several rules state the same pair in a sentence before the
  // stage's dedupe, and every test below reads only the two mentions and the text (over the 294 ISW reports, 18.0k
  // `attacked` statements per pass name 10.9k pairs, counted; dropNonTargets 2.37% → 1.72% of a warm pipeline's CPU
  // profile, two profiles taken at the same time, branch speed19).
  const verdicts = new Map<number, PlaceVerdict>();
  const pairs = doc.mentions.length + 1;
  for (const r of relations) {
    if (r.predicate !== 'attacked') continue;
    const pair = r.subject * pairs + r.object;
    let verdict = verdicts.get(pair);
    if (verdict === undefined) verdicts.set(pair, (verdict = placeVerdict(doc, doc.mentions[r.subject]!, doc.mentions[r.object]!)));
    if (verdict === PlaceVerdict.NeverTarget) {
      dropped.add(r);
      continue;
    }
    if (verdict === PlaceVerdict.ActorPresent) {
      dropped.add(r);
      // Where the unit came from or advanced within, or (a reference point located more closely) fought all the same:
      // "attacked south of A near B" keeps operatesIn(unit, A) (presence.ts).
      kept.push(...withPresence(doc, [r]).slice(1));
      continue;
    }
    if (verdict !== PlaceVerdict.ReferencePoint) continue;
    bySentence ??= attacksBySentence(relations);
    if (attackedRightAfter(doc, bySentence.get(r.sentence)!, r, doc.mentions[r.object]!, keyOf)) dropped.add(r);
  }
  return dropped.size === 0 ? (relations as RelationMention[]) : [...relations.filter((r) => !dropped.has(r)), ...kept];
}

/** What dropNonTargets does with an `attacked` statement, by its actor and place alone. */
const enum PlaceVerdict {
  /** A target as far as the place's words say. */
  Target,
  /** Some test of NEVER_TARGETS holds: dropped. */
  NeverTarget,
  /** Dropped, the actor's presence kept: it comes from, advances within or near the place, or the place is a reference point located more closely. */
  ActorPresent,
  /** A reference point ("… south of X"): dropped when the same actor's attack on a place right after it replaces it. */
  ReferencePoint,
}

function placeVerdict(doc: Doc, actor: Mention, place: Mention): PlaceVerdict {
  if (neverTarget(doc, actor, place)) return PlaceVerdict.NeverTarget;
  if (comesFrom(doc, place) || advancesWithin(doc, actor, place) || advancesWithinReach(doc, actor, place) || pushesBeside(doc, actor, place)) return PlaceVerdict.ActorPresent;
  const bearing = isReferencePoint(doc, place);
  if (locatedMoreClosely(doc, place, bearing)) return PlaceVerdict.ActorPresent;
  return bearing ? PlaceVerdict.ReferencePoint : PlaceVerdict.Target;
}

/**
 * Some test of NEVER_TARGETS holds. Here, and the test below in a function of its own, not closures inside
 * dropNonTargets' loop: a closure over the loop's constants made V8 allocate a context for every iteration, every
 * statement of the document (4.7 MB per warm pass over the 294 ISW reports with the two; heap sampling, 25f0bbd).
 */
function neverTarget(doc: Doc, actor: Mention, place: Mention): boolean {
  for (const test of NEVER_TARGETS) if (test(doc, actor, place)) return true;
  return false;
}

/** Another attack of the same actor (by `keyOf`) in the sentence of `r`, `attacks`, is on a place right after `place` ("toward"). */
function attackedRightAfter(doc: Doc, attacks: readonly RelationMention[], r: RelationMention, place: Mention, keyOf: (mention: number) => string): boolean {
  const actor = keyOf(r.subject);
  for (const t of attacks) {
    if (t === r || t.predicate !== 'attacked' || t.sentence !== r.sentence || keyOf(t.subject) !== actor) continue;
    const target = doc.mentions[t.object]!;
    if (target.start > place.end && TO_TARGET.test(doc.text.slice(place.end, target.start))) return true;
  }
  return false;
}

function attacksBySentence(relations: readonly RelationMention[]): Map<number, RelationMention[]> {
  const out = new Map<number, RelationMention[]>();
  for (const r of relations) {
    if (r.predicate !== 'attacked') continue;
    const list = out.get(r.sentence);
    if (list) list.push(r);
    else out.set(r.sentence, [r]);
  }
  return out;
}
