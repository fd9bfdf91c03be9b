import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('who fights in a place: a nationality attacks there, a named unit operates there', () => {
  it('reads a nationality’s forces fighting in a town as an attack', async () => {
    const { lines } = await relate('Russian forces fought in Ivanivka and near Petrivka on Monday.', [demonym('Russian', 'RU'), city('Ivanivka'), city('Petrivka')]);
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Russian attacked Ivanivka', 'Russian attacked Petrivka']));
  });

  it('gives a named unit or armed group that fights in a town its presence, not an attack', async () => {
    const a = await relate('Elements of the 12th Guards Regiment fought in Ivanivka on Monday.', [unit('12th Guards Regiment'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual([]);
    expect(a.lines).toContain('12th Guards Regiment operatesIn Ivanivka');
    const b = await relate('Milbloggers claimed that Storm Group fighters are fighting in central Ivanivka.', [armed('Storm Group'), city('Ivanivka')]);
    expect(attacks(b.lines)).toEqual([]);
    expect(b.lines).toContain('Storm Group operatesIn Ivanivka');
  });
});
