import type { RelationRuleSpec } from '../rule-spec.js';
import { ORG_PEOPLE } from '../org-people.js';
import { PART_OF_PLACE } from './org-force-presence.js';

/**
 * Nouns of a group's people, posts and presence at a place: "Black Sea Fleet commanders in X", "a Rosgvardia
 * checkpoint in X", "the 22nd Army Corps' command post near X"; and the losses it took there ("the 5th Brigade's
 * losses near X": taking losses at a place puts a unit there, as builtin.ts unit-action-at-place reads the verb).
 */
export const PRESENCE_NOUNS = 'units|unit|elements|element|forces|troops|servicemen|serviceman|personnel|subunits|fighters|fighter|mercenaries|mercenary|artillery|positions|commanders|command|headquarters|base|bases|checkpoint|checkpoints|post|posts|camp|camps|garrison|presence|losses|casualties';

/**
 * A bearing from a place, and the next ones of its list: "south of A and north of B", "(5km) east of A". Read only
 * after a noun of the group's people (PRESENCE_NOUNS): "the 5th Brigade's positions west of X".
 */
const BEARING_OF = '?( ?*2 ?) north|south|east|west|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern of O:Place+';

const COMPASS = 'northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern';

/** An organization's local seats. */
const BRANCHES = 'office|offices|branch|branches|department|departments|directorate|directorates|bureau|bureaus|cell|cells';
/** Seats that are never the main one. */
const LOCAL_SEATS = 'branch|branches|department|departments|directorate|directorates|cell|cells';
/** "in occupied Y", "in Russian-occupied Y", "in occupied-Y". */
const OCCUPIED = '?the ?_:Demonym ?- ?occupied ?-';

/** What ends a recruiting's words before its place: the recruits' purpose or destination, another clause. */
const RECRUITED_FOR = 'to|for|that|which|who|whom|from|into|and|or|but';
/**
 * Being at a place, said of people: "are active in X", "remain at X", "are working in X". Not "arrived": a civil
 * organization's staff arriving somewhere is a visit as much as a presence (test/relations/presence-structure.test.ts).
 */
const PEOPLE_THERE = 'operating|operate|operates|operated|active|working|work|works|worked|deployed|stationed|present|remain|remains|remained|serving|serve|serves|served|seen|spotted';
/** An organization's own work at a place (no "arrived", "remained": of an organization mostly said of its seat or its envoy). */
const ORG_THERE = 'operating|operates|operated|active|working|works|worked|deployed|present';
/** Between the people and their being there: no plan or forecast, no other clause. */
const NOT_THERE_YET = 'will|would|could|might|may|plan|plans|planned|intend|intends|intended|aim|aims|expected|to|that|which|who|whom|and|or|but|not|never|left|leave|leaving|from';
/**
 * What an organization runs or holds in a place, named after its possessive: its work, its posts, its plants. Not its
 * headquarters or office, which may be its seat (locatedIn).
 */
const HELD_THERE = 'work|activities|activity|operations|operation|infrastructure|network|networks|presence|base|bases|outpost|outposts|positions|hideouts|camps|facilities|facility|plant|plants|factory|factories|center|centers|centre|centres|mines|hospital|hospitals|clinics|projects';
/** Words before the noun that make it not the organization's own, or not there now: "X's plans for bases in Y". */
const NOT_ITS_OWN = 'plan|plans|planned|proposed|future|new|former|alleged|suspected|attack|attacks|on|against|for|to|of|in|with|without|no|not';
/** Verbs of keeping or setting up a presence. */
const KEEPING = 'maintains|maintain|maintained|maintaining|has|have|had|having|retains|retain|retained|keeps|keep|kept|established|establishes|establish|built|expanded|expands|increased|increases|reinforced|reinforces';
/** What kind of presence: "a significant military presence". */
const PRESENCE_KIND = 'significant|strong|large|small|limited|growing|permanent|military|armed|forward|sizable|sizeable|substantial|considerable|continued|active|covert|heavy|major|minor';
/** "in the towns of A and B": a noun of kind before the places. */
const KIND_OF = '?the ?towns|cities|villages|settlements|town|city|village|settlement|area|areas|vicinity|outskirts ?of';

/**
 * Where an armed organization operates: a private military company, an armed service or an armed group (typed
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
      // A bearing word may qualify the place: "the concentration of X forces in western Y".
      `S:ArmedService $tail ?${PRESENCE_NOUNS} in|near|around|outside|at ?the ?vicinity ?of ?${COMPASS} O:Place+`,
      // An armed group by a whole country is mostly its name or where it came from, not where it is: "the [Red Hand] in
      // [Freedonia] claimed …", "the overthrow of the [Red Hand] in [Freedonia]" (branch armed7: 3 of 3 such statements
      // on the wire-news dev split were none of the gold's). Its fighters there are group-fighters-in-place's.
      `S:ArmedGroup $tail ?${PRESENCE_NOUNS} in|near|around|outside|at ?the ?vicinity ?of ?${COMPASS} O:City|Region+`,
      // Its people placed by a bearing from a place: "footage shows X Group elements south of A and north of B".
      `S:ArmedOrg|Unit $tail ?'s ${PRESENCE_NOUNS} ${BEARING_OF}`,
    ],
  },
  {
    // A group said to keep a presence somewhere: "X maintains a presence in Y", "the 5th Brigade established a forward
    // presence near Z". A country's presence is no operatesIn (guidelines), nor is one denied ("has no presence": the
    // article or the kind word must follow the verb) or planned (NOT_THERE_YET).
    name: 'group-keeps-presence',
    predicate: 'operatesIn',
    subjectActs: true,
    confidence: 0.65,
    patterns: [
      `S:Org|Unit $tail ?$aside *3[${NOT_THERE_YET}] ${KEEPING} ?a|an ?${PRESENCE_KIND} ?${PRESENCE_KIND} presence in|at|near|around|across|throughout ${KIND_OF} ${OCCUPIED} ${PART_OF_PLACE} O:Place+`,
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
      `S:CivilOrg|ArmedGroup $tail ?'s ?monitoring staff|members|personnel|presence|mission|monitors|inspectors|representatives|employees in|at ?the O:Place+`,
      // Its work there named by a noun: "the Investigative Committee's work in X", "the agency's activities in occupied X".
      `S:CivilOrg|ArmedGroup $tail 's work|activities|activity|operations in|at|across|throughout ${OCCUPIED} O:Place+`,
      // What it has or runs there, in wire news' possessive, with up to three words of kind before the noun and a part
      // of the place after "in": "the [X] Program's operations in north [Y]", "[X]'s infrastructure in southern [Y]",
      // "[X]'s research and development center in [Y]" (branch newsrel4: 3 misses in 120 stretches of unannotated
      // wire news). No "headquarters" or "office": that may be its seat, org-in-place's locatedIn.
      `S:CivilOrg|ArmedGroup $tail 's *3[${NOT_ITS_OWN}] ${HELD_THERE} in|at|across|throughout ${OCCUPIED} ${PART_OF_PLACE} O:Place+`,
      // Its recruiting there: "the Wagner Group's recruitment of convicts in X" (not "recruitment … to fight in X": the
      // recruits are sent there).
      `S:Org $tail 's recruitment|recruiting ?campaign|campaigns|drive|drives|efforts|effort *4[${RECRUITED_FOR}] in|at|across|throughout ${OCCUPIED} O:Place+`,
      `members|personnel|staff|representatives|officers of ?the ?_:Polity ?'s S:Org $tail are|were|remain|remained ?reportedly|still|currently|now in|at ?the O:Place+`,
      // Its people named before it, the place right after: "employees of the X in occupied Y", "officers of the Freedonian X
      // in Y" (the guideline-alone golds: `operatesIn` 2 of 2, blind15 and blind17; the seat rule org-in-place, which read
      // them as locatedIn, leaves them: org-people.ts).
      `${ORG_PEOPLE} of ?the ?_:Demonym S:Org $tail in|at ${KIND_OF} ${OCCUPIED} O:Place+`,
      // An organization's office or branch in a place works there: "opened an office of the X party in Y", "the X
      // branch in occupied Y" (the organization's seat, "headquartered in", is locatedIn's).
      `${BRANCHES} of ?the S:Org $tail ?party in|at ?${OCCUPIED} O:Place+`,
      // Not "the X office in Y", which may be the organization's seat (org-in-place reads where it is based).
      `S:Org $tail ?'s ?regional|local ${LOCAL_SEATS} in|at ?${OCCUPIED} O:Place+`,
      `S:Org $tail ?'s regional|local office|offices in|at ?${OCCUPIED} O:Place+`,
      // A branch named by its place before the organization: "X Oblast's FSB branch", "the X Oblast Rosgvardia department"
      // (not "X's FSB office", which may be its seat).
      `O:Region|City 's S:Org ${LOCAL_SEATS}`,
      `?the O:Region|City S:Org ${LOCAL_SEATS}`,
      // Its people said to be there by a verb of being: "FSB officers are active in X", "Rosatom employees are working
      // at the X plant", "IAEA inspectors remained at Y".
      // The organization itself said to be at work there: "the Ministry of Emergency Situations is operating in X" (not
      // "based": its seat is locatedIn's).
      `S:CivilOrg|ArmedGroup $tail ?$aside *3[${NOT_THERE_YET}] ${ORG_THERE} ?reportedly|still|currently|now|also|already|actively in|at ${KIND_OF} ${OCCUPIED} O:Place+`,
      `S:CivilOrg|ArmedGroup $tail ?'s ${ORG_PEOPLE} *3[${NOT_THERE_YET}] ${PEOPLE_THERE} ?reportedly|still|currently|now|also|already|actively in|at|near|around ${KIND_OF} ${OCCUPIED} O:Place+`,
    ],
  },
];
