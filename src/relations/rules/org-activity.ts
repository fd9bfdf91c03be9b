import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * Where an organization works: a security service, a ministry or a party acting in a place operates there
 * (annotation guidelines: operatesIn, "a named unit or organization is operating, deployed … in a place"). Units
 * and armed organizations have their own rules for fighting (builtin.ts unit-*); these read what an organization's
 * people do at a place when they police it: "the FSB conducted raids in X", "the SBU detained an agent
 * in X", "the ministry deployed its employees to occupied X", "Rosgvardia forces conduct law enforcement functions …
 * in X". Only the verbs of policing and of sending people: a ministry that "conducted strikes in X" or "reported
 * fighting in X" is no presence (a strike's actor is attacked's).
 */

/** Before the activity: neither a plan or a forecast, nor another clause (a report: "said that Russian forces detained …"). */
const NOT_HERE = 'in|for|will|would|could|might|may|plan|plans|planned|intend|intends|intended|aims|aimed|prepare|prepares|preparing|ordered|begin|begins|start|starts|expected|that|which|who|before|ahead|reported|said|stated|claimed|accused|denied|asked|urged|called';
/** Policing at a place, the verb itself ("detained two men in X"). */
const POLICING = 'detained|detaining|detains|arrested|arresting|arrests|raided|raiding|raids|searched|searching|searches|patrolling|patrolled|patrols|abducted|abducting|abducts|kidnapped|kidnapping|interrogated|interrogating|filtering|filtered|checking';
/**
 * Recruiting at a place is working there: "Wagner is recruiting convicts in penal colonies in X" (not "recruited men to
 * fight in X", whose place the stops leave out: the recruits are sent there, the recruiter need not be).
 */
const RECRUITING = 'recruiting|recruited|recruits|recruit';
/** People a policing verb takes, named by the place they live in ("detained three residents of X"). */
const RESIDENTS = 'residents|resident|inhabitants|citizens|civilians|locals|journalists|teachers|officials|activists';
/** A policing noun after "conducting" or "carrying out" ("conducting illegal raids in X"). */
const CONDUCTING = 'conducting|conducted|conducts|conduct|carrying|carried|carries|carry|performing|performed|stepped|stepping|intensified|intensifying|increased|increasing';
const POLICING_NOUNS = 'raids|raid|searches|search|arrests|detentions|filtration|sweeps|sweep|checks|inspections|patrols|interrogations|roundups|round-ups|mass|document|phone';
/**
 * The work of policing named by a noun of duty after its kind ("law enforcement duties such as document checks, raids
 * …", "spot checks and other law enforcement tasks"): the list of what it is may run on before the place.
 */
const POLICING_WORK = 'enforcement|policing|counterintelligence|counter-intelligence|counter-sabotage|counterterrorism|counter-terrorism';
const DUTY_NOUNS = 'functions|function|tasks|task|duties|duty|measures|activities|activity|missions|mission|operations';
/**
 * Where in a place: a part of it named before it ("in an unspecified location of X", "in civilian areas in eastern X",
 * "across several settlements in occupied Y").
 */
const WITHIN = '?a|an|the ?unspecified|undisclosed|civilian|residential|several|various|some|many ?area|areas|location|locations|settlement|settlements|part|parts|district|districts ?of|in';
const COMPASS = '?northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern';
/** What ends the stretch between the activity and the place: another clause, a source or a destination. */
const STOPS = 'for|that|which|who|whom|where|when|while|but|from|to|after|before|because|since';
/** People an organization sends ("deployed MVD employees to X"). */
// An armed group's too: "the X deployed advisers to Y", "sent reinforcements to Z".
const PEOPLE = 'personnel|employees|officers|officials|staff|agents|investigators|operatives|troops|forces|servicemen|members|specialists|representatives|advisers|advisors|fighters|militants|reinforcements|units|commanders';
const SENDING = 'deployed|deploying|deploys|sent|sending|sends|dispatched|dispatching|transferred|transferring|relocated|relocating';
/** "in occupied X", "in the Russian-occupied X". */
const OCCUPIED = '?the ?_:Demonym ?- ?occupied ?-';

/** Quotation marks around a term, passed like its words. */
const QUOTE = '?\u201c|\u201d|"';
/** Who acts: the organization opening the clause, or reporting its own act ("announced that it has deployed …"). */
const SAYING = 'announced|stated|said|reported|claimed|noted|confirmed|added';
const OPENERS = [
  `S:CivilOrg|ArmedOrg+ $tail ?( ?_:Org ?) ?$aside *4[${NOT_HERE}] ${QUOTE} *3[${NOT_HERE}] ${QUOTE} *1[${NOT_HERE}]`,
  // (A quoted term may stand in its words: "announced that it had created “temporary departments” and deployed …".)
  `S:CivilOrg|ArmedOrg+ $tail ?( ?_:Org ?) ?$aside *4[${NOT_HERE}] ${SAYING} *4[${NOT_HERE}] that it|they *3[${NOT_HERE}] ${QUOTE} *2[${NOT_HERE}] ${QUOTE} *1[${NOT_HERE}]`,
];
/** What it does there. */
const ACTIVITIES = [
  // Eight words or names may describe whom it polices ("checking local residents' phones and conducting unlawful raids in
  // occupied X").
  `${POLICING} **8[${STOPS}] in|at|across|throughout ${WITHIN} ${COMPASS} ${OCCUPIED} O:Place+`,
  // Its victims named by their town: "the FSB detained three residents of occupied X".
  `${POLICING} *3[${STOPS}|in|at] ${RESIDENTS} of|from ${OCCUPIED} O:Place+`,
  `${RECRUITING} **6[${STOPS}] in|at|across|throughout ${OCCUPIED} O:Place+`,
  // "likely conducted a series of raids somewhere in X".
  `${CONDUCTING} ?up|out *4[${STOPS}] ${POLICING_NOUNS} *4[${STOPS}] in|at|across|throughout ${WITHIN} ${COMPASS} ${OCCUPIED} O:Place+`,
  `${CONDUCTING} ?up|out *3[${STOPS}] ${POLICING_WORK} ${DUTY_NOUNS} *14,[${STOPS}] in|at|across|throughout ${WITHIN} ${COMPASS} ${OCCUPIED} O:Place+`,
  // The organization's own people sent to a place: "deployed MVD employees to occupied X and Y oblasts", "has sent some
  // 800 troops to X" (two words between for a count: wire news' "some 800", "about 7,000").
  `${SENDING} ?additional|more|new|its|their ?own ?_:Org *2[${STOPS}] ${PEOPLE} to|into ${OCCUPIED} O:Place+`,
];

export const orgActivityRules: readonly RelationRuleSpec[] = [
  {
    name: 'org-acts-in-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.65,
    patterns: OPENERS.flatMap((opener) => ACTIVITIES.map((activity) => `${opener} ${activity}`)),
  },
];
