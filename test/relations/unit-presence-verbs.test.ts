import { describe, expect, it } from 'vitest';
import { armed, city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes('operatesIn'));

describe('a unit massing at a place operates there', () => {
  it('places a unit whose elements are amassing near a town', async () => {
    const { lines } = await relate('Observers reported elements of the 8th Rifle Regiment (of the 3rd Rifle Division) amassing east of Dubki on Monday.', [
      unit('8th Rifle Regiment'),
      unit('3rd Rifle Division'),
      city('Dubki'),
    ]);
    expect(lines).toContain('8th Rifle Regiment operatesIn Dubki');
  });

  it('does not place a unit that only plans to mass there', async () => {
    const { lines } = await relate('The 8th Rifle Regiment will likely plan on massing near Dubki.', [unit('8th Rifle Regiment'), city('Dubki')]);
    expect(presence(lines)).toEqual([]);
  });
});

describe('a unit named as one of the units staying in a place', () => {
  it('reads a bracketed "one of the units remaining in X"', async () => {
    const { lines } = await relate('The commander of the 12th Rifle Brigade (one of two Ukrainian units remaining in Dubki) appealed for help.', [
      unit('12th Rifle Brigade'),
      city('Dubki'),
    ]);
    expect(lines).toContain('12th Rifle Brigade operatesIn Dubki');
  });

  it('reads no presence from units sent away from it', async () => {
    const { lines } = await relate('The commander of the 12th Rifle Brigade (one of the units sent away from Dubki) appealed for help.', [
      unit('12th Rifle Brigade'),
      city('Dubki'),
    ]);
    expect(lines).not.toContain('12th Rifle Brigade operatesIn Dubki');
  });
});

describe('an armed group sending its own people to a place', () => {
  it('places the group that deploys forces there, past an aside', async () => {
    const { lines } = await relate('Officials said the Falcon Group is deploying fighters, including senior commanders, to eastern Lakeland.', [
      armed('Falcon Group'),
      city('Lakeland'),
    ]);
    expect(lines).toContain('Falcon Group operatesIn Lakeland');
  });

  it('does not place a group that only intends to deploy them', async () => {
    const { lines } = await relate('Officials said the Falcon Group intends to start deploying forces to Lakeland.', [armed('Falcon Group'), city('Lakeland')]);
    expect(presence(lines)).toEqual([]);
  });
});
