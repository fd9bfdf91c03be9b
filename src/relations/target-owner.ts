import type { Doc, Mention } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { isPlace, mentionAt, wordAt } from './place-walk.js';

const LIST_LINKS = new Set([',', 'and', 'or']);
/** Words of armed people after a nationality: the nationality names a party, not the owner of a target. */
const FORCES = new Set(['forces', 'troops', 'units', 'soldiers', 'fighters', 'personnel', 'servicemen', 'servicemembers', 'military', 'army']);

/**
 * The name at item `p` owns the target before the next place, it is no party of its own in the event's clause: a
 * nationality word ("shelled A and Freedonian positions in B", "struck Freedonian rear areas in B") or a name after
 * "of", or a list of them ("struck command posts of the 5th and 7th Brigades in B"). The annotation guidelines read "a
 * strike on a target in a place" as an attack on the place, whoever owns the target. Branch abl18: the event-scope
 * reading's other-party guard, with owners counted as parties, removed 5 right statements of the read golds and 1
 * wrong one (scope-places.ts); an instrument or a partner named ("shelled A with the 5th Brigade in B") stays a party.
 */
export function namesTargetOwner(doc: Doc, items: SentenceItems, p: number, m: Mention): boolean {
  let i = p - 1;
  if (wordAt(items, i) === 'the') i--;
  if (wordAt(items, i) === 'of') return true;
  // "Sylvanian positions", not "Sylvanian forces in B", which may be the subject of what follows ("shelled A and Sylvanian
  // forces in B withdrew").
  if (m.form === 'demonym') return !FORCES.has(wordAt(items, p + 1));
  // "of the 5th and 7th Brigades": a list member owns what its first member owns.
  i = p - 1;
  while (i >= 0 && LIST_LINKS.has(wordAt(items, i))) i--;
  const previous = i < p - 1 ? mentionAt(doc, items, i) : undefined;
  return previous !== undefined && !isPlace(previous) && namesTargetOwner(doc, items, i, previous);
}
