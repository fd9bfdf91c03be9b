import type { Mention } from '../model/document.js';
import { isPlaceModifier } from '../gazetteer/place-modifiers.js';
import { MentionRecord } from '../model/records.js';

/** A compound toponym's first part: a linking form in -o ("Ivano-", "Petro-") or a short word ("Rai-", "Ust-"). */
const LINKING_PART = /^\p{Lu}(?:\p{Ll}{1,2}|\p{Ll}+o)$/u;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const RECOGNIZER = 'hyphen-compound';
const PRIORITY = 20;
const CONFIDENCE = 0.6;

/**
 * "Ivano-Darivka", "Rai-Oleksandrivka": a place name with a linking first part joined by a hyphen is one
 * village's name, though its parts are names of their own (or a word) to the gazetteer, which then split it
 * in two places. Two full names joined by a hyphen ("Zolote-Hirske", "Bakhmut-Lysychansk road") stay two.
 * Looks only at the word before each place mention that follows a hyphen.
 */
export function joinHyphenCompounds(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const joint = m.start >= 3 && m.type === 'Place' && m.form === 'name' ? text[m.start - 1]! : '';
    const first = HYPHENS.has(joint) ? linkingPartStart(text, m.start - 1) : joint === ' ' ? modifierStart(text, m.start - 1) : -1;
    // The first part may be a place mention of its own (the one before): the compound replaces it.
    const prev = out ? out[out.length - 1] : mentions[k - 1];
    const prevIsPart = first >= 0 && prev !== undefined && prev.start === first && prev.end === m.start - 1 && prev.type === 'Place';
    if (first < 0 || (prev !== undefined && !prevIsPart && prev.end > first)) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, k);
    if (prevIsPart) out.pop();
    const joined = new MentionRecord(first, m.end, text.slice(first, m.end), 'Place', 'name', RECOGNIZER, PRIORITY, CONFIDENCE);
    joined.placeKind = 'Place';
    out.push(joined);
  }
  return out ?? mentions;
}

/** Start of a modifier word that ends right before the space at `space`, or -1. */
function modifierStart(text: string, space: number): number {
  const first = letterRunStart(text, space, 9);
  if (first === space || (first > 0 && !isSpaceAt(text, first - 1))) return -1;
  // Every modifier starts with a capital A–Z: other words are not sliced out to be looked up.
  const c = text.charCodeAt(first);
  return c >= 65 && c <= 90 && isPlaceModifier(text.slice(first, space)) ? first : -1;
}

/** Start of the linking part that ends right before the hyphen at `hyphen`, or -1. */
function linkingPartStart(text: string, hyphen: number): number {
  const first = letterRunStart(text, hyphen, 12);
  if (first === hyphen || (first > 0 && !isSpaceAt(text, first - 1))) return -1;
  return LINKING_PART.test(text.slice(first, hyphen)) ? first : -1;
}

const LETTER = /\p{L}/u;
const SPACE = /\s/;

/**
 * Start of the run of letters ending right before `end`, at most `max` + 1 letters long. ASCII characters
 * are told by their codes and only others by the Unicode regex: this runs before every place mention that
 * follows a space, and a regex test per character (~2 µs a mention) made joinHyphenCompounds ~20 ms of the
 * bench pass's ~570 ms recognize stage (in-process CPU timing of each step after the recognizers).
 */
function letterRunStart(text: string, end: number, max: number): number {
  let first = end;
  while (first > 0 && end - first <= max) {
    const c = text.charCodeAt(first - 1);
    if (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(text[first - 1]!)) first--;
    else break;
  }
  return first;
}

/** `/\s/` at `at`, with ASCII told by code. */
function isSpaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[at]!);
}
