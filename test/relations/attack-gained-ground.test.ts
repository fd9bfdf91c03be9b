import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/** Branch rec13 (issue 13): ground taken or gained near a place is an attack that partly succeeded (rules/events.ts). */
describe('attacks: ground taken near a place', () => {
  it('reads ground taken to one side of a place, or gained around it, as an attack on it', async () => {
    const taken = await relate('Freedonian brigades have taken ground south of Tokmak since Monday.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(taken.lines)).toEqual(['Freedonian attacked Tokmak']);
    const gained = await relate('Freedonian troops gained ground around Tokmak after heavy shelling.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(gained.lines)).toEqual(['Freedonian attacked Tokmak']);
  });

  it('reads no attack from ground a party hopes to gain, nor from ground that is only held', async () => {
    const hoped = await relate('Freedonian troops will likely try to gain ground near Tokmak.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(hoped.lines)).toEqual([]);
    const held = await relate('Freedonian troops held their ground near Tokmak.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(held.lines)).toEqual([]);
  });
});
