import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, republic } from './run.js';

describe('party object: a country named with its forces is no place taken or left', () => {
  it('ends the list of places held before a country that opens a new clause', async () => {
    const { lines } = await relate('Ukrainian forces still control Orlivka, and Russia forces will need to take this village first.', [
      demonym('Ukrainian', 'UA'),
      city('Orlivka'),
      { text: 'Russia', type: 'Place', placeKind: 'Country', ref: 'country:RU', refName: 'Russia' },
    ]);
    expect(lines).toContain('Ukrainian captured Orlivka');
    expect(lines).not.toContain('Ukrainian captured Russia');
  });

  it('ends the list of places left before a republic whose militia speaks', async () => {
    const { lines } = await relate('Officials confirmed that Ukrainian forces withdrew from Orlivka (south of Dolynka), and the Vostok People\'s Republic (VPR) Militia claimed the village.', [
      demonym('Ukrainian', 'UA'),
      city('Orlivka'),
      city('Dolynka'),
      { ...republic("Vostok People's Republic"), ref: 'test:vpr', refName: "Vostok People's Republic" },
      { ...republic('VPR'), ref: 'test:vpr', refName: "Vostok People's Republic" },
    ]);
    expect(lines).toContain('Ukrainian withdrewFrom Orlivka');
    expect(lines.filter((l) => l.startsWith('Ukrainian withdrewFrom Vostok') || l.startsWith('Ukrainian withdrewFrom VPR'))).toEqual([]);
  });

  it('keeps a country taken as a place', async () => {
    const { lines } = await relate('The Vostok People\'s Republic claimed that its forces took control of Orlivka and Dolynka.', [
      { ...republic("Vostok People's Republic"), ref: 'test:vpr', refName: "Vostok People's Republic" },
      city('Orlivka'),
      city('Dolynka'),
    ]);
    expect(lines).toContain("Vostok People's Republic captured Dolynka");
  });
});
