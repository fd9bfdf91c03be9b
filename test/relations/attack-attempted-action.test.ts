import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const freedonian = demonym('Freedonian', 'FD');
const sylvanian = demonym('Sylvanian', 'SY');

describe('an attempted ground action at a place attacks it (rules/attack-attempts.ts attacked-attempted-action)', () => {
  it('reads attempts to push on, move toward, enter, pin forces in, and gain a foothold in a place', async () => {
    const push = await relate('Freedonian troops attempted to push on Ostrova and Belka.', [freedonian, city('Ostrova'), city('Belka')]);
    expect(push.lines).toEqual(expect.arrayContaining(['Freedonian attacked Ostrova', 'Freedonian attacked Belka']));
    const move = await relate('Freedonian troops attempt to move south toward Ostrova.', [freedonian, city('Ostrova')]);
    expect(move.lines).toContain('Freedonian attacked Ostrova');
    const enter = await relate('Freedonian forces are trying to enter Ostrova.', [freedonian, city('Ostrova')]);
    expect(enter.lines).toContain('Freedonian attacked Ostrova');
    const pin = await relate('Freedonian forces unsuccessfully attempted to pin Sylvanian forces in Ostrova.', [freedonian, sylvanian, city('Ostrova')]);
    expect(pin.lines).toContain('Freedonian attacked Ostrova');
    expect(pin.lines).not.toContain('Sylvanian attacked Ostrova');
    const foothold = await relate('Three Freedonian battalions were still trying to establish a foothold in the areas of Ostrova, Belka, and Dubno.', [
      freedonian,
      city('Ostrova'),
      city('Belka'),
      city('Dubno'),
    ]);
    expect(foothold.lines).toEqual(expect.arrayContaining(['Freedonian attacked Ostrova', 'Freedonian attacked Belka', 'Freedonian attacked Dubno']));
  });

  it('reads the attempt as its actor\'s second verb (attacked-attempted-action-and)', async () => {
    const { lines } = await relate('Freedonian forces shelled Belka and unsuccessfully attempted to pin Sylvanian forces in Ostrova.', [
      freedonian,
      city('Belka'),
      sylvanian,
      city('Ostrova'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Freedonian attacked Belka', 'Freedonian attacked Ostrova']));
  });

  it('reads an attempted advance from one place toward another as the second verb, not a plain one', async () => {
    const tried = await relate('Freedonian fighters advanced north of Belka and attempted to advance from that village towards Ostrova.', [
      freedonian,
      city('Belka'),
      city('Ostrova'),
    ]);
    expect(tried.lines).toContain('Freedonian attacked Ostrova');
    const plain = await relate('Freedonian fighters shelled Belka and advanced from Dubno to Ostrova.', [freedonian, city('Belka'), city('Dubno'), city('Ostrova')]);
    expect(plain.lines).not.toContain('Freedonian attacked Ostrova');
  });

  it('reads no planned or forecast attempt, no mere move, no crossing and no "efforts to push"', async () => {
    const forecast = await relate('Freedonian forces will likely attempt to push on Ostrova.', [freedonian, city('Ostrova')]);
    expect(forecast.lines).not.toContain('Freedonian attacked Ostrova');
    const moved = await relate('Freedonian troops moved south toward Ostrova.', [freedonian, city('Ostrova')]);
    expect(moved.lines).not.toContain('Freedonian attacked Ostrova');
    const crossing = await relate('Freedonian forces attempted to cross the river near Ostrova.', [freedonian, city('Ostrova')]);
    expect(crossing.lines).not.toContain('Freedonian attacked Ostrova');
    const efforts = await relate('Freedonian forces continued efforts to push north toward Ostrova.', [freedonian, city('Ostrova')]);
    expect(efforts.lines).not.toContain('Freedonian attacked Ostrova');
  });

  it('gives a named unit the attack and its presence', async () => {
    const { lines } = await relate('The 5th Brigade is trying to enter Ostrova.', [unit('5th Brigade'), city('Ostrova')]);
    expect(lines).toContain('5th Brigade attacked Ostrova');
  });
});
