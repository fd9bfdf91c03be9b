import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { region, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');
const river = { text: 'Velt River', type: 'Place' as const, placeKind: 'Place' as const };

/** Branch rel37 (issue 13): a place named after the bank it lies on (rules/attack-bank.ts). */
describe('an attack on a place named after its river bank (attack-bank.ts)', () => {
  it('reads the place after "right-bank", "west bank" and "west (right) bank"', async () => {
    for (const bank of ['right-bank', 'west bank', 'west (right) bank']) {
      const { lines } = await relate(`Russian forces shelled Ukrainian positions in ${bank} Dorva Oblast on May 2.`, [ru, region('Dorva Oblast')]);
      expect(attacks(lines)).toEqual(['Russian attacked Dorva Oblast']);
    }
  });

  it('reads the place as the direct object and after an attack noun', async () => {
    const direct = await relate('Russian troops continued to shell right-bank Dorva Oblast.', [ru, region('Dorva Oblast')]);
    expect(attacks(direct.lines)).toEqual(['Russian attacked Dorva Oblast']);
    const nominal = await relate('Officials praised the Ukrainian counteroffensive in right-bank Dorva Oblast.', [ua, region('Dorva Oblast')]);
    expect(attacks(nominal.lines)).toEqual(['Ukrainian attacked Dorva Oblast']);
  });

  it('reads no attack on a river whose bank is named, nor without an attack', async () => {
    const bankOf = await relate('Russian forces shelled Ukrainian positions on the west bank of the Velt River.', [ru, river]);
    expect(attacks(bankOf.lines)).toEqual([]);
    const security = await relate('Russian forces are tightening security measures in left-bank Dorva Oblast.', [ru, region('Dorva Oblast')]);
    expect(attacks(security.lines)).toEqual([]);
  });
});
