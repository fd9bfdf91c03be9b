/**
 * Tells headline lines from body paragraphs in files that hold several short articles, each introduced by
 * a title line ("Moscow and Damascus Sign Energy Deal", "Daily Front-Line Update, March 3, 2026").
 *
 * A headline is a single short line that does not read like running prose: it has no sentence-final
 * punctuation, or most of its words are capitalized (title case). Markdown headings always are.
 */
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'into', 'over', 'amid', 'after', 'vs', 'via', 'de', 'du', 'la', 'le', 'les', 'des', 'pour', 'et',
]);

const MAX_HEADLINE_WORDS = 30;

export function isHeadlineLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.startsWith('#')) return true;
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > MAX_HEADLINE_WORDS) return false;
  const endsLikeProse = /[.!?…:;,]["”’»)\]]*$/.test(trimmed) || /\[\d+\]$/.test(trimmed);
  if (!endsLikeProse) return true;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalized = content.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
  return content.length > 0 && capitalized / content.length >= 0.8 && words.length >= 3;
}

/** The headline's text without markdown markup. */
export function headlineText(line: string): { offset: number; text: string } {
  const m = /^#+\s*/.exec(line);
  return m ? { offset: m[0].length, text: line.slice(m[0].length) } : { offset: 0, text: line };
}

/**
 * Stricter test for a headline line sitting directly above its paragraph with no blank line in between:
 * hard-wrapped prose lines also lack final punctuation, so here the line must be in title case.
 */
export function isTitleCaseLine(line: string): boolean {
  const words = line.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > MAX_HEADLINE_WORDS || /[.!?…:;,]["”’»)\]]*$/.test(line.trim())) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^["“‘(]?\p{Lu}/u.test(w));
}
