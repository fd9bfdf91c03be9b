import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes(' foughtAgainst '));

describe('fought: killing or wounding a named unit’s people', () => {
  it('reads counted officers of a unit and its commander, through a possessive', async () => {
    const a = await relate('Ukrainian strikes have likely killed or wounded three Russian 12th Guards Division deputy commanders.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), unit('12th Guards Division')]);
    expect(fights(a.lines)).toEqual(['Ukrainian foughtAgainst 12th Guards Division']);
    const b = await relate('Ukrainian forces killed the commander of the 3rd Army\u2019s 12th Guards Division near Ivanivka.', [demonym('Ukrainian', 'UA'), unit('3rd Army'), unit('12th Guards Division'), city('Ivanivka')]);
    expect(fights(b.lines)).toEqual(['Ukrainian foughtAgainst 12th Guards Division']);
  });

  it('reads no fight with civilians killed, nor with a killing planned', async () => {
    const a = await relate('The 12th Guards Division killed four civilians in Ivanivka.', [unit('12th Guards Division'), city('Ivanivka')]);
    expect(fights(a.lines)).toEqual([]);
    const b = await relate('Ukrainian forces plan to kill the commander of the 12th Guards Division.', [demonym('Ukrainian', 'UA'), unit('12th Guards Division')]);
    expect(fights(b.lines)).toEqual([]);
    // "wounded" as an adjective.
    const c = await relate('Russian medics are treating wounded 12th Guards Division soldiers in Ivanivka.', [demonym('Russian', 'RU'), unit('12th Guards Division'), city('Ivanivka')]);
    expect(fights(c.lines)).toEqual([]);
  });
});
