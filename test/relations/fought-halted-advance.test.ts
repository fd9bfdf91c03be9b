import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes(' foughtAgainst '));

describe('fought: stopping the advance of a named unit, also in quote marks', () => {
  it('reads "halted the advance of elements of" a unit and a quoted verb of losses before it', async () => {
    const a = await relate('Ukrainian forces halted the advance of elements of the 12th Guards Regiment near Ivanivka.', [demonym('Ukrainian', 'UA'), unit('12th Guards Regiment'), city('Ivanivka')]);
    expect(fights(a.lines)).toEqual(['Ukrainian foughtAgainst 12th Guards Regiment']);
    const b = await relate('The staff said that Ukrainian troops \u201cdestroyed\u201d and halted the advance of some units of the 12th Guards Regiment.', [
      demonym('Ukrainian', 'UA'),
      unit('12th Guards Regiment'),
    ]);
    expect(fights(b.lines)).toEqual(['Ukrainian foughtAgainst 12th Guards Regiment']);
    const c = await relate('Ukrainian forces \u201cdestroyed\u201d elements of the 12th Guards Regiment near Ivanivka.', [demonym('Ukrainian', 'UA'), unit('12th Guards Regiment'), city('Ivanivka')]);
    expect(fights(c.lines)).toEqual(['Ukrainian foughtAgainst 12th Guards Regiment']);
  });

  it('needs a named party stopped and a stop that happened', async () => {
    const a = await relate('Ukrainian forces halted the advance of Russian forces near Ivanivka.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(fights(a.lines)).toEqual([]);
    const b = await relate('Ukrainian forces will likely try to halt the advance of the 12th Guards Regiment.', [demonym('Ukrainian', 'UA'), unit('12th Guards Regiment')]);
    expect(fights(b.lines)).toEqual([]);
    const c = await relate('The 12th Guards Regiment halted its advance near Ivanivka.', [unit('12th Guards Regiment'), city('Ivanivka')]);
    expect(fights(c.lines)).toEqual([]);
  });
});
