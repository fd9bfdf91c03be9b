import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const events = (lines: string[]) => lines.filter((l) => / (withdrewFrom|captured) /.test(l));
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch rel31 (issue 13): a claim the sentence calls false after it is no event (refuted-claim.ts). */
describe('a claim refuted after it (refuted-claim.ts)', () => {
  it('reads no event from a claim that a later clause refutes', async () => {
    for (const text of [
      'Bloggers spread claims that Ukrainian forces withdrew from Tarnok, which were refuted by officials.',
      'Bloggers claimed that Ukrainian forces withdrew from Tarnok, a claim that officials later debunked.',
      'Bloggers claimed that Ukrainian forces withdrew from Tarnok\u2014claims that the regional council refuted.',
      'An official reportedly claimed that Ukrainian forces withdrew from Tarnok, though the statement or its reporting was incorrect.',
    ]) {
      const { lines } = await relate(text, [ua, city('Tarnok')]);
      expect(events(lines), text).toEqual([]);
    }
  });

  it('keeps a claim only denied by the other side, one not refuted, and one whose claimant refutes something else', async () => {
    for (const text of [
      'Bloggers spread claims that Russian troops captured Tarnok, which officials denied.',
      'Bloggers claimed that Russian troops captured Tarnok, and no one has refuted these claims.',
      'Bloggers claimed that Russian troops captured Tarnok and refuted reports of losses.',
    ]) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(events(lines), text).toEqual(['Russian captured Tarnok']);
    }
  });
});
