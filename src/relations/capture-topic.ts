import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * A capture named by a noun after its agent ("the Russian capture of X", "Russia's seizure of X") states no capture
 * when its clause only weighs it or supposes it (annotation guidelines: only what the text states as having happened):
 * "the Russian capture of X is of critical importance to …", "… is key to any advance on Y", "a Russian capture of X
 * would allow …". A past or present predicate of what it did is kept: "the Russian capture of X allowed …", "… was a
 * tactical victory" (forecast-predicate.ts keeps "will allow" too: what an event leads to says nothing of its being real;
 * "would" does, it supposes the event). So does a relative clause on the place that calls it unlikely: "the Russian
 * seizure of X, which is unlikely to occur, would …".
 */

/** The nouns of a taking. */
const CAPTURE_NOUNS = new Set(['capture', 'seizure', 'liberation', 'recapture']);
/** Adjectives between the agent and the noun: "the Russian eventual capture of X". */
const NOUN_ADJECTIVES = new Set(['eventual', 'full', 'complete', 'successful', 'final', 'possible', 'potential', 'future', 'quick', 'rapid']);
/** Modals that suppose the event: "a Russian capture of X would allow …". */
const SUPPOSING = new Set(['would', 'could', 'might', 'may']);
/** Present copulas whose predicate weighs the event. */
const COPULAS = new Set(['is', 'are', 'remains', 'remain', 'seems', 'appears']);
/** What a weighing predicate says: its importance, its need, its likelihood. */
const WEIGHING = new Set([
  'importance', 'significance', 'key', 'critical', 'crucial', 'important', 'essential', 'necessary', 'vital', 'central', 'imperative',
  'prerequisite', 'priority', 'objective', 'goal', 'aim', 'unlikely', 'likely', 'possible', 'impossible', 'improbable', 'unclear',
]);
/** Words between the copula and what it says: "is of critical importance", "is a key prerequisite", "remains the main objective". */
const WEIGHING_REACH = 4;
/**
 * A relative clause on the place that calls the capture unreal: "the Russian seizure of X, which is unlikely to occur
 * soon, would …" (the clause's own predicate may come too late for LOOK_AHEAD).
 */
const UNREAL_IN_RELATIVE = new Set(['unlikely', 'improbable', 'impossible']);
/** Words that end the noun's clause before its predicate. */
const CLAUSE_ENDS = new Set(['.', ';', ':', ',', 'which', 'that', 'who', 'while', 'whereas', 'because', 'although', 'but', 'as', 'if', 'since', 'and', 'or']);
/** How many items past the match the predicate is looked for ("… of X on the southern outskirts of Y would …"). */
const LOOK_AHEAD = 10;

/** The match opens with an agent (a nationality or a possessive name) of a capture noun right after it. */
function agentOfCaptureNoun(items: SentenceItems, first: number): boolean {
  if (items.mention[first]! < 0) return false;
  let p = first + 1;
  if (p < items.length && items.mention[p]! < 0 && (items.keys[p] === "'s" || items.keys[p] === '\u2019s')) p++;
  while (p < items.length && items.mention[p]! < 0 && NOUN_ADJECTIVES.has(items.keys[p]!)) p++;
  return p < items.length && items.mention[p]! < 0 && CAPTURE_NOUNS.has(items.keys[p]!) && items.keys[p + 1] === 'of';
}

/** True when the match is a capture noun with its agent whose clause predicate supposes or weighs the capture. */
export function captureAsTopic(doc: Doc, items: SentenceItems, first: number, last: number): boolean {
  if (!agentOfCaptureNoun(items, first)) return false;
  void doc;
  for (let i = last + 1; i < items.length && i <= last + LOOK_AHEAD; i++) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (key === ',' && items.keys[i + 1] === 'which') return unrealRelative(items, i + 2);
    if (CLAUSE_ENDS.has(key)) return false;
    if (SUPPOSING.has(key)) return true;
    if (COPULAS.has(key)) {
      for (let k = i + 1; k < items.length && k <= i + WEIGHING_REACH; k++) {
        if (items.mention[k]! >= 0) return false;
        if (WEIGHING.has(items.keys[k]!)) return true;
      }
      return false;
    }
  }
  return false;
}

/** The relative clause from `from` says, within WEIGHING_REACH words, that the capture is unlikely ("which is unlikely to occur"). */
function unrealRelative(items: SentenceItems, from: number): boolean {
  for (let k = from; k < items.length && k < from + WEIGHING_REACH; k++) {
    if (items.mention[k]! >= 0) return false;
    if (UNREAL_IN_RELATIVE.has(items.keys[k]!)) return true;
  }
  return false;
}
