import type { DateMention } from '../model/document.js';
import { PERIOD_PART_MODS, alternation } from './lexicon.js';

/**
 * Refiners (after chrono's parser/refiner split) run over the resolved mentions in text order and use the
 * words around them: a part-of-period word widens a mention and sets its `mod` ("early August"), and
 * range words link mentions into intervals ("since December 2024", "from July to September").
 */

export interface RefinedMention {
  mention: DateMention;
  /** The year was inferred, not written. */
  inferredYear: boolean;
  article: number;
}

/** Values coarser than a day: only these can be qualified by "early", "mid-", "the end of". */
const COARSE_VALUE = /^(?:\d{4}|\d{3}|\d{2}|XXXX)(?:-(?:\d{2}|W\d{2}|Q\d|H\d|SP|SU|FA|WI))?$/;
const PART_BEFORE = new RegExp(`(?<![\\w-])(?<part>${alternation(Object.keys(PERIOD_PART_MODS))})(?:-|\\s+(?:in\\s+)?)(?:the\\s+)?$`, 'i');
const LOOK_BACK = 24;

export function refinePeriodParts(text: string, mentions: RefinedMention[]): void {
  for (const { mention } of mentions) {
    if (mention.timexType !== 'DATE' || mention.mod || !COARSE_VALUE.test(mention.value)) continue;
    const before = text.slice(Math.max(0, mention.start - LOOK_BACK), mention.start);
    const m = PART_BEFORE.exec(before);
    if (!m) continue;
    mention.mod = PERIOD_PART_MODS[m.groups!.part!.toLowerCase().replace(/\s+/g, ' ')]!;
    mention.start -= before.length - m.index;
    mention.text = text.slice(mention.start, mention.end);
  }
}

const SINCE_BEFORE = /\b(?:since|ever\s+since)\s+$/i;
const UNTIL_BEFORE = /\b(?:until|till|through|up\s+to)\s+$/i;
const FROM_BEFORE = /\b(?:from|between)\s+$/i;
const RANGE_GAP = /^\s*(?:to|until|till|through|and|-|–|—)\s*$/i;
const DASH_GAP = /^\s*[-–—]\s*$/;
/** "November 12 to 13", "December 3–4": a day range inside one month. */
const DAY_RANGE_GAP = /^\s*(?:-|–|—|to|through|until|till)\s*$/i;
const POINT = /^(?:\d{4}|XXXX)(?:-|$)/;

/** `refValue` gives the day value of a mention's reference date: the open end of "since …". */
export function refineRanges(text: string, mentions: RefinedMention[], refValue: (m: RefinedMention) => string | undefined): void {
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!.mention;
    if (a.timexType !== 'DATE' || !POINT.test(a.value)) continue;
    const before = text.slice(Math.max(0, a.start - 16), a.start);
    const next = mentions[i + 1];
    const gap = next ? text.slice(a.end, next.mention.start) : '';
    const paired = next && next.mention.timexType === 'DATE' && POINT.test(next.mention.value) &&
      ((FROM_BEFORE.test(before) && RANGE_GAP.test(gap)) ||
        (DASH_GAP.test(gap) && /^\d{4}$/.test(a.value) && /^\d{4}$/.test(next.mention.value)) ||
        (next.mention.rule === 'coordinated-day' && DAY_RANGE_GAP.test(gap)));
    if (paired) {
      const b = next.mention;
      if (mentions[i]!.inferredYear && !next.inferredYear && /^\d{4}/.test(b.value)) {
        // "from July to September 2025": the first end takes the second's year, or the one before it.
        const year = Number(b.value.slice(0, 4)) - (a.value.slice(5) > b.value.slice(5) ? 1 : 0);
        a.value = String(year) + a.value.slice(4);
      }
      a.range = { begin: a.value, end: b.value };
      b.range = { begin: a.value, end: b.value };
      i++;
    } else if (SINCE_BEFORE.test(before)) {
      const end = refValue(mentions[i]!);
      a.range = end ? { begin: a.value, end } : { begin: a.value };
    } else if (UNTIL_BEFORE.test(before)) {
      a.range = { end: a.value };
    }
  }
}
