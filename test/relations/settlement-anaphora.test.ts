import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, site } from './run.js';

describe('"the settlement" stands for a town, not for water or a bearing\'s reference point', () => {
  it('passes over a river and a reference point in the aside to the town the aside is on', async () => {
    const { lines } = await relate(
      'Bloggers said that fighting continued in Orlivka (on the western bank of the Vovcha River and east of Dolynka), and that Russian forces still control the northern part of the settlement.',
      [city('Orlivka'), site('Vovcha River'), city('Dolynka'), demonym('Russian', 'RU')],
    );
    expect(lines).toContain('Russian captured Orlivka');
    expect(lines).not.toContain('Russian captured Vovcha River');
    expect(lines).not.toContain('Russian captured Dolynka');
  });

  it('never reads a river as the town', async () => {
    const { lines } = await relate('Ukrainian troops crossed the Vovcha River. Ukrainian forces then liberated the village.', [
      demonym('Ukrainian', 'UA'),
      site('Vovcha River'),
      demonym('Ukrainian', 'UA', 1),
    ]);
    expect(lines.filter((l) => l.includes('captured'))).toEqual([]);
  });
});

describe('a capture given priority is a goal, not an event', () => {
  it('reads no capture in "the prioritization of capturing X"', async () => {
    const { lines } = await relate('The Russian command’s prioritization of capturing Orlivka over defending Dolynka is weakening morale.', [
      demonym('Russian', 'RU'),
      city('Orlivka'),
      city('Dolynka'),
    ]);
    expect(lines.filter((l) => l.includes('captured'))).toEqual([]);
  });
});
