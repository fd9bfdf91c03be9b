import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * Nouns of a group's people, posts and presence at a place: "Black Sea Fleet commanders in X", "a Rosgvardia
 * checkpoint in X", "the 22nd Army Corps' command post near X".
 */
export const PRESENCE_NOUNS = 'units|unit|elements|element|forces|troops|servicemen|serviceman|personnel|subunits|fighters|fighter|mercenaries|mercenary|artillery|positions|commanders|command|headquarters|base|bases|checkpoint|checkpoints|post|posts|camp|camps|garrison|presence';

/**
 * A bearing from a place, and the next ones of its list: "south of A and north of B", "(5km) east of A". Read only
 * after a noun of the group's people (PRESENCE_NOUNS): "the 5th Brigade's positions west of X".
 */
const BEARING_OF = '?( ?*2 ?) north|south|east|west|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern of O:Place+';

/** An organization's local seats. */
const BRANCHES = 'office|offices|branch|branches|department|departments|directorate|directorates|bureau|bureaus|cell|cells';
/** Seats that are never the main one. */
const LOCAL_SEATS = 'branch|branches|department|departments|directorate|directorates|cell|cells';
/** "in occupied Y", "in Russian-occupied Y", "in occupied-Y". */
const OCCUPIED = '?the ?_:Demonym ?- ?occupied ?-';

/**
 * Where an armed organization operates: a private military company or an armed service (typed
 * Organization, as the annotation guidelines type them) named in a place is there to fight, not based
 * there ("convicts fight with Wagner in X and Y" → operatesIn each place). Units have `unit-in-place`.
 */
export const presenceRules: readonly RelationRuleSpec[] = [
  {
    name: 'armed-org-in-place',
    predicate: 'operatesIn',
    subjectActs: true,
    confidence: 0.65,
    patterns: [
      `S:ArmedOrg $tail ?${PRESENCE_NOUNS} in|near|around|outside|at ?the ?vicinity ?of O:Place+`,
      // Its people placed by a bearing from a place: "footage shows X Group elements south of A and north of B".
      `S:ArmedOrg|Unit $tail ?'s ${PRESENCE_NOUNS} ${BEARING_OF}`,
    ],
  },
  {
    // "OSCE monitoring staff in X", "the IAEA presence at X", "members of Iran's IRGC are in X": an organization's
    // people at a place work there (its seat is locatedIn's: rules/builtin.ts org-in-place).
    name: 'org-people-in-place',
    predicate: 'operatesIn',
    subjectActs: true,
    confidence: 0.65,
    patterns: [
      `S:CivilOrg $tail ?'s ?monitoring staff|members|personnel|presence|mission|monitors|inspectors|representatives|employees in|at ?the O:Place+`,
      `members|personnel|staff|representatives|officers of ?the ?_:Polity ?'s S:Org $tail are|were|remain|remained ?reportedly|still|currently|now in|at ?the O:Place+`,
      // An organization's office or branch in a place works there: "opened an office of the X party in Y", "the X
      // branch in occupied Y" (the organization's seat, "headquartered in", is locatedIn's).
      `${BRANCHES} of ?the S:Org $tail ?party in|at ?${OCCUPIED} O:Place+`,
      // Not "the X office in Y", which may be the organization's seat (org-in-place reads where it is based).
      `S:Org $tail ?'s ?regional|local ${LOCAL_SEATS} in|at ?${OCCUPIED} O:Place+`,
      `S:Org $tail ?'s regional|local office|offices in|at ?${OCCUPIED} O:Place+`,
    ],
  },
];
