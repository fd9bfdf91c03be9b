/** Words of meetings shared by the metWith and visited rules (builtin.ts, meeting-shapes.ts). */

/**
 * What may stand between a meeting verb and the person met, besides the title folded into the person:
 * "his German counterpart X", "her counterpart from Poland, X", "Ukraine's Foreign Minister X". (An
 * organization or country right before a titled person — "NATO Secretary General X" — is read as the
 * complement of the title by the matcher, so the person is the argument.)
 */
export const COUNTERPART = "?the|his|her|their ?_:Demonym|Polity ?'s ?counterpart|counterparts ?from|in ?_:Polity ?, ?$honorific";

/**
 * A call or a video link is no meeting (the annotation guidelines: "spoke with", a phone call … is no meeting);
 * talks held by telephone are ("held telephone talks" → metWith), so the telephone alone does not block one.
 */
export const CALLS = ['call', 'calls', 'video', 'videoconference', 'virtual', 'virtually', 'online', 'remotely'];

/** The people on a call or on telephone talks were not in one place: no visit is inferred from it. */
export const REMOTE = ['phone', 'telephone', ...CALLS];
