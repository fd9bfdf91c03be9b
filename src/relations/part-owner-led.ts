import type { SentenceItems } from './items.js';

/**
 * The object at item `o` is the owner named in an apposition on a part ("the Tiger Forces, an elite unit of the Syrian
 * Arab Army led by X"): "led by X" after the owner describes the part the apposition is about — X leads the Tiger Forces,
 * not the army (the lead's probe). A part's noun then "of (the)" right before the owner, in an aside opened by a comma
 * after a name, says so; without the aside ("units of the 4th Army led by X") the owner is led. RelationRuleSpec.notPartOwner.
 */
const PART_NOUNS = new Set([
  'unit', 'units', 'faction', 'factions', 'branch', 'wing', 'brigade', 'division', 'formation', 'component', 'member',
  'part', 'affiliate', 'offshoot', 'detachment', 'battalion', 'regiment', 'group', 'militia', 'arm', 'force',
]);
/** Plain words between the aside's comma and the part noun ("an elite", "a special forces"). */
const MAX_DESCRIPTION = 4;

export function partOwnerLed(items: SentenceItems, o: number): boolean {
  let i = o - 1;
  if (i >= 0 && items.mention[i]! < 0 && items.keys[i] === 'the') i--;
  if (i < 1 || items.mention[i]! >= 0 || items.keys[i] !== 'of') return false;
  const noun = i - 1;
  if (items.mention[noun]! >= 0 || !PART_NOUNS.has(items.keys[noun]!)) return false;
  for (let j = noun - 1; j >= 1 && j >= noun - 1 - MAX_DESCRIPTION; j--) {
    if (items.mention[j]! >= 0) return false;
    if (items.keys[j] === ',') return items.mention[j - 1]! >= 0;
  }
  return false;
}
