import { PAST_FORM_FUTURE_CUES, TENSE_CUE } from './lexicon.js';
import type { Tense } from './rule.js';

/** , ; : ( ) — – as character codes: the clause scan looks at every character before a date. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '—', '–'].map((c) => c.charCodeAt(0)));

/**
 * Tense of the clause a date at `index` sits in. The verbs before the date decide: a finite past form
 * after the last future cue wins ("will begin the process … since he was rescued in November"), else a
 * future cue ("said it will meet on Monday"), else a word in "-ed" (weak: it also catches adjectives, so
 * it cannot outvote "will"). A date that opens its clause ("On Tuesday, the league plans to …") goes by
 * the first cue after it in the sentence.
 */
export function clauseTense(text: string, index: number, end: number): Tense {
  let start = index;
  while (start > 0 && !CLAUSE_BREAKS.has(text.charCodeAt(start - 1))) start--;
  const lead = text.slice(start, index);
  const before = cuesIn(lead);
  if (before !== 'unknown' || !CLAUSE_OPENING.test(lead)) return before;
  TENSE_CUE.lastIndex = end;
  const after = TENSE_CUE.exec(text);
  if (!after) return 'unknown';
  const future = after.groups!.future;
  return future !== undefined && !PAST_FORM_FUTURE_CUES.has(future.toLowerCase()) ? 'future' : 'past';
}

/** What may stand before a date that opens its clause: nothing, or a preposition ("On Tuesday, …"). */
const CLAUSE_OPENING = /^\s*(?:(?:on|in|by|from|until|since|during|early|late)\s+)?$/i;

function cuesIn(clause: string): Tense {
  let lastFuture = -1;
  let lastPast = -1;
  let weakPast = false;
  TENSE_CUE.lastIndex = 0;
  for (let m = TENSE_CUE.exec(clause); m; m = TENSE_CUE.exec(clause)) {
    if (m.groups!.future !== undefined) lastFuture = m.index;
    else if (m.groups!.past !== undefined || m.groups!.irregular !== undefined) lastPast = m.index;
    else weakPast = true;
  }
  if (lastPast > lastFuture) return 'past';
  if (lastFuture >= 0) return 'future';
  return weakPast ? 'past' : 'unknown';
}
