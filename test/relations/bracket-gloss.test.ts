import { describe, expect, it } from 'vitest';
import { armed, city, person, region, relate, unit } from './run.js';

/** Branch iswmove3 (issue 13): a group's name in brackets glossing the word before it (src/relations/bracket-gloss.ts). */
describe('operatesIn for a name glossed in brackets', () => {
  it('reads "Airborne (X) units remain active on the Y axis" as X at Y', async () => {
    const { lines } = await relate('The staff said that unspecified Airborne (ZDV) units remain active on the Tarnok axis.', [armed('ZDV'), city('Tarnok')]);
    expect(lines).toContain('ZDV operatesIn Tarnok');
  });

  it('reads "paratroopers (X units) are continuing to operate in Y"', async () => {
    const { lines } = await relate('Officials claimed that paratroopers (ZDV units) are continuing to operate in northern Velora Oblast.', [armed('ZDV'), region('Velora Oblast')]);
    expect(lines).toContain('ZDV operatesIn Velora Oblast');
  });

  it('reads "X (Airborne) units are confirmed to be active in Y", the gloss after the name', async () => {
    const { lines } = await relate('Unknown ZDV (Airborne) units are confirmed to be active in Tarnok.', [armed('ZDV'), city('Tarnok')]);
    expect(lines).toContain('ZDV operatesIn Tarnok');
  });

  it('reads the list before a glossed conjunct: "A and unspecified Airborne (X) units remain active near Y"', async () => {
    const { lines } = await relate('Elements of the 14th Rifle Division and unspecified Airborne (ZDV) units remain active near Tarnok.', [unit('14th Rifle Division'), armed('ZDV'), city('Tarnok')]);
    expect(lines).toContain('ZDV operatesIn Tarnok');
    expect(lines).toContain('14th Rifle Division operatesIn Tarnok');
  });

  it('reads no list across a clause before the glossed name', async () => {
    const { lines } = await relate('The 14th Rifle Division withdrew, and unspecified Airborne (ZDV) units remain active near Tarnok.', [unit('14th Rifle Division'), armed('ZDV'), city('Tarnok')]);
    expect(lines).toContain('ZDV operatesIn Tarnok');
    expect(lines).not.toContain('14th Rifle Division operatesIn Tarnok');
  });

  it('keeps a name before the bracket as the subject ("the 12th Corps (ZDV) units fought near Y")', async () => {
    const { lines } = await relate('The 12th Corps (ZDV) units fought near Tarnok.', [unit('12th Corps'), armed('ZDV'), city('Tarnok')]);
    expect(lines).toContain('12th Corps operatesIn Tarnok');
    expect(lines).not.toContain('ZDV operatesIn Tarnok');
  });

  it('gives no presence to a bracketed name that is not the subject of the verb', async () => {
    const { lines } = await relate('The commander of the paratroopers (ZDV) Ivan Sorokin visited Tarnok.', [armed('ZDV'), person('Ivan Sorokin'), city('Tarnok')]);
    expect(lines).not.toContain('ZDV operatesIn Tarnok');
  });

  it('gives no presence when the bracket glosses a word of another clause ("… against paratroopers (ZDV) while units advanced near Y")', async () => {
    const { lines } = await relate('Ukrainian forces fought paratroopers (ZDV) while other units remained near Tarnok.', [armed('ZDV'), city('Tarnok')]);
    expect(lines).not.toContain('ZDV operatesIn Tarnok');
  });
});
