import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, relate, unit } from './run.js';

/** Branch iswmove3 (issue 13): a unit acting in a part of a town named by its bearing (unit-action-at-place). */
describe('operatesIn for a unit in a part of a town', () => {
  it('reads "broke through Ukrainian trench lines in the eastern part of X"', async () => {
    const { lines } = await relate('Kord Group assault teams broke through Ukrainian trench lines in the eastern part of Tarnok.', [armed('Kord Group'), demonym('Ukrainian', 'UA'), city('Tarnok')]);
    expect(lines).toContain('Kord Group operatesIn Tarnok');
  });

  it('reads "fighting on the southern edge of X"', async () => {
    const { lines } = await relate('Elements of the 5th Brigade are fighting on the southern edge of Tarnok.', [unit('5th Brigade'), city('Tarnok')]);
    expect(lines).toContain('5th Brigade operatesIn Tarnok');
  });

  it('reads no presence when the part is only planned to be attacked', async () => {
    const { lines } = await relate('The 5th Brigade plans to attack the eastern part of Tarnok.', [unit('5th Brigade'), city('Tarnok')]);
    expect(lines).not.toContain('5th Brigade operatesIn Tarnok');
  });

  it('reads no presence for a part of a town another clause names', async () => {
    const { lines } = await relate('The 5th Brigade withdrew, and Ukrainian forces advanced in the eastern part of Tarnok.', [unit('5th Brigade'), demonym('Ukrainian', 'UA'), city('Tarnok')]);
    expect(lines).not.toContain('5th Brigade operatesIn Tarnok');
  });
});
