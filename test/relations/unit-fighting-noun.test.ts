import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, relate, unit } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn')).sort();

describe('a unit whose clause names its fighting at a place by a noun operates there', () => {
  it('reads the noun after another verb and its object', async () => {
    const { lines } = await relate('Fighters of the Falcon Group reportedly flew a captured Freedonian light transport plane in operations in Dolynka last year.', [
      armed('Falcon Group'), demonym('Freedonian', 'FR'), city('Dolynka'),
    ]);
    expect(presence(lines)).toEqual(['Falcon Group operatesIn Dolynka']);
  });

  it('reads "during the fighting near X" after a verb of suffering', async () => {
    const { lines } = await relate('The 12th Rifle Brigade lost most of its armor during the fighting near Dolynka.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(lines)).toContain('12th Rifle Brigade operatesIn Dolynka');
  });

  it('places no unit whose people are only readied or planned for the fight', async () => {
    const expected = await relate('The 12th Rifle Brigade is expected to take a leading role soon in operations in Dolynka.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(expected.lines)).toEqual([]);
    const recruited = await relate('The 12th Rifle Brigade has recruited hundreds of local volunteers for a role in operations in Dolynka.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(recruited.lines)).toEqual([]);
    const planned = await relate('The 12th Rifle Brigade will likely take a role in operations in Dolynka.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(planned.lines)).toEqual([]);
  });

  it('places no unit across another clause', async () => {
    const { lines } = await relate('The 12th Rifle Brigade rested while Freedonian forces continued operations in Dolynka.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(lines)).toEqual([]);
  });
});

describe('a unit acting with a force named by its sides only', () => {
  it('reads "A and some B and C units are operating on …"', async () => {
    const { lines } = await relate('Units of the 8th Army and some Ruritanian and Freedonian units are operating near Dolynka.', [unit('8th Army'), demonym('Ruritanian', 'RU'), demonym('Freedonian', 'FR'), city('Dolynka')]);
    expect(presence(lines)).toEqual(['8th Army operatesIn Dolynka']);
  });
});
