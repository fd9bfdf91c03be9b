import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes('withdrewFrom'));
const fr = demonym('Freedonian', 'FR');

// Branch iswprec2 (issue 13): a withdrawal demanded, insisted on or called for has not happened (irrealis.ts isDemanded).
describe('a withdrawal someone demands (irrealis.ts)', () => {
  it('reads no withdrawal that is demanded, insisted on or called for', async () => {
    for (const text of [
      'The kidnappers demanded a withdrawal of Freedonian forces from Tarnok by the end of the month.',
      'The chancellor\u2019s insistence on the complete withdrawal of Freedonian forces from Tarnok angered the government.',
      'The council called for the immediate withdrawal of Freedonian troops from Tarnok.',
    ]) {
      const { lines } = await relate(text, [fr, city('Tarnok')]);
      expect(withdrawals(lines), text).toEqual([]);
    }
  });

  it('keeps a withdrawal that took place, also one a speaker calls by a name', async () => {
    for (const text of [
      'The withdrawal of Freedonian forces from Tarnok was completed on Friday.',
      'Officials called the withdrawal of Freedonian forces from Tarnok a regrouping.',
    ]) {
      const { lines } = await relate(text, [fr, city('Tarnok')]);
      expect(withdrawals(lines), text).toEqual(['Freedonian withdrewFrom Tarnok']);
    }
  });
});
