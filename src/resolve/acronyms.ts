import type { Mention } from '../model/document.js';

const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
const ACRONYM = /^[A-Z][A-Z0-9&]{1,9}$/;

/** The long form without a leading ordinal: "(CAA)" defined on "51st Combined Arms Army" → "Combined Arms Army". */
function core(expansion: string): string {
  const words = expansion.trim().split(/\s+/);
  return ORDINAL.test(words[0] ?? '') ? words.slice(1).join(' ') : words.join(' ');
}

/** Acronyms the document defines: acronym text → long form without ordinal. First definition wins. */
export function definedAcronyms(mentions: readonly Mention[]): Map<string, string> {
  const defined = new Map<string, string>();
  for (const m of mentions) {
    if (m.form !== 'acronym' || !m.expansion) continue;
    for (const word of m.text.split(/\s+/)) {
      if (ACRONYM.test(word) && !defined.has(word)) defined.set(word, core(m.expansion));
    }
  }
  return defined;
}

/**
 * Spells out the document's acronyms inside a name: "51st CAA" → "51st Combined Arms Army" when the text
 * defined CAA. Returns undefined when nothing was expanded.
 */
export function expandAcronyms(name: string, defined: ReadonlyMap<string, string>): string | undefined {
  if (defined.size === 0 || !mayHoldAcronym(name)) return undefined;
  let changed = false;
  const words = name.split(/\s+/).map((w) => {
    const long = ACRONYM.test(w) ? defined.get(w) : undefined;
    if (long === undefined || long === '') return w;
    changed = true;
    return long;
  });
  return changed ? words.join(' ') : undefined;
}

/**
 * Whether some word of `name` could match ACRONYM: that needs a capital followed by a capital, digit or "&".
 * Most names have none, and for them splitting the name into words (two arrays and a string per word, for
 * every mention of a document that defines an acronym) is skipped.
 */
function mayHoldAcronym(name: string): boolean {
  for (let i = 0; i + 1 < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    const d = name.charCodeAt(i + 1);
    if ((d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 38) return true;
  }
  return false;
}
