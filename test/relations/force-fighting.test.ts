import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes('foughtAgainst'));

describe('fighting between forces named by nationality', () => {
  it('reads losses inflicted on the other side\'s forces, the verb in quotes too', async () => {
    const quoted = await relate('The ministry claimed Belarusian forces are “eliminating” the remaining Ukrainian troops north of Orikhiv.', [
      demonym('Belarusian', 'BY'),
      demonym('Ukrainian', 'UA'),
      city('Orikhiv'),
    ]);
    expect(fights(quoted.lines)).toEqual(['Belarusian foughtAgainst Ukrainian']);
    const losses = await relate('Officials said that Ukrainian forces inflicted heavy casualties on Chechen units near Orikhiv.', [
      demonym('Ukrainian', 'UA'),
      demonym('Chechen', 'RU-CE'),
      city('Orikhiv'),
    ]);
    expect(fights(losses.lines)).toEqual(['Ukrainian foughtAgainst Chechen']);
    const counted = await relate('Ukrainian forces have destroyed 14 Russian BTGs since May.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU')]);
    expect(fights(counted.lines)).toEqual(['Ukrainian foughtAgainst Russian']);
  });

  it('reads the kind of the side\'s group before its noun, and no fight with a side defeated as it attempted an attack', async () => {
    const kind = await relate('The ministry claimed that Belarusian forces destroyed three Ukrainian sabotage and reconnaissance groups near Orikhiv.', [
      demonym('Belarusian', 'BY'),
      demonym('Ukrainian', 'UA'),
      city('Orikhiv'),
    ]);
    expect(fights(kind.lines)).toEqual(['Belarusian foughtAgainst Ukrainian']);
    const repelled = await relate('Belarusian troops defeated two Ukrainian battalion tactical groups that attempted to attack Orikhiv.', [
      demonym('Belarusian', 'BY'),
      demonym('Ukrainian', 'UA'),
      city('Orikhiv'),
    ]);
    expect(fights(repelled.lines)).toEqual([]);
    const named = await relate('Ukrainian artillery defeated elements of the 12th Tank Brigade that attempted the assault on Orikhiv.', [
      demonym('Ukrainian', 'UA'),
      unit('12th Tank Brigade'),
      city('Orikhiv'),
    ]);
    expect(fights(named.lines)).toEqual(['Ukrainian foughtAgainst 12th Tank Brigade']);
  });

  it('reads losses inflicted on a named unit or on a part of one', async () => {
    const part = await relate('Ukrainian artillery inflicted severe losses on a battalion of the 12th Tank Brigade near Orikhiv.', [
      demonym('Ukrainian', 'UA'),
      unit('12th Tank Brigade'),
      city('Orikhiv'),
    ]);
    expect(fights(part.lines)).toEqual(['Ukrainian foughtAgainst 12th Tank Brigade']);
    const none = await relate('Ukrainian artillery inflicted severe damage on a depot of the 12th Tank Brigade near Orikhiv.', [
      demonym('Ukrainian', 'UA'),
      unit('12th Tank Brigade'),
      city('Orikhiv'),
    ]);
    expect(fights(none.lines)).toEqual([]);
  });

  it('reads fighting whose purpose is to press the other side, the actors a list of units too', async () => {
    const units = await relate('Officials said that elements of the 12th Tank Brigade and 3rd Army Corps are fighting hard to stop Ukrainian troops from crossing the river.', [
      unit('12th Tank Brigade'),
      unit('3rd Army Corps'),
      demonym('Ukrainian', 'UA'),
    ]);
    expect(fights(units.lines).sort()).toEqual(['12th Tank Brigade foughtAgainst Ukrainian', '3rd Army Corps foughtAgainst Ukrainian']);
    const noun = await relate('The Ukrainian counteroffensive continued to drive Russian forces from the northern districts of Orikhiv.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Orikhiv'),
    ]);
    expect(fights(noun.lines)).toEqual(['Ukrainian foughtAgainst Russian']);
  });

  it('reads no fight from pressing without fighting, or from a fight only planned', async () => {
    const pressing = await relate('Ukrainian counterattacks pushed Russian forces back toward Orikhiv.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Orikhiv')]);
    expect(fights(pressing.lines)).toEqual([]);
    const plan = await relate('Russian forces will likely fight to stop Ukrainian troops near Orikhiv.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')]);
    expect(fights(plan.lines)).toEqual([]);
  });

  it('reads two sides exchanging fire, with words between the forces and the verb', async () => {
    const { lines } = await relate('Ukrainian and Russian troops in the forest reportedly exchange sniper fire every night.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU')]);
    expect(fights(lines)).toEqual(['Ukrainian foughtAgainst Russian']);
  });

  it('reads no fight from two sides trading prisoners, bodies or accusations, nor from destroying a way of the other side', async () => {
    const M = [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Orikhiv')];
    for (const text of [
      'Ukrainian and Russian forces exchanged 20 prisoners of war near Orikhiv.',
      'Ukrainian and Russian forces traded accusations of shelling Orikhiv.',
      'Ukrainian and Russian forces took part in another prisoner exchange near Orikhiv.',
    ]) {
      const { lines } = await relate(text, M);
      expect(fights(lines)).toEqual([]);
    }
    const ways = await relate('Russian forces are destroying ways for Ukrainian forces to reach Orikhiv.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')]);
    expect(fights(ways.lines)).toEqual([]);
    const chance = await relate('The lull gives Ukraine the chance to restart its counteroffensives to push Russian forces from Orikhiv.', [
      country('Ukraine', 'UA'),
      demonym('Russian', 'RU'),
      city('Orikhiv'),
    ]);
    expect(fights(chance.lines)).toEqual([]);
  });

  it('reads a rout named by the possessive', async () => {
    const { lines } = await relate('Georgia’s rout of Russian forces near Gori was swift.', [country('Georgia', 'GE'), demonym('Russian', 'RU'), city('Gori')]);
    expect(fights(lines)).toEqual(['Georgia foughtAgainst Russian']);
  });

  it('reads no fight from sources, allies, attempts, plans or things destroyed', async () => {
    const sources = await relate('Both Ukrainian and Russian sources reported fighting near Orikhiv.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Orikhiv')]);
    expect(fights(sources.lines)).toEqual([]);
    const attempt = await relate('Russian forces are attempting to eliminate Ukrainian forces near Orikhiv.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')]);
    expect(fights(attempt.lines)).toEqual([]);
    const plan = await relate('Russian forces will likely try to destroy Ukrainian units near Orikhiv.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Orikhiv')]);
    expect(fights(plan.lines)).toEqual([]);
    const things = await relate('Ukrainian forces destroyed several Russian tanks and positions near Orikhiv.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Orikhiv')]);
    expect(fights(things.lines)).toEqual([]);
    const forecast = await relate('A breach would probably lead to a Ukrainian rout of Russian troops.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU')]);
    expect(fights(forecast.lines)).toEqual([]);
  });

  it('reads a volunteer fighting with a side as on that side', async () => {
    const { lines } = await relate('A Georgian volunteer fighting with Ukrainian forces said his unit held Orikhiv.', [demonym('Georgian', 'GE'), demonym('Ukrainian', 'UA'), city('Orikhiv')]);
    expect(fights(lines)).toEqual([]);
  });
});
