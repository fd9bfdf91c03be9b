import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

/** Branch rec12: a place named only as a distance's reference point ("X, 13 km from Y") is not what "the settlement" stands for (anaphora.ts). */
describe('"the settlement" after a distance from a reference point', () => {
  it('stands for the place the distance locates', async () => {
    const { lines } = await relate('Artillery hit a bridge near Orbino, roughly 12 km from Tarnok, as Freedonian forces shelled the settlement.', [
      city('Orbino'),
      city('Tarnok'),
      demonym('Freedonian', 'FD'),
    ]);
    expect(lines).toContain('Freedonian attacked Orbino');
    expect(lines).not.toContain('Freedonian attacked Tarnok');
  });

  it('still stands for the town a distance follows when no place stands before it', async () => {
    const { lines } = await relate('Columns gathered 12 km from Tarnok, and Freedonian forces shelled the settlement.', [city('Tarnok'), demonym('Freedonian', 'FD')]);
    expect(lines).toContain('Freedonian attacked Tarnok');
  });
});
