import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { region, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');
const river = { text: 'Velt River', type: 'Place' as const, placeKind: 'Place' as const };

/** Branch iswatk4: the bank "of" a region, or of its river and then the region (rules/attack-bank.ts). */
describe('an attack on the bank of a region or of its river in a region (attacked-bank-place)', () => {
  it('reads the region whose bank was hit', async () => {
    const { lines } = await relate('Russian forces launched mortar strikes on the west (right) bank of Dorva Oblast on May 2.', [ru, region('Dorva Oblast')]);
    expect(attacks(lines)).toEqual(['Russian attacked Dorva Oblast']);
  });

  it('reads the region after the river whose bank was hit, not the river', async () => {
    const { lines } = await relate('Russian forces kept up daily strikes on the right (west) bank of the Velt River in Dorva Oblast.', [ru, river, region('Dorva Oblast')]);
    expect(attacks(lines)).toEqual(['Russian attacked Dorva Oblast']);
  });

  it('reads no attack on a river whose bank alone was hit', async () => {
    const { lines } = await relate('Russian forces kept up daily strikes on the right (west) bank of the Velt River on May 2.', [ru, river]);
    expect(attacks(lines)).toEqual([]);
  });

  it('reads no attack when the strikes are only planned', async () => {
    const { lines } = await relate('Russian forces will likely conduct strikes on the west (right) bank of Dorva Oblast.', [ru, region('Dorva Oblast')]);
    expect(attacks(lines)).toEqual([]);
  });
});
