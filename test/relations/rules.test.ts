import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, org, person, region, relate, unit } from './run.js';

describe('visited', () => {
  it('attributes the visit of a delegation to the person heading it, with the role and the date', async () => {
    const { doc, lines } = await relate(
      'A Georgian delegation headed by Deputy Prime Minister Tamar Beridze visited Baku and Tbilisi on 4 March 2024.',
      [demonym('Georgian', 'GE'), person('Tamar Beridze', 'Deputy Prime Minister'), city('Baku'), city('Tbilisi')],
      [['4 March 2024', '2024-03-04']],
    );
    expect(lines).toEqual(['Tamar Beridze memberOf Georgian', 'Tamar Beridze visited Baku', 'Tamar Beridze visited Tbilisi']);
    expect(doc.relations[0]!.role).toBe('Deputy Prime Minister');
    expect(doc.relations[1]!.rule).toBe('visited-verb');
    expect(doc.relations.every((r) => r.date === 0)).toBe(true);
  });

  it("reads 'X's visit to Y' and 'X arrived in Y'", async () => {
    const visit = await relate('Dolidze’s visit to Baku lasted two days.', [person('Dolidze'), city('Baku')]);
    expect(visit.lines).toEqual(['Dolidze visited Baku']);
    expect(visit.doc.relations[0]!.rule).toBe('visited-noun');
    const arrival = await relate('On Tuesday, Levan Dolidze arrived in Tbilisi for consultations.', [person('Levan Dolidze'), city('Tbilisi')]);
    expect(arrival.lines).toEqual(['Levan Dolidze visited Tbilisi']);
  });

  it('emits nothing for a negated or refused visit, or a place merely named', async () => {
    expect((await relate('Levan Dolidze did not visit Baku.', [person('Levan Dolidze'), city('Baku')])).lines).toEqual([]);
    expect((await relate('Levan Dolidze refused to visit Baku.', [person('Levan Dolidze'), city('Baku')])).lines).toEqual([]);
    expect((await relate('Levan Dolidze praised Baku for its restraint.', [person('Levan Dolidze'), city('Baku')])).lines).toEqual([]);
  });
});

describe('metWith', () => {
  it('is symmetric: emitted once with the earlier mention as subject', async () => {
    const { doc, lines } = await relate('In Baku, Rashad Karimov held talks with Levan Dolidze, and later Dolidze and Karimov met again.', [
      city('Baku'),
      person('Rashad Karimov'),
      person('Levan Dolidze'),
      person('Dolidze', undefined, 1),
      person('Karimov', undefined, 1),
    ]);
    expect(lines).toEqual(['Rashad Karimov metWith Levan Dolidze', 'Dolidze metWith Karimov']);
    expect(doc.relations.map((r) => r.rule)).toEqual(['met-talks', 'met-verb']);
    for (const r of doc.relations) expect(r.subject).toBeLessThan(r.object);
  });

  it("resolves 'his meeting with' to the person mentioned before, past a nationality and a title", async () => {
    const { lines } = await relate('Dolidze praised the talks and his meeting with Rashad Karimov.', [person('Dolidze'), person('Rashad Karimov')]);
    expect(lines).toEqual(['Dolidze metWith Rashad Karimov']);
    const titled = await relate('The highlight of the trip was his meeting with Azerbaijani President Rashad Karimov, Dolidze said.', [
      demonym('Azerbaijani', 'AZ'),
      person('Rashad Karimov', 'President'),
      person('Dolidze'),
    ]);
    expect(titled.lines).toEqual(['Rashad Karimov leaderOf Azerbaijani']);
    const named = await relate('Dolidze’s visit to Baku and his meeting with Azerbaijani President Rashad Karimov lasted two days.', [
      person('Dolidze'),
      city('Baku'),
      demonym('Azerbaijani', 'AZ'),
      person('Rashad Karimov', 'President'),
    ]);
    expect(named.lines).toEqual(['Dolidze visited Baku', 'Dolidze metWith Rashad Karimov', 'Rashad Karimov leaderOf Azerbaijani']);
  });

  it('places the people who met in the city where they met', async () => {
    const { lines } = await relate('Levan Dolidze met with Azerbaijani President Rashad Karimov in Baku on Tuesday.', [
      person('Levan Dolidze'),
      demonym('Azerbaijani', 'AZ'),
      person('Rashad Karimov', 'President'),
      city('Baku'),
    ]);
    expect(lines).toEqual(
      expect.arrayContaining(['Levan Dolidze metWith Rashad Karimov', 'Levan Dolidze visited Baku', 'Rashad Karimov visited Baku']),
    );
    const visitAndMeet = await relate('Tamar Beridze visited Baku and met Rashad Karimov.', [person('Tamar Beridze'), city('Baku'), person('Rashad Karimov')]);
    expect(visitAndMeet.lines).toEqual(['Tamar Beridze visited Baku', 'Tamar Beridze metWith Rashad Karimov']);
  });

  it('does not emit a meeting that never happened', async () => {
    expect((await relate('Dolidze never met Rashad Karimov.', [person('Dolidze'), person('Rashad Karimov')])).lines).toEqual([]);
  });
});

describe('leaderOf and memberOf', () => {
  it('links a titled person to the country a demonym implies', async () => {
    const { doc, lines } = await relate('Russian President Boris Kovalev spoke by phone on Friday.', [demonym('Russian', 'RU'), person('Boris Kovalev', 'President')]);
    expect(lines).toEqual(['Boris Kovalev leaderOf Russian']);
    expect(doc.relations[0]!.role).toBe('President');
  });

  it('reads leaders from "led by", appositions and "Commander of the … <rank> X"', async () => {
    const led = await relate('The Free Caucasus Front, led by Dmitry Sorokin, claimed the attack.', [org('Free Caucasus Front'), person('Dmitry Sorokin')]);
    expect(led.lines).toEqual(['Dmitry Sorokin leaderOf Free Caucasus Front']);
    const appositive = await relate('Colonel Pavel Orlov, commander of the 92nd Assault Brigade, was wounded.', [person('Pavel Orlov', 'Colonel'), unit('92nd Assault Brigade')]);
    expect(appositive.lines).toEqual(['Pavel Orlov leaderOf 92nd Assault Brigade']);
    const prefixed = await relate('Commander of the Leningrad Military District Colonel General Pavel Orlov arrived late.', [
      unit('Leningrad Military District'),
      person('Pavel Orlov', 'Colonel General'),
    ]);
    expect(prefixed.lines).toEqual(['Pavel Orlov leaderOf Leningrad Military District']);
    expect(prefixed.doc.relations[0]!.role).toBe('Commander');
  });

  it('keeps a multi-word title with its person and follows a possessive chain to the unit commanded', async () => {
    const { lines } = await relate('Drones killed Russian Major General Pavel Orlov, commander of the 19th Army Corps’ 14th Brigade, on Monday.', [
      demonym('Russian', 'RU'),
      person('Pavel Orlov', 'Major General'),
      unit('19th Army Corps'),
      unit('14th Brigade'),
    ]);
    expect(lines).toContain('Pavel Orlov leaderOf 14th Brigade');
    expect(lines).not.toContain('Pavel Orlov leaderOf 19th Army Corps');
  });

  it('makes ministers, deputies and spokespeople members, with their role', async () => {
    const minister = await relate('Azerbaijan’s defence minister, Rashad Karimov, denied the report.', [country('Azerbaijan', 'AZ'), person('Rashad Karimov')]);
    expect(minister.lines).toEqual(['Rashad Karimov memberOf Azerbaijan']);
    expect(minister.doc.relations[0]!.role).toBe('defence minister');
    const deputy = await relate('Pavel Orlov, deputy commander of the 92nd Assault Brigade, was captured.', [person('Pavel Orlov'), unit('92nd Assault Brigade')]);
    expect(deputy.lines).toEqual(['Pavel Orlov memberOf 92nd Assault Brigade']);
  });

  it('ties a rank to a unit but never to a country, and a head of state never to a city', async () => {
    expect((await relate('Russian Major General Pavel Orlov was killed.', [demonym('Russian', 'RU'), person('Pavel Orlov', 'Major General')])).lines).toEqual([]);
    expect((await relate('In Tbilisi President Tamar Beridze spoke.', [city('Tbilisi'), person('Tamar Beridze', 'President')])).lines).toEqual([]);
  });
});

describe('partOf', () => {
  it('reads nested "of the" chains and possessives', async () => {
    const { lines } = await relate('Drones struck the 3rd Battalion of the 14th Brigade of the 19th Army Corps near the river.', [
      unit('3rd Battalion'),
      unit('14th Brigade'),
      unit('19th Army Corps'),
    ]);
    expect(lines).toEqual(['3rd Battalion partOf 14th Brigade', '14th Brigade partOf 19th Army Corps']);
    const possessive = await relate('The Leningrad Military District’s 19th Army Corps regrouped.', [unit('Leningrad Military District'), unit('19th Army Corps')]);
    expect(possessive.lines).toEqual(['19th Army Corps partOf Leningrad Military District']);
  });

  it('reads hierarchy parentheticals, but not an acronym defined for its own unit', async () => {
    const { lines } = await relate('Elements of the 14th Brigade (19th Army Corps, Leningrad Military District) withdrew.', [
      unit('14th Brigade'),
      unit('19th Army Corps'),
      unit('Leningrad Military District'),
    ]);
    expect(lines).toEqual(['14th Brigade partOf 19th Army Corps', '19th Army Corps partOf Leningrad Military District']);
    const acronym = await relate('The 19th Army Corps (AC) regrouped.', [unit('19th Army Corps'), { text: 'AC', type: 'MilitaryUnit', form: 'acronym', expansion: 'Army Corps' }]);
    expect(acronym.lines).toEqual([]);
  });

  it('reads a unit\'s former name and its parent from one parenthetical', async () => {
    const { lines } = await relate(
      'The 25th Combined Arms Army (CAA, formerly the 3rd Army Corps [AC], Leningrad Military District [LMD]) advanced.',
      [
        unit('25th Combined Arms Army'),
        { text: 'CAA', type: 'MilitaryUnit', form: 'acronym', expansion: '25th Combined Arms Army' },
        unit('3rd Army Corps'),
        { text: 'AC', type: 'MilitaryUnit', form: 'acronym', expansion: '3rd Army Corps' },
        unit('Leningrad Military District'),
        { text: 'LMD', type: 'MilitaryUnit', form: 'acronym', expansion: 'Leningrad Military District' },
      ],
    );
    expect(lines).toEqual(['25th Combined Arms Army partOf Leningrad Military District', '25th Combined Arms Army formerlyKnownAs 3rd Army Corps']);
  });

  it('does not link coordinated units', async () => {
    expect((await relate('The 3rd Battalion and the 14th Brigade withdrew.', [unit('3rd Battalion'), unit('14th Brigade')])).lines).toEqual([]);
  });
});

describe('formerlyKnownAs', () => {
  it('reads "formerly" and "renamed"', async () => {
    expect((await relate('The Africa Corps, formerly the Wagner Group, expanded.', [org('Africa Corps'), org('Wagner Group')])).lines).toEqual([
      'Africa Corps formerlyKnownAs Wagner Group',
    ]);
    expect((await relate('The Wagner Group was renamed the Africa Corps in 2024.', [org('Wagner Group'), org('Africa Corps')])).lines).toEqual([
      'Africa Corps formerlyKnownAs Wagner Group',
    ]);
  });
});

describe('locatedIn', () => {
  it('reads "X, Country", "X in southern Region" and "the ministry in Y"', async () => {
    expect((await relate('Shelling hit Kupiansk, Ukraine, overnight.', [city('Kupiansk'), country('Ukraine', 'UA')])).lines).toEqual(['Kupiansk locatedIn Ukraine']);
    expect((await relate('Fighting continued near Tokmak in southern Zaporizhzhia Oblast.', [city('Tokmak'), region('Zaporizhzhia Oblast')])).lines).toEqual([
      'Tokmak locatedIn Zaporizhzhia Oblast',
    ]);
    expect((await relate('The Interior Ministry in Tbilisi issued a statement.', [org('Interior Ministry'), city('Tbilisi')])).lines).toEqual([
      'Interior Ministry locatedIn Tbilisi',
    ]);
  });

  it("reads 'X near Y on Z's coast' as X in Z", async () => {
    const { lines } = await relate('Tuzla near Kerch on Crimea’s coast was hit.', [city('Tuzla'), city('Kerch'), region('Crimea')]);
    expect(lines).toEqual(['Tuzla locatedIn Crimea']);
  });

  it('does not read lists of places or places in another country as containment', async () => {
    expect((await relate('Envoys from Georgia, Azerbaijan, and Moldova attended.', [country('Georgia', 'GE'), country('Azerbaijan', 'AZ'), country('Moldova', 'MD')])).lines).toEqual([]);
    expect((await relate('Strikes hit Kupiansk, Kramatorsk, and Pokrovsk.', [city('Kupiansk'), city('Kramatorsk'), city('Pokrovsk')])).lines).toEqual([]);
    expect((await relate('Ships left Odesa, Georgia, and Moldova.', [city('Odesa', 'UA'), country('Georgia', 'GE'), country('Moldova', 'MD')])).lines).toEqual([]);
  });
});

describe('allyOf', () => {
  it('reads "X was a key ally of Y" and not its negation', async () => {
    expect((await relate('Azerbaijan was a key ally of Turkey during the war.', [country('Azerbaijan', 'AZ'), country('Turkey', 'TR')])).lines).toEqual([
      'Azerbaijan allyOf Turkey',
    ]);
    expect((await relate('Azerbaijan was never an ally of Georgia.', [country('Azerbaijan', 'AZ'), country('Georgia', 'GE')])).lines).toEqual([]);
  });
});

describe('operatesIn', () => {
  it('gives each coordinated place the relation', async () => {
    const { lines } = await relate('Elements of the 14th Brigade were operating near Kupiansk, Vovchansk, and Pokrovsk on Sunday.', [
      unit('14th Brigade'),
      city('Kupiansk'),
      city('Vovchansk'),
      city('Pokrovsk'),
    ]);
    expect(lines).toEqual(['14th Brigade operatesIn Kupiansk', '14th Brigade operatesIn Vovchansk', '14th Brigade operatesIn Pokrovsk']);
  });

  it('attributes the action of a nested unit to the smallest unit named', async () => {
    const { lines } = await relate('The 3rd Battalion of the 14th Brigade seized Orikhiv.', [unit('3rd Battalion'), unit('14th Brigade'), city('Orikhiv')]);
    expect(lines).toEqual(['3rd Battalion partOf 14th Brigade', '3rd Battalion operatesIn Orikhiv', '3rd Battalion captured Orikhiv']);
  });

  it('reads units sent somewhere, and not a unit that did not advance', async () => {
    expect((await relate('Commanders sent elements of the 92nd Assault Brigade to Huliaipole.', [unit('92nd Assault Brigade'), city('Huliaipole')])).lines).toEqual([
      '92nd Assault Brigade operatesIn Huliaipole',
    ]);
    expect((await relate('The 92nd Assault Brigade did not advance near Orikhiv.', [unit('92nd Assault Brigade'), city('Orikhiv')])).lines).toEqual([]);
  });
});

describe('leaderOf and memberOf: long titles, posts and successions', () => {
  it('reads a title that spans a unit hierarchy and a parenthetical before the name', async () => {
    const { doc, lines } = await relate('Sources said that Commander of the 12th Army of the Northern Military District (NMD), Pavel Orlov, ordered the attack.', [
      unit('12th Army'),
      unit('Northern Military District'),
      { text: 'NMD', type: 'MilitaryUnit', form: 'acronym', expansion: 'Northern Military District' },
      person('Pavel Orlov', 'Commander of the 12th Army of the Northern Military District'),
    ]);
    expect(lines).toContain('Pavel Orlov leaderOf 12th Army');
    expect(lines).not.toContain('Pavel Orlov leaderOf Northern Military District');
    expect(doc.relations.find((r) => r.predicate === 'leaderOf')!.role).toBe('Commander');
  });

  it('makes a deputy minister of a self-proclaimed republic its member', async () => {
    const { lines } = await relate('The Deputy Interior Minister of the Free Republic of Kuban (FRK), Pavel Orlov, spoke.', [
      { text: 'Free Republic of Kuban', type: 'Place', placeKind: 'Region' },
      { text: 'FRK', type: 'Place', placeKind: 'Region', form: 'acronym', expansion: 'Free Republic of Kuban' },
      person('Pavel Orlov', 'Deputy Interior Minister of the Free Republic of Kuban'),
    ]);
    expect(lines).toEqual(['Pavel Orlov memberOf Free Republic of Kuban']);
  });

  it("follows a region's possessive to the unit commanded", async () => {
    const { lines } = await relate('Pavel Orlov commanded the Free Republic of Kuban’s 2nd Army Corps until May.', [
      person('Pavel Orlov'),
      { text: 'Free Republic of Kuban', type: 'Place', placeKind: 'Region' },
      unit('2nd Army Corps'),
    ]);
    expect(lines).toContain('Pavel Orlov leaderOf 2nd Army Corps');
  });

  it('reads "his post as commander of Y", and not a post that is someone else\'s', async () => {
    const post = await relate('Pavel Orlov was dismissed from his post as commander of the 14th Brigade.', [person('Pavel Orlov'), unit('14th Brigade')]);
    expect(post.lines).toEqual(['Pavel Orlov leaderOf 14th Brigade']);
    const praise = await relate('Pavel Orlov praised his friend as commander of the 14th Brigade.', [person('Pavel Orlov'), unit('14th Brigade')]);
    expect(praise.lines).toEqual([]);
  });

  it('reads "X, …, will replace Y as the <unit> commander" for both', async () => {
    const { lines } = await relate('Major General Pavel Orlov, the deputy, will temporarily replace Dmitry Sorokin as the NMD commander.', [
      person('Pavel Orlov', 'Major General'),
      person('Dmitry Sorokin'),
      { text: 'NMD', type: 'MilitaryUnit', form: 'acronym' },
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Pavel Orlov leaderOf NMD', 'Dmitry Sorokin leaderOf NMD']));
    const praised = await relate('Pavel Orlov praised Dmitry Sorokin as the NMD commander.', [person('Pavel Orlov'), person('Dmitry Sorokin'), { text: 'NMD', type: 'MilitaryUnit', form: 'acronym' }]);
    expect(praised.lines).not.toContain('Pavel Orlov leaderOf NMD');
  });
});

describe('operatesIn: wider reach', () => {
  it('reads past a nationality to the place ("shelled Ukrainian positions near Y")', async () => {
    const { lines } = await relate('The 14th Brigade shelled Ukrainian positions near Orikhiv.', [unit('14th Brigade'), demonym('Ukrainian', 'UA'), city('Orikhiv')]);
    expect(lines).toEqual(['14th Brigade operatesIn Orikhiv', '14th Brigade attacked Orikhiv']);
  });

  it('adds the narrower place named after "particularly in"', async () => {
    const { lines } = await relate('Elements of the 14th Brigade have been active on the eastern bank of the Velt River, especially in the Kupiansk area.', [
      unit('14th Brigade'),
      { text: 'Velt River', type: 'Place', placeKind: 'Place' },
      city('Kupiansk'),
    ]);
    expect(lines).toEqual(['14th Brigade operatesIn Velt River', '14th Brigade operatesIn Kupiansk']);
    const unrelated = await relate('The 14th Brigade has been active near the Velt River, while Kupiansk stayed quiet.', [
      unit('14th Brigade'),
      { text: 'Velt River', type: 'Place', placeKind: 'Place' },
      city('Kupiansk'),
    ]);
    expect(unrelated.lines).toEqual(['14th Brigade operatesIn Velt River']);
  });

  it('reads a unit moved "from X to the front around Y" as operating at Y only', async () => {
    const { lines } = await relate('Reservists of the 14th Brigade from Pskov and Novgorod went to the front around Orikhiv.', [
      unit('14th Brigade'),
      city('Pskov'),
      city('Novgorod'),
      city('Orikhiv'),
    ]);
    expect(lines).toEqual(['14th Brigade operatesIn Orikhiv']);
  });

  it('reads where a unit is based or stationed as where it operates (guidelines: "stationed"), not where it came from', async () => {
    expect((await relate('The 14th Brigade is based in Pskov.', [unit('14th Brigade'), city('Pskov')])).lines).toEqual(['14th Brigade operatesIn Pskov']);
    expect((await relate('The 14th Brigade arrived from Pskov.', [unit('14th Brigade'), city('Pskov')])).lines).toEqual([]);
  });
});

describe('locatedIn: a place located by a neighbour', () => {
  it('reads "X, near Y in southern Z" as X in Z, and not across countries', async () => {
    const { lines } = await relate('The brigade moved to Zhabinka, near Brest in western Belarus, on Friday.', [
      city('Zhabinka'),
      city('Brest'),
      { text: 'Belarus', type: 'Place', placeKind: 'Country', ref: 'country:BY', country: 'BY' },
    ]);
    expect(lines).toEqual(['Zhabinka locatedIn Belarus', 'Brest locatedIn Belarus']);
    const across = await relate('The brigade moved to Przemysl, near Lviv in western Ukraine.', [
      city('Przemysl', 'PL'),
      city('Lviv', 'UA'),
      { text: 'Ukraine', type: 'Place', placeKind: 'Country', ref: 'country:UA', country: 'UA' },
    ]);
    expect(across.lines).toEqual(['Lviv locatedIn Ukraine']);
  });
});

describe('allyOf is symmetric', () => {
  it('writes one statement per pair, with the earlier mention as subject', async () => {
    const stated = await relate('Turkey’s close ally Azerbaijan sent observers.', [country('Turkey', 'TR'), country('Azerbaijan', 'AZ')]);
    expect(stated.lines).toEqual(['Turkey allyOf Azerbaijan']);
    const both = await relate('Azerbaijan is a close ally of Turkey, and Turkey’s key ally Azerbaijan sent observers.', [
      country('Azerbaijan', 'AZ'),
      country('Turkey', 'TR'),
      country('Turkey', 'TR', 1),
      country('Azerbaijan', 'AZ', 1),
    ]);
    expect(both.lines).toEqual(['Azerbaijan allyOf Turkey']);
  });
});

describe('visited: relative clauses and visits named in an aside', () => {
  it('reads "X, who visited Y on D, …" for X, and "Y, who visited Z" for Y', async () => {
    const { doc, lines } = await relate('Tamar Beridze, who visited Baku on 4 March 2024, spoke later.', [person('Tamar Beridze'), city('Baku')], [['4 March 2024', '2024-03-04']]);
    expect(lines).toEqual(['Tamar Beridze visited Baku']);
    expect(doc.relations[0]!.date).toBe(0);
    const other = await relate('Tamar Beridze praised Levan Dolidze, who visited Baku.', [person('Tamar Beridze'), person('Levan Dolidze'), city('Baku')]);
    expect(other.lines).toEqual(['Levan Dolidze visited Baku']);
  });

  it('reads "X, on a two-day visit to Y," and "during his trip to Y", not a visit he only commented on', async () => {
    const aside = await relate('Tamar Beridze, on a two-day visit to Baku, met reporters.', [person('Tamar Beridze'), city('Baku')]);
    expect(aside.lines).toEqual(['Tamar Beridze visited Baku']);
    const during = await relate('Levan Dolidze spoke during his trip to Tbilisi.', [person('Levan Dolidze'), city('Tbilisi')]);
    expect(during.lines).toEqual(['Levan Dolidze visited Tbilisi']);
    const comment = await relate('Levan Dolidze commented on Tamar Beridze’s plans for a trip to Baku.', [person('Levan Dolidze'), person('Tamar Beridze'), city('Baku')]);
    expect(comment.lines).not.toContain('Levan Dolidze visited Baku');
  });
});

describe('leaderOf and memberOf: a copula with a possessive title', () => {
  it('reads "X was <country>’s defence minister" and "X, who is the front’s commander"', async () => {
    const minister = await relate('Rashad Karimov was Azerbaijan’s defence minister until May.', [person('Rashad Karimov'), country('Azerbaijan', 'AZ')]);
    expect(minister.lines).toEqual(['Rashad Karimov memberOf Azerbaijan']);
    expect(minister.doc.relations[0]!.role).toBe('defence minister');
    const commander = await relate('Dmitry Sorokin, who is the Free Caucasus Front’s commander, spoke.', [person('Dmitry Sorokin'), org('Free Caucasus Front')]);
    expect(commander.lines).toEqual(['Dmitry Sorokin leaderOf Free Caucasus Front']);
  });

  it('does not read a possessive that is no office', async () => {
    const { lines } = await relate('Rashad Karimov was Azerbaijan’s best hope until May.', [person('Rashad Karimov'), country('Azerbaijan', 'AZ')]);
    expect(lines).toEqual([]);
  });
});

describe('front-line presence', () => {
  it('reads a visit to troops near a place as a visit to the place, not a visit to people who only fought there', async () => {
    const front = await relate('Pavel Orlov visited brigades fighting near Orikhiv on Monday.', [person('Pavel Orlov'), city('Orikhiv')]);
    expect(front.lines).toEqual(['Pavel Orlov visited Orikhiv']);
    const families = await relate('Pavel Orlov visited the families of soldiers killed near Orikhiv.', [person('Pavel Orlov'), city('Orikhiv')]);
    expect(families.lines).toEqual([]);
  });

  it('reads a unit withdrawing from or repelling attacks at a place as operating there, but not across a clause', async () => {
    expect((await relate('The 14th Brigade withdrew from Orikhiv overnight.', [unit('14th Brigade'), city('Orikhiv')])).lines).toEqual([
      '14th Brigade operatesIn Orikhiv',
      '14th Brigade withdrewFrom Orikhiv',
    ]);
    expect((await relate('The 14th Brigade repelled attacks near Orikhiv.', [unit('14th Brigade'), city('Orikhiv')])).lines).toEqual(['14th Brigade operatesIn Orikhiv']);
    expect((await relate('The 14th Brigade withdrew, and Orikhiv fell.', [unit('14th Brigade'), city('Orikhiv')])).lines).toEqual([]);
  });
});

describe('coordination with articles', () => {
  it('gives each of "the A and the B" the relation, read either way', async () => {
    const subjects = await relate('The 155th Brigade and the 68th Brigade repelled assaults near Orikhiv.', [unit('155th Brigade'), unit('68th Brigade'), city('Orikhiv')]);
    expect([...subjects.lines].sort()).toEqual(['155th Brigade operatesIn Orikhiv', '68th Brigade operatesIn Orikhiv']);
    const objects = await relate('The 14th Brigade attacked near the Oskil River and the Siverskyi Donets.', [
      unit('14th Brigade'),
      { text: 'Oskil River', type: 'Place', placeKind: 'Place' },
      { text: 'Siverskyi Donets', type: 'Place', placeKind: 'Place' },
    ]);
    expect(objects.lines.filter((l) => l.includes('operatesIn'))).toEqual(['14th Brigade operatesIn Oskil River', '14th Brigade operatesIn Siverskyi Donets']);
  });

  it('does not join a mention after an article that follows no coordinator', async () => {
    const { lines } = await relate('The 155th Brigade relieved the 68th Brigade near Orikhiv.', [unit('155th Brigade'), unit('68th Brigade'), city('Orikhiv')]);
    expect(lines).not.toContain('155th Brigade operatesIn Orikhiv');
  });
});
