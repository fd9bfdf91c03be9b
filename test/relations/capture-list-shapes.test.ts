import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const freedonian = demonym('Freedonian', 'FD');
const captures = (lines: string[]): string[] => lines.filter((l) => l.includes(' captured ')).sort();

/** Branch events22 (issue 13): captured places in two list shapes the rules stopped at (match.ts listResumed, rules/events.ts). */
describe('captured places of a list', () => {
  it('goes on after the list\'s locator: "captured A and B in X Oblast and C in Y Oblast"', async () => {
    const { lines } = await relate('Freedonian forces likely captured Ostrova and Belka in northern Varta Oblast and Dubno in Zelm Oblast.', [
      freedonian,
      city('Ostrova'),
      city('Belka'),
      region('Varta Oblast'),
      city('Dubno'),
      region('Zelm Oblast'),
    ]);
    expect(captures(lines)).toEqual(['Freedonian captured Belka', 'Freedonian captured Dubno', 'Freedonian captured Ostrova']);
  });

  it('does not go on to a wider place, or to a place not itself located', async () => {
    const wider = await relate('Freedonian forces captured Ostrova in Varta Oblast and Zelm Oblast in the west.', [freedonian, city('Ostrova'), region('Varta Oblast'), region('Zelm Oblast')]);
    expect(captures(wider.lines)).toEqual(['Freedonian captured Ostrova']);
    const clause = await relate('Freedonian forces captured Ostrova in Varta Oblast and Dubno remained contested.', [freedonian, city('Ostrova'), region('Varta Oblast'), city('Dubno')]);
    expect(captures(clause.lines)).toEqual(['Freedonian captured Ostrova']);
  });

  it('reads positions newly taken that are consolidated: "consolidated newly-controlled positions in A, B, and C"', async () => {
    const { lines } = await relate('Freedonian troops additionally consolidated newly-controlled positions in Ostrova, Belka, and Dubno.', [freedonian, city('Ostrova'), city('Belka'), city('Dubno')]);
    expect(captures(lines)).toEqual(['Freedonian captured Belka', 'Freedonian captured Dubno', 'Freedonian captured Ostrova']);
    const planned = await relate('Freedonian troops will likely consolidate newly captured positions in Ostrova.', [freedonian, city('Ostrova')]);
    expect(captures(planned.lines)).toEqual([]);
  });
});
