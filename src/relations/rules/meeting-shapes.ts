import type { RelationRuleSpec } from '../rule-spec.js';
import { NOT_YET_WORDS } from './unit-action-words.js';
import { CALLS, COUNTERPART } from './meeting-words.js';

/** A meeting still to come, asked for, refused or called off: none was had. (Not "to": "X spoke to reporters after talks with Y".) */
const NOT_HAD = `${NOT_YET_WORDS}|upcoming|expected|proposed|scheduled|set|due|wants|hopes|seeks|invited|refused|rejected|canceled|cancelled|postponed|not|never|no|before|ahead|if|unless|whether`;

/** What may not stand between the people meeting together: another clause, a report, a meeting of one of them. */
export const TOGETHER_STOPS = `${NOT_HAD}|.|;|said|says|say|told|met|meet|meets|meeting|with|who|which|whom|that|while|when|where|but|or`;

/** The plural verb of people meeting one another. */
export const TOGETHER = 'are|were ?now|currently meeting|gathered|assembled';

/** The person met, with a body's office before the name: "provincial Communist Party leader X", "the ruling party's chief X". */
const BODY_OFFICE = "?the|a *2 _:Org|Polity|Demonym ?'s ?$honorific";

/**
 * metWith in wire news' shapes of a meeting:
 * - a clause after talks: "X spoke to reporters after talks with Y", "X left Z following talks with Y";
 * - meetings had: "X has had separate meetings with Y", "X had talks with Y";
 * - the person met named by a body's office: "X met with provincial Communist Party leader Y";
 * - a second party met: "X met with his counterpart, Y, and with President Z" (Z too);
 * - where they met between the verb and "with": "X met in Z on Thursday with Vice President Y";
 * - a clause that happened in a meeting: "X voiced support in a meeting with Y", "X said during talks with the
 *   visiting speaker of Z's parliament, Y," (not "before a meeting with Y": NOT_HAD).
 * (A call or a video link is no meeting: CALLS blocks, as for the other metWith rules; telephone talks are one.)
 */
export const meetingShapeRules: readonly RelationRuleSpec[] = [
  {
    name: 'met-after-talks',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.8,
    blockers: CALLS,
    patterns: [
      `S:Person+ ?$aside **8[${NOT_HAD}|.|;|said|says|say] after|following ?a|an|the|his|her|their *2[${NOT_HAD}] talks|meeting|meetings|discussions|negotiations with ${COUNTERPART} O:Person+`,
      `S:Person+ ?$aside *3[${NOT_HAD}] had|has|have ?had|held *2[${NOT_HAD}] talks|meeting|meetings|discussions|negotiations with ${COUNTERPART} O:Person+`,
    ],
  },
  {
    // "X and Israeli Prime Minister Y declared a cease-fire at a summit meeting", "X and Y signed the accord during talks in
    // Z": two people named together as acting at one meeting met there (branch defence8, from a wire-news dev miss).
    name: 'met-acting-together',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.75,
    blockers: CALLS,
    patterns: [
      `$clause S:Person and ?_:Demonym ?$honorific O:Person ?$aside *5[${TOGETHER_STOPS}|to|and] at|during|after|following ?a|an|the|their *3[${TOGETHER_STOPS}|and|separate|separately|respective|own] summit|meeting|talks`,
    ],
  },
  {
    name: 'met-body-office',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.8,
    blockers: CALLS,
    patterns: [
      `S:Person+ ?$aside *3[${NOT_HAD}|and] met|meets|conferred ?with ${BODY_OFFICE} O:Person+`,
      // "X met with his counterpart, Y, and with Pakistani President Z": the second "with" goes back to the verb.
      `S:Person+ ?$aside *3[${NOT_HAD}|and] met|meets|conferred ?with ${COUNTERPART} _:Person , ?and with ${COUNTERPART} O:Person+`,
    ],
  },
  {
    name: 'met-in-place-with',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.8,
    blockers: CALLS,
    patterns: [`S:Person+ ?$aside *3[${NOT_HAD}|and] met|meets in|at ?the _:Place *2[${NOT_HAD}|and|,] with ${COUNTERPART} O:Person+`],
  },
  {
    name: 'met-in-meeting',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.75,
    blockers: CALLS,
    patterns: [
      `S:Person+ ?$aside **6[${NOT_HAD}|.|;|said|says|say|and] in|during ?a|an|the|his|her *2[${NOT_HAD}] meeting|talks with ${COUNTERPART} O:Person+`,
      // "… during a meeting with the visiting speaker of Z's parliament, Y": the title and its complement, then the name.
      `S:Person+ ?$aside **6[${NOT_HAD}|.|;|said|says|say|and] in|during ?a|an|the|his|her *2[${NOT_HAD}] meeting|talks with the $title of|for ?the **5[${NOT_HAD}|and|.|;] , O:Person`,
      // Fronted before the person who met: "In addition to his meeting with Y, X also spoke …", "After talks with Y on
      // Monday, X flew on to Z" (wire news; branch wirerel7).
      `$clause ?in ?addition to|after|following|during his|her|their *2[${NOT_HAD}] meeting|meetings|talks with ${COUNTERPART} O:Person **6[${NOT_HAD}|.|;|said|says|say|,] , *3[${NOT_HAD}|said|says|say|who|which] S:Person`,
    ],
  },
  {
    // Three or more people named as meeting together: "A of the Unity Party, the rebels' chief B and Prime Minister C
    // are meeting in Z" → each pair met (annotation guidelines: each pair of a multi-party meeting; "A and B met" is
    // met-verb's). The verb's plural form says they meet one another; no other clause, report or plan between the names.
    name: 'met-together',
    predicate: 'metWith',
    symmetric: true,
    confidence: 0.75,
    blockers: CALLS,
    // The matcher reads one pair a pattern from the verb back: the last two named, the first and the last, the first and
    // the second of three.
    patterns: [
      `S:Person **10[${TOGETHER_STOPS}] O:Person ?$aside **8[${TOGETHER_STOPS}] ${TOGETHER}`,
      `$clause S:Person **12[${TOGETHER_STOPS}] O:Person ?$aside **8[${TOGETHER_STOPS}] ${TOGETHER}`,
      `$clause S:Person **10[${TOGETHER_STOPS}] O:Person **8[${TOGETHER_STOPS}] _:Person ?$aside **4[${TOGETHER_STOPS}] ${TOGETHER}`,
    ],
  },
];
