import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

// Wire news: "[Helmand] province" — a lowercase generic designator stays outside the span, the record is the area's.
describe('a lowercase designator after an area’s name stays outside the span', () => {
  it('"X province" and "X region" give the name alone, linked to the subdivision', async () => {
    const ms = await places('Two patrols were ambushed in southern Helmand province on Monday.');
    expect(ms.map((m) => m.text)).toEqual(['Helmand']);
    expect(ms[0]!.placeKind).toBe('AdministrativeArea');
    const ms2 = await places('Heavy rain hit the Kherson region overnight.');
    expect(find(ms2, 'Kherson')?.ref?.id).toBe('subdivision:UA-65');
  });

  it('keeps a capitalized designator, part of the official name', async () => {
    const ms = await places('Shelling continued in Kherson Oblast and in Idlib Province.');
    expect(ms.map((m) => m.text)).toEqual(['Kherson Oblast', 'Idlib Province']);
  });
});

describe('a lowercase "city" after a city’s name stays outside the span', () => {
  it('"X city" gives the name alone, a capitalized "City" stays in', async () => {
    const ms = await places('Rescuers reached Kharkiv city by noon, then flew to Mexico City.');
    expect(ms.map((m) => m.text)).toEqual(['Kharkiv', 'Mexico City']);
    expect(ms[0]!.placeKind).toBe('City');
  });
});
