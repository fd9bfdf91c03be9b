import type { SentenceItems } from './items.js';

/**
 * An actor quantified by "any" is a supposed one, not one that acted: "mocked any Freedonian bid to encircle X", "Any
 * Freedonian units withdrawn from the X axis will need rest" (annotation guidelines: only
 * what the text states as having happened). Branch rec12: the read golds mark no relation for a nationality after "any"
 * (0 of 8 sentences: ISW dev 5, blind dev 2, fresh12 1; the pipeline stated 2 of them, both wrong).
 */
export function quantifiedByAny(items: SentenceItems, subject: number): boolean {
  return subject > 0 && items.mention[subject - 1]! < 0 && items.keys[subject - 1] === 'any';
}
