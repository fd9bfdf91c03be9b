import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

/** The nationality words the sentence names. */
const sides = (text: string) => [demonym('Freedonian', 'FR'), demonym('Ruritanian', 'RT')].filter((m) => text.includes(m.text));
const byRuritania = (lines: string[]) => lines.filter((l) => l.startsWith('Ruritanian attacked'));

// Branch iswprec2 (issue 13): a nationality counted after a verb of striking, or after "disrupt", owns what was hit
// (actor.ts actorIsGoverned: QUANTIFIERS, DISRUPTING).
describe('the owner of what was hit, after a count or a verb of disrupting, is no attacker', () => {
  it('reads no attack by the owner', async () => {
    for (const text of [
      'Freedonian gunners struck several Ruritanian fuel trucks and destroyed a depot in Westmark Oblast.',
      'Freedonian drones destroyed two Ruritanian radars in Westmark Oblast on Monday.',
      'Freedonian partisans continued to disrupt Ruritanian logistics by targeting depots in Westmark Oblast.',
    ]) {
      const { lines } = await relate(text, [...sides(text), region('Westmark Oblast')]);
      expect(byRuritania(lines), text).toEqual([]);
    }
  });

  it('keeps a counted or disrupted nationality that names its own attack, and a count after "up to"', async () => {
    for (const text of [
      'Freedonian forces destroyed five Ruritanian drones used in attack operations in Tarnok.',
      'Freedonian counterattacks continue to disrupt Ruritanian efforts to capture Tarnok.',
      'Up to five Ruritanian battalions attacked from the north toward Tarnok.',
      'Freedonian forces repelled two Ruritanian assaults near Tarnok.',
    ]) {
      const { lines } = await relate(text, [...sides(text), city('Tarnok')]);
      expect(lines, text).toContain('Ruritanian attacked Tarnok');
    }
  });
});
