import type { RelationRuleSpec } from '../rule-spec.js';
import { NOT_YET_WORDS } from './unit-action-words.js';
import { TOGETHER, TOGETHER_STOPS } from './meeting-shapes.js';

/** Words of a trip still to come, asked for or called off: no visit yet ("is to travel to X", "postponed his visit to X"). */
const NOT_MADE = `${NOT_YET_WORDS}|to|upcoming|planned|planning|expected|possible|proposed|future|next|scheduled|anticipated|canceled|cancelled|called|postponed|postpones|delayed|rumored|set|due|going|wants|hopes|seeks|invited|invites|not|never|no|if|unless|whether`;

/**
 * Where a place is named after its kind, as wire news writes it: "the central Chinese city of Wuhan", "the
 * eastern city of Hangzhou", "the country's southern port city of Mongla", "the capital, X".
 */
const PLACE_OF_KIND = "?the ?*2 ?_:Demonym|Country ?'s ?*2 ?city|town|capital|province|region|village|port|state|resort ?of|, O:Place+";

/** Between a verb of arrival and its place: a time ("late Tuesday", "on Monday"), never another clause. */
const ARRIVAL_TIME = '*3[to|in|at|for|with|and|but|after|before|from|that|which|who|when|where|while|as]';

/**
 * The place of a trip in the rules below: named after its kind ("the central Chinese city of X"), or by its name alone.
 * Not PLACE_OF_KIND's bare "the … X": its words before the name let a country's modifier pass for the place ("a visit
 * to the largest U.S. military base at X" is no visit to the U.S.; 1 of 9 new statements on unannotated wire news).
 */
const TRIP_PLACES = [
  "?the ?*2 ?_:Demonym|Country ?'s ?*2 city|town|capital|province|region|village|port|state|resort of|, O:Place+",
  '?the O:Place+',
];

/** Words before a trip that end the stretch from the traveller: someone else's words, another sentence, a plan. */
const NOT_THE_TRAVELLER = `${NOT_MADE}|said|says|say|told|tells|announced|announces|who|which|whom|.|;`;

/**
 * Why a person is in a place, after "X is in Y": a meeting, talks, a visit or a ceremony ("is in [Y] for talks", "is
 * in [Y] to meet with", "is in [Y] on a three-day visit", "is in [Y], where he met …"). Without one, "X was in Y"
 * may be where X lives or where X was when something happened.
 */
const TRIP_PURPOSE = [
  'for ?a|an|the|two|three|several *2 talks|meeting|meetings|summit|visit|conference|consultations|ceremony|ceremonies|funeral|inauguration|celebrations',
  'to meet|attend|discuss|hold|sign|visit|open|address|inaugurate|observe|mark|join|tour|lead|negotiate|try|help|seek|press|promote|revive|assess|inspect|mediate|broker|campaign',
  'on ?a|an|his|her *2 ?- *2 visit|trip|tour|mission',
  ', where he|she|they met|meets|held|holds|attended|attends|toured|tours|signed|signs|addressed|addresses',
];

/**
 * visited in wire news' shapes of a trip:
 * - an arrival with a time or a kind of place before the place: "X arrived late Friday in the eastern city of
 *   Y", "X traveled to the central Chinese city of Y", and in a relative clause: "X, who arrived in Y Monday, …";
 * - the traveller's own visit, named by "his"/"her": "X has completed his four-day visit to Y", "X … as he winds
 *   up his visit to Y" (not one still to come or called off: "X postponed his visit to Y");
 * - a delegation led on a visit: "X led a delegation of lawmakers on a visit to Y".
 */
export const visitShapeRules: readonly RelationRuleSpec[] = [
  {
    name: 'visited-arrival-wide',
    predicate: 'visited',
    confidence: 0.8,
    patterns: [
      `S:Person+ ?$aside *3[${NOT_MADE}] arrived|landed|traveled|travelled|flew ${ARRIVAL_TIME} in|to|at ${PLACE_OF_KIND}`,
      `S:Person+ , who ?had|has|have ?also|first|earlier arrived|landed|traveled|travelled|flew ${ARRIVAL_TIME} in|to|at ${PLACE_OF_KIND}`,
    ],
  },
  {
    name: 'visited-own-visit',
    predicate: 'visited',
    confidence: 0.75,
    patterns: [
      `S:Person+ ?$aside **8[${NOT_MADE}|said|says|say|told|tells|announced|announces|.|;] his|her *2[${NOT_MADE}] ?- *2[${NOT_MADE}] visit|visits|trip|tour to ${PLACE_OF_KIND}`,
      `S:Person+ ?$aside *3[${NOT_MADE}] led|leads|leading|headed|heads ?a|an|the *5[${NOT_MADE}] delegation|mission *4[${NOT_MADE}] on|during ?a|an *2[${NOT_MADE}] ?- *2[${NOT_MADE}] visit|trip|tour to ${PLACE_OF_KIND}`,
    ],
  },
  {
    // A visit named by its noun after a word of time with "a" ("his" visits are visited-own-visit's): "X met business
    // leaders during a visit to Y", "X returned from a four-day visit to Y", "X, after taking an unannounced trip to Y,
    // …", and fronted before the traveller: "During her visit to Y and Z, X urged …". Not one to come or called off
    // (NOT_MADE), nor one in someone else's words before the person.
    name: 'visited-during-visit',
    predicate: 'visited',
    confidence: 0.75,
    patterns: [
      ...TRIP_PLACES.map((place) => `S:Person+ ?$aside **10[${NOT_THE_TRAVELLER}] during|from|after|on|throughout ?taking|making|paying|completing|wrapping|ending ?up a|an *2[${NOT_MADE}] ?- *2[${NOT_MADE}] visit|visits|trip|tour to ${place}`),
      `$clause during|on|throughout his|her *2[${NOT_MADE}] ?- *2[${NOT_MADE}] visit|trip|tour to O:Place+ , *4[${NOT_THE_TRAVELLER}] S:Person`,
      // Leaving a place says the person was there: "After leaving Y, X is to travel to Z" (the next trip is a plan, the
      // place left is not). Branch wirerel7.
      `$clause after|before|upon leaving ?the O:Place+ ?on|late|early *2[${NOT_THE_TRAVELLER}] , *3[${NOT_THE_TRAVELLER}] S:Person`,
      // The traveller named after "with": "reporters who traveled with X to Y", "aides accompanying X to Y".
      `traveled|travelled|flew|flying|traveling|travelling with|accompanied|accompanying ?*1 S:Person to ${TRIP_PLACES[1]}`,
      // The person named as the first or most senior to visit: "X is the first Freedonian leader to visit Y".
      `S:Person+ ?$aside is|was|became ?the|a **5[${NOT_THE_TRAVELLER}] to visit|tour O:Place+`,
    ],
  },
  {
    // Being in a place on a trip, said with the copula and its purpose (TRIP_PURPOSE; annotation guidelines: "is in [Y],
    // where he met …"): "X is in Y for talks with …", "X was in Y to attend the summit". The host, in a city of his own
    // country, visits nothing.
    name: 'visited-is-in-place',
    predicate: 'visited',
    confidence: 0.75,
    notByHost: true,
    patterns: TRIP_PLACES.flatMap((place) =>
      TRIP_PURPOSE.map((purpose) => `S:Person+ ?$aside is|was|are|were ?currently|now|also|already|again in ${place} *3[${NOT_THE_TRAVELLER}|for|to|on] ${purpose}`),
    ),
  },
  {
    // People named as meeting together in a place ("A, B and C are meeting in the holy city of Z", meeting-shapes.ts
    // met-together): each is there; the host, in his own country, visits nothing. One person a pattern: the last named,
    // the first, the middle one of three.
    name: 'visited-meeting-together',
    predicate: 'visited',
    confidence: 0.7,
    notByHost: true,
    patterns: [
      `S:Person ?$aside **8[${TOGETHER_STOPS}] ${TOGETHER} in|at ${PLACE_OF_KIND}`,
      `$clause S:Person **10[${TOGETHER_STOPS}] _:Person ?$aside **8[${TOGETHER_STOPS}] ${TOGETHER} in|at ${PLACE_OF_KIND}`,
      `$clause _:Person **10[${TOGETHER_STOPS}] S:Person **8[${TOGETHER_STOPS}] _:Person ?$aside **4[${TOGETHER_STOPS}] ${TOGETHER} in|at ${PLACE_OF_KIND}`,
    ],
  },
  {
    // The visitor named by "visiting" before his title, and the city of the sentence's meeting or talks: "a meeting
    // between X and visiting Freedonian President Y in Z", "In Z, X met visiting Foreign Minister Y". The word says the
    // person came from elsewhere; the place must be a city named with "in"/"at" in the same clause (no clause word
    // between), and not the visitor's own country's (notByHost).
    name: 'visited-visiting-title',
    predicate: 'visited',
    confidence: 0.7,
    notByHost: true,
    patterns: [
      `visiting ?_:Demonym|Country ?'s ?$honorific S:Person ?, *2[${NOT_THE_TRAVELLER}|where|when|while|but|after|before] in|at O:City`,
      `in|at O:City *8[${NOT_THE_TRAVELLER}|where|when|while|but|after|before|,] ?his|her|its|their visiting ?_:Demonym|Country ?'s ?$honorific ?counterpart ?, S:Person`,
    ],
  },
];
