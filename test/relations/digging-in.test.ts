import { describe, expect, it } from 'vitest';
import { armed, city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes('operatesIn'));

describe('a unit digging in or breaking through at a place operates there', () => {
  it('places a unit establishing defensive positions on a river bank', async () => {
    const { lines } = await relate('Footage showed elements of the 4th Rifle Corps establishing fortified positions on the eastern (left) bank of the Azure River.', [
      unit('4th Rifle Corps'),
      city('Azure River'),
    ]);
    expect(lines).toContain('4th Rifle Corps operatesIn Azure River');
  });

  it('places a group that attempted to break through defenses in a direction', async () => {
    const { lines } = await relate('Falcon Group forces attempted to break through enemy defenses in the Dubki direction.', [armed('Falcon Group'), city('Dubki')]);
    expect(lines).toContain('Falcon Group operatesIn Dubki');
  });

  it('does not place a unit that only plans positions, nor one that builds something other than positions', async () => {
    const plan = await relate('The 4th Rifle Corps will likely be ordered to establish defensive positions near Dubki.', [unit('4th Rifle Corps'), city('Dubki')]);
    expect(presence(plan.lines)).toEqual([]);
    const other = await relate('Engineers of the 4th Rifle Corps are building a school near Dubki.', [unit('4th Rifle Corps'), city('Dubki')]);
    expect(presence(other.lines)).toEqual([]);
  });
});
