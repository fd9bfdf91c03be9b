import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/** Branch rec13 (issue 13): weapons used or directed against a place, counted and named, are an attack on it (attacked-fire). */
describe('attacks: counted and named weapons used against a place', () => {
  it('reads counted weapons with a maker nationality used or directed against a place as an attack on it', async () => {
    const used = await relate('Officials said Freedonian gunners had used some 52 Gorlandian drones against Verdania.', [demonym('Freedonian', 'FD'), demonym('Gorlandian', 'GL'), country('Verdania', 'VD')]);
    expect(attacks(used.lines)).toEqual(['Freedonian attacked Verdania']);
    const directed = await relate('Freedonian forces directed scores of Gorlandian-made drones against power stations in Tokmak.', [demonym('Freedonian', 'FD'), demonym('Gorlandian', 'GL'), city('Tokmak')]);
    expect(attacks(directed.lines)).toEqual(['Freedonian attacked Tokmak']);
  });

  it('reads no attack from weapons directed elsewhere than at a place, nor from planned use', async () => {
    const sent = await relate('Freedonian forces directed a total of 52 drones to depots in Tokmak for storage.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(sent.lines)).toEqual([]);
    const planned = await relate('Freedonian forces will likely use a total of 52 Gorlandian drones against Tokmak.', [demonym('Freedonian', 'FD'), demonym('Gorlandian', 'GL'), city('Tokmak')]);
    expect(attacks(planned.lines)).toEqual([]);
  });
});
