import { describe, expect, it } from 'vitest';
import { places } from './run.js';

// The guidelines type armed services and branches as organizations ("Airborne Forces", "the National Guard"),
// formations with a designation as units: the curated records of Ukraine's services follow them.
describe('curated armed services and branches', () => {
  it('are organizations, as the Airborne Forces are', async () => {
    const ms = await places('Officers of the Ukrainian Special Operations Forces, the National Guard of Ukraine, the VDV and the Armed Forces of Ukraine met.');
    expect(ms.map((m) => `${m.text}/${m.type}`)).toEqual([
      'Ukrainian Special Operations Forces/Organization',
      'National Guard of Ukraine/Organization',
      'VDV/Organization',
      'Armed Forces of Ukraine/Organization',
    ]);
  });

  it('leave named formations units', async () => {
    const ms = await places('Fighters of the Akhmat Special Forces and the Northern Fleet left.');
    expect(ms.map((m) => `${m.text}/${m.type}`)).toEqual(['Akhmat Special Forces/MilitaryUnit', 'Northern Fleet/MilitaryUnit']);
  });
});
