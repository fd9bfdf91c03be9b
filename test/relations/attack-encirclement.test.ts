import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/** Branch rec12: an encirclement made by an actor is an attack on its place (rules/attack-encirclement.ts). */
describe('attacks: an encirclement or an envelopment of a place', () => {
  it('reads a force carrying on or completing an encirclement, and a nationality owning the noun', async () => {
    const carried = await relate('Freedonian troops continued their encirclement of Tarnok on Monday.', [demonym('Freedonian', 'FD'), city('Tarnok')]);
    expect(attacks(carried.lines)).toEqual(['Freedonian attacked Tarnok']);
    const completed = await relate('The 14th Brigade has reportedly nearly completed the envelopment of the Sylvanian garrison in the Orbino area.', [
      unit('14th Brigade'),
      demonym('Sylvanian', 'SY'),
      city('Orbino'),
    ]);
    expect(attacks(completed.lines)).toEqual(['14th Brigade attacked Orbino']);
    const nominal = await relate('The Freedonian encirclement of Tarnok drags on, and food is scarce.', [demonym('Freedonian', 'FD'), city('Tarnok')]);
    expect(attacks(nominal.lines)).toEqual(['Freedonian attacked Tarnok']);
  });

  it('reads no attack from an encirclement broken, undermined, foreseen, or besieged forces taken for the actor', async () => {
    const broken = await relate('Freedonian forces broke the encirclement of Tarnok on Monday.', [demonym('Freedonian', 'FD'), city('Tarnok')]);
    expect(attacks(broken.lines)).toEqual([]);
    const undermined = await relate('Freedonian forces blew up a bridge, undermining Sylvanian efforts to complete the encirclement of Tarnok.', [
      demonym('Freedonian', 'FD'),
      demonym('Sylvanian', 'SY'),
      city('Tarnok'),
    ]);
    expect(attacks(undermined.lines)).not.toContain('Freedonian attacked Tarnok');
    const foreseen = await relate('The shortage could speed a Sylvanian encirclement of Tarnok.', [demonym('Sylvanian', 'SY'), city('Tarnok')]);
    expect(attacks(foreseen.lines)).toEqual([]);
    const besieged = await relate('Sylvanian commanders hope to cut off Freedonian defenders in Tarnok from their supply routes to complete the encirclement of Orbino.', [
      demonym('Sylvanian', 'SY'),
      demonym('Freedonian', 'FD'),
      city('Tarnok'),
      city('Orbino'),
    ]);
    expect(attacks(besieged.lines)).not.toContain('Freedonian attacked Orbino');
  });
});

describe('attacks: the other forms of "bombard" and "besiege"', () => {
  it('reads "continued to bombard X" and "to besiege X"', async () => {
    const { lines } = await relate('Freedonian artillery continued to bombard Tarnok and besiege Orbino.', [demonym('Freedonian', 'FD'), city('Tarnok'), city('Orbino')]);
    expect(attacks(lines)).toEqual(['Freedonian attacked Orbino', 'Freedonian attacked Tarnok']);
  });

  it('reads no bombardment only planned', async () => {
    const { lines } = await relate('Freedonian forces will likely bombard Tarnok next week.', [demonym('Freedonian', 'FD'), city('Tarnok')]);
    expect(attacks(lines)).toEqual([]);
  });
});
