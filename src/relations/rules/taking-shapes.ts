import type { RelationRuleSpec } from '../rule-spec.js';
import { actor, takingParts, withEventBlockers } from './events.js';
import { FORCE_NOUNS, GAP_STOPS } from './withdrawal-shapes.js';

const { TAKER_STOPS, CAPTURING, CAPTURES, TAKEN, PORTION, PART, SETTLEMENT, BANK, WITHDRAWN_STOPS, HELD_GROUND, DIRECTIONS, COMPASS_PART, NEW_CLAUSE, taken, FORCES, ATTEMPT, IRREALIS, NOT_THE_ACTOR } =
  takingParts;

/**
 * Captures and withdrawals in shapes the verb-after-actor rules (captured-place, withdrew-from: rules/events.ts)
 * do not read: a past hedged by a modal, and a capture or a withdrawal told as what the actor had done before its
 * main verb ("after capturing X"). (A relative clause on the place, "X, which Y captured", was measured and
 * dropped: on dev it linked "the Russians" where the gold has the earlier "Russian", and it was wrong on dev-B.)
 */

/** Who leaves a place: not one who plans, tries or reports it (the gap of withdrew-from). */
const LEAVER_STOPS = [...IRREALIS, ...ATTEMPT, ...NOT_THE_ACTOR];
/**
 * A modal before a perfect is a hedged past, not a forecast: "Russian forces may have captured X", "might have
 * withdrawn from X" (hedged statements are kept: annotation guidelines). The actor's gap stops at the modal.
 */
// Not "could have", mostly a counterfactual ("could have taken X had they …").
// ("may have" + an event participle is keyed as one word, "may-have", items.ts: the modal's own item.)
const HEDGED = 'may|might|may-have ?also|well have ?already|likely|reportedly|recently|also';
/** Pausing after a capture does not undo it: "conducted an operational pause after capturing X". */
const PAUSES = new Set(['pause', 'paused', 'pauses', 'pausing', 'halted', 'suspended', 'ceased']);
const AFTER_STOPS = TAKER_STOPS.filter((w) => !PAUSES.has(w));
const LEAVER_AFTER_STOPS = LEAVER_STOPS.filter((w) => !PAUSES.has(w));
/**
 * The subject of the clause whose verb "after capturing X" follows: it opens its clause (so an object of the main
 * verb is never taken for it) and the verb phrase between may name places ("advanced toward X after liberating Y").
 */
const CLAUSE_ACTOR = (stops: readonly string[]): string => `$clause S:Belligerent+ $tail ${FORCES} **14[${stops.join('|')}]`;
/** What the actor had done before its main verb: "after capturing X", "following their withdrawal from X" is the noun's (withdrew-from). */
const AFTER = 'after|following|since|upon ?successfully|reportedly|finally|fully';
/** The place left after a verb of leaving (withdrew-from's shape). */
const LEFT_FROM = `?back|out *6[${WITHDRAWN_STOPS}] from|out ?of ?around ${PART} ${SETTLEMENT} ${BANK} O:Place+`;

/**
 * A capture named by a noun with its agent after "by": "after the capture of X by Wagner Group forces", "confirmed
 * X's liberation by Ukrainian troops", "since the fall of X to Russian forces". Only after a word that says the
 * capture happened (a time after it, a report or a completion of it): a noun phrase alone is as often a forecast
 * ("the capture of X by Y would allow …", "could lead to the fall of X to Y").
 */
const HAPPENED = 'after|following|since|despite|confirmed|confirms|acknowledged|acknowledges|completed|completing|completes|celebrated|celebrating|announced|announces|claimed|claims|reported|reports|marked|marks';
const NOUN_OPENING = `${HAPPENED} ?the|its|their ?reported|claimed|full|complete|final|successful`;
const TAKING_NOUNS = 'capture|seizure|liberation|recapture|occupation';
/** The agent after "by": "by Russian forces", "by elements of the 14th Brigade" (one agent: "by X, Russian forces …" is no list). */
const BY_AGENT = 'by ?the ?elements|units|forces|troops|fighters ?of ?the S:Belligerent';

/**
 * A place left, as the subject of a passive: "X was abandoned by Russian forces", "X, abandoned by Russian troops in
 * November, …" (the passives of taking are captured-passive's: rules/events.ts). No lone comma between the place
 * and its verb, as there.
 */
const LEFT_PASSIVE = 'abandoned|vacated';

/**
 * A withdrawal under way, hedged: "Russian troops may be conducting a limited withdrawal east of X", "may be
 * carrying out a withdrawal from settlements north of X" (a hedged present, kept as "may have withdrawn" is; the
 * withdrawal-noun's "from" reads as withdrew-from's).
 */
const WITHDRAWER = `$clause S:Belligerent+ $tail ${FORCES} **14[${LEAVER_STOPS.join('|')}|;]`;
const UNDER_WAY = `may|might ?also|likely|still be conducting|carrying|executing|undertaking|beginning ?out *3[${WITHDRAWN_STOPS}] withdrawal|withdrawals|retreat|pullback`;

/**
 * Ground taken named by its extent, in a place: "seized unspecified territory in the area of X", "captured an
 * estimated 1,800 square kilometers in X Oblast" — a part of the place taken (annotation guidelines: partial
 * control is `captured`). Only territory in or around a place: "territory west of X" is a direction.
 */
const TERRITORY = 'territory|terrain|ground|kilometers|km|miles';
const CONTROL_VERBS = 'took|taken|established|gained|regained|retook|have|has|had|secured|consolidated';
const IN_AREA = `in|within|near|around|outside ?the ?area|areas|vicinity ?of ?${COMPASS_PART}`;

/**
 * A share in a capture: "only Russian troops contributed to the capture of X", "the Wagner Group's direct involvement in
 * the capture of X", "Chechen units' role in seizing X" (who took part took it; annotation guidelines: the actor
 * named as doing it).
 */
const SHARED_IN = 'contributed|participated|helped|assisted to|in ?the';
const SHARE = "'s ?key|leading|central|decisive|major|main|direct role|involvement|participation in ?the";

/** The verb in quotation marks, as reports quote an official's word: "claimed that Russian forces “fully liberated” X". */
const QUOTE_OPEN = '“|"';
const QUOTE_CLOSE = '”|"';

/**
 * A group reporting what its own people did: "the 93rd Brigade stated that its troops retook X", "the DNR claimed
 * that its forces captured X" ("its" can only be the group that opens the clause; the same shape as the presence
 * rule's, rules/builtin.ts).
 */
const OWN_PEOPLE = `S:Belligerent+ $tail ?$aside *3[that|which|who] stated|said|reported|claimed|announced|noted|added|confirmed that its|their ?own troops|forces|units|fighters|servicemen|personnel|soldiers|elements|subunits ?have|had ?reportedly|successfully|also|fully|completely`;

/**
 * A capture told in a relative clause on the place: "X, which the 14th Brigade recaptured on March 2", "A and B,
 * which Russian forces claimed to have captured", "X, which Russian sources claimed Russian forces seized" (the
 * place is the relative pronoun's antecedent, the object the clause's verb lacks). The party opens the clause,
 * maybe after a claim's reporter ("which Russian sources claimed that"); between it and the verb only adverbs
 * and auxiliaries, so "which Russian forces will try to capture" is no capture (and "did not", "falsely claimed"
 * are negations: cues.ts).
 */
const RELATIVE = 'O:Place+ $tail , which|that';
/** The same with the aside required: the matcher takes the nearest place first, the aside's own when it may. */
const RELATIVE_ASIDE = 'O:Place+ $tail $aside which|that';
const REL_ADVERB = '?reportedly|previously|already|recently|likely|allegedly|also|eventually|finally|later|subsequently|fully|partially|then|successfully';
/** Up to two adverbs: "which the Russians have likely already occupied". */
const REL_ADVERBS = `${REL_ADVERB} ${REL_ADVERB}`;
/** A claim's reporter before the party: "which Russian sources claimed (that)", "which the MoD reported". */
const REPORTED = `**4[${NEW_CLAUSE}|,|;] claimed|claims|reported|reports|stated|said|announced|confirmed|asserted ?that`;
/** The party, possibly a unit of a country ("Ukraine's 14th Brigade"): the possessive's head. */
const REL_PARTY = `?the S:Belligerent+^ $tail ${FORCES} ${REL_ADVERBS} ?have|has|had ${REL_ADVERBS}`;
/** The verb of taking whose object is the relative pronoun; "took control of" keeps its preposition. */
const REL_TAKEN = 'captured|seized|liberated|recaptured|retook|retaken|taken|occupied|overran|overrun|regained|took|secured';
const REL_CONTROL = 'took|taken|gained|established|secured|assumed|regained ?full|complete|total|effective ?control of|over';
const REL_CLAIM = `claimed|claims|claim to have ${REL_ADVERBS}`;
/**
 * The same clause on the party's force noun: "the Russian troops that seized X remain …", "Ukrainian units which
 * had liberated X" (the noun names the party's own forces: "struck convoys that seized X" names no party).
 */
const PARTY_RELATIVE = `S:Belligerent+ $tail *3[${GAP_STOPS}] ${FORCE_NOUNS} that|which|who ?had|have|has ${REL_ADVERBS}`;

const rules: RelationRuleSpec[] = [
  {
    // "X, which the 14th Brigade recaptured on March 2", "A and B, which Russian forces claimed to have captured".
    name: 'captured-relative',
    predicate: 'captured',
    confidence: 0.75,
    subjectActs: true,
    // "X, 60km west of Y, which Z captured": the aside's Y only locates X (the pattern with the aside reads X).
    notBearing: true,
    patterns: ['', REPORTED].flatMap((reported) =>
      ['', REL_CLAIM].flatMap((claim) =>
        [REL_TAKEN, REL_CONTROL].flatMap((verb) => [RELATIVE, RELATIVE_ASIDE].map((place) => `${place} ${REL_ADVERBS} ${reported} ${REL_PARTY} ${claim} ${verb}`)),
      ),
    ).concat([
      `${PARTY_RELATIVE} ${CAPTURES} ${PORTION} ${SETTLEMENT} O:Place+`,
      // The clause on the party's own name: "the 93rd Brigade, which liberated X in October, …", "Russia, which seized X in 2014, …".
      `S:Belligerent+ $tail ,|( which|who ?had|has|have ${REL_ADVERBS} ${CAPTURES} ${PORTION} ${SETTLEMENT} O:Place+`,
      // The capture completed, named by its noun: "the Russian forces that have completed the seizure of A and B".
      `${PARTY_RELATIVE} completed|finished ?the capture|seizure|liberation|recapture of ${PART} ${SETTLEMENT} O:Place+`,
    ]),
  },
  {
    // "after the capture of X by Wagner Group forces", "confirmed X's liberation by Ukrainian troops", "since the fall of X to Russian forces".
    name: 'captured-by-agent',
    predicate: 'captured',
    confidence: 0.75,
    subjectActs: true,
    patterns: [
      `${NOUN_OPENING} ${TAKING_NOUNS} ${PORTION} ${SETTLEMENT} O:Place+ $tail ${BY_AGENT}`,
      `${NOUN_OPENING} fall of ${SETTLEMENT} O:Place+ $tail to ?the S:Belligerent`,
      `${HAPPENED} O:Place+ $tail 's ?reported|claimed|full|complete|final ${TAKING_NOUNS} ${BY_AGENT}`,
      `${HAPPENED} O:Place+ $tail 's ?final fall to ?the S:Belligerent`,
    ],
  },
  {
    // "Russian forces may have captured X", "Wagner fighters might have taken control of X".
    name: 'captured-hedged',
    predicate: 'captured',
    confidence: 0.75,
    actor: true,
    subjectActs: true,
    patterns: [`${actor(TAKER_STOPS)} ${HEDGED} ${TAKEN} ${PORTION} ${SETTLEMENT} O:Place+`],
  },
  {
    // "Russian forces may have withdrawn from X", "might have abandoned X".
    name: 'withdrew-hedged',
    predicate: 'withdrewFrom',
    confidence: 0.75,
    actor: true,
    subjectActs: true,
    atThePlace: true,
    patterns: [
      `${actor(LEAVER_STOPS)} ${HEDGED} withdrawn|retreated|pulled|fled ${LEFT_FROM}`,
      `${actor(LEAVER_STOPS)} ${HEDGED} left|abandoned ${SETTLEMENT} O:Place+`,
    ],
  },
  {
    // "Russian troops may be conducting a limited withdrawal east of X", "… destroyed bridges and may be
    // conducting a withdrawal from X". The party opens its clause: in "… to slow Ukrainian troops and may be
    // conducting a withdrawal" the party is the clause's subject, not the object its words pass over.
    name: 'withdrew-under-way',
    predicate: 'withdrewFrom',
    confidence: 0.75,
    actorOpensClause: true,
    subjectActs: true,
    atThePlace: true,
    patterns: [
      `${WITHDRAWER} ${UNDER_WAY} from|out ?of ?around ${PART} ${SETTLEMENT} ${BANK} O:Place+`,
      `${WITHDRAWER} ${UNDER_WAY} ${DIRECTIONS} ?the O:Place+`,
      `${WITHDRAWER} ${UNDER_WAY} from ?their|its|the *2 ${HELD_GROUND} ${DIRECTIONS}|in|near|around ?the O:Place+`,
    ],
  },
  {
    // "seized unspecified territory in the area of X", "captured 2,500 square kilometers in X Oblast".
    name: 'captured-territory',
    predicate: 'captured',
    confidence: 0.8,
    actor: true,
    subjectActs: true,
    patterns: [
      ...taken(`${CAPTURES} *6[${NEW_CLAUSE}|from|to|toward|towards] ${TERRITORY} ${IN_AREA} O:Place+`),
      // A share of a place under control: "established control of 90% of X", "have control over 60 percent of X".
      ...taken(`${CONTROL_VERBS} ?full|complete|effective ?military control of|over *3[${NEW_CLAUSE}] %|percent of ${SETTLEMENT} O:Place+`),
    ],
  },
  {
    // "only Russian troops contributed to the capture of X", "the Wagner Group's direct involvement in the capture of X".
    name: 'captured-share',
    predicate: 'captured',
    confidence: 0.75,
    actor: true,
    subjectActs: true,
    patterns: [
      ...taken(`${SHARED_IN} ${CAPTURES} ${PORTION} ${SETTLEMENT} O:Place+`),
      `$actor S:Belligerent+ $tail ?${FORCES} ${SHARE} ${CAPTURES} ${PORTION} ${SETTLEMENT} O:Place+`,
    ],
  },
  {
    // "Russian forces “fully liberated” X", "claimed that DNR forces had “captured” X".
    name: 'captured-quoted',
    predicate: 'captured',
    confidence: 0.8,
    actor: true,
    subjectActs: true,
    patterns: taken(`${QUOTE_OPEN} ?fully|completely|partially ${CAPTURES} ${QUOTE_CLOSE} ${PORTION} ${SETTLEMENT} O:Place+`),
  },
  {
    // "the 93rd Brigade stated that its troops retook X".
    name: 'captured-own-people',
    predicate: 'captured',
    confidence: 0.75,
    subjectActs: true,
    patterns: [`${OWN_PEOPLE} ${CAPTURES} ${PORTION} ${SETTLEMENT} O:Place+`, `${OWN_PEOPLE} took|taken|gained|established ?full|complete|partial ?control of|over ${PART} ${SETTLEMENT} O:Place+`],
  },
  {
    // "the 93rd Brigade reported that its units withdrew from X".
    name: 'withdrew-own-people',
    predicate: 'withdrewFrom',
    confidence: 0.75,
    subjectActs: true,
    atThePlace: true,
    patterns: [`${OWN_PEOPLE} withdrew|withdrawn|retreated|pulled ${LEFT_FROM}`, `${OWN_PEOPLE} left|abandoned ${SETTLEMENT} O:Place+`],
  },
  {
    // "Ukrainian forces advanced toward X after liberating Y", "Russian forces in X paused after capturing the city".
    name: 'captured-after',
    predicate: 'captured',
    confidence: 0.75,
    actorOpensClause: true,
    subjectActs: true,
    patterns: [`${CLAUSE_ACTOR(AFTER_STOPS)} ${AFTER} ${CAPTURING} ${PORTION} ${SETTLEMENT} O:Place+`],
  },
  {
    // "X was abandoned by Russian forces", "X, vacated by the 14th Brigade in May, …".
    name: 'withdrew-passive',
    predicate: 'withdrewFrom',
    confidence: 0.75,
    patterns: [
      `O:Place+ $tail ?$aside *3[${IRREALIS.join('|')}] was|were|been|being|is|are *2 ${LEFT_PASSIVE} *4 by ?the S:Belligerent+`,
      `O:Place+ $tail , ?recently|reportedly|previously|already|allegedly|partially ${LEFT_PASSIVE} by ?the S:Belligerent+`,
    ],
  },
  {
    // "Russian forces shelled X after withdrawing from Y".
    name: 'withdrew-after',
    predicate: 'withdrewFrom',
    confidence: 0.75,
    actorOpensClause: true,
    subjectActs: true,
    atThePlace: true,
    patterns: [
      `${CLAUSE_ACTOR(LEAVER_AFTER_STOPS)} ${AFTER} withdrawing|retreating|pulling|fleeing ${LEFT_FROM}`,
      // The place left as the verb's object: "retreated to the east bank after abandoning X".
      `${CLAUSE_ACTOR(LEAVER_AFTER_STOPS)} ${AFTER} abandoning|leaving|evacuating|vacating ${PART} ${SETTLEMENT} O:Place+`,
    ],
  },
];

export const takingShapeRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
