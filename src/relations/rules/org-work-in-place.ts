import type { RelationRuleSpec } from '../rule-spec.js';
import { FORCE_KIND, NOT_ITS_PLACE, PART_OF_PLACE } from './org-force-presence.js';

/**
 * What an organization runs at a place, named with the organization as its modifier (no possessive): "the [Coastal
 * Union] research laboratory in [X]", "an [Aid Front] field hospital in southern [X]", "the [Northern League]
 * peacekeeping operation in [X]". No "office" or "headquarters": that may be the organization's own seat, which is
 * locatedIn's (annotation guidelines, wire news); no event nouns ("summit", "talks"), which it may only attend.
 */
const RUN_THERE = 'laboratory|laboratories|lab|labs|hospital|hospitals|clinic|clinics|compound|compounds|camp|camps|school|schools|plant|plants|factory|factories|refinery|refineries|facility|facilities|platform|platforms|center|centers|centre|centres|operation|operations|presence|programme|programmes|program|programs|project|projects';
/** One word of what kind of place or work it is: "research laboratory", "field hospital", "oil platform". */
const RUN_KIND = '?reference|research|field|medical|oil|gas|nuclear|refugee|relief|aid|food|feeding|health|de-mining|demining|regional|main|local';
/**
 * The duties an organization takes over, leads or carries out in a place: "the [Coastal Union] assumed security
 * responsibilities in [X]", "[the League] leads security operations in [X]". A plan, a forecast or a handing over to
 * another is no presence (NOT_ITS_PLACE between the organization and the verb; "handed over" is no verb here).
 */
const DUTY_VERBS = 'took|taken|takes|taking|assumed|assumes|assuming|leads|led|leading|conducts|conducted|conducting|runs|ran|running|carries|carried|carrying|resumed|resumes|resuming|expanded|expands|expanding';
const DUTY_NOUNS = 'duties|duty|role|operations|operation|command|responsibilities|responsibility|work|patrols|missions|mission';

/**
 * operatesIn for an organization's work at a place in wire news (branch wireops8: 3 of the 20 operatesIn misses on the
 * wire-news dev split have these shapes, all read now; the organization's people "in" a place are org-force-in-place's, its
 * possessive "'s operations in" org-people-in-place's).
 */
export const orgWorkInPlaceRules: readonly RelationRuleSpec[] = [
  {
    name: 'org-facility-in-place',
    predicate: 'operatesIn',
    subjectActs: true,
    // Not one of places offered as alternatives ("camps in [A] or [B]": 2 such statements on the wire-news dev split,
    // neither in the gold), nor a place that names forces or a destination (stage.ts).
    atThePlace: true,
    // "the [X University] Hospital in [Y]": a named facility, perhaps at the organization's own seat.
    subjectEndsName: true,
    confidence: 0.65,
    patterns: [`S:CivilOrg|ArmedGroup ${FORCE_KIND} ${RUN_KIND} ${RUN_THERE} in|at ?the ${PART_OF_PLACE} O:Place+`],
  },
  {
    name: 'org-duties-in-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.65,
    patterns: [
      `S:CivilOrg|ArmedGroup *4[${NOT_ITS_PLACE}] ${DUTY_VERBS} ?out|over|up ?the|its|all ${FORCE_KIND} ${RUN_KIND} ${DUTY_NOUNS} in|across|throughout ?the ${PART_OF_PLACE} O:Place+`,
      // The one whose duties were taken over was there before: "[the League] assumed security duties across [X] from
      // [the Union]" (branch wireops8: 1 of the 20 operatesIn misses on the wire-news dev split).
      `took|taken|takes|taking|assumed|assumes|assuming ?over ?the|all ${FORCE_KIND} ${RUN_KIND} ${DUTY_NOUNS} in|across|throughout ?the ${PART_OF_PLACE} O:Place+ from ?the S:CivilOrg|ArmedGroup`,
    ],
  },
];
