/**
 * Words that put a statement under negation when they occur inside the matched stretch or just before it
 * ("did not visit", "refused to meet", "never met"). Such statements are not emitted as facts.
 */
export const negationCues: readonly string[] = [
  'not', "n't", 'never', 'no', 'neither', 'nor', 'refused', 'refuses', 'refusing', 'declined', 'declines',
  'denied', 'denies', 'deny', 'denying', 'cancelled', 'canceled', 'cancels', 'postponed', 'failed', 'fails', 'rejected',
  'without', 'unable', 'instead',
  // A claim the text calls false is no event: "refuted claims that X captured Y", "falsely claimed that …".
  'refuted', 'refutes', 'refute', 'rebutted', 'rebuts', 'rebut', 'debunked', 'falsely', 'false',
  // A possibility is not an event: "a potential offensive against X", "a possible visit to X".
  'potential', 'possible', 'hypothetical',
  // Nor is a forecast: "a future Russian attack on X", "a putative Belarusian invasion of X", "an imminent assault on X".
  'future', 'putative', 'prospective', 'imminent',
  // "an impending Russian assault on X", "the upcoming offensive on X" (branch rel31).
  'impending', 'upcoming', 'forthcoming',
  // Nor what someone only thought had happened: "the units thought that they had secured X" (branch iswcap4: on the
  // 294 ISW reports this removed 1 statement, wrong, and no other).
  'thought',
];

/**
 * Past-tense verbs that, right after "and", open a new predicate of the same subject: "Russian forces did not
 * conduct ground attacks toward X and shelled Y" negates the attacks only.
 */
export const negationScopeVerbs: readonly string[] = [
  'shelled', 'struck', 'attacked', 'conducted', 'launched', 'continued', 'advanced', 'captured', 'seized', 'fired',
  'targeted', 'bombed', 'made', 'resumed', 'intensified', 'maintained', 'withdrew', 'retreated',
];

/**
 * Predicates for which an attempt is the event: "Russian forces failed to advance on X" is an attack on X
 * (annotation guidelines: unsuccessful attacks and attempts to advance count); a failed capture is none.
 */
export const attemptPredicates: ReadonlySet<string> = new Set(['attacked']);

/** Predicates of things that happen (presence and conflict events): a plan or a readiness to do them is none (irrealis.ts). */
export const eventPredicates: ReadonlySet<string> = new Set(['operatesIn', 'attacked', 'captured', 'withdrewFrom', 'foughtAgainst']);

/** How many items before the match are checked for a negation cue ("no Russian official visited …"). */
export const negationLookBehind = 2;

/**
 * Verbs and phrases that make what follows a reported claim ("American sources claim that …",
 * "according to the General Staff, …"). The statement is kept, with who claims it in `attribution`.
 */
export const attributionCues: readonly string[] = [
  'claim', 'claims', 'claimed', 'claiming', 'said', 'says', 'say', 'stated', 'states', 'reported', 'reports',
  'report', 'alleged', 'alleges', 'allege', 'according', 'told', 'announced', 'announces', 'noted', 'notes',
  'suggested', 'suggests', 'asserted', 'asserts', 'insisted', 'insists', 'confirmed', 'confirms', 'added',
  'assessed', 'assesses', 'indicated', 'indicates', 'accused', 'accuses', 'believes', 'believe',
];

/** Confidence factor for a reported claim: still emitted (reporting is what the sources are), but weaker. */
export const attributionConfidenceFactor = 0.9;
