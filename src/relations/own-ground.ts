import type { Mention } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * A country's forces that still hold a place of their own country never lost it, so they did not capture it:
 * "Freedonian forces still control X", "Freedonian troops are still in control of X" (X in Freedonia). The
 * occupier's "still control" says the place was taken before and is kept as it is. The rules already leave out
 * "retain", "maintain" and "remain in control" (rules/events.ts CONTROLLER_STOPS); "still" is read here because it
 * needs the two countries. On the 262 non-test ISW reports 3 such `captured` statements, all wrong (a defender
 * holding its own town); an occupier's 6 are kept.
 */
const CONTINUING = new Set(['still']);
const HOLD = new Set(['control', 'controls', 'controlled', 'hold', 'holds', 'held', 'holding', 'occupy', 'occupies']);
/** How many words may stand between "still" and the verb of holding ("still firmly in control of"). */
const NEAR = 3;

const countryOfActor = (m: Mention): string | undefined => (m.ref?.id.startsWith('country:') ? m.ref.id.slice('country:'.length) : undefined);

export function holdsOwnGround(items: SentenceItems, s: number, o: number, subject: Mention, object: Mention): boolean {
  const a = countryOfActor(subject);
  if (a === undefined || a !== object.ref?.country) return false;
  for (let i = s + 1; i < o; i++) {
    if (items.mention[i]! >= 0 || !CONTINUING.has(items.keys[i]!)) continue;
    for (let j = i + 1; j < o && j <= i + NEAR; j++) if (items.mention[j]! < 0 && HOLD.has(items.keys[j]!)) return true;
  }
  return false;
}
