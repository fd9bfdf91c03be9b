import type { RelationRuleSpec } from '../rule-spec.js';
import { FIGHT_BROKE_OUT } from './events.js';

/**
 * operatesIn for a named side of fighting said to go on at a place: "heavy fighting between Ukrainian troops and
 * elements of the X Group in the eastern outskirts of Y", "fighting between Ukrainian and X forces persists near Y",
 * "battles between the 5th Brigade and Russian troops continued in Y". Each side fights there (annotation guidelines:
 * operatesIn, "fighting"); fought-between states only who fought whom, and the unit rules read a unit as the subject
 * of a verb, not as a party named after "between". Found 3 times in the 262 non-test ISW reports, none caught before;
 * the two "between" shapes are read now (+2 statements, both right; "continue to fight X forces in and around Y" is not).
 * A country or a nationality on either side gets no operatesIn (the subject must be a unit or an armed organization).
 */
const FIGHT_NOUNS = 'fighting|fights|battle|battles|clashes|clash|combat|engagements|firefights|skirmishes';
/** A side's people after its name or nationality: "Ukrainian forces and …", "… and Russian troops". */
const SIDE = 'forces|troops|units|fighters|elements|servicemen|soldiers|detachments|personnel';
/** What comes between the sides and the place: "persists", "is ongoing", "has continued for days". No other clause. */
const GOES_ON = '*4[that|which|who|whom|where|when|while|but|and|or|after|before|since|if|against]';
/** The place, or a part of it: "in the eastern outskirts of X", "on the streets of X", "for control of X". */
const AT = 'in|near|around|at|on|for|outside|along ?the ?northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern ?outskirts|part|parts|vicinity|center|centre|streets|edge|approaches|control ?of ?the';


/** The people of a named side, right after its name: "X fighters clashed …", "X-backed Y factions fought …". */
const SIDE_PEOPLE = 'forces|troops|units|fighters|militants|militias|militiamen|rebels|gunmen|insurgents|factions|elements|soldiers';
/** Verbs of fighting an opponent (named or not) that put the subject where the fight was. */
const FOUGHT_WITH = 'clashed|clashing|fought|fighting|battled|battling|engaged|engaging|skirmished';
/** Between the opponent and the place: no other clause, no plan, no report. */
const OPPONENT = '**6[that|which|who|whom|where|when|while|but|or|after|before|since|if|from|to|said|says|reported|claimed|will|would|could|may|might]';
/** A bearing to the place ("south of Y"): the annotation guidelines place a fight "east of T" at T. */
const BEARING = 'north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western of';

const rules: RelationRuleSpec[] = [
  {
    name: 'unit-fighting-between-place',
    predicate: 'operatesIn',
    confidence: 0.7,
    patterns: [
      // The unit as the second side: "between Ukrainian forces and elements of the X Group in Y".
      `${FIGHT_NOUNS} ${FIGHT_BROKE_OUT} between ?the _:Demonym|Unit|ArmedOrg|Country ?${SIDE} and ?the ?${SIDE} ?of ?the ?_:Demonym S:Unit|ArmedOrg $tail ${GOES_ON} ${AT} O:Place+`,
      // The unit as the first side: "between X Group forces and Ukrainian troops near Y".
      `${FIGHT_NOUNS} ${FIGHT_BROKE_OUT} between ?the ?${SIDE} ?of ?the ?_:Demonym S:Unit|ArmedOrg $tail and ?the _:Demonym|Unit|ArmedOrg|Country ?${SIDE} ${GOES_ON} ${AT} O:Place+`,
      // The other side unnamed: "clashes between X rebels and tribal fighters continued in Y" (branch defence8).
      `${FIGHT_NOUNS} ${FIGHT_BROKE_OUT} between ?the ?${SIDE} ?of ?the S:Unit|ArmedOrg $tail ?${SIDE_PEOPLE} and ?the *2[that|which|who|whom|and|or] ${SIDE_PEOPLE} ${GOES_ON} ${AT} O:Place+`,
      // Two nationalities' shared noun: "between Ukrainian and X forces persists in Y".
      `${FIGHT_NOUNS} between ?the _:Demonym and S:Unit|ArmedOrg $tail ${GOES_ON} ${AT} O:Place+`,
    ],
  },
  {
    // The subject side of a verb of fighting: "X fighters clashed with Y troops near Z", "X battled fighters of Y south of Z",
    // "X engaged Y-backed rebels near Z", "X fought alongside Y against W near Z". The unit rules read a place right after
    // the verb (a nationality at most between), and the other side's own rules place the opponent named before the place;
    // the side that fought was left out (the lead's probes: 5 sentences of armed groups' clashes, each missing it).
    name: 'party-fought-at-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.7,
    patterns: [
      `S:Unit|ArmedOrg $tail ?${SIDE_PEOPLE} ${FOUGHT_WITH} ${OPPONENT} in|near|around|outside|inside ?the ?northern|southern|eastern|western|central ?outskirts|vicinity|countryside ?of ?the O:Place+>`,
      `S:Unit|ArmedOrg $tail ?${SIDE_PEOPLE} ${FOUGHT_WITH} ${OPPONENT} ?just ${BEARING} ?the O:Place+>`,
    ],
  },
];

export const fightingBetweenPresenceRules: readonly RelationRuleSpec[] = rules;
