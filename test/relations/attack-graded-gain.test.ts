import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const freedonian = demonym('Freedonian', 'FD');
const attacks = (lines: string[]): string[] => lines.filter((l) => l.includes(' attacked '));

/**
 * Branch events22 (issue 13): ground won by degrees is an attack that partly succeeded (annotation guidelines, "made
 * limited gains near X"), whatever its noun — gains, advances, progress — and wherever it lands but ahead
 * (rules/attack-attempts.ts PARTIAL_SUCCESS; mere-advance.ts keeps a graded gain of advances).
 */
describe('a graded gain of ground at a place is an attack on it', () => {
  it('reads advances, progress and gains graded by one or more words', async () => {
    for (const text of [
      'Freedonian forces made limited advances around Ostrova on Monday.',
      'The Freedonians keep making slow but steady progress in Ostrova.',
      'Freedonian troops made steady, incremental gains in heavy combat in Ostrova this week.',
      'Freedonian forces are making incremental, grinding, and costly progress in Ostrova.',
      'Freedonian forces secured marginal advances east of Ostrova.',
    ]) {
      const { lines } = await relate(text, [freedonian, city('Ostrova')]);
      expect(attacks(lines), text).toEqual(['Freedonian attacked Ostrova']);
    }
    const u = await relate('Footage shows the 915th Rifle Regiment making limited advances north of Ostrova.', [unit('915th Rifle Regiment'), city('Ostrova')]);
    expect(attacks(u.lines)).toEqual(['915th Rifle Regiment attacked Ostrova']);
  });

  it('reads no ungraded, negated, further or forecast gain, and no graded advance heading toward a place', async () => {
    for (const text of [
      'Freedonian forces made gains near Ostrova on Monday.',
      'Freedonian forces made no significant progress south of Ostrova.',
      'Freedonian forces have made further gains east of Ostrova.',
      'Freedonian forces may make limited advances around Ostrova next week.',
      'Freedonian forces made limited advances toward Ostrova.',
    ]) {
      const { lines } = await relate(text, [freedonian, city('Ostrova')]);
      expect(attacks(lines), text).toEqual([]);
    }
    const region_ = await relate('Freedonian forces made limited advances toward eastern Varta Oblast.', [freedonian, region('Varta Oblast')]);
    expect(attacks(region_.lines)).toEqual([]);
  });
});
