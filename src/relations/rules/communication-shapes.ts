import type { RelationRuleSpec } from '../rule-spec.js';
import { NOT_YET_WORDS } from './unit-action-words.js';
import { COUNTERPART } from './meeting-words.js';

/**
 * `communicatedWith`: two named people spoke or wrote to each other without meeting — a telephone or video call,
 * a conversation, a letter or a message. The annotation guidelines keep these out of `metWith` ("spoke with", a
 * phone call, a letter … is no meeting), so without this predicate the graph lost every call between leaders,
 * the staple of diplomatic reporting ("X spoke by phone with Y"). A meeting is a way of communicating too:
 * the vocabulary declares `ng:metWith rdfs:subPropertyOf ng:communicatedWith`, so a store that reasons over
 * RDFS finds both under `communicatedWith`; the rules here state only what is no meeting, and telephone *talks*
 * stay `metWith` as the guidelines have them. People only (argument-domain.ts), symmetric (symmetric.ts).
 */

/** A call still to come, asked for, refused or denied: none was had ("will speak with", "refused to take Y's call"). */
const NOT_HAD = `${NOT_YET_WORDS}|upcoming|expected|proposed|scheduled|set|due|wants|hopes|seeks|asked|refused|rejected|declined|denied|canceled|cancelled|postponed|not|never|no|if|unless|whether|before|ahead|urged|called`;

/** How people talk at a distance: "by phone", "over a video link", "via videoconference". */
const REMOTE_MEANS = '?the|a phone|telephone|video|videolink|videoconference|teleconference|hotline ?link|call';

/** A call or a conversation named by a noun, with the means before it or not ("a phone call", "a telephone conversation"). */
const CALL_NOUN = '*2[talks|meeting|meetings] call|calls|conversation|conversations|videoconference|teleconference';

/** Verbs of saying something to someone, which a call or a letter may carry. */
const ADDRESSED = 'told|tells|congratulated|congratulates|thanked|thanks|assured|assures|urged|urges|warned|warns|informed|informs|briefed|briefs|asked|asks|invited|invites';

/** What carries a written message. */
const WRITTEN = 'letter|letters|message|messages|note|cable|telegram';

/**
 * Verbs of a contact that the text does not call a meeting: "X contacted Y", "X negotiated with Y", "X exchanged
 * messages with Y", "X was in contact with Y", "X communicated with Y" (annotation guidelines, branch defence8:
 * a negotiation is a contact whether or not the two met; "held negotiations" stays `metWith` for people, as before).
 */
const CONTACTED = 'contacted|contacts|negotiated|negotiates|communicated|communicates|corresponded|corresponds|liaised|liaises';
/** The noun after "exchanged": "exchanged messages / letters with Y". */
const EXCHANGED = 'messages|letters|notes|cables|views|proposals|lists';
/** The people of a party who talk for it: "X officials held talks with Y", "representatives of X negotiated with Y". */
const ENVOYS = 'officials|representatives|delegation|delegations|envoys|negotiators|diplomats|leaders|leadership|commanders|officers|mediators';
/** Nouns of talks between parties. */
const TALKS = 'talks|negotiations|discussions|consultations|dialogue';
/** A party's envoys after its name, or its name after theirs ("representatives of the X"). */
const PARTY_S = `?${ENVOYS} ?of|from ?the S:NamedParty|Place $tail ?${ENVOYS}`;
/** The party talked with: named ("with Russia", "with the SDF"), or by its nationality's envoys ("with Saudi officials"). */
const PARTY_O = `with ?the ?${ENVOYS} ?of|from ?the O:NamedParty|Place`;
const PARTY_O_ENVOYS = `with ?the O:Demonym ${ENVOYS}|government|authorities|regime|side`;

export const communicationShapeRules: readonly RelationRuleSpec[] = [
  {
    // "X spoke by phone with Y", "X talked with Y by telephone", "X spoke to Y", "X and Y spoke by phone", "X phoned Y".
    name: 'communicated-spoke',
    predicate: 'communicatedWith',
    symmetric: true,
    confidence: 0.75,
    patterns: [
      `S:Person+ ?$aside *3[${NOT_HAD}|and] spoke|speaks|talked|talks|chatted by|on|over|via ${REMOTE_MEANS} with|to ${COUNTERPART} O:Person+`,
      `S:Person+ ?$aside *3[${NOT_HAD}|and] spoke|speaks|talked|chatted with|to ${COUNTERPART} O:Person+`,
      `S:Person and ?_:Demonym ?$honorific O:Person *2[${NOT_HAD}] spoke|talked|chatted|conferred by|on|over|via ${REMOTE_MEANS}`,
      `S:Person+ ?$aside *3[${NOT_HAD}|and] phoned|telephoned|rang ${COUNTERPART} O:Person+`,
    ],
  },
  {
    // "X held a phone call with Y", "X had a telephone conversation with Y", "X's call with Y", "a call between X
    // and Y", "During a phone call with Y, X said …", "X received a call from Y", "X told Y in a phone call that …".
    name: 'communicated-call',
    predicate: 'communicatedWith',
    symmetric: true,
    confidence: 0.75,
    patterns: [
      `S:Person+ ?$aside *3[${NOT_HAD}|and] held|holds|had|has|have|made|makes|conducted ?a|an|the *2[${NOT_HAD}|talks] ${CALL_NOUN} with ${COUNTERPART} O:Person+`,
      `S:Person ?'s ${CALL_NOUN} with ${COUNTERPART} O:Person+`,
      'call|calls|conversation|conversations between S:Person and O:Person',
      `in|during|on ?a|an|the *2[${NOT_HAD}|talks] ${CALL_NOUN} with ${COUNTERPART} O:Person ?$aside *2[${NOT_HAD}] , S:Person`,
      // "X falsely claimed that … in a telephone conversation with Y", "X stated in his call with Y": the clause
      // happened in the call, as met-in-meeting reads a meeting. (Not "X … after a call with Y": on the ISW reports
      // its subject was once the person X had called afterwards — "called his counterpart, Z, following the calls
      // with Y" — so that shape is left out.)
      `S:Person+ ?$aside **12[${NOT_HAD}|.|;|and|after|following] in|during ?a|an|the|his|her|their *2[${NOT_HAD}|talks] ${CALL_NOUN} with ${COUNTERPART} O:Person+`,
      `S:Person+ ?$aside *3[${NOT_HAD}|and] received|receives|took|takes ?a|an|the *2[talks] ${CALL_NOUN} from ${COUNTERPART} O:Person+`,
      // "X told Y by phone …", "X congratulated Y in a telephone conversation": what was said to Y, said on a call.
      `S:Person+ ?$aside *3[${NOT_HAD}|and] ${ADDRESSED} ${COUNTERPART} O:Person *3 in|during|by|over ?a|an|the *2 ${CALL_NOUN}|phone|telephone`,
    ],
  },
  {
    // "X sent a letter to Y", "X wrote to Y", "In a letter to Y, X urged …", "X's message to Y", "X received a letter from Y".
    name: 'communicated-letter',
    predicate: 'communicatedWith',
    symmetric: true,
    confidence: 0.75,
    patterns: [
      `S:Person+ ?$aside *3[${NOT_HAD}|and] sent|sends|wrote|writes|addressed|addresses|delivered|handed ?a|an|the *2[${NOT_HAD}] ${WRITTEN} to ${COUNTERPART} O:Person+`,
      `S:Person+ ?$aside *3[${NOT_HAD}|and] wrote|writes to ${COUNTERPART} O:Person+`,
      `S:Person ?'s *2 ${WRITTEN} to ${COUNTERPART} O:Person+`,
      `in|with ?a|an|the|his|her *2 ${WRITTEN} to ${COUNTERPART} O:Person ?$aside *2[${NOT_HAD}] , S:Person`,
      `S:Person+ ?$aside *3[${NOT_HAD}|and] received|receives|got ?a|an|the *2 ${WRITTEN} from ${COUNTERPART} O:Person+`,
    ],
  },
  {
    // "X contacted Y", "X negotiated with Y", "X exchanged messages with Y", "X was in contact with Y", "X and Y discussed
    // the plan in a telephone call": people, or parties as bodies ("the SDF negotiated with Damascus").
    name: 'communicated-contact',
    predicate: 'communicatedWith',
    symmetric: true,
    confidence: 0.7,
    patterns: [
      `S:Person+ ?$aside *3[${NOT_HAD}|and] ${CONTACTED} ?with ${COUNTERPART} O:Person+`,
      `S:Person+ ?$aside *3[${NOT_HAD}|and] exchanged|exchanges|exchanging ?a|an|the *2[${NOT_HAD}] ${EXCHANGED} with ${COUNTERPART} O:Person+`,
      `S:Person+ ?$aside *3[${NOT_HAD}|and] was|were|is|are|been|remained|remains|stayed ?in ?regular|direct|close|constant|frequent|indirect contact with ${COUNTERPART} O:Person+`,
      `S:Person and ?_:Demonym ?$honorific O:Person *2[${NOT_HAD}] discussed|discuss|discusses **6[${NOT_HAD}|.|;] in|during|by|over ?a|an|the *2 ${CALL_NOUN}|phone|telephone`,
      `$clause ${PARTY_S} *3[${NOT_HAD}|and|said|says|that] ${CONTACTED} ?with ${PARTY_O}`,
      `$clause ${PARTY_S} *3[${NOT_HAD}|and|said|says|that] ${CONTACTED} ?with ${PARTY_O_ENVOYS}`,
      `$clause S:Demonym ${ENVOYS} *3[${NOT_HAD}|and|said|says|that] ${CONTACTED} ?with ${PARTY_O}`,
      `$clause S:Demonym ${ENVOYS} *3[${NOT_HAD}|and|said|says|that] ${CONTACTED} ?with ${PARTY_O_ENVOYS}`,
      // "X has been in (regular) contact with Y" (parties as bodies).
      `$clause ${PARTY_S} *3[${NOT_HAD}|and|said|says|that] was|were|is|are|been|remained|remains|stayed ?in ?regular|direct|close|constant|frequent|indirect contact ${PARTY_O}`,
    ],
  },
  {
    // "Türkiye held talks with Russia over X", "Houthi representatives held talks with Saudi officials in Y", "the X and
    // the Y opened negotiations": talks between two parties as bodies (between people they are a meeting: met-talks).
    name: 'communicated-talks',
    predicate: 'communicatedWith',
    symmetric: true,
    notInList: true,
    confidence: 0.7,
    patterns: [
      `$clause ${PARTY_S} *3[${NOT_HAD}|and|said|says|that] held|holds|hold|holding|opened|began|begun|started|conducted|resumed|had *3[${NOT_HAD}] ${TALKS} ?in|at ?the ?_:Place ${PARTY_O}`,
      `$clause ${PARTY_S} *3[${NOT_HAD}|and|said|says|that] held|holds|hold|holding|opened|began|begun|started|conducted|resumed|had *3[${NOT_HAD}] ${TALKS} ?in|at ?the ?_:Place ${PARTY_O_ENVOYS}`,
      `$clause S:Demonym ${ENVOYS} *3[${NOT_HAD}|and|said|says|that] held|holds|hold|holding|opened|began|begun|started|conducted|resumed|had *3[${NOT_HAD}] ${TALKS} ?in|at ?the ?_:Place ${PARTY_O}`,
      `$clause S:Demonym ${ENVOYS} *3[${NOT_HAD}|and|said|says|that] held|holds|hold|holding|opened|began|begun|started|conducted|resumed|had *3[${NOT_HAD}] ${TALKS} ?in|at ?the ?_:Place ${PARTY_O_ENVOYS}`,
      // "Türkiye and Russia held talks on a ceasefire", "the X and Y delegations resumed negotiations".
      // (Past forms only: "before A and B hold talks" is a plan; and neither may be one of a longer list: in "A, B and C
      // held talks with D" B and C talked with D, not with each other — notInList. Wire-news stretches, branch defence8.)
      `$clause S:NamedParty $tail and ?the O:NamedParty $tail ?${ENVOYS} *2[${NOT_HAD}|said|says|that] held|opened|began|begun|started|conducted|resumed|had *3[${NOT_HAD}] ${TALKS}`,
      // "talks between X and Y", "negotiations between the X and Y delegations" (not held to come: NOT_HAD before them).
      `$clause ?the ?recent|latest|direct|indirect ${TALKS} between ?the S:NamedParty|Demonym $tail ?${ENVOYS} and ?the O:NamedParty|Demonym`,
      `in|during|at|after ?the ?recent|latest|last|direct|indirect ?round ?of ${TALKS} between ?the S:NamedParty|Demonym $tail ?${ENVOYS} and ?the O:NamedParty|Demonym`,
    ],
  },
];
