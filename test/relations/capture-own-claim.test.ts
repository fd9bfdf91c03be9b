import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { armed, city, relate, unit } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

describe('captures claimed by their taker, told in a relative clause on it, or of a part occupied', () => {
  it('reads a party claiming its own capture of a place, not a reporter claiming one', async () => {
    const own = await relate('Belarusian forces claimed the capture of Dolynka on Monday.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(own.lines)).toEqual(['Belarusian captured Dolynka']);
    const group = await relate('The Vostok Group claimed the full capture of Dolynka.', [armed('Vostok Group'), city('Dolynka')]);
    expect(captures(group.lines)).toEqual(['Vostok Group captured Dolynka']);
    const reporter = await relate('Belarusian milbloggers claimed the capture of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(reporter.lines)).toEqual([]);
  });

  it('reads "the 9th Brigade, which liberated X in May, …" and "Belarus, which seized X in 2014, …"', async () => {
    const unitClause = await relate('The 9th Rifle Brigade, which liberated Dolynka in May, is now fighting near Verba.', [unit('9th Rifle Brigade'), city('Dolynka'), city('Verba')]);
    expect(captures(unitClause.lines)).toEqual(['9th Rifle Brigade captured Dolynka']);
    const countryClause = await relate('Belarus, which seized Dolynka in 2014, now seeks more land.', [country('Belarus', 'BY'), city('Dolynka')]);
    expect(captures(countryClause.lines)).toEqual(['Belarus captured Dolynka']);
    const plan = await relate('The 9th Rifle Brigade, which will likely try to liberate Dolynka, is now near Verba.', [unit('9th Rifle Brigade'), city('Dolynka'), city('Verba')]);
    expect(captures(plan.lines)).toEqual([]);
  });

  it('reads "occupied the eastern part of X", not "struck occupied parts of X"', async () => {
    const part = await relate('Belarusian forces have occupied the eastern part of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(part.lines)).toEqual(['Belarusian captured Dolynka']);
    const adjective = await relate('Lithuanian forces struck occupied parts of Dolynka.', [demonym('Lithuanian', 'LT'), city('Dolynka')]);
    expect(captures(adjective.lines)).toEqual([]);
  });
});
