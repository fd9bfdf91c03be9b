import { describe, expect, it } from 'vitest';
import { city, region, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes('operatesIn'));

describe('reinforcements operate where the force they reinforce operates', () => {
  it('places each reinforcing unit in the places of the reinforced force', async () => {
    const { lines } = await relate(
      'Units of the 2nd Tank Army that had been fighting in the Dubki and northern Lakeside area for weeks were being reinforced by elements of the 7th and 9th Rifle Armies and the 41st Airborne Division.',
      [unit('2nd Tank Army'), city('Dubki'), region('Lakeside'), unit('7th'), unit('9th Rifle Armies'), unit('41st Airborne Division')],
    );
    for (const u of ['7th', '9th Rifle Armies', '41st Airborne Division']) {
      expect(lines).toContain(`${u} operatesIn Dubki`);
      expect(lines).toContain(`${u} operatesIn Lakeside`);
    }
  });

  it('does not place reinforcements that are only expected', async () => {
    const { lines } = await relate('Units operating near Dubki will likely be reinforced by elements of the 41st Airborne Division.', [
      city('Dubki'),
      unit('41st Airborne Division'),
    ]);
    expect(presence(lines)).toEqual([]);
  });
});
