import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * Words before "of" that make the name after it an owner, not the one acting: "A, part of the 6th Army and
 * deployed near X", "A and B, both of the 4th Division, were seen near X", "one of the 1st Corps' brigades".
 * Not the nouns of a group's people or parts ("elements of the 6th Army fought near X": the army acts).
 */
const OWNED_PARTS = new Set(['part', 'both', 'all', 'each', 'one', 'either', 'neither', 'none']);

const isGroupAt = (doc: Doc, items: SentenceItems, p: number): boolean => {
  const m = items.mention[p];
  if (m === undefined || m < 0) return false;
  const t = doc.mentions[m]!.type;
  return t === 'MilitaryUnit' || t === 'Organization';
};

/**
 * True when the subject at item `s` is named as what another thing is part of — "part of the X", "both of the
 * X", "(of the X)" after a unit — so a verb after it is not its own: in "the 25th Brigade, part of the 6th Army
 * and permanently deployed near X" the brigade is deployed, not the army. A nationality or a polity may stand
 * before the owner ("part of the Russian 6th Army").
 */
export function namedAsOwner(doc: Doc, items: SentenceItems, s: number): boolean {
  let p = s - 1;
  const before = items.mention[p];
  if (before !== undefined && before >= 0) {
    const m = doc.mentions[before]!;
    if (m.form !== 'demonym' && m.type !== 'Place') return false;
    p--;
  }
  if (p >= 0 && items.mention[p]! < 0 && items.keys[p] === 'the') p--;
  if (p < 1 || items.mention[p]! >= 0 || items.keys[p] !== 'of') return false;
  const k = p - 1;
  if (items.mention[k]! >= 0) return false;
  const key = items.keys[k]!;
  return OWNED_PARTS.has(key) || (key === '(' && isGroupAt(doc, items, k - 1));
}
