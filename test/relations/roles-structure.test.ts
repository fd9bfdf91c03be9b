import { describe, expect, it } from 'vitest';
import { compileTitleLexicon } from '../../src/relations/title-lexicon.js';
import { demonym } from './annotate.js';
import { city, org, person, region, relate, site, unit } from './run.js';


describe('locatedIn from the structure of place names', () => {
  it('reads past a qualifier of the wider place ("Russian-occupied", "occupied")', async () => {
    const held = await relate('Explosions hit Dovhenke in Russian-occupied Kharkiv Oblast and Borova, occupied Izium Raion.', [
      city('Dovhenke'),
      demonym('Russian', 'RU'),
      region('Kharkiv Oblast'),
      city('Borova'),
      region('Izium Raion'),
    ]);
    expect(held.lines).toEqual(['Dovhenke locatedIn Kharkiv Oblast', 'Borova locatedIn Izium Raion']);
    const trucks = await relate('Troops left Dovhenke in Russian trucks bound for Kharkiv Oblast.', [city('Dovhenke'), demonym('Russian', 'RU'), region('Kharkiv Oblast')]);
    expect(trucks.lines).toEqual([]);
  });

  it('puts a district ("X Raion") inside a region, never a region inside a district', async () => {
    const of = await relate('Shelling hit the Balakliia Raion of Kharkiv Oblast and Kupiansk Raion, Kharkiv Oblast.', [
      region('Balakliia Raion'),
      region('Kharkiv Oblast'),
      region('Kupiansk Raion'),
      region('Kharkiv Oblast', 1),
    ]);
    expect(of.lines).toEqual(['Balakliia Raion locatedIn Kharkiv Oblast', 'Kupiansk Raion locatedIn Kharkiv Oblast']);
    expect((await relate('Shelling hit Kharkiv Oblast, Balakliia Raion.', [region('Kharkiv Oblast'), region('Balakliia Raion')])).lines).toEqual([]);
  });

  it('puts a site or a suburb inside a city, but not one town inside another', async () => {
    const sites = await relate('Strikes hit Mariupol’s Azovstal works and Pisky, a nearby suburb of Avdiivka.', [
      city('Mariupol'),
      site('Azovstal'),
      site('Pisky'),
      city('Avdiivka'),
    ]);
    expect(sites.lines).toEqual(['Azovstal locatedIn Mariupol', 'Pisky locatedIn Avdiivka']);
    const towns = await relate('Strikes hit Izium’s Balakliia and Pisky, a rival of Avdiivka.', [city('Izium'), city('Balakliia'), site('Pisky'), city('Avdiivka')]);
    expect(towns.lines).toEqual([]);
  });

  it('does not read a place that qualifies a group noun as the wider place ("X, DNR units …")', async () => {
    const units = await relate('Despite gains around Dovhenke, DNR units are exhausted.', [city('Dovhenke'), region('DNR')]);
    expect(units.lines).toEqual([]);
    const place = await relate('Strikes hit Dovhenke, DNR, on Monday.', [city('Dovhenke'), region('DNR')]);
    expect(place.lines).toEqual(['Dovhenke locatedIn DNR']);
  });

  it('reads past how an office was come by ("the newly appointed commander")', async () => {
    const appointed = await relate('Pavel Orlov, the newly appointed commander of the 14th Brigade, spoke.', [person('Pavel Orlov'), unit('14th Brigade')]);
    expect(appointed.lines).toEqual(['Pavel Orlov leaderOf 14th Brigade']);
  });

  it('reads "X-based" organizations', async () => {
    const based = await relate('The Kyiv-based think tank Razom Analytics said so.', [city('Kyiv'), org('Razom Analytics')]);
    expect(based.lines).toEqual(['Razom Analytics locatedIn Kyiv']);
    expect((await relate('The Kyiv-born founder of Razom Analytics said so.', [city('Kyiv'), org('Razom Analytics')])).lines).toEqual([]);
  });
});

describe('offices read from apposition, possessives and brackets', () => {
  it('classifies a serving office after a leader’s title as membership', () => {
    const titles = compileTitleLexicon();
    expect(titles.classifyText('Mayor Advisor')).toBe('member');
    expect(titles.classifyText('President Press Secretary')).toBe('member');
    expect(titles.classifyText('Chief of Defense')).toBe('member');
    // A serving word after "of" names what is headed.
    expect(titles.classifyText('Chairman of the Representative Council')).toBe('leader');
    expect(titles.classifyText('Mayor')).toBe('leader');
  });

  it('makes only heads of state and government leaders of a country; other leading offices serve it', async () => {
    const chief = await relate('Ukrainian Commander-in-Chief Pavlo Hlushko spoke.', [demonym('Ukrainian', 'UA'), person('Pavlo Hlushko', 'Commander-in-Chief')]);
    expect(chief.lines).toEqual(['Pavlo Hlushko memberOf Ukrainian']);
    const head = await relate('Ukrainian President Pavlo Hlushko spoke.', [demonym('Ukrainian', 'UA'), person('Pavlo Hlushko', 'President')]);
    expect(head.lines).toEqual(['Pavlo Hlushko leaderOf Ukrainian']);
    // A commander still leads his unit.
    const unitHead = await relate('14th Brigade Commander Pavlo Hlushko spoke.', [unit('14th Brigade'), person('Pavlo Hlushko', 'Commander')]);
    expect(unitHead.lines).toEqual(['Pavlo Hlushko leaderOf 14th Brigade']);
  });

  it('ties a city’s officials to the city, a rank to no city', async () => {
    const mayor = await relate('Melitopol Mayor Ivan Hlushko and Kherson occupation deputy Kirill Savko spoke.', [
      city('Melitopol'),
      person('Ivan Hlushko', 'Mayor'),
      city('Kherson'),
      person('Kirill Savko', 'deputy'),
    ]);
    expect(mayor.lines).toEqual(['Ivan Hlushko leaderOf Melitopol', 'Kirill Savko memberOf Kherson']);
    expect((await relate('Melitopol Colonel Ivan Hlushko spoke.', [city('Melitopol'), person('Ivan Hlushko', 'Colonel')])).lines).toEqual([]);
  });

  it('reads a bracketed acronym between a body and its official, but not after a unit', async () => {
    const chief = await relate('The Main Intelligence Directorate (HUR) Chief Kyrylo Savchuk spoke.', [
      org('Main Intelligence Directorate'),
      org('HUR'),
      person('Kyrylo Savchuk', 'Chief'),
    ]);
    expect(chief.lines).toEqual(['Kyrylo Savchuk leaderOf Main Intelligence Directorate']);
    const rank = await relate('Commander of the 8th Army of the Southern Military District (SMD) Major General Ivan Hlushko spoke.', [
      unit('8th Army'),
      unit('Southern Military District'),
      unit('SMD'),
      person('Ivan Hlushko', 'Major General'),
    ]);
    expect(rank.lines).toContain('Ivan Hlushko leaderOf 8th Army');
    expect(rank.lines.filter((l) => l.startsWith('Ivan Hlushko'))).toEqual(['Ivan Hlushko leaderOf 8th Army']);
  });
});

describe('career and command histories', () => {
  it('reads "who heads" and a list of commands', async () => {
    const heads = await relate('Pavel Orlov, who heads the 14th Brigade, spoke.', [person('Pavel Orlov'), unit('14th Brigade')]);
    expect(heads.lines).toEqual(['Pavel Orlov leaderOf 14th Brigade']);
    const career = await relate('Pavel Orlov has commanded the 14th Brigade, the 20th Division and the 3rd Army Corps.', [
      person('Pavel Orlov'),
      unit('14th Brigade'),
      unit('20th Division'),
      unit('3rd Army Corps'),
    ]);
    expect(career.lines).toEqual(['Pavel Orlov leaderOf 14th Brigade', 'Pavel Orlov leaderOf 20th Division', 'Pavel Orlov leaderOf 3rd Army Corps']);
    expect((await relate('Pavel Orlov, who fought the 14th Brigade, spoke.', [person('Pavel Orlov'), unit('14th Brigade')])).lines).toEqual([]);
  });

  it('reads appointments, dated by their clause, and not the one who appointed', async () => {
    const named = await relate(
      'Moscow appointed Pavel Orlov as the commander of the 14th Brigade on 3 May 2023.',
      [city('Moscow'), person('Pavel Orlov'), unit('14th Brigade')],
      [['3 May 2023', '2023-05-03']],
    );
    expect(named.lines).toEqual(['Pavel Orlov leaderOf 14th Brigade']);
    expect(named.doc.relations[0]!.date).toBe(0);
    const passive = await relate('Pavel Orlov was reportedly appointed deputy commander of the 14th Brigade.', [person('Pavel Orlov'), unit('14th Brigade')]);
    expect(passive.lines).toEqual(['Pavel Orlov memberOf 14th Brigade']);
    const active = await relate('Pavel Orlov appointed a new commander of the 14th Brigade.', [person('Pavel Orlov'), unit('14th Brigade')]);
    expect(active.lines).toEqual([]);
  });
});

describe('partOf through possessives, "within" and relative clauses', () => {
  it('reads the owner’s possessive, "within" and "which was transferred to"', async () => {
    const owned = await relate('Soldiers of the 3rd Battalion of the DNR’s 105th Regiment complained.', [unit('3rd Battalion'), region('DNR'), unit('105th Regiment')]);
    expect(owned.lines).toEqual(['3rd Battalion partOf 105th Regiment']);
    const within = await relate('Moscow is forming the 4th Army Corps (AC) within the Central Military District.', [
      city('Moscow'),
      unit('4th Army Corps'),
      unit('AC'),
      unit('Central Military District'),
    ]);
    expect(within.lines).toContain('4th Army Corps partOf Central Military District');
    const moved = await relate('The 14th Brigade, which was transferred to the 20th Division in May, attacked.', [unit('14th Brigade'), unit('20th Division')]);
    expect(moved.lines).toEqual(['14th Brigade partOf 20th Division']);
    const prisoners = await relate('The 14th Brigade transferred prisoners to the 20th Division.', [unit('14th Brigade'), unit('20th Division')]);
    expect(prisoners.lines).toEqual([]);
  });
});

describe('meetings: talks held in a place with several people', () => {
  it('gives a meeting with each and a visit to the place, not for the host', async () => {
    const { lines } = await relate('Swiss President Anna Lenz held talks in Geneva with Pavel Orlov and Tamar Beridze.', [
      demonym('Swiss', 'CH'),
      person('Anna Lenz', 'President'),
      { text: 'Geneva', type: 'Place', placeKind: 'City', ref: 'test:Geneva', country: 'CH' },
      person('Pavel Orlov'),
      person('Tamar Beridze'),
    ]);
    expect(lines).toContain('Anna Lenz metWith Pavel Orlov');
    expect(lines).toContain('Anna Lenz metWith Tamar Beridze');
    expect(lines).toContain('Pavel Orlov visited Geneva');
    expect(lines).toContain('Tamar Beridze visited Geneva');
    expect(lines).not.toContain('Anna Lenz visited Geneva');
    // Talks by telephone are a meeting (annotation guidelines), but no one was in Geneva with anyone.
    const phone = await relate('Anna Lenz held phone talks in Geneva with Pavel Orlov.', [person('Anna Lenz'), city('Geneva'), person('Pavel Orlov')]);
    expect(phone.lines).toEqual(['Anna Lenz metWith Pavel Orlov']);
    const call = await relate('Anna Lenz held a video call in Geneva with Pavel Orlov.', [person('Anna Lenz'), city('Geneva'), person('Pavel Orlov')]);
    expect(call.lines).toEqual([]);
  });
});

describe('an office over an occupied place', () => {
  it('reads "the head of occupied X, Y" and "Y, the head of Russian-occupied X" as Y leading X', async () => {
    const before = await relate('The Kremlin-appointed head of occupied Zaporizhia Oblast, Yevhen Balytskyi, spoke.', [
      { text: 'Kremlin', type: 'Organization' },
      region('Zaporizhia Oblast'),
      person('Yevhen Balytskyi'),
    ]);
    expect(before.lines).toEqual(['Yevhen Balytskyi leaderOf Zaporizhia Oblast']);
    const after = await relate('Yevhen Balytskyi, the head of Russian-occupied Zaporizhia Oblast, spoke.', [person('Yevhen Balytskyi'), demonym('Russian', 'RU'), region('Zaporizhia Oblast')]);
    expect(after.lines).toEqual(['Yevhen Balytskyi leaderOf Zaporizhia Oblast']);
  });

  it('does not pass "occupied" to reach a name that is no place', async () => {
    const { lines } = await relate('The head of occupied territories, Yevhen Balytskyi, met Ivan Sorokin.', [person('Yevhen Balytskyi'), person('Ivan Sorokin')]);
    expect(lines.filter((l) => l.includes('leaderOf'))).toEqual([]);
  });
});

describe('each place of a list before "in" lies there', () => {
  it('reads "near A, B (5km west of C), and D in Z Oblast" as three locatedIn, but no town in a foreign region', async () => {
    const { lines } = await relate('Fighting continued near Hlynne, Brova (5km west of Orikhiv), and Pyatykhatky in Zaporizhia Oblast.', [
      city('Hlynne', 'UA'),
      city('Brova', 'UA'),
      city('Orikhiv', 'UA'),
      city('Pyatykhatky', 'UA'),
      { text: 'Zaporizhia Oblast', type: 'Place', placeKind: 'AdministrativeArea', ref: 'test:zap', country: 'UA' },
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Hlynne locatedIn Zaporizhia Oblast', 'Brova locatedIn Zaporizhia Oblast', 'Pyatykhatky locatedIn Zaporizhia Oblast']));
    expect(lines).not.toContain('Orikhiv locatedIn Zaporizhia Oblast');
    const foreign = await relate('Officials met in Minsk and Hlynne in Zaporizhia Oblast.', [
      city('Minsk', 'BY'),
      city('Hlynne', 'UA'),
      { text: 'Zaporizhia Oblast', type: 'Place', placeKind: 'AdministrativeArea', ref: 'test:zap', country: 'UA' },
    ]);
    expect(foreign.lines).toEqual(['Hlynne locatedIn Zaporizhia Oblast']);
  });
});

describe('no office over a country from a calling or a hyphenated nationality', () => {
  it('reads no memberOf from "Russian journalist X" or "Russian-appointed Chairman X", but keeps "BBC journalist X" and "Russian Minister X"', async () => {
    const journalist = await relate('Russian journalist Anna Petrova wrote a complaint.', [demonym('Russian', 'RU'), person('Anna Petrova', 'journalist')]);
    expect(journalist.lines).toEqual([]);
    const appointed = await relate('Russian-appointed Chairman of the Council Ivan Sorokin spoke.', [demonym('Russian', 'RU'), person('Ivan Sorokin', 'Chairman of the Council')]);
    expect(appointed.lines).toEqual([]);
    const outlet = await relate('BBC journalist Anna Petrova wrote a complaint.', [org('BBC'), person('Anna Petrova', 'journalist')]);
    expect(outlet.lines).toEqual(['Anna Petrova memberOf BBC']);
    const minister = await relate('Russian Foreign Minister Ivan Sorokin spoke.', [demonym('Russian', 'RU'), person('Ivan Sorokin', 'Foreign Minister')]);
    expect(minister.lines).toEqual(['Ivan Sorokin memberOf Russian']);
  });
});

describe('a region\'s nationality word is a region', () => {
  it('reads "Chechen leader X" and "Crimean occupation head X" as leading the region (a head of a region leads it)', async () => {
    const chechen = { text: 'Chechen', type: 'Place' as const, placeKind: 'AdministrativeArea' as const, form: 'demonym' as const, ref: 'subdivision:RU-CE', country: 'RU' };
    const { lines } = await relate('Chechen leader Ramzan Kadyrov spoke.', [chechen, person('Ramzan Kadyrov', 'leader')]);
    expect(lines).toEqual(['Ramzan Kadyrov leaderOf Chechen']);
    const crimean = { ...chechen, text: 'Crimean', placeKind: 'Region' as const, ref: 'region:crimea', country: 'UA' };
    const head = await relate('Crimean occupation head Sergei Aksenov spoke.', [crimean, person('Sergei Aksenov', 'occupation head')]);
    expect(head.lines).toEqual(['Sergei Aksenov leaderOf Crimean']);
  });
});
