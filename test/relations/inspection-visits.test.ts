import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { person, region, relate, unit } from './run.js';

describe('inspection visits: an inspection is made on the spot', () => {
  it('reads a visit from inspecting troops or a unit at a place', async () => {
    const troops = await relate('Ivo Marek inspected Valdorian troops in Tarno Oblast on May 3.', [person('Ivo Marek'), demonym('Valdorian', 'VD'), region('Tarno Oblast')]);
    expect(troops.lines).toEqual(['Ivo Marek visited Tarno Oblast']);
    const group = await relate('Ivo Marek inspected the Northern Group of Forces near Tarno Oblast.', [person('Ivo Marek'), unit('Northern Group of Forces'), region('Tarno Oblast')]);
    expect(group.lines).toContain('Ivo Marek visited Tarno Oblast');
  });

  it('reads a visit from an inspection noun after the person', async () => {
    const during = await relate('Valdorian Defense Minister Ivo Marek during an inspection of Valdorian units in Tarno Oblast praised them.', [
      demonym('Valdorian', 'VD'),
      person('Ivo Marek', 'Defense Minister'),
      demonym('Valdorian', 'VD', 1),
      region('Tarno Oblast'),
    ]);
    expect(during.lines).toContain('Ivo Marek visited Tarno Oblast');
    const trip = await relate('Ivo Marek went on an inspection trip to Tarno Oblast.', [person('Ivo Marek'), region('Tarno Oblast')]);
    expect(trip.lines).toEqual(['Ivo Marek visited Tarno Oblast']);
  });

  it('reads a visit across the nationality of what was visited', async () => {
    const { lines } = await relate('Ivo Marek visited Valdorian positions in Tarno Oblast.', [person('Ivo Marek'), demonym('Valdorian', 'VD'), region('Tarno Oblast')]);
    expect(lines).toEqual(['Ivo Marek visited Tarno Oblast']);
  });

  it('reads no visit from a remote inspection or from where the inspected things were used', async () => {
    const remote = await relate('Ivo Marek inspected troops by video link in Tarno Oblast.', [person('Ivo Marek'), region('Tarno Oblast')]);
    expect(remote.lines).toEqual([]);
    const used = await relate('Ivo Marek inspected weapons that were used in Tarno Oblast.', [person('Ivo Marek'), region('Tarno Oblast')]);
    expect(used.lines).toEqual([]);
  });
});
