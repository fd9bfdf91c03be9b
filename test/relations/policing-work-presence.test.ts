import { describe, expect, it } from 'vitest';
import { armed, city, org, region, relate } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

describe('presence from policing work at a place (org-acts-in-place)', () => {
  it('reads duties of policing listed before the place, and a part of the place named first', async () => {
    const duties = await relate(
      'The governor said that Kaskad Guard forces conduct law enforcement functions such as identity checks, raids on smugglers, and searches of warehouses in residential areas in eastern Tokmak and western Orikhiv.',
      [armed('Kaskad Guard'), city('Tokmak'), city('Orikhiv')],
    );
    expect(duties.lines).toContain('Kaskad Guard operatesIn Tokmak');
    expect(duties.lines).toContain('Kaskad Guard operatesIn Orikhiv');
    const location = await relate('Border Service commandos conducted a probable string of raids in an unspecified location of Vesna Oblast.', [
      org('Border Service'),
      region('Vesna Oblast'),
    ]);
    expect(location.lines).toContain('Border Service operatesIn Vesna Oblast');
  });

  it('reads a longer account of whom it polices before the place', async () => {
    const { lines } = await relate('The Security Bureau and local police are checking residents’ phones and conducting illegal searches in the occupied Tokmak district.', [
      org('Security Bureau'),
      city('Tokmak'),
    ]);
    expect(lines).toContain('Security Bureau operatesIn Tokmak');
  });

  it('reads no policing planned, reported of others, or of people from the place', async () => {
    const plan = await relate('The Border Service plans to conduct law enforcement tasks in Tokmak.', [org('Border Service'), city('Tokmak')]);
    expect(presence(plan.lines)).toEqual([]);
    const others = await relate('The Border Service said that soldiers conducted law enforcement functions in Tokmak.', [org('Border Service'), city('Tokmak')]);
    expect(presence(others.lines)).toEqual([]);
    const origin = await relate('The Border Service conducted law enforcement tasks with officers from Tokmak.', [org('Border Service'), city('Tokmak')]);
    expect(presence(origin.lines)).toEqual([]);
  });
});
