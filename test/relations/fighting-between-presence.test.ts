import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, org, relate, unit } from './run.js';

/** Branch iswmove3 (issue 13): a named side of fighting said to go on at a place (rules/fighting-between-presence.ts). */
describe('operatesIn for a side of fighting at a place', () => {
  it('reads the unit as the second side: "fighting between Ukrainian troops and elements of U in the outskirts of X"', async () => {
    const { lines } = await relate('There is heavy fighting between Ukrainian units and elements of the Kord Group in the eastern outskirts of Tarnok.', [demonym('Ukrainian', 'UA'), armed('Kord Group'), city('Tarnok')]);
    expect(lines).toContain('Kord Group operatesIn Tarnok');
  });

  it('reads the unit as the first side, with a verb of going on', async () => {
    const { lines } = await relate('Fighting between the 14th Brigade and Russian troops continued near Tarnok.', [unit('14th Brigade'), demonym('Russian', 'RU'), city('Tarnok')]);
    expect(lines).toContain('14th Brigade operatesIn Tarnok');
  });

  it('reads a nationality and the unit sharing the noun: "between Ukrainian and U forces persists in X"', async () => {
    const { lines } = await relate('Fierce fighting between Ukrainian and Kord forces persists in Tarnok.', [demonym('Ukrainian', 'UA'), armed('Kord'), city('Tarnok')]);
    expect(lines).toContain('Kord operatesIn Tarnok');
  });

  it('gives no presence to a nationality or a country side', async () => {
    const { lines } = await relate('Heavy battles between Russian and Ukrainian forces continued in Tarnok.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Tarnok')]);
    expect(lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });

  it('gives no presence at a place of another clause ("… ended after the capture of X")', async () => {
    const { lines } = await relate('The fighting between the Kord Group and the Defense Ministry intensified after the capture of Tarnok.', [armed('Kord Group'), org('Defense Ministry'), city('Tarnok')]);
    expect(lines).not.toContain('Kord Group operatesIn Tarnok');
  });
});
