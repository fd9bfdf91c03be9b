import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const left = (lines: string[]) => lines.filter((l) => l.includes(' withdrewFrom '));

describe('held ground left in a vaguely named part of a place', () => {
  it('reads "left its positions in an unnamed area of X"', async () => {
    const { lines } = await relate('Local sources reported that the 9th Rifle Brigade left its positions in an unspecified area of Verba Oblast.', [unit('9th Rifle Brigade'), region('Verba Oblast')]);
    expect(left(lines)).toEqual(['9th Rifle Brigade withdrewFrom Verba Oblast']);
  });

  it('reads "withdrew from positions in northern X" and "pushed … out of positions in unspecified parts of X"', async () => {
    const north = await relate('Belarusian forces withdrew from positions in northern Verba Oblast.', [demonym('Belarusian', 'BY'), region('Verba Oblast')]);
    expect(left(north.lines)).toEqual(['Belarusian withdrewFrom Verba Oblast']);
    const pushed = await relate('Lithuanian forces pushed Belarusian troops out of their positions in unspecified parts of Verba Oblast.', [demonym('Lithuanian', 'LT'), demonym('Belarusian', 'BY'), region('Verba Oblast')]);
    expect(left(pushed.lines)).toEqual(['Belarusian withdrewFrom Verba Oblast']);
  });

  it('gives no withdrawal from where the forces went', async () => {
    const { lines } = await relate('Belarusian forces withdrew from positions near Dolynka to an unspecified area of Verba Oblast.', [demonym('Belarusian', 'BY'), city('Dolynka'), region('Verba Oblast')]);
    expect(left(lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });
});
