import type { SentenceItems } from './items.js';

/**
 * A withdrawal demanded, required, authorized, scheduled, ruled out or supposed has not taken place (annotation
 * guidelines, wire news: "planned, scheduled or agreed … withdrawals → nothing"): "demands which include the
 * withdrawal of X troops from Y", "a bill that would authorize the withdrawal of X troops from Y", "a plan that
 * will lead to the withdrawal of X forces from Y", "has ruled out a troop withdrawal from Y", "X's scheduled
 * withdrawal from Y", "demanded that X withdraw its troops from Y", "unless … X troops withdrew from Y", and a
 * withdrawal noun whose clause goes on with "would" ("an immediate withdrawal of X troops from Y would worsen …").
 * irrealis.ts reads a demand right before the noun; this reads the clause a few words further back, as wire news
 * writes these. Branch iswprec3, on 1,110 wire-news stretches far from the gold windows: 12 `withdrewFrom`
 * statements removed, all 12 wrong; on the 294 ISW reports 1 removed ("conditions that include the pull-out of
 * Russian troops from …"), wrong; the three dev splits unchanged.
 */
/** Words before the withdrawal that make it one to come, asked for or denied. */
const TO_COME_BEFORE = new Set([
  'demand', 'demands', 'demanded', 'demanding', 'include', 'includes', 'authorize', 'authorizes', 'authorized',
  'authorizing', 'require', 'requires', 'required', 'requiring', 'lead', 'leads', 'delay', 'delays', 'delayed', 'delaying',
  'schedule', 'scheduled', 'proposal', 'proposals', 'proposed', 'propose', 'proposes', 'unless', 'timetable', 'deadline',
  'endorsement', 'endorse', 'urge', 'urges', 'urged', 'urging',
  // An order is no withdrawal yet (IRREALIS stops the verb's actor at "ordered"; the noun has none): "officials
  // ordered a withdrawal of X troops from Y". A negation further back than the stage's look-behind of two words:
  // "reports that may not indicate an immediate withdrawal of X forces from Y", "without a withdrawal of X from Y".
  'order', 'orders', 'ordered', 'ordering', 'not', 'without',
]);
// (Not "including", a list's word: "troops, including elements of X, withdrew from Y"; nor a "would" or "will" of
// another verb: "which is consistent with reports of a withdrawal from Y" — both dropped right statements on
// the 294 ISW reports.)
/** "ruled out a withdrawal", "called for a withdrawal": a verb that needs its particle. */
const PHRASAL: ReadonlyMap<string, string> = new Map([['ruled', 'out'], ['rules', 'out'], ['rule', 'out'], ['called', 'for'], ['calls', 'for'], ['call', 'for']]);
/** What ends the look-back: another clause or sentence. */
const CLAUSE_BREAKS = new Set(['.', ';', ':', ',', 'but', 'after', 'following', 'since', 'because', 'while', 'when', 'as']);
/** The words of withdrawing a match may hold (verbs and nouns). */
const WITHDRAWING = /^(?:withdr|pull)/;
/** How many items before the withdrawal word are read ("unless a large ransom was paid and X troops withdrew"). */
const LOOK_BEHIND = 10;
/** After the noun's match, what makes it supposed or planned: "… from Y would have grave consequences", "… requires that". */
const SUPPOSED_AFTER: ReadonlySet<string> = new Set(['would', 'requires', 'require']);
/** How many items after the match a hypothetical "would" is looked for ("… from Y would have grave consequences"). */
const LOOK_AHEAD = 3;

export function withdrawalToCome(items: SentenceItems, first: number, last: number): boolean {
  let w = -1;
  for (let i = first; i <= last; i++) {
    if (items.mention[i]! < 0 && WITHDRAWING.test(items.keys[i]!)) {
      w = i;
      break;
    }
  }
  if (w < 0) return false;
  for (let i = w - 1; i >= 0 && i >= w - LOOK_BEHIND; i--) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (CLAUSE_BREAKS.has(key)) break;
    if (TO_COME_BEFORE.has(key) || PHRASAL.get(key) === items.keys[i + 1]) return true;
  }
  // "an immediate withdrawal of X troops from Y would …": the noun's clause supposes it; "the X withdrawal from Y
  // requires that …" plans it.
  if (items.keys[w] === 'withdrawal') {
    for (let i = last + 1; i < items.length && i <= last + LOOK_AHEAD; i++) {
      if (items.mention[i]! < 0 && SUPPOSED_AFTER.has(items.keys[i]!)) return true;
    }
  }
  return false;
}
