import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const fd = demonym('Freedonian', 'FD');

/** Branch rec11a (issue 13): a nationality owning bare plural attacks with their target after "of"/"for" (plural-attack-agent.ts). */
describe('attacks: the nationality of bare plural attacks inside another phrase', () => {
  it('reads the nationality as the attacker after "of" and "for"', async () => {
    for (const text of [
      'Local footage provides further evidence for Freedonian strikes on depots and positions in Tokmak.',
      'Commanders remain unaware of Freedonian strikes on ammunition depots in Tokmak.',
      'Officials noted that the pace of Freedonian ground assaults near Tokmak has not slowed.',
    ]) {
      const { lines } = await relate(text, [fd, city('Tokmak')]);
      expect(attacks(lines), text).toEqual(['Freedonian attacked Tokmak']);
    }
  });

  it('reads no attack when it is feared, commanded, named with an article or has no target', async () => {
    for (const text of [
      'Residents discussed the threat of Freedonian strikes on Tokmak.',
      'The general took command of Freedonian offensives in Tokmak.',
      'Officials noted the slow pace of the Freedonian offensive in Tokmak.',
      'Officials in Tokmak described the impact of Freedonian strikes.',
    ]) {
      const { lines } = await relate(text, [fd, city('Tokmak')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });
});
