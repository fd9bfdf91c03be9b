import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { EVENT_NOUNS } from './irrealis.js';

/**
 * An event named by a noun that its own clause then calls a forecast or unlikely is none (annotation guidelines:
 * predictions are not annotated): "A Russian counteroffensive near X will likely begin soon", "a renewed Belarusian
 * attack on X remains unlikely", "a new Russian assault on X seems less likely", "any Russian offensive on X would
 * fail". isForecastNoun (irrealis.ts) reads the words before such a noun; this reads the clause's predicate after it.
 * Events the predicate takes as under way are kept: "Russian attacks on X will continue", "the Russian capture of X
 * will allow …" (what an event leads to says nothing of its being real).
 */

/** Adjectives between the nationality and the event noun: "a new Russian attack", "any unsupported Belarusian attack". */
const NOUN_ADJECTIVES = new Set(['new', 'renewed', 'unsupported', 'large-scale', 'major', 'possible', 'future', 'further', 'ground', 'full-scale', 'amphibious']);
/** Verbs after "will"/"would" that make the noun's event a forecast (not "continue", not a consequence like "allow"). */
const FORECAST_VERBS = new Set(['begin', 'start', 'occur', 'happen', 'come', 'be', 'succeed', 'fail', 'take', 'materialize', 'resume', 'commence']);
/** Words that may stand between "will" and that verb. */
const MODAL_ADVERBS = new Set(['likely', 'probably', 'almost', 'certainly', 'also', 'not', 'soon', 'then', 'only', 'highly']);
/** Words that end the noun's own phrase and its clause without reaching its predicate. */
const CLAUSE_ENDS = new Set(['.', ';', ':', 'which', 'that', 'who', 'while', 'whereas', 'because', 'although', 'but', 'as', 'if', 'since']);
/** How many items past the match the predicate is looked for ("… from Belarus in late 2023 seems less likely"). */
const LOOK_AHEAD = 12;

/** The nationality at `first` is the agent of an event noun right after it (maybe past adjectives). */
function agentOfNoun(doc: Doc, items: SentenceItems, first: number): boolean {
  const m = items.mention[first]!;
  if (m < 0 || doc.mentions[m]!.form !== 'demonym') return false;
  let p = first + 1;
  while (p < items.length && items.mention[p]! < 0 && NOUN_ADJECTIVES.has(items.keys[p]!)) p++;
  return p < items.length && items.mention[p]! < 0 && EVENT_NOUNS.has(items.keys[p]!);
}

/** True when the match is a nominal event (nationality + event noun) whose clause predicate, after it, is a forecast or "unlikely". */
export function forecastPredicate(doc: Doc, items: SentenceItems, first: number, last: number): boolean {
  if (!agentOfNoun(doc, items, first)) return false;
  for (let i = last + 1; i < items.length && i <= last + LOOK_AHEAD; i++) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (CLAUSE_ENDS.has(key)) return false;
    if (key === 'unlikely' || key === 'implausible') return true;
    if (key === 'less' && items.keys[i + 1] === 'likely') return true;
    if (key === 'will' || key === 'would') {
      let v = i + 1;
      while (v < items.length && items.mention[v]! < 0 && MODAL_ADVERBS.has(items.keys[v]!)) v++;
      return v < items.length && items.mention[v]! < 0 && FORECAST_VERBS.has(items.keys[v]!);
    }
  }
  return false;
}
