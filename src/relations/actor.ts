import type { Doc, Mention } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * Words after which a name is what is acted on or looked for, not who acts: "searches for Ukrainian
 * partisans", "fighting with Russian forces", "a strike against the 14th Brigade".
 */
const GOVERNING_WORDS = new Set([
  'for', 'against', 'with', 'by', 'on', 'at', 'to', 'from', 'into', 'toward', 'towards', 'between', 'among',
  'accuse', 'accused', 'accusing', 'blamed', 'blame', 'blaming', 'than', 'like', 'unlike', 'whether',
]);

/** After "of", a nationality is a possessor ("command of the Russian offensive"), a unit often a part ("elements of the 14th Brigade"). */
const OF = 'of';

/**
 * True when the event's actor, the mention starting the match at `first`, is governed by the word before
 * it (an article and a possessive may stand between): then it is not the one acting.
 */
export function actorIsGoverned(doc: Doc, items: SentenceItems, first: number): boolean {
  let p = first - 1;
  if (p >= 0 && items.mention[p]! < 0 && (items.keys[p] === 'the' || items.keys[p] === 'a')) p--;
  if (p < 0 || items.mention[p]! >= 0) return false;
  const key = items.keys[p]!;
  if (GOVERNING_WORDS.has(key)) return true;
  const actor = items.mention[first]!;
  return key === OF && actor >= 0 && doc.mentions[actor]!.form === 'demonym';
}

/** A place name joined by a hyphen to another word ("the X-Y highway", "the X-Y line") is part of another name. */
export function inHyphenCompound(doc: Doc, m: Mention): boolean {
  return isHyphen(doc.text.charCodeAt(m.end)) || isHyphen(doc.text.charCodeAt(m.start - 1));
}

const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013;
