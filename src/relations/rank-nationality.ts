import type { Doc, Mention } from '../model/document.js';

/**
 * The holder's own office said in an apposition after the name: "Russian Colonel X, commander of the 6th Tank
 * Regiment" serves the regiment, and the nationality only says where he comes from (the ISW dev gold marks the unit
 * and never the nationality: 2 of 2 such statements were wrong without this).
 */
const OWN_OFFICE_AFTER = /^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(?:commander|head|chief|deputy|officer|leader|member)\b/u;
/**
 * The country opens the holder's phrase: not the place of an office before it ("Commander of the Freedonian forces in
 * Ruritania Army General X", "the top Freedonian commander in southern Ruritania Colonel X" name where the command
 * is; 5 wrong statements on the 294 ISW reports and 1 on unannotated wire news without this).
 */
const GOVERNED_BEFORE = /\b(?:in|of|from|to|at|for|on|near|across|throughout|inside|into|against|with)\s+(?:[\p{L}-]+\s+)?$/iu;
/** Nor one who broke with the army: "renegade [Freedonia] Army General [X]" fights it (wire news). */
const BROKE_WITH = /\b(?:renegade|rebel|dissident|mutinous|defected|breakaway|ousted)\s+$/i;
/** Enough text after the name for the apposition's first words. */
const LOOK_AHEAD = 60;

/**
 * A country's name right before a military rank and its holder names the army the holder serves: "[Freedonia]
 * General [X]", "[U.S.] Brigadier General [X]" → memberOf (annotation guidelines, wire news). Only the word right
 * before the rank, read as the rule's title or as the holder's own: "led by Colonel X" or a rank with the country
 * elsewhere in the sentence still says nothing of serving it. Not a nationality word: the wire-news guidelines tie
 * "[Freedonian] General [X]" to Freedonian too, but the conflict-report golds (ISW dev, domain-dev) never tie "Russian
 * Colonel X" to the nationality (3 wrong statements there against 1 more right on wire-news dev), so the two genres
 * disagree and only the country's name is read. Wire-news dev: +2 memberOf, both right.
 */
export function rankOfNationality(doc: Doc, object: Mention, objectItem: number, subject: Mention, title: readonly [number, number] | undefined): boolean {
  if (object.form === 'demonym' || object.placeKind !== 'Country') return false;
  if (OWN_OFFICE_AFTER.test(doc.text.slice(subject.end, subject.end + LOOK_AHEAD))) return false;
  const before = doc.text.slice(Math.max(0, object.start - 32), object.start);
  if (GOVERNED_BEFORE.test(before) || BROKE_WITH.test(before)) return false;
  if (title !== undefined) return objectItem + 1 === title[0];
  return subject.role !== undefined && subject.role.start > object.end && doc.text.slice(object.end, subject.role.start).trim() === '';
}
