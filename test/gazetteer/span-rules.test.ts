import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

describe('words written next to a name that belong to it', () => {
  it('"<city> City" is the city itself, with its record', async () => {
    const ms = await places('Power returned to Kharkiv City on Friday.');
    expect(find(ms, 'Kharkiv City')?.ref?.id).toMatch(/^geonames:/);
    expect(find(ms, 'Kharkiv')).toBeUndefined();
  });

  it('"<town> River" is a river named after the town: a place without the town\'s record', async () => {
    const ms = await places('Engineers bridged the Kodyma River at dawn.');
    const river = find(ms, 'Kodyma River')!;
    expect(river.type).toBe('Place');
    expect(river.ref).toBeUndefined();
    expect(river.canonical).toBe('Kodyma River');
  });

  it('a compass word before a country names a region of it, not the country', async () => {
    const ms = await places('Strikes continued across Southern Lebanon while Ukraine mobilized.');
    const region = find(ms, 'Southern Lebanon')!;
    expect(region).toMatchObject({ placeKind: 'Region' });
    expect(region.ref).toBeUndefined();
    expect(find(ms, 'Ukraine')?.ref?.id).toBe('country:UA');
  });
});
