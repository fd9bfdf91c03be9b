import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes('operatesIn'));

describe('a unit holding off an attack on a place operates there', () => {
  it('places the defenders of a long description of the attacked place', async () => {
    const { lines } = await relate(
      'Video showed fighters of the 9th Rifle Regiment repelling a Ukrainian attack on the southwestern outskirts of Dubki near Lipki.',
      [unit('9th Rifle Regiment'), demonym('Ukrainian', 'UA'), city('Dubki'), city('Lipki')],
    );
    expect(lines).toContain('9th Rifle Regiment operatesIn Dubki');
    expect(lines).toContain('9th Rifle Regiment operatesIn Lipki');
  });

  it('does not place the unit whose attack was repelled, nor a nationality that repelled it', async () => {
    const attacker = await relate('Defenders repelled an assault of the 9th Rifle Regiment on the outskirts of Dubki.', [unit('9th Rifle Regiment'), city('Dubki')]);
    expect(presence(attacker.lines)).toEqual([]);
    const nation = await relate('Russian forces repelled a counterattack on the outskirts of Dubki.', [demonym('Russian', 'RU'), city('Dubki')]);
    expect(presence(nation.lines)).toEqual([]);
  });
});
