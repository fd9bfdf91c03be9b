import type { Mention } from '../model/document.js';
import type { Doc } from '../model/document.js';
import { fromArmedFormationList } from './arg-types.js';

/**
 * A body that reports, claims, blames or assesses is not the actor of what it reports: "the MoD claimed to have
 * destroyed a depot in X", "the MoD blamed Ukrainian forces for firing at X", "the General Staff claimed special forces
 * destroyed a bridge in X", "ISW now assesses these forces are advancing on X", "the agency released its findings on
 * the attack on X" (annotation guidelines: the actor is the one named as doing it; a ministry, a staff or an
 * intelligence service speaks for the forces, it does not fight). attack-reporter.ts drops a staff that "reported
 * strikes in X" for `attacked`; this reads every event predicate, for civil organizations only (an armed one — a
 * private military company, an armed service — may well report what it did), on the text right after the subject:
 * an optional bracket (its acronym), adverbs, a date, then a verb or a noun of reporting. Kept: a body reporting on
 * its own people ("stated that its personnel are operating in X") and one claiming responsibility ("claimed
 * responsibility for the strike on X"), or claiming an attack as its own ("claimed an IED attack on a patrol in X",
 * "claimed three attacks in X", "claimed the bombing of a church in X" (branch defence8b: "the" only after a verb of
 * claiming and before the attack's target, as "said the attack on X …" reports); not "claimed strikes", a
 * ministry's report of its forces' fire). Wire news' "says"/"said", also after the body's agency or its spokesman:
 * "the U.N. refugee agency says gunmen attacked its office in X", "NATO says militants attacked a base in X".
 */
const REPORTS =
  /^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:also|additionally|previously|separately|now|again|similarly|further|notably|officially|then|later|repeatedly|falsely|reportedly)\s+){0,2}(?:on\s+\p{Lu}\p{Ll}+\s+\d{1,2}(?:-\d{1,2})?,?\s+)?(?:(?:refugee|humanitarian|relief|aid|food|news|rights|monitoring|peacekeeping)\s+)?(?:(?:agency|agencies|mission|office|spokesman|spokeswoman|spokesperson|officials|official|group|organization)\s+)?(?:says|said|say|claimed|claims|claim|claiming|blamed|blames|blaming|accused|accuses|accusing|assessed|assesses|assess|alleged|alleges|released|releases|published|publishes|posted|posts|shared|shares|denied|denies|report|reports|findings|statement|statements|footage|video)\b(?!\s+(?:that\s+)?(?:it|they|(?:its|their)\s+(?:own\s+)?(?:personnel|forces|troops|units|employees|officers|servicemen|fighters|members|staff|agents|operatives|specialists|soldiers|elements|subunits))\b|\s+(?:responsibility|credit)\b|\s+(?:an?|\d+|several|multiple|two|three|four|five)\s+(?:[\p{L}-]+\s+){0,2}(?:attacks?|ambush(?:es)?|bombings?|assaults?|raids?|assassinations?)\b|(?<=claim(?:ed|s|ing)?)\s+the\s+(?:[\p{L}-]+\s+)?(?:attack|ambush|bombing|assault|raid|assassination)\s+(?:on|of|against)\b)/iu;
/**
 * The predicates read: not `captured`, where the dev gold takes the claiming body for the capturer ("the MoD claimed to
 * capture X", "the Kremlin declared victory in X": a government body claiming a place it holds).
 */
export const reportedPredicates: ReadonlySet<string> = new Set(['attacked', 'operatesIn', 'withdrewFrom', 'foughtAgainst']);
/** Enough text after the subject for a bracket, two adverbs, a date and the verb. */
const LOOK_AHEAD = 96;

/** The statement's subject is a civil organization followed by a verb or noun of reporting: it reports the event, it does not act. */
export function onlyReports(doc: Doc, subject: Mention): boolean {
  if (subject.type !== 'Organization' || subject.form === 'demonym' || fromArmedFormationList(subject)) return false;
  return REPORTS.test(doc.text.slice(subject.end, subject.end + LOOK_AHEAD));
}
