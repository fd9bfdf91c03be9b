import type { SentenceItems } from './items.js';

/**
 * A group's name in brackets after a plain word it glosses: "unspecified Airborne (VDV) units remain active near X",
 * "Russian paratroopers (VDV units) continue to operate in X". The bracket holds the name (and maybe the noun of its
 * people), so the name's phrase goes on past the closing bracket to the verb, as the unglossed "VDV units" would.
 * Not when a name stands before the bracket ("the Russian Airborne Forces (VDV) conducted …"): that name is the
 * subject, and the bracket is passed as its own tail.
 */

/** The mention item right before `pos` is the first item of a bracket that follows a plain word. */
export function glossed(items: SentenceItems, pos: number): boolean {
  const open = pos - 2;
  return open >= 1 && items.mention[open]! < 0 && items.keys[open] === '(' && items.mention[open - 1]! < 0 && /^[a-z]/i.test(items.keys[open - 1]!);
}

/** Item `q` closes the gloss's bracket. */
export function glossCloses(items: SentenceItems, q: number): boolean {
  return q < items.keys.length && items.mention[q]! < 0 && items.keys[q] === ')';
}

/**
 * Read leftwards from the closing bracket at `close`: the item of the name inside a gloss bracket ("(VDV)", "(VDV
 * units)" after a plain word), or -1. The caller checks that the item is a group's name.
 */
export function glossNameBefore(items: SentenceItems, close: number, memberNouns: ReadonlySet<string>): number {
  if (!glossCloses(items, close)) return -1;
  let name = close - 1;
  if (name >= 0 && items.mention[name]! < 0 && memberNouns.has(items.keys[name]!)) name--;
  return name >= 0 && items.mention[name]! >= 0 && glossed(items, name + 1) ? name : -1;
}
