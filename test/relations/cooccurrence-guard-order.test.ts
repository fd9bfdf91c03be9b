import { describe, expect, it } from 'vitest';
import { COOCCURRENCE_GUARDS, GUARD_EVALUATION_ORDER, GUARDS_IN_EVALUATION_ORDER } from '../../src/relations/cooccurrence-guards.js';
import { relate, city, unit } from './run.js';

/** Branch speed19: the co-occurrence guards are tried cheapest per dropped pair first; the set tried is the table's. */
describe('the evaluation order of the co-occurrence guards (cooccurrence-guards.ts)', () => {
  it('names every guard of the table exactly once', () => {
    expect([...GUARD_EVALUATION_ORDER].sort()).toEqual(COOCCURRENCE_GUARDS.map((g) => g.name).sort());
    expect(new Set(GUARDS_IN_EVALUATION_ORDER).size).toBe(COOCCURRENCE_GUARDS.length);
    expect(GUARDS_IN_EVALUATION_ORDER.map((g) => g.name)).toEqual(GUARD_EVALUATION_ORDER);
  });

  it('keeps a plain presence that no guard drops, and drops a pair where the place is a country', async () => {
    const present = await relate('The 915th Freedonian Rifle Regiment is operating near Ostrova.', [unit('915th Freedonian Rifle Regiment'), city('Ostrova')]);
    expect(present.lines).toContain('915th Freedonian Rifle Regiment operatesIn Ostrova');
    const country = await relate('The 915th Freedonian Rifle Regiment is operating in Freedonia.', [unit('915th Freedonian Rifle Regiment'), { text: 'Freedonia', type: 'Place', placeKind: 'Country' }]);
    expect(country.lines.filter((l) => l.includes('operatesIn') && l.endsWith('Freedonia'))).toEqual([]);
  });
});
