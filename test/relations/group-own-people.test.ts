import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, org, relate, site, unit } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn'));

describe('a group reporting on its own people places itself', () => {
  it('reads "X stated that its personnel are operating in A and B"', async () => {
    const { lines } = await relate('The Border Service of Moldova stated that its personnel are operating in Tokmak and Polohy.', [
      org('Border Service of Moldova'),
      city('Tokmak'),
      city('Polohy'),
    ]);
    expect(lines).toContain('Border Service of Moldova operatesIn Tokmak');
    expect(lines).toContain('Border Service of Moldova operatesIn Polohy');
  });

  it('reads nothing when "its" follows a clause of someone else or the people only plan to act', async () => {
    const other = await relate('The 9th Brigade said that the city council and its employees are working in Tokmak.', [unit('9th Brigade'), city('Tokmak')]);
    expect(presence(other.lines)).toEqual([]);
    const plan = await relate('The 9th Brigade stated that its troops will attack Tokmak.', [unit('9th Brigade'), city('Tokmak')]);
    expect(presence(plan.lines)).toEqual([]);
  });
});

describe('more words of presence', () => {
  it('places a unit whose post was hit "during a strike on X", with a nationality before the unit', async () => {
    const { lines } = await relate('Ukrainian forces destroyed the headquarters of the Russian 9th Brigade during a strike on Tokmak.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      unit('9th Brigade'),
      city('Tokmak'),
    ]);
    expect(lines).toContain('9th Brigade operatesIn Tokmak');
  });

  it('reads one fighter of an armed organization at a site, and units involved in operations around a town', async () => {
    const fighter = await relate('New footage shows one Wagner Group fighter at the Polohy Grain Terminal.', [armed('Wagner Group'), site('Polohy Grain Terminal')]);
    expect(fighter.lines).toContain('Wagner Group operatesIn Polohy Grain Terminal');
    const involved = await relate('Elements of the 9th Brigade are involved in operations around Tokmak.', [unit('9th Brigade'), city('Tokmak')]);
    expect(involved.lines).toContain('9th Brigade operatesIn Tokmak');
  });
});

describe('a unit\'s grounds', () => {
  it('places a unit at its training ground or firing range, not a unit merely named near one', async () => {
    const ground = await relate('Equipment is gathering at the 9th Tank Army training ground in Tokmak.', [unit('9th Tank Army'), city('Tokmak')]);
    expect(ground.lines).toContain('9th Tank Army operatesIn Tokmak');
    const other = await relate('The 9th Tank Army praised the training of recruits in Tokmak.', [unit('9th Tank Army'), city('Tokmak')]);
    expect(presence(other.lines)).toEqual([]);
  });
});
