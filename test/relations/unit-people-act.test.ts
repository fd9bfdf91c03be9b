import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes('operatesIn'));

describe("a unit's people doing anything at a place put the unit there", () => {
  it('places a unit whose mercenaries robbed people in an occupied town, also as a hedged past', async () => {
    const hedged = await relate('Zubr Group mercenaries may have robbed a pensioner, a former teacher, in occupied Tokmak.', [
      unit('Zubr Group'),
      city('Tokmak'),
    ]);
    expect(hedged.lines).toContain('Zubr Group operatesIn Tokmak');
    const plain = await relate('Zubr Group mercenaries robbed a pensioner in Tokmak last week.', [unit('Zubr Group'), city('Tokmak')]);
    expect(plain.lines).toContain('Zubr Group operatesIn Tokmak');
  });

  it('places a unit whose soldiers (named before it) were wounded at a site in a town', async () => {
    const { lines } = await relate('Soldiers of the 14th Brigade were wounded at a hospital in Tokmak.', [unit('14th Brigade'), city('Tokmak')]);
    expect(lines).toContain('14th Brigade operatesIn Tokmak');
  });

  it('does not place a unit whose people only may act, were recruited there, or said something about the place', async () => {
    const forecast = await relate('Zubr Group mercenaries may rob pensioners in Tokmak.', [unit('Zubr Group'), city('Tokmak')]);
    expect(presence(forecast.lines)).toEqual([]);
    const recruited = await relate('Zubr Group mercenaries were recruited at a prison in Tokmak.', [unit('Zubr Group'), city('Tokmak')]);
    expect(presence(recruited.lines)).toEqual([]);
    const speech = await relate('Zubr Group mercenaries said that shelling in Tokmak killed civilians.', [unit('Zubr Group'), city('Tokmak')]);
    expect(presence(speech.lines)).toEqual([]);
  });

  it('does not place a unit named only as whose people others are', async () => {
    const { lines } = await relate('Relatives of Zubr Group mercenaries protested in Tokmak.', [unit('Zubr Group'), city('Tokmak')]);
    expect(presence(lines)).toEqual([]);
  });
});
