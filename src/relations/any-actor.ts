import type { SentenceItems } from './items.js';

/**
 * An actor quantified by "any" is a supposed one, not one that acted: "any Freedonian attempt to complete the
 * encirclement of X", "Any Freedonian units withdrawn from the X axis are unlikely to …" (annotation guidelines: only
 * what the text states as having happened). Branch rec12: the read golds mark no relation for a nationality after "any"
 * (0 of 7 sentences in ISW dev, blind dev and fresh12; the pipeline stated 2 of them, both wrong).
 */
export function quantifiedByAny(items: SentenceItems, subject: number): boolean {
  return subject > 0 && items.mention[subject - 1]! < 0 && items.keys[subject - 1] === 'any';
}
