import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const fd = demonym('Freedonian', 'FD');

/** Branch rec11a (issue 13): an aside on an attack's weapon between the attack noun and its target (match.ts mannerAsideEnd). */
describe('attacks: a hedged aside on the weapon does not stop the strike', () => {
  it('reads the target past an aside in brackets or dashes', async () => {
    for (const text of [
      'Freedonian forces launched a drone strike (likely with a cheap kamikaze drone, though nobody can confirm this yet) on a fuel depot in Tokmak on May 2.',
      'Freedonian forces conducted a strike\u2014possibly with rockets\u2014on an ammunition depot in Tokmak on May 2.',
    ]) {
      const { lines } = await relate(text, [fd, city('Tokmak')]);
      expect(attacks(lines), text).toEqual(['Freedonian attacked Tokmak']);
    }
  });

  it('passes no aside of another kind, nor one after a word that is no attack', async () => {
    for (const text of [
      'Freedonian forces conducted a drone strike (a claim no other source confirms and officials could not verify) on a fuel depot in Tokmak.',
      'Freedonian forces denied the drone strike (which likely used a kamikaze drone) on a fuel depot in Tokmak.',
    ]) {
      const { lines } = await relate(text, [fd, city('Tokmak')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });
});
