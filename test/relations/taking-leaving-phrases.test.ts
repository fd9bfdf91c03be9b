import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');
const of = (lines: string[], predicate: string) => lines.filter((l) => l.includes(` ${predicate} `)).sort();

/** Branch rel35 (issue 13): phrases of leaving and taking that unseen reports use (rules/events.ts, rules/taking-shapes.ts). */
describe('a bank named twice, the other name in brackets (withdrew-from)', () => {
  it('reads the withdrawal from the glossed bank of a place', async () => {
    const { lines } = await relate('Airborne units rested after the Russian withdrawal from the left (east) bank of Varnok Oblast in the spring.', [ru, region('Varnok Oblast')]);
    expect(of(lines, 'withdrewFrom')).toEqual(['Russian withdrewFrom Varnok Oblast']);
  });

  it('gives nothing for a bracketed name that is no bank, nor for a redeployment', async () => {
    const direction = await relate('The Russian command withdrew units from the northern (Telmin) direction.', [ru, city('Telmin')]);
    expect(of(direction.lines, 'withdrewFrom')).toEqual([]);
    const redeploy = await relate('Russian forces are redeploying units from the left (east) bank of Varnok Oblast.', [ru, region('Varnok Oblast')]);
    expect(of(redeploy.lines, 'withdrewFrom')).toEqual([]);
  });
});

describe('a capture completed, in a relative clause on the forces (captured-relative)', () => {
  it('reads the completed capture named by its noun', async () => {
    const { lines } = await relate('The Ukrainian units that have completed the liberation of Varnok and Telmin are resting.', [ua, city('Varnok'), city('Telmin')]);
    expect(of(lines, 'captured')).toEqual(['Ukrainian captured Telmin', 'Ukrainian captured Varnok']);
  });

  it('gives nothing for a capture the forces will attempt', async () => {
    const { lines } = await relate('The Ukrainian units that will attempt the liberation of Varnok are resting.', [ua, city('Varnok')]);
    expect(of(lines, 'captured')).toEqual([]);
  });
});

describe('fleeing positions (withdrew-from)', () => {
  it('reads forces fleeing positions near a place', async () => {
    const { lines } = await relate('A Russian blogger claimed that Ukrainian troops are fleeing positions near Varnok.', [ru, ua, city('Varnok')]);
    expect(of(lines, 'withdrewFrom')).toEqual(['Ukrainian withdrewFrom Varnok']);
  });

  it('gives nothing for people fleeing a town', async () => {
    const { lines } = await relate('Ukrainian civilians are fleeing Varnok.', [ua, city('Varnok')]);
    expect(of(lines, 'withdrewFrom')).toEqual([]);
  });
});
