import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const events = (lines: string[]) => lines.filter((l) => / (operatesIn|attacked|withdrewFrom|captured) /.test(l));

describe('a that-clause after a verb of demanding states no event', () => {
  it('reads nothing from what someone advocated, demanded or ordered to happen', async () => {
    const advocated = await relate('Their leader advocated that Zubr fighters receive a separate cemetery in Tokmak.', [unit('Zubr'), city('Tokmak')]);
    expect(events(advocated.lines)).toEqual([]);
    const ordered = await relate('The council ordered again that the 14th Brigade shell Tokmak.', [unit('14th Brigade'), city('Tokmak')]);
    expect(events(ordered.lines)).toEqual([]);
    // The same clause with no verb of demanding before it is an event.
    const told = await relate('The council said that the 14th Brigade shelled Tokmak.', [unit('14th Brigade'), city('Tokmak')]);
    expect(told.lines).toContain('14th Brigade attacked Tokmak');
  });

  it('keeps the event of a that-clause after a verb that reports a fact', async () => {
    const { lines } = await relate('Footage suggested that the 14th Brigade entered Tokmak.', [unit('14th Brigade'), city('Tokmak')]);
    expect(lines).toContain('14th Brigade operatesIn Tokmak');
    const got = await relate('Zubr fighters received a separate cemetery in Tokmak.', [unit('Zubr'), city('Tokmak')]);
    expect(got.lines).toContain('Zubr operatesIn Tokmak');
  });
});
