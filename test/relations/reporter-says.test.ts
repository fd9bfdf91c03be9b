import { describe, expect, it } from 'vitest';
import { city, org, relate } from './run.js';

const events = (lines: string[]) => lines.filter((l) => / (attacked|operatesIn|withdrewFrom|foughtAgainst) /.test(l));

// Wire news' "X says …" (reporter-subject.ts): a civil body that says what others did is no actor of it.
describe('a body that says or said is no actor of what it reports', () => {
  it('gives no event to the body, also when its agency or spokesman says it', async () => {
    for (const text of [
      'The Northern League says gunmen attacked a convoy in Tarnok.',
      'The Northern League said militants attacked a base in Tarnok on Monday.',
      'The Northern League refugee agency says four armed men attacked its office in Tarnok.',
    ]) {
      const { lines } = await relate(text, [org('Northern League'), city('Tarnok')]);
      expect(events(lines), text).toEqual([]);
    }
  });

  it('keeps a body that says it acted, or what its own forces did', async () => {
    for (const text of ['The Northern League says it struck a base in Tarnok.', 'The Northern League said its forces attacked a base in Tarnok.']) {
      const { lines } = await relate(text, [org('Northern League'), city('Tarnok')]);
      expect(events(lines), text).toEqual(['Northern League attacked Tarnok']);
    }
  });
});
