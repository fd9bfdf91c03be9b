import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, relate } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes('withdrewFrom'));
const captures = (lines: string[]) => lines.filter((l) => l.includes('captured'));

describe('a withdrawal of something named between the verb and "from"', () => {
  it('reads a longer thing withdrawn: a weapon system, several groups', async () => {
    const system = await relate('Belarus withdrew an S-400 air defense system from Orikhiv last month.', [country('Belarus', 'BY'), city('Orikhiv')]);
    expect(withdrawals(system.lines)).toEqual(['Belarus withdrewFrom Orikhiv']);
    const groups = await relate('Belarusian forces withdrew several battalion tactical groups from Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(withdrawals(groups.lines)).toEqual(['Belarusian withdrewFrom Orikhiv']);
  });

  it('does not read the "of" of a place left as the place named after it', async () => {
    const { lines } = await relate('Belarusian forces retreated from a small settlement west of Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(withdrawals(lines)).toEqual([]);
  });

  it('reads strongholds and trenches left near a place, as positions are', async () => {
    const { lines } = await relate('Belarusian forces withdrew from strongholds southwest of Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(withdrawals(lines)).toEqual(['Belarusian withdrewFrom Orikhiv']);
  });
});

describe('an event that appears to have happened', () => {
  it('reads "appear to have captured" as a hedged event', async () => {
    const taken = await relate('Belarusian forces appear to have captured Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(captures(taken.lines)).toEqual(['Belarusian captured Orikhiv']);
  });

  it('still reads no capture from an attempt that appears to have been made', async () => {
    const { lines } = await relate('Belarusian forces appear to have attempted to capture Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(captures(lines)).toEqual([]);
  });
});

describe('more ways of leaving a place', () => {
  it('reads things and people withdrawn together, and positions left', async () => {
    const things = await relate('Belarusian forces are withdrawing equipment and personnel from Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(withdrawals(things.lines)).toEqual(['Belarusian withdrewFrom Orikhiv']);
    const left = await relate('Belarusian troops left their positions in Orikhiv overnight.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(withdrawals(left.lines)).toEqual(['Belarusian withdrewFrom Orikhiv']);
  });

  it('reads a place abandoned in a passive, not one that may be or will not be', async () => {
    const done = await relate('Orikhiv was abandoned by Belarusian troops on May 3.', [city('Orikhiv'), demonym('Belarusian', 'BY')]);
    expect(withdrawals(done.lines)).toEqual(['Belarusian withdrewFrom Orikhiv']);
    const reduced = await relate('Orikhiv, abandoned by Belarusian troops in May, lies in ruins.', [city('Orikhiv'), demonym('Belarusian', 'BY')]);
    expect(withdrawals(reduced.lines)).toEqual(['Belarusian withdrewFrom Orikhiv']);
    for (const text of ['Orikhiv may be abandoned by Belarusian troops soon.', 'Orikhiv will not be abandoned by Belarusian troops.']) {
      const { lines } = await relate(text, [city('Orikhiv'), demonym('Belarusian', 'BY')]);
      expect(withdrawals(lines)).toEqual([]);
    }
  });
});

describe('the words between a verb of leaving and "from"', () => {
  it('reads a part of the place left ("withdrawing from parts of X")', async () => {
    const { lines } = await relate('Officials claimed that Belarusian troops are withdrawing from parts of Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(withdrawals(lines)).toEqual(['Belarusian withdrewFrom Orikhiv']);
  });

  it('reads no withdrawal across a clause that only may include it', async () => {
    const { lines } = await relate('Belarusian troops are conducting a phased withdrawal that may include pulling back from Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(withdrawals(lines)).toEqual([]);
  });
});
