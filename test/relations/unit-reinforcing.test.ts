import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

/** Branch iswmove3 (issue 13): a unit named as what a place was reinforced with (rules/unit-reinforcing.ts). */
describe('operatesIn for a unit whose forces reinforce a place', () => {
  it('reads "reinforced the X front with elements of U"', async () => {
    const { lines } = await relate('Russia reinforced the Tarnok front with elements of the 14th Rifle Division.', [city('Tarnok'), unit('14th Rifle Division')]);
    expect(lines).toContain('14th Rifle Division operatesIn Tarnok');
  });

  it('reads "reinforced its efforts to take X, an aside, with elements of U"', async () => {
    const { lines } = await relate('Russia reinforced its efforts to take Tarnok, roughly 50 kilometers east of Velor, with elements of the 14th Rifle Division.', [city('Tarnok'), city('Velor'), unit('14th Rifle Division')]);
    expect(lines).toContain('14th Rifle Division operatesIn Tarnok');
    expect(lines).not.toContain('14th Rifle Division operatesIn Velor');
  });

  it('reads the passive "the town of X was reinforced by elements of U"', async () => {
    const { lines } = await relate('The town of Tarnok was reinforced by elements of the 14th Rifle Division.', [city('Tarnok'), unit('14th Rifle Division')]);
    expect(lines).toContain('14th Rifle Division operatesIn Tarnok');
  });

  it('reads no presence for a reinforcement only planned', async () => {
    const { lines } = await relate('Russia will likely reinforce the Tarnok front with elements of the 14th Rifle Division.', [city('Tarnok'), unit('14th Rifle Division')]);
    expect(lines).not.toContain('14th Rifle Division operatesIn Tarnok');
  });

  it('reads no presence when no unit is named as what reinforced the place', async () => {
    const { lines } = await relate('Russia reinforced the Tarnok front with mobilized men while the 14th Rifle Division trained in Velor.', [city('Tarnok'), unit('14th Rifle Division'), city('Velor')]);
    expect(lines).not.toContain('14th Rifle Division operatesIn Tarnok');
  });
});
