import { describe, expect, it } from 'vitest';
import { relate, unit, city } from './run.js';

const parts = (lines: string[]) => lines.filter((l) => l.includes('partOf'));

describe('formation owners: possessive chains, lists after a possessive, what a formation comprises', () => {
  it('reads "A of the D\'s B" as A part of B, not of D', async () => {
    const { lines } = await relate("The 9th Rifle Division of the Northern District's 2nd Army attacked near Tarno.", [
      unit('9th Rifle Division'),
      unit('Northern District'),
      unit('2nd Army'),
      city('Tarno'),
    ]);
    expect(parts(lines)).toContain('9th Rifle Division partOf 2nd Army');
    expect(parts(lines)).not.toContain('9th Rifle Division partOf Northern District');
  });

  it('gives each formation of a list after the owner\'s possessive', async () => {
    const { lines } = await relate("The 2nd Army's 9th Rifle Division and 12th Tank Division attacked near Tarno.", [
      unit('2nd Army'),
      unit('9th Rifle Division'),
      unit('12th Tank Division'),
      city('Tarno'),
    ]);
    expect(parts(lines).sort()).toEqual(['12th Tank Division partOf 2nd Army', '9th Rifle Division partOf 2nd Army']);
  });

  it('reads what a formation comprises or includes', async () => {
    const { lines } = await relate('The 2nd Army, which comprises the 9th Rifle Division and the 12th Tank Division, is near Tarno.', [
      unit('2nd Army'),
      unit('9th Rifle Division'),
      unit('12th Tank Division'),
      city('Tarno'),
    ]);
    expect(parts(lines).sort()).toEqual(['12th Tank Division partOf 2nd Army', '9th Rifle Division partOf 2nd Army']);
  });

  it('keeps the hierarchy order: no formation is part of one of its own level in a list', async () => {
    const same = await relate("The 2nd Army's 9th Rifle Division and the 5th Army attacked near Tarno.", [
      unit('2nd Army'),
      unit('9th Rifle Division'),
      unit('5th Army'),
      city('Tarno'),
    ]);
    expect(parts(same.lines)).not.toContain('5th Army partOf 2nd Army');
    const fought = await relate('The 2nd Army fought the 9th Rifle Division, including near Tarno.', [unit('2nd Army'), unit('9th Rifle Division'), city('Tarno')]);
    expect(parts(fought.lines)).toEqual([]);
  });
});
