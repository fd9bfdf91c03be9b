import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * Breaking through the other side's lines at a place attacks it: "Russian forces broke through Ukrainian defenses
 * near X", "attempted to break through the Ukrainian defensive lines in X", "broke the line of contact in X" (an attempt
 * to attack is an attack: annotation guidelines). The verb alone is no attack ("broke out of X" leaves a place,
 * "talks broke down"): only with what is broken — the defenses, the lines, the positions. Built on the same actor and
 * place words as attacked-place (events.ts).
 */
const { SETTLEMENT, NEW_CLAUSE, FORCES } = attackParts;

const BREAKING = 'broke|break|breaks|breaking|broken';
/** What is broken: the other side's defenses, lines or positions ("defensive lines", "lines of defense", "the front line"). */
const BROKEN = 'defenses|defences|defense|defence|lines|line|positions|frontline|frontlines|fortifications';
/** Words before it: "Ukrainian defensive lines", "the heavily fortified Ukrainian positions". */
const BROKEN_WORDS = `*3[${NEW_CLAUSE}|and|or]`;
/** After it, only "of defense" ("lines of defense in X"), then where: not a heading ("toward X" is no attack on X). */
const AT = '?of ?defense|defence in|near|around|at|into|within|outside|on';
/**
 * Between the actor and the verb only the words of a force trying or managing it ("forces unsuccessfully attempted
 * to", "troops are reportedly trying to"), not any plain words: in "seized two Ukrainian trucks to break through" the
 * nationality owns the trucks.
 */
const TRYING = [
  FORCES.replace(/^\?/, ''),
  'unsuccessfully|successfully|reportedly|likely|also|again|repeatedly|allegedly|finally|eventually|recently|previously|then|still',
  'are|is|were|was|have|has|had|been|did|continue|continued|continues|continuing',
  'attempted|attempting|attempt|attempts|tried|trying|tries|sought|failed|unable|managed|able|struggled|struggling|struggle|seeking|working|began|begun|to',
].join('|');
const ACTOR = `$actor S:Belligerent+ $tail ?${TRYING} ?${TRYING} ?${TRYING} ?${TRYING} ?${TRYING} ?${TRYING}`;

/** Verbs of taking, and the ground of the other side taken: "captured a Russian strongpoint near X". */
const TAKING = 'captured|seized|took|taken|capturing|seizing|overran|overrun';
/**
 * Where the positions taken lie, outside the place: "near", "around". Positions taken "in X" are a part of X taken
 * (annotation guidelines: "captured positions in X" → captured, which captured-place reads; branch iswatk6: 2 of
 * fresh7-orbat-read's wrong attacks, annotated captured).
 */
const TAKEN_AT = '?of ?defense|defence near|around|outside|on';
/** A bearing from a town: "southwest of X", "to the north and east of X". */
const COMPASS = 'north|south|east|west|northeast|northwest|southeast|southwest';
const BEARING = `?to ?the ${COMPASS} ?, ?and|or ?${COMPASS} ?, ?and|or ?${COMPASS} of ?the`;
const HELD_GROUND = 'strongpoint|strongpoints|stronghold|strongholds|position|positions|trench|trenches|dugouts|fortifications|fortified|lines|line';

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-breakthrough',
    predicate: 'attacked',
    // As attacked-damage, a table of the same actor and place words (rules/confidence.ts measures it).
    confidence: 0.75,
    actor: true,
    patterns: [
      `${ACTOR} ${BREAKING} ?through ?the ?_:Demonym ${BROKEN_WORDS} ${BROKEN} ${AT} ${SETTLEMENT} O:Place+^`,
      // A bearing from a town, then the place it broke through at: "attempted to break through Ukrainian lines southwest of A
      // near B" — on B, as attacked-refined-place reads other attacks (branch iswatk6: 2 of fresh7-read's missed attacks);
      // with no such place after it, on A ("southwest of A": annotation guidelines).
      `${ACTOR} ${BREAKING} ?through ?the ?_:Demonym ${BROKEN_WORDS} ${BROKEN} ?of ?defense|defence ${BEARING} _:Place $tail ?, near|in|around|at ${SETTLEMENT} O:Place+^>`,
      `${ACTOR} ${BREAKING} ?through ?the ?_:Demonym ${BROKEN_WORDS} ${BROKEN} ?of ?defense|defence ${BEARING} O:Place+^>`,
      // The place may own the defenses: "broke through X's defenses".
      `${ACTOR} ${BREAKING} through ?the O:Place+ 's ${BROKEN_WORDS} ${BROKEN}`,
    ],
  },
  {
    // Taking the other side's positions near a place attacks the place (the place itself is not taken: no capture):
    // "Ukrainian forces captured a Russian strongpoint near X", "seized several trenches around X" (in X: TAKEN_AT).
    name: 'attacked-positions-taken',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    patterns: [
      `${ACTOR} ${TAKING} ?control ?of ?a|an|the|two|three|several|some|multiple ?_:Demonym ${BROKEN_WORDS} ${HELD_GROUND} ${TAKEN_AT} ${SETTLEMENT} O:Place+^`,
    ],
  },
];

/** What is broken and where, for a breakthrough carried over a chain of verbs (event-chains.ts). */
export const breakthroughParts = { BROKEN, BROKEN_WORDS, AT };

export const attackBreakthroughRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
