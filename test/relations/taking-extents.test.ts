import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit, armed } from './run.js';

const of = (predicate: string) => (lines: string[]) => lines.filter((l) => l.includes(` ${predicate} `));
const captures = of('captured');
const withdrawals = of('withdrewFrom');
const fights = of('foughtAgainst');

describe('ground taken named by its extent (captured-territory)', () => {
  it('reads territory or square kilometers taken in or around a place as a part of it taken', async () => {
    const area = await relate('Belarusian forces seized some territory in the area of Dolynka on Monday.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(area.lines)).toEqual(['Belarusian captured Dolynka']);
    const km = await relate('Ukrainian forces have liberated roughly 400 square kilometers in Dolynka Oblast this week.', [demonym('Ukrainian', 'UA'), region('Dolynka Oblast')]);
    expect(captures(km.lines)).toEqual(['Ukrainian captured Dolynka Oblast']);
  });

  it('gives nothing for territory taken in a direction from a place, or only sought', async () => {
    const west = await relate('Ukrainian forces retook substantial territory west of Dolynka.', [demonym('Ukrainian', 'UA'), city('Dolynka')]);
    expect(captures(west.lines)).toEqual([]);
    const sought = await relate('Belarusian forces attempted to regain lost territory in Dolynka Oblast.', [demonym('Belarusian', 'BY'), region('Dolynka Oblast')]);
    expect(captures(sought.lines)).toEqual([]);
  });
});

describe('a verb of taking in quotation marks (captured-quoted)', () => {
  it('reads an official’s quoted word as the claim of a capture', async () => {
    const { lines } = await relate('The ministry claimed that Belarusian forces “fully liberated” Dolynka on Friday.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
  });

  it('gives nothing for a quoted word that only names the place', async () => {
    const { lines } = await relate('Belarusian officials visited “liberated” Dolynka on Friday.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual([]);
  });
});

describe('a group reporting what its own people did (captured-own-people, withdrew-own-people)', () => {
  it('gives the group the capture or the withdrawal its troops made', async () => {
    const taken = await relate('The 14th Rifle Brigade stated that its troops retook Dolynka.', [unit('14th Rifle Brigade'), city('Dolynka')]);
    expect(captures(taken.lines)).toEqual(['14th Rifle Brigade captured Dolynka']);
    const left = await relate('The Dolynka Battalion reported that its fighters withdrew from Zarichne.', [armed('Dolynka Battalion'), city('Zarichne')]);
    expect(withdrawals(left.lines)).toEqual(['Dolynka Battalion withdrewFrom Zarichne']);
  });

  it('does not give a capture that the people only attempted', async () => {
    const { lines } = await relate('The 14th Rifle Brigade stated that its troops attempted to retake Dolynka.', [unit('14th Rifle Brigade'), city('Dolynka')]);
    expect(captures(lines)).toEqual([]);
  });
});

describe('a withdrawal hedged as under way (withdrew-under-way)', () => {
  it('reads "may be conducting a withdrawal" from a place or from positions near it', async () => {
    const from = await relate('Belarusian forces may be conducting a limited withdrawal from Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(from.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
    const north = await relate('Belarusian forces may be conducting an orderly withdrawal from villages north of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(north.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('takes the subject of the clause, not a party its words pass over', async () => {
    const { lines } = await relate('Belarusian forces blew up two dams to hinder Ukrainian forces and may be conducting a withdrawal from Dolynka.', [
      demonym('Belarusian', 'BY'),
      demonym('Ukrainian', 'UA'),
      city('Dolynka'),
    ]);
    expect(withdrawals(lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('gives nothing for a withdrawal only planned', async () => {
    const { lines } = await relate('Belarusian forces may be planning a withdrawal from Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(lines)).toEqual([]);
  });
});

describe('settlements left, tasks and fights carried over a coordination', () => {
  it('reads settlements around a place left as the place left', async () => {
    const { lines } = await relate('Belarusian forces continued to withdraw from the western villages around Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(withdrawals(lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('gives no capture for one the forces were only tasked with', async () => {
    const { lines } = await relate('Belarusian brigades have been ordered to complete the capture of Dolynka by June 10.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual([]);
  });

  it('gives no capture for one foreseen as a noun: "could lead to a Belarusian capture of X"', async () => {
    const { lines } = await relate('Shortages could lead to a Belarusian capture of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual([]);
  });

  it('reads "… and are engaged in battles with" as the first verb’s subject fighting', async () => {
    const { lines } = await relate('The Dolynka Battalion attempted to advance on Zarichne and is engaged in fierce battles with Ukrainian forces.', [
      armed('Dolynka Battalion'),
      city('Zarichne'),
      demonym('Ukrainian', 'UA'),
    ]);
    expect(fights(lines)).toEqual(['Dolynka Battalion foughtAgainst Ukrainian']);
  });
});

describe('a share in a capture (captured-share)', () => {
  it('reads a party that contributed to a capture or whose involvement in it is named', async () => {
    const helped = await relate('Officials insisted that only Belarusian forces contributed to the capture of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(helped.lines)).toEqual(['Belarusian captured Dolynka']);
    const role = await relate('The ministry tried to downplay the Dolynka Battalion’s involvement in the capture of Zarichne.', [armed('Dolynka Battalion'), city('Zarichne')]);
    expect(captures(role.lines)).toEqual(['Dolynka Battalion captured Zarichne']);
  });

  it('gives nothing for a capture one is only on the verge of or poised for', async () => {
    const verge = await relate('Belarusian forces are likely on the verge of seizing Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(verge.lines)).toEqual([]);
    const poised = await relate('Belarusian forces appear poised to capture Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(poised.lines)).toEqual([]);
  });
});

describe('shares of a place and its port', () => {
  it('reads control established over a percentage of a place', async () => {
    const { lines } = await relate('A blogger claimed that Belarusian troops have established control of 90% of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
  });

  it('reads "the port of X" taken as a part of X taken', async () => {
    const { lines } = await relate('Belarusian forces likely captured the port of Dolynka on Monday.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
  });

  it('reads control consolidated after a coordination, as control taken is', async () => {
    const { lines } = await relate('Belarusian forces continued attacks near Zarichne and consolidated control of Dolynka.', [demonym('Belarusian', 'BY'), city('Zarichne'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
  });
});
