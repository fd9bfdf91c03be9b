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
  // Most single-line blocks are long prose paragraphs: count their words before splitting them.
  if (hasMoreWordsThan(trimmed, MAX_HEADLINE_WORDS)) return false;
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > MAX_HEADLINE_WORDS) return false;
  const endsLikeProse = /[.!?…:;,]["”’»)\]]*$/.test(trimmed) || /\[\d+\]$/.test(trimmed);
  if (!endsLikeProse) return true;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalized = content.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
  return content.length > 0 && capitalized / content.length >= 0.8 && words.length >= 3;
}

const LETTER = /\p{L}/u;

/** Whether the line has more than `max` white-space separated words holding a letter (the words counted above). */
function hasMoreWordsThan(line: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  let hasLetter = false;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(line[i]!))) {
      if (inWord && hasLetter && ++words > max) return true;
      inWord = hasLetter = false;
      continue;
    }
    inWord = true;
    if (!hasLetter) hasLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 128 && LETTER.test(String.fromCharCode(c)));
  }
  return false;
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
