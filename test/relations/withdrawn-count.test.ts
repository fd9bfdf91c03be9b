import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, relate } from './run.js';

const left = (lines: string[]) => lines.filter((l) => l.includes(' withdrewFrom '));

describe('what was withdrawn, counted or with its acronym in brackets', () => {
  it('reads "withdrew two battalion tactical groups (BTGs) from X"', async () => {
    const { lines } = await relate('Belarusian forces withdrew two battalion tactical groups (BTGs) from Dolynka on Monday.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(left(lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('reads "has withdrawn up to seven BTGs from around X into Y" (the "to" of a count is no heading)', async () => {
    const { lines } = await relate('Officials said that Belarus has withdrawn up to seven battalion tactical groups (BTGs) from around Dolynka into Verba.', [country('Belarus', 'BY'), city('Dolynka'), city('Verba')]);
    expect(left(lines)).toEqual(['Belarus withdrewFrom Dolynka']);
  });

  it('gives no withdrawal from where the groups went, nor a planned one', async () => {
    const went = await relate('Belarusian forces withdrew two battalion tactical groups (BTGs) to Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(left(went.lines)).toEqual([]);
    const plan = await relate('Belarusian forces will likely withdraw up to seven battalion tactical groups (BTGs) from Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(left(plan.lines)).toEqual([]);
  });
});
