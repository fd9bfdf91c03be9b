import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

describe('a unit engaging the enemy, going on trying, or preparing positions at a place', () => {
  it('places a unit "engaging" forces near a place', async () => {
    const { lines } = await relate('Elements of the 9th Rifle Brigade are reportedly engaging Lithuanian forces near Dolynka.', [unit('9th Rifle Brigade'), city('Dolynka')]);
    expect(presence(lines)).toEqual(['9th Rifle Brigade operatesIn Dolynka']);
  });

  it('places a unit "continuing to attempt to push through positions on the outskirts of X"', async () => {
    const { lines } = await relate('The 9th Rifle Brigade is continuing to attempt to push through defensive positions on the outskirts of Dolynka.', [unit('9th Rifle Brigade'), city('Dolynka')]);
    expect(presence(lines)).toEqual(['9th Rifle Brigade operatesIn Dolynka']);
  });

  it('places a unit preparing defensive positions near a place, not one that will', async () => {
    const yes = await relate('Elements of the 9th Rifle Brigade are preparing defensive positions near Dolynka.', [unit('9th Rifle Brigade'), city('Dolynka')]);
    expect(presence(yes.lines)).toEqual(['9th Rifle Brigade operatesIn Dolynka']);
    const no = await relate('The 9th Rifle Brigade will likely attempt to push through defensive positions near Dolynka.', [unit('9th Rifle Brigade'), city('Dolynka')]);
    expect(presence(no.lines)).toEqual([]);
  });

  it('takes no town named before for "the city administration building" (a compound, no reference back)', async () => {
    const { lines } = await relate('Shelling hit Verba last week. Footage shows the 9th Rifle Brigade fighting near the city administration building in central Dolynka.', [city('Verba'), unit('9th Rifle Brigade'), city('Dolynka')]);
    expect(presence(lines)).not.toContain('9th Rifle Brigade operatesIn Verba');
  });

  it('still takes the town named before for "the city hospital" (a target in it)', async () => {
    const { lines } = await relate('Verba came under fire again. The 9th Rifle Brigade shelled the city hospital on Monday.', [city('Verba'), unit('9th Rifle Brigade')]);
    expect(lines).toContain('9th Rifle Brigade attacked Verba');
  });
});
