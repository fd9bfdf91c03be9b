import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes(' withdrewFrom '));

describe('vacating a place is leaving it', () => {
  it('reads "vacated X" and "vacated their positions near X"', async () => {
    const place = await relate('Belarusian forces have fully vacated Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(place.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
    const positions = await relate('Belarusian troops vacated their positions near Dolynka overnight.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(positions.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('gives nothing for a forecast of vacating', async () => {
    const { lines } = await relate('Belarusian forces will likely vacate Dolynka in the coming days.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(lines)).toEqual([]);
  });
});
