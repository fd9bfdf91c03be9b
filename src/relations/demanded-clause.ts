import type { SentenceItems } from './items.js';

/**
 * A that-clause after a verb of demanding or proposing tells what someone wants to happen, not what happened
 * (annotation guidelines: only what the text states as having happened): "the governor demanded that the 5th Brigade leave
 * X", "Y proposed that Zubr fighters receive a cemetery in Z", "the council proposed that troops be stationed in
 * X". Its verb is a bare form, the mandative subjunctive, which the event rules' gaps do not tell from a present
 * tense. The verb stands right before "that" (an adverb may come between: "demanded again that"). Verbs that also
 * report a fact ("insisted that", "suggested that", "argued that") are left out: "footage suggested that the brigade
 * entered X" tells an event. irrealis.ts reads the same verbs before an event noun ("demanded a withdrawal of …").
 */
const DEMANDING = new Set([
  'demand', 'demands', 'demanded', 'demanding', 'propose', 'proposes', 'proposed', 'proposing', 'advocate', 'advocates',
  'advocated', 'advocating', 'urge', 'urges', 'urged', 'urging', 'request', 'requests', 'requested', 'requesting',
  'recommend', 'recommends', 'recommended', 'recommending', 'order', 'orders', 'ordered', 'ordering',
]);
/** Words between the clause's "that" and the match: "that the", "that all". */
const PASSABLE = new Set(['the', 'all', 'some']);
/** One adverb between the verb and "that": "demanded again that", "previously proposed that" needs none. */
const ADVERBS = new Set(['again', 'also', 'instead', 'repeatedly', 'publicly', 'reportedly']);
/** How many items before the match are read for the "that". */
const LOOK_BEHIND = 3;

/** True when the match starting at item `first` opens a that-clause governed by a verb of demanding. */
export function inDemandedClause(items: SentenceItems, first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - LOOK_BEHIND; i--) {
    if (items.mention[i]! >= 0) return false;
    const key = items.keys[i]!;
    if (key === 'that') {
      let v = i - 1;
      if (v >= 0 && items.mention[v]! < 0 && ADVERBS.has(items.keys[v]!)) v--;
      return v >= 0 && items.mention[v]! < 0 && DEMANDING.has(items.keys[v]!);
    }
    if (!PASSABLE.has(key)) return false;
  }
  return false;
}
