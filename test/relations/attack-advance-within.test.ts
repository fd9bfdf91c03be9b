import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');

// Branch iswprec (issue 13): ground gained inside a place is no attack on it (attack-target.ts ADVANCE_IN).
describe('an advance inside a place (attack-target.ts advancesWithin)', () => {
  it('reads no attack from an advance in, within, or into a place', async () => {
    for (const text of [
      // (A graded gain made, "made marginal advances within Tarnok", is an attack that partly succeeded since branch
      // events22: attack-graded-gain.test.ts.)
      'Russian forces advanced marginally within Tarnok on Monday.',
      'Russian forces advanced slightly in Tarnok.',
      'Russian forces have advanced a quarter of the way into Tarnok from the east.',
      'Russian troops advanced to the eastern outskirts of Tarnok.',
      'Russian forces continued steady advances in southern Tarnok.',
    ]) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps the presence of a named unit that advanced there', async () => {
    const { lines } = await relate('Elements of the 14th Rifle Brigade advanced into Tarnok on Monday.', [unit('14th Rifle Brigade'), city('Tarnok')]);
    expect(lines).toContain('14th Rifle Brigade operatesIn Tarnok');
    expect(attacks(lines)).toEqual([]);
  });

  it('keeps attempts, fighting to advance, advances on lines, and attacks after an advance', async () => {
    const cases: [string, string][] = [
      ['Russian forces attempted to advance in Tarnok.', 'Russian attacked Tarnok'],
      ['Russian units are fighting difficult battles to advance in Tarnok.', 'Russian attacked Tarnok'],
      ['Russian forces advanced on defensive lines in Tarnok.', 'Russian attacked Tarnok'],
      ['Russian forces advanced and shelled positions in Tarnok.', 'Russian attacked Tarnok'],
    ];
    for (const [text, expected] of cases) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(lines, text).toContain(expected);
    }
  });

  it('does not take an adjective far before the place for the advance', async () => {
    const text = 'The 14th Rifle Brigade lost many advanced tanks during the Russian offensive in Velmar Oblast.';
    const { lines } = await relate(text, [unit('14th Rifle Brigade'), ru, region('Velmar Oblast')]);
    expect(lines).toContain('Russian attacked Velmar Oblast');
  });
});
