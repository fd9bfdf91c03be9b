import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';
import type { TitleLexicon } from './title-lexicon.js';

/**
 * "A, Chief of the General Staff B, and Commander of the Y Group C": in a list of titled names an office and its body
 * between two names belong to the name after them, not to the one before. True when a rule read the office after its
 * subject (`subject` before the title) and the object at `last` ends the match with a person's name right after it —
 * a bare name or one with a rank ("… General Staff Army General B"). A name with an office of its own names someone
 * the subject serves ("A, chief advisor to Ukrainian President B": the rule reads A's tie to Ukraine).
 */
export function officeOfNextName(
  doc: Doc,
  items: SentenceItems,
  titles: TitleLexicon,
  subject: number,
  title: readonly [number, number] | undefined,
  last: number,
): boolean {
  if (title === undefined || subject > title[0]) return false;
  const next = last + 1;
  if (next >= items.length) return false;
  const m = items.mention[next]!;
  if (m < 0 || doc.mentions[m]!.type !== 'Person') return false;
  const role = items.role[next];
  return role === undefined || titles.classifyText(role) === 'rank';
}
