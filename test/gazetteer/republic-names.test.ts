import { describe, expect, it } from 'vitest';
import { places } from './run.js';

describe('republics named after a place', () => {
  it('"X People\'s Republic(s)" is a territory of its own, the plural inside the last span', async () => {
    const ms = await places('Occupation officials planned a Zaporizhzhia People’s Republic, like the Donetsk and Luhansk People’s Republics.');
    expect(ms.map((m) => m.text)).toEqual(['Zaporizhzhia People’s Republic', 'Donetsk', 'Luhansk People’s Republics']);
    expect(ms[0]).toMatchObject({ placeKind: 'Region' });
    expect(ms[0]!.ref).toBeUndefined();
  });

  it('"Republic of X" is the place itself, with its record', async () => {
    const [m] = await places('Recruiters toured the Republic of Bashkortostan in May.');
    expect(m!.text).toBe('Republic of Bashkortostan');
    expect(m!.ref).toBeDefined();
  });

  it('a possessive "People\'s" without "Republic" does not widen', async () => {
    expect((await places('Voters in Kherson People’s assemblies met.')).map((m) => m.text)).toEqual(['Kherson']);
  });
});
