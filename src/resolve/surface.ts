import type { Mention } from '../model/document.js';

/** "Al-Sharaa's" → "Al-Sharaa"; "the Armed Forces'" → "Armed Forces". */
const POSSESSIVE = /['\u2019]s?$/;
const LEADING_ARTICLE = /^the\s+/i;
const QUOTES = /^["'\u201c\u201d\u2018\u2019\u00ab\u00bb]+|["'\u201c\u201d\u2018\u2019\u00ab\u00bb]+$/g;
const EDGE_PUNCTUATION = /^[\s,.;:]+|[\s,.;:]+$/g;
/** An opening quote and the name quoted inside a longer name: "“Vega” Volunteer Battalion" → "Vega Volunteer Battalion". */
const QUOTED_FIRST_PART = /^["\u201c\u201d\u00ab]([^"\u201c\u201d\u00ab\u00bb]+)["\u201d\u00bb](?=\s)/;

/**
 * The name a mention's text gives, as an alias should read: title, leading article, quotes (around the whole name
 * or its quoted first part) and a possessive ending removed ("President Ahmad Al-Sharaa's" → "Ahmad Al-Sharaa", "the 51st CAA" → "51st CAA").
 */
export function cleanSurface(m: Mention): string {
  let text = m.text;
  if (m.role && m.role.start >= m.start && m.role.end <= m.end) text = m.text.slice(m.role.end - m.start);
  if (isClean(text)) return text;
  text = text.replace(EDGE_PUNCTUATION, '').replace(QUOTED_FIRST_PART, '$1').replace(QUOTES, '').replace(LEADING_ARTICLE, '');
  text = text.replace(POSSESSIVE, '');
  return text.replace(EDGE_PUNCTUATION, '').trim() || m.text.trim();
}

/**
 * Most names need no cleaning: one that starts with an ASCII letter or digit other than t/T (no punctuation,
 * quote or leading "the") and ends with one other than s/S (no punctuation, quote or possessive) is left
 * unchanged by every step above, so the regular expressions are skipped for it.
 */
function isClean(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return isAsciiAlnum(first) && first !== 116 && first !== 84 && isAsciiAlnum(last) && last !== 115 && last !== 83;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
