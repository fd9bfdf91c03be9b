import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const fd = demonym('Freedonian', 'FD');
const sy = demonym('Sylvanian', 'SY');
const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/**
 * Branch rec19 (issue 13): an attempt to take what stands at a place (its positions, a river bank in it, settlements
 * beside it) attacks the place, as the attack verbs read their targets (rules/events.ts attacked-place).
 */
describe('an attempt to take a target at a place', () => {
  it('reads positions, a bank and a breakthrough at the place', async () => {
    const positions = await relate('Freedonian forces attempted to seize Sylvanian positions in Ostrova on May 3.', [fd, sy, city('Ostrova')]);
    expect(attacks(positions.lines)).toEqual(['Freedonian attacked Ostrova']);
    const bank = await relate('Freedonian troops kept trying to secure a bank of the river in Belka.', [fd, city('Belka')]);
    expect(attacks(bank.lines)).toEqual(['Freedonian attacked Belka']);
    const through = await relate('Freedonian units continued to attempt to push through Sylvanian defensive positions on the outskirts of Dubno.', [fd, sy, city('Dubno')]);
    expect(attacks(through.lines)).toEqual(['Freedonian attacked Dubno']);
  });

  it('reads settlements placed by a bearing of the place', async () => {
    const { lines } = await relate('Freedonian forces unsuccessfully attempted to seize settlements north of Ostrova on May 3.', [fd, city('Ostrova')]);
    expect(attacks(lines)).toEqual(['Freedonian attacked Ostrova']);
  });

  it('not a plain push toward a place, nor efforts, nor a place past "and" or a plan', async () => {
    const push = await relate('Freedonian forces continued efforts to push north toward Ostrova along the river.', [fd, city('Ostrova')]);
    expect(attacks(push.lines)).toEqual([]);
    const and = await relate('Freedonian forces are attempting to secure roads on a bank and withdrawing deeper into Belka.', [fd, city('Belka')]);
    expect(attacks(and.lines)).toEqual([]);
    // "Efforts to …" is open in the guidelines (golds 0 of 2): only an attempt word reads through what is taken.
    const efforts = await relate('Freedonian troops kept up their efforts to take villages north of Ostrova.', [fd, city('Ostrova')]);
    expect(attacks(efforts.lines)).toEqual([]);
    const plan = await relate('Freedonian forces are attempting to seize the initiative while preparing for offensive operations near Dubno.', [fd, city('Dubno')]);
    expect(attacks(plan.lines)).toEqual([]);
  });
});

/** Branch rec19: strikes as the actor are no fighting between the sides (annotation guidelines, rules/force-fighting.ts). */
describe('strikes killing a side\'s personnel', () => {
  it('give no foughtAgainst, forces killing them do', async () => {
    const strikes = await relate('Freedonian strikes killed 40 Sylvanian personnel near Ostrova.', [fd, sy, city('Ostrova')]);
    expect(strikes.lines.filter((l) => l.includes('foughtAgainst'))).toEqual([]);
    const forces = await relate('Freedonian forces killed 40 Sylvanian personnel near Ostrova.', [fd, sy, city('Ostrova')]);
    expect(forces.lines.filter((l) => l.includes('foughtAgainst'))).toEqual(['Freedonian foughtAgainst Sylvanian']);
  });
});
