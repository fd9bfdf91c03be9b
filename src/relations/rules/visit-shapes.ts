import type { RelationRuleSpec } from '../rule-spec.js';
import { NOT_YET_WORDS } from './unit-action-words.js';

/** Words of a trip still to come, asked for or called off: no visit yet ("is to travel to X", "postponed his visit to X"). */
const NOT_MADE = `${NOT_YET_WORDS}|to|upcoming|planned|planning|expected|possible|proposed|future|next|scheduled|anticipated|canceled|cancelled|called|postponed|postpones|delayed|rumored|set|due|going|wants|hopes|seeks|invited|invites|not|never|no|if|unless|whether`;

/**
 * Where a place is named after its kind, as wire news writes it: "the central Chinese city of Wuhan", "the
 * eastern city of Hangzhou", "the country's southern port city of Karachi", "the capital, X".
 */
const PLACE_OF_KIND = "?the ?*2 ?_:Demonym|Country ?'s ?*2 ?city|town|capital|province|region|village|port|state|resort ?of|, O:Place+";

/** Between a verb of arrival and its place: a time ("late Tuesday", "on Monday"), never another clause. */
const ARRIVAL_TIME = '*3[to|in|at|for|with|and|but|after|before|from|that|which|who|when|where|while|as]';

/**
 * visited in wire news' shapes of a trip:
 * - an arrival with a time or a kind of place before the place: "X arrived late Tuesday in the eastern city of
 *   Y", "X traveled to the central Chinese city of Y", and in a relative clause: "X, who arrived in Y Monday, …";
 * - the traveller's own visit, named by "his"/"her": "X has completed his four-day visit to Y", "X … as he winds
 *   up his visit to Y" (not one still to come or called off: "X postponed his visit to Y");
 * - a delegation led on a visit: "X led a delegation of officials on a visit to Y".
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
];
