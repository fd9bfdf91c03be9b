import type { SentenceItems } from './items.js';
import { attackWords } from './rules/events.js';

/**
 * Forces gathered for an attack have not made it: "continue to mass for renewed offensive operations near X",
 * "began reinforcing troops for an offensive on X". A verb of gathering, then "for" within a few words, then the
 * attack noun within a few more, inside the matched stretch: the attack is the gathering's purpose. ("Responsible for
 * the attack on X" has no verb of gathering and still names the attacker.)
 */
const GATHERING = new Set([
  'mass', 'masses', 'massed', 'massing', 'amass', 'amassed', 'amassing', 'concentrate', 'concentrated', 'concentrating',
  'regroup', 'regrouped', 'regrouping', 'reinforce', 'reinforced', 'reinforcing', 'accumulate', 'accumulated', 'accumulating',
  'gather', 'gathered', 'gathering', 'concentration', 'buildup', 'build-up', 'stage', 'staged', 'staging', 'assemble', 'assembled', 'assembling',
  // Forces raised for an attack: "recruiting reinforcements for offensive operations in X" (branch rel31).
  'recruit', 'recruits', 'recruited', 'recruiting', 'mobilize', 'mobilizes', 'mobilized', 'mobilizing', 'mobilise', 'mobilised', 'mobilising',
  // A base won for an attack: "creating a bridgehead for offensives on X", "a springboard for an assault on X" (branch prec28).
  'bridgehead', 'bridgeheads', 'springboard', 'springboards', 'foothold', 'footholds',
]);
const ATTACK_WORDS: ReadonlySet<string> = new Set([...attackWords, 'operations', 'operation']);
/**
 * Words between the gathering and "for": what is gathered and where ("concentrated large forces in the area for an
 * offensive on X", branch prec28), never past a clause's end (GAP_ENDS).
 */
const TO_FOR = 8;
const GAP_ENDS = new Set([',', ';', ':', '(', ')', '\u2014', '\u2013', 'but', 'which', 'that', 'while', 'as', 'after', 'before']);
const FOR_TO_NOUN = 4;

/**
 * The gathering named by a noun before the actor: "the massing of Russian forces drawn from other axes for the
 * assault on X" (branch rel32). The match opens at the forces, after "of"; their description may stand before "for".
 */
const NOUN_TO_FOR = 10;

export function gatheredForAttack(items: SentenceItems, first: number, last: number): boolean {
  const nominal = first >= 2 && items.mention[first - 1]! < 0 && items.keys[first - 1] === 'of' && items.mention[first - 2]! < 0 && GATHERING.has(items.keys[first - 2]!);
  for (let i = nominal ? first - 2 : first; i <= last; i++) {
    if (items.mention[i]! >= 0 || !GATHERING.has(items.keys[i]!)) continue;
    const reach = nominal && i === first - 2 ? NOUN_TO_FOR : TO_FOR;
    for (let f = i + 1; f <= last && f <= i + reach; f++) {
      if (items.mention[f]! >= 0) continue;
      if (GAP_ENDS.has(items.keys[f]!)) break;
      if (items.keys[f] !== 'for') continue;
      for (let n = f + 1; n <= last && n <= f + FOR_TO_NOUN; n++) {
        if (items.mention[n]! < 0 && ATTACK_WORDS.has(items.keys[n]!)) return !conjoinedVerbAfter(items, n, last);
      }
    }
  }
  return false;
}

/**
 * A verb conjoined after the purpose is an act of its own: "regrouped for offensive operations and conducted attacks
 * near X" (not "for offensive operations east and west of X", where "and" joins bearings).
 */
const COORDINATORS = new Set(['and', 'but']);
const ADVERBS = new Set(['then', 'also', 'later', 'only', 'reportedly', 'additionally']);
function conjoinedVerbAfter(items: SentenceItems, from: number, last: number): boolean {
  for (let i = from + 1; i < last; i++) {
    if (items.mention[i]! >= 0 || !COORDINATORS.has(items.keys[i]!)) continue;
    let v = i + 1;
    while (v < last && items.mention[v]! < 0 && ADVERBS.has(items.keys[v]!)) v++;
    if (v < last && items.mention[v]! < 0 && /^[a-z]+ed$|^(struck|hit|fought|began|took|made|led)$/.test(items.keys[v]!)) return true;
  }
  return false;
}
