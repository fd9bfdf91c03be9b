import type { SentenceItems } from './items.js';

/**
 * The person after "by" owns the agent rather than being it: "efforts led by X's Wagner Group", "an assault
 * commanded by General Y's deputy". The passive's agent is the possessed noun, so "led by X" does not make X
 * the leader of what was led. Looks at the item after the person and the three before it.
 */
const BY_REACH = 3;

export function agentIsPossessed(items: SentenceItems, s: number, o: number): boolean {
  if (items.keys[s + 1] !== "'s" || items.mention[s + 1]! >= 0) return false;
  // Only the passive's own object, before "by": in "supported by Russian President X's remarks" the title
  // after "by" still makes X Russia's leader.
  for (let p = s - 1; p > o && s - p <= BY_REACH; p--) if (items.mention[p]! < 0 && items.keys[p] === 'by') return true;
  return false;
}
