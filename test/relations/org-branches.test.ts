import { describe, expect, it } from 'vitest';
import { city, org, region, relate } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn'));

describe('an organization\'s office or branch in a place', () => {
  it('places the organization where its branch or office is', async () => {
    const branch = await relate('The governor named a new head of the Northern Customs Service branch in occupied Tokmak.', [
      org('Northern Customs Service'),
      city('Tokmak'),
    ]);
    expect(branch.lines).toContain('Northern Customs Service operatesIn Tokmak');
    const office = await relate('Local officials opened an office of the Green Future Movement in Polohy Raion last week.', [
      org('Green Future Movement'),
      region('Polohy Raion'),
    ]);
    expect(office.lines).toContain('Green Future Movement operatesIn Polohy Raion');
  });

  it('reads no presence where the office is elsewhere or only planned', async () => {
    const away = await relate('The Northern Customs Service branch office moved staff from Tokmak to the capital.', [org('Northern Customs Service'), city('Tokmak')]);
    expect(presence(away.lines)).toEqual([]);
    const plan = await relate('The Northern Customs Service plans to open a branch in Tokmak.', [org('Northern Customs Service'), city('Tokmak')]);
    expect(presence(plan.lines)).toEqual([]);
  });
});
