/** Words of meetings shared by the metWith and visited rules (builtin.ts, meeting-shapes.ts). */

/**
 * What may stand between a meeting verb and the person met, besides the title folded into the person:
 * "his German counterpart X", "her counterpart from Poland, X", "Ukraine's Foreign Minister X". (An
 * organization or country right before a titled person — "NATO Secretary General X" — is read as the
 * complement of the title by the matcher, so the person is the argument.)
 */
export const COUNTERPART = "?the|his|her|their ?_:Demonym|Polity ?'s ?counterpart|counterparts ?from|in ?_:Polity ?, ?$honorific";

/**
 * Meetings are face to face: a call or a video link is no meeting, and the people on it were not in one
 * place (so no visit is inferred from it either).
 */
export const REMOTE = ['phone', 'telephone', 'call', 'calls', 'video', 'videoconference', 'virtual', 'virtually', 'online', 'remotely'];
