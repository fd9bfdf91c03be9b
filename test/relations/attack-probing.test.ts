import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/** Branch rec13 (issue 13): probing or testing the enemy's defenses at a place is a probing attack on it (rules/events.ts). */
describe('attacks: probing the defenses at a place', () => {
  it('reads probed or tested defenses near a place, or lines to one side of it, as an attack on it', async () => {
    const probed = await relate('Freedonian scouts probed Gorlandian defenses near Tokmak overnight.', [demonym('Freedonian', 'FD'), demonym('Gorlandian', 'GL'), city('Tokmak')]);
    expect(attacks(probed.lines)).toEqual(['Freedonian attacked Tokmak']);
    const tested = await relate('Freedonian units tested the defensive lines east of Tokmak on Friday.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(tested.lines)).toEqual(['Freedonian attacked Tokmak']);
  });

  it('reads no attack from a supposed probe, nor from testing that is not of defenses', async () => {
    const supposed = await relate('Freedonian units may be trying to probe Gorlandian defenses near Tokmak.', [demonym('Freedonian', 'FD'), demonym('Gorlandian', 'GL'), city('Tokmak')]);
    expect(attacks(supposed.lines)).toEqual([]);
    const weapons = await relate('Freedonian engineers tested new radios near Tokmak.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(weapons.lines)).toEqual([]);
  });
});
