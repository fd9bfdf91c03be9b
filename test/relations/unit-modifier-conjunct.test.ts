import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, region, relate, unit } from './run.js';

// A party named right before a unit is inside the unit's conjunct when a list of actors is read leftwards
// (match.ts pastUnitModifier): "A and the Norland Home Guard attacked X" keeps A.
describe('a party modifying the last unit of an actor list', () => {
  it('keeps the earlier actors of the list', async () => {
    const place = await relate('Local sources said the Grey Company and the Tarsk Home Guard attacked Velmora on June 3.', [
      org('Grey Company'),
      region('Tarsk'),
      unit('Home Guard'),
      city('Velmora'),
    ]);
    expect(place.lines).toContain('Grey Company attacked Velmora');
    expect(place.lines).toContain('Home Guard attacked Velmora');
    const nation = await relate('The Grey Company and the Valdorian 4th Rifle Brigade attacked Velmora.', [
      org('Grey Company'),
      demonym('Valdorian', 'VD'),
      unit('4th Rifle Brigade'),
      city('Velmora'),
    ]);
    expect(nation.lines).toContain('Grey Company attacked Velmora');
    expect(nation.lines).toContain('4th Rifle Brigade attacked Velmora');
  });

  it('does not join a place that is no modifier of the unit', async () => {
    // The place ends its own clause; the unit starts a new subject after the comma-free "and".
    const apart = await relate('The Grey Company held Tarsk and the 4th Rifle Brigade attacked Velmora.', [
      org('Grey Company'),
      region('Tarsk'),
      unit('4th Rifle Brigade'),
      city('Velmora'),
    ]);
    expect(apart.lines).toContain('4th Rifle Brigade attacked Velmora');
    expect(apart.lines).not.toContain('Grey Company attacked Velmora');
    expect(apart.lines).not.toContain('Tarsk attacked Velmora');
    // A place before an organization (no unit) is not taken for the modifier of a unit, nor for an actor.
    const notUnit = await relate('The 4th Rifle Brigade and the Tarsk Grey Company attacked Velmora.', [
      unit('4th Rifle Brigade'),
      region('Tarsk'),
      org('Grey Company'),
      city('Velmora'),
    ]);
    expect(notUnit.lines).toContain('Grey Company attacked Velmora');
    expect(notUnit.lines).not.toContain('Tarsk attacked Velmora');
  });
});
