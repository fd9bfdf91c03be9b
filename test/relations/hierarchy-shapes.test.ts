import { describe, expect, it } from 'vitest';
import { echelonAllows, echelonOf } from '../../src/relations/echelon.js';
import { country, demonym } from './annotate.js';
import { city, org, person, region, relate, unit } from './run.js';

const partOf = (lines: string[]) => lines.filter((l) => l.includes(' partOf ')).sort();

describe('partOf over a closed list: "A, B, and C of the Y"', () => {
  it('gives the complement after the last conjunct to each formation of the list', async () => {
    const list = await relate('Elements of the 71st, 72nd, and 73rd Rifle Regiments of the 9th Rifle Division crossed the river.', [
      unit('71st'),
      unit('72nd'),
      unit('73rd Rifle Regiments'),
      unit('9th Rifle Division'),
    ]);
    expect(partOf(list.lines)).toEqual(['71st partOf 9th Rifle Division', '72nd partOf 9th Rifle Division', '73rd Rifle Regiments partOf 9th Rifle Division']);
  });

  it('keeps a conjunct with its own complement, and the list before it, out', async () => {
    const own = await relate('The 4th Tank Army, 12th Army of the Northern District, and 15th and 16th Armies of the Southern District attacked.', [
      unit('4th Tank Army'),
      unit('12th Army'),
      unit('Northern District'),
      unit('15th'),
      unit('16th Armies'),
      unit('Southern District'),
    ]);
    expect(partOf(own.lines)).toEqual(['12th Army partOf Northern District', '15th partOf Southern District', '16th Armies partOf Southern District']);
    // After a bare comma the complement is the last name's own: "A, B of the Y" says nothing of A.
    const open = await relate('The 4th Tank Army, 12th Army of the Northern District attacked.', [unit('4th Tank Army'), unit('12th Army'), unit('Northern District')]);
    expect(partOf(open.lines)).toEqual(['12th Army partOf Northern District']);
  });
});

describe('partOf keeps the order of echelons', () => {
  it('reads an echelon from the head word of a name', () => {
    expect(echelonOf('20th Guards Combined Arms Army')).toBe(echelonOf('1st Army Corps'));
    expect(echelonOf('Southern Military District')).toBeGreaterThan(echelonOf('58th CAA')!);
    expect(echelonOf('Wagner Group')).toBeUndefined();
    expect(echelonAllows('3rd Battalion', '14th Brigade')).toBe(true);
    expect(echelonAllows('15th Regiment', '27th Motor Rifle Brigade')).toBe(true);
    expect(echelonAllows('Eastern Military District', 'Western Military District')).toBe(false);
    expect(echelonAllows('Kaskad', 'BARS')).toBe(true);
  });

  it('does not make a formation part of one of its own level or below', async () => {
    const peers = await relate('Reserves came from the Northern and Southern Military Districts (NMD and SMD).', [
      unit('Northern'),
      unit('Southern Military Districts'),
      unit('NMD'),
      unit('SMD'),
    ]);
    expect(partOf(peers.lines)).toEqual([]);
    const mixed = await relate('Elements of the 12th Army and 15th Brigade of the 16th Army attacked.', [unit('12th Army'), unit('15th Brigade'), unit('16th Army')]);
    expect(partOf(mixed.lines)).toEqual(['15th Brigade partOf 16th Army']);
  });
});

describe('locatedIn: a bearing between the place and the wider one', () => {
  it('reads "X, northern Y" as X in Y', async () => {
    const bearing = await relate('Drones struck a depot in Soroca, northern Moldova, overnight.', [city('Soroca'), country('Moldova', 'MD')]);
    expect(bearing.lines).toEqual(['Soroca locatedIn Moldova']);
    const oblast = await relate('Shelling hit Tokmak, southern Zaporizhzhia Oblast, at dawn.', [city('Tokmak'), region('Zaporizhzhia Oblast')]);
    expect(oblast.lines).toEqual(['Tokmak locatedIn Zaporizhzhia Oblast']);
    const republic = await relate('Volunteers gathered in Cheboksary, Republic of Chuvashia, on Monday.', [city('Cheboksary'), region('Chuvashia')]);
    expect(republic.lines).toEqual(['Cheboksary locatedIn Chuvashia']);
  });

  it('does not read a bearing list of regions as containment', async () => {
    const regions = await relate('Shelling hit Transnistria, northern Gagauzia, and Bessarabia.', [region('Transnistria'), region('Gagauzia'), region('Bessarabia')]);
    expect(regions.lines.filter((l) => l.includes('locatedIn'))).toEqual([]);
  });
});

describe('offices: a bracketed acronym after the title or the possessive, a speaker, an activist', () => {
  it('reads "Y Head (YR) X" and "Y\'s (YR) Deputy Minister X"', async () => {
    const head = await relate('The Gagauz Autonomous Republic Head (GAR) Ion Rusu signed the decree.', [
      region('Gagauz Autonomous Republic'),
      region('GAR'),
      person('Ion Rusu'),
    ]);
    expect(head.lines).toEqual(['Ion Rusu leaderOf Gagauz Autonomous Republic']);
    const possessive = await relate('The Gagauz Autonomous Republic’s (GAR) Deputy Interior Minister Ion Rusu signed the decree.', [
      region('Gagauz Autonomous Republic'),
      region('GAR'),
      person('Ion Rusu', 'Deputy Interior Minister'),
    ]);
    expect(possessive.lines).toEqual(['Ion Rusu memberOf Gagauz Autonomous Republic']);
  });

  it('reads "the head of Y\'s occupation administration, X" as the place\'s office', async () => {
    const head = await relate('The Russian-backed head of Bender’s civil-military administration, Ion Rusu, fled.', [city('Bender'), person('Ion Rusu')]);
    expect(head.lines).toEqual(['Ion Rusu leaderOf Bender']);
    const member = await relate('A member of the Gagauzia occupation administration, Ion Rusu, fled.', [region('Gagauzia'), person('Ion Rusu')]);
    expect(member.lines).toEqual(['Ion Rusu memberOf Gagauzia']);
    // Without an administration's words the possessive names a body of the place, not the place's office.
    const body = await relate('The Chief of Moldova’s Border Police, Ion Rusu, fled.', [country('Moldova', 'MD'), person('Ion Rusu')]);
    expect(body.lines).toEqual([]);
  });

  it('reads "Y occupation government head X"', async () => {
    const government = await relate('The Bender occupation government head Ion Rusu signed the decree.', [city('Bender'), person('Ion Rusu', 'head')]);
    expect(government.lines).toEqual(['Ion Rusu leaderOf Bender']);
    const official = await relate('The Gagauzia occupation administration official Ion Rusu spoke.', [region('Gagauzia'), person('Ion Rusu')]);
    expect(official.lines).toEqual(['Ion Rusu memberOf Gagauzia']);
  });

  it('makes a speaker the head of a parliament and a member of a country; an activist a member of a party only', async () => {
    const parliament = await relate('Sejm Speaker Ewa Nowak opened the session.', [org('Sejm'), person('Ewa Nowak', 'Speaker')]);
    expect(parliament.lines).toEqual(['Ewa Nowak leaderOf Sejm']);
    const nation = await relate('Polish Speaker Ewa Nowak opened the session.', [demonym('Polish', 'PL'), person('Ewa Nowak', 'Speaker')]);
    expect(nation.lines).toEqual(['Ewa Nowak memberOf Polish']);
    const party = await relate('Green Party activist Ewa Nowak was detained.', [org('Green Party'), person('Ewa Nowak', 'activist')]);
    expect(party.lines).toEqual(['Ewa Nowak memberOf Green Party']);
    const calling = await relate('Polish activist Ewa Nowak was detained.', [demonym('Polish', 'PL'), person('Ewa Nowak', 'activist')]);
    expect(calling.lines).toEqual([]);
  });

  it('reads "Head of the Y in Z X" without a comma before the name', async () => {
    const mission = await relate('Head of the OSCE Monitoring Mission in Moldova Anna Berg spoke.', [org('OSCE Monitoring Mission'), country('Moldova', 'MD'), person('Anna Berg')]);
    expect(mission.lines).toContain('Anna Berg leaderOf OSCE Monitoring Mission');
  });
});

describe('a minister heads the ministry of their field named in the sentence', () => {
  const minister = (text: string, role: string, country: string) => ({ text, type: 'Person' as const, ref: `test:${text}`, country, role });
  const ministry = (text: string, country: string, nth = 0) => ({ text, type: 'Organization' as const, ref: `test:${text}`, country, nth });

  it('reads leaderOf for the minister and memberOf for a deputy, wherever the ministry stands', async () => {
    const head = await relate('The Moldovan Ministry of Defence said that Defense Minister Ion Rusu toured the border.', [
      ministry('Moldovan Ministry of Defence', 'MD'),
      minister('Ion Rusu', 'Defense Minister', 'MD'),
    ]);
    expect(head.lines).toContain('Ion Rusu leaderOf Moldovan Ministry of Defence');
    const deputy = await relate('Deputy Moldovan Minister of Foreign Affairs Ana Lungu said the Moldovan Foreign Ministry would answer.', [
      minister('Ana Lungu', 'Minister of Foreign Affairs', 'MD'),
      ministry('Moldovan Foreign Ministry', 'MD'),
    ]);
    expect(deputy.lines).toContain('Ana Lungu memberOf Moldovan Foreign Ministry');
  });

  it('needs the same field and the same country', async () => {
    const otherField = await relate('Finance Minister Ion Rusu met officials of the Moldovan Ministry of Defence.', [
      minister('Ion Rusu', 'Finance Minister', 'MD'),
      ministry('Moldovan Ministry of Defence', 'MD'),
    ]);
    expect(otherField.lines.filter((l) => l.includes('Ministry'))).toEqual([]);
    const otherCountry = await relate('Defense Minister Ion Rusu rejected claims of the Romanian Ministry of Defence.', [
      minister('Ion Rusu', 'Defense Minister', 'MD'),
      ministry('Romanian Ministry of Defence', 'RO'),
    ]);
    expect(otherCountry.lines.filter((l) => l.includes('Ministry'))).toEqual([]);
  });
});

describe('locatedIn: water holds islands and sites, not towns', () => {
  const river = { text: 'Prut River', type: 'Place' as const, placeKind: 'Region' as const };
  it('does not put a town in a river, but keeps an island there', async () => {
    const town = await relate('Troops landed on an islet west of Ungheni in the Prut River.', [city('Ungheni'), river]);
    expect(town.lines.filter((l) => l.includes('locatedIn'))).toEqual([]);
    const islet = await relate('Troops landed on Cioara Islet in the Prut River.', [{ text: 'Cioara Islet', type: 'Place', placeKind: 'Place' }, river]);
    expect(islet.lines).toContain('Cioara Islet locatedIn Prut River');
  });
});
