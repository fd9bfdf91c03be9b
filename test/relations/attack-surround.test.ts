import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/** Branch rec11a (issue 13): "operations to surround X" is an attack on X, as "to encircle X" (rules/events.ts ATTACKS). */
describe('attacks: operations to surround a place', () => {
  it('reads operations and efforts to surround a place as attacks on it', async () => {
    const ops = await relate('Units of the 41st Army and the 9th Tank Army continued operations to surround Tokmak city.', [unit('41st Army'), unit('9th Tank Army'), city('Tokmak')]);
    expect(attacks(ops.lines)).toEqual(['41st Army attacked Tokmak', '9th Tank Army attacked Tokmak']);
    const repelled = await relate('Defenders repelled continued Freedonian efforts to surround Tokmak on May 3.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(repelled.lines)).toEqual(['Freedonian attacked Tokmak']);
  });

  it('reads no attack from a forecast, nor from the adjective "surrounding"', async () => {
    const forecast = await relate('Freedonian forces will likely attempt to surround Tokmak.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(forecast.lines)).toEqual([]);
    const adjective = await relate('Freedonian forces held the villages surrounding Tokmak.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(adjective.lines)).toEqual([]);
  });
});
