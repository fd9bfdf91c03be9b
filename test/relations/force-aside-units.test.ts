import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn'));

describe('units named in an aside of a force take part in what the force does', () => {
  it('reads "forces, likely elements of X, are conducting …" as the unit there', async () => {
    const { lines } = await relate('Russian forces, likely elements of the 12th Tank Army, are conducting a slow envelopment through Sumy Oblast.', [
      demonym('Russian', 'RU'),
      unit('12th Tank Army'),
      region('Sumy Oblast'),
    ]);
    expect(lines).toContain('12th Tank Army operatesIn Sumy Oblast');
  });

  it('reads a smaller grouping "likely in part from" a unit, through a possessive to its head', async () => {
    const { lines } = await relate('Two rocket batteries, likely in part from the 12th Tank Army\'s 77th Rocket Brigade, deployed to Sumy Oblast.', [
      unit('12th Tank Army'),
      unit('77th Rocket Brigade'),
      region('Sumy Oblast'),
    ]);
    expect(lines).toContain('77th Rocket Brigade operatesIn Sumy Oblast');
    expect(lines).not.toContain('12th Tank Army operatesIn Sumy Oblast');
  });

  it('lets the aside end in a noun of the unit\'s people or in a dash', async () => {
    const people = await relate('Russian troops, including elements of the 9th Motor Rifle Brigade artillery crews, continued to shell Tokmak.', [
      demonym('Russian', 'RU'),
      unit('9th Motor Rifle Brigade'),
      city('Tokmak'),
    ]);
    expect(people.lines).toContain('9th Motor Rifle Brigade operatesIn Tokmak');
    const dash = await relate('Russian forces\u2014including elements of the 9th Motor Rifle Brigade\u2014repelled Ukrainian assaults near Tokmak.', [
      demonym('Russian', 'RU'),
      unit('9th Motor Rifle Brigade'),
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
    ]);
    expect(dash.lines).toContain('9th Motor Rifle Brigade operatesIn Tokmak');
  });

  it('skips a relative clause inside a dash-bounded aside', async () => {
    const { lines } = await relate(
      'Russian forces\u2014including elements of the 9th Motor Rifle Brigade which previously fought near Polohy\u2014repelled Ukrainian assaults near Tokmak.',
      [demonym('Russian', 'RU'), unit('9th Motor Rifle Brigade'), city('Polohy'), demonym('Ukrainian', 'UA'), city('Tokmak')],
    );
    expect(lines).toContain('9th Motor Rifle Brigade operatesIn Tokmak');
    expect(lines).toContain('9th Motor Rifle Brigade operatesIn Polohy');
  });

  it('gives no presence to a unit the force acts on, nor to a force named without an aside', async () => {
    const target = await relate('Russia failed in its aims, including destroying the 3rd Assault Brigade, capturing Tokmak, and holding the coast.', [
      unit('3rd Assault Brigade'),
      city('Tokmak'),
    ]);
    expect(presence(target.lines)).toEqual([]);
    const later = await relate('Russian forces are conducting an envelopment through Sumy Oblast, and the 12th Tank Army is resting.', [
      demonym('Russian', 'RU'),
      region('Sumy Oblast'),
      unit('12th Tank Army'),
    ]);
    expect(presence(later.lines)).toEqual([]);
  });
});
