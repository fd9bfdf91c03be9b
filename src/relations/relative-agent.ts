import type { SentenceItems } from './items.js';

/**
 * The subject at item `s` is the agent of a relative clause on an earlier name: "X, whom Y appointed commander of
 * Z" — Y appointed, X holds the office ("who" too, as reports write it: "X, who Y named head of Z"). A rule whose
 * subject is the one appointed reads X through its own "whom" pattern; Y is no holder.
 */
// An apposition on the agent is its own: "whom Y, commander of Z, dismissed" (a comma or a bracket after the agent).
export function relativeAgent(items: SentenceItems, s: number): boolean {
  if (s === 0 || items.mention[s - 1]! >= 0) return false;
  const after = items.keys[s + 1];
  if (after === ',' || after === '(') return false;
  const before = items.keys[s - 1]!;
  // "whom the Kremlin appointed": an article may stand between.
  const word = before === 'the' && s > 1 && items.mention[s - 2]! < 0 ? items.keys[s - 2]! : before;
  return word === 'whom' || word === 'who';
}
