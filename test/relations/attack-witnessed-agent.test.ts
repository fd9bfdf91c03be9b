import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const fd = demonym('Freedonian', 'FD');

/** Branch rec11a (issue 13): attacks a word witnesses, their target past the things hit (witnessed-attack-agent.ts). */
describe('attacks: a witnessed attack noun whose target lies past the things hit', () => {
  it('reads the nationality as the attacker after "unaware of", "evidence for" and "areas of"', async () => {
    for (const text of [
      'Local footage provides further evidence for Freedonian strikes on depots and positions in Tokmak.',
      'Commanders remain unaware of Freedonian strikes on enemy supply lines and ammunition depots in Tokmak.',
      'The bridge lies between villages and areas of Freedonian counteroffensives near Tokmak.',
    ]) {
      const { lines } = await relate(text, [fd, city('Tokmak')]);
      expect(attacks(lines), text).toEqual(['Freedonian attacked Tokmak']);
    }
  });

  it('reads no attack after a topic word, a fear, a command, or support', async () => {
    for (const text of [
      'Officials noted that the pace of Freedonian ground assaults near Tokmak has slowed.',
      'Residents discussed the threat of Freedonian strikes on depots and positions in Tokmak.',
      'The general took command of Freedonian offensives in Tokmak.',
      'Lawmakers voted against support for Freedonian strikes on depots and positions in Tokmak.',
    ]) {
      const { lines } = await relate(text, [fd, city('Tokmak')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });
});
