import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const attacks = (lines: string[]): string[] => lines.filter((l) => l.includes(' attacked '));

describe('attack clauses: a subject carried over a long first clause', () => {
  it('carries the subject over a first clause with a bracketed aside to "and are firing on"', async () => {
    const { lines } = await relate(
      'Russian forces are trying to pin down Ukrainian units in Tokmak and Polohy (both within 8 km east of Orikhiv) and are firing on Ukrainian positions in Vasylivka and Mala Tokmachka.',
      [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA', 0), city('Tokmak'), city('Polohy'), city('Orikhiv'), demonym('Ukrainian', 'UA', 1), city('Vasylivka'), city('Mala Tokmachka')],
    );
    expect(lines).toContain('Russian attacked Vasylivka');
    expect(lines).toContain('Russian attacked Mala Tokmachka');
  });

  it('reads a participle clause after a long main clause', async () => {
    const { lines } = await relate(
      'Ukrainian forces conducted over 40 rocket strikes against Russian gun emplacements on the left bank of the Velt River on Monday, destroying three Russian fuel depots in Hola Prystan and Skadovsk.',
      [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU', 0), region('Velt River'), demonym('Russian', 'RU', 1), city('Hola Prystan'), city('Skadovsk')],
    );
    expect(lines).toContain('Ukrainian attacked Hola Prystan');
    expect(lines).toContain('Ukrainian attacked Skadovsk');
  });

  it('does not carry a subject into a clause of its own ("and Ukrainian forces shelled …")', async () => {
    const { lines } = await relate(
      'Russian forces are trying to pin down Ukrainian units in Tokmak and Polohy (both within 8 km east of Orikhiv) while Ukrainian forces are firing on positions in Vasylivka.',
      [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA', 0), city('Tokmak'), city('Polohy'), city('Orikhiv'), demonym('Ukrainian', 'UA', 1), city('Vasylivka')],
    );
    expect(lines).not.toContain('Russian attacked Vasylivka');
  });
});

describe('attack clauses: the places an attack names by example', () => {
  it('reads a list after "including" far from the attack verb', async () => {
    const { lines } = await relate(
      'Russian forces continued to shell villages on the east (left) bank of the Velt River on Thursday and Friday, including Nikopol, Marhanets, and Pokrov.',
      [demonym('Russian', 'RU'), region('Velt River'), city('Nikopol'), city('Marhanets'), city('Pokrov')],
    );
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Russian attacked Nikopol', 'Russian attacked Marhanets', 'Russian attacked Pokrov']));
  });

  it('reads a dash list after a plural noun of places', async () => {
    const { lines } = await relate('Russian forces continued assaults on the same villages they have targeted since March—Torske, Yampolivka, and Terny—on Friday.', [
      demonym('Russian', 'RU'),
      city('Torske'),
      city('Yampolivka'),
      city('Terny'),
    ]);
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Russian attacked Torske', 'Russian attacked Yampolivka', 'Russian attacked Terny']));
  });

  it('reads no dash list after another noun ("attacked positions—Torske remains …")', async () => {
    const { lines } = await relate('Russian forces continued assaults on Ukrainian positions near the road—Torske remains contested.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Torske')]);
    expect(lines).not.toContain('Russian attacked Torske');
  });
});

describe('attack clauses: what a unit owns', () => {
  it('reads a strike on the command posts of units as an attack on each unit', async () => {
    const { lines } = await relate('Ukrainian forces reportedly destroyed command posts of the Russian 5th Motorized Rifle Regiment and the 9th Tank Regiment.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      unit('5th Motorized Rifle Regiment'),
      unit('9th Tank Regiment'),
    ]);
    expect(lines).toContain('Ukrainian attacked 5th Motorized Rifle Regiment');
    expect(lines).toContain('Ukrainian attacked 9th Tank Regiment');
  });

  it('reads no attack from a visit to a unit\'s headquarters', async () => {
    const { lines } = await relate('Ukrainian officials toured the headquarters of the 5th Motorized Rifle Regiment.', [demonym('Ukrainian', 'UA'), unit('5th Motorized Rifle Regiment')]);
    expect(attacks(lines)).toEqual([]);
  });
});

describe('attack clauses: a unit\'s second phrase that attacks', () => {
  it('gives the attack of "… active in X and participating in efforts to advance on Y"', async () => {
    const { lines } = await relate('Elements of the 12th Tank Division and the 33rd Army Corps are now active in the Velt Basin and likely taking part in efforts to advance on Kostiantynivka.', [
      unit('12th Tank Division'),
      unit('33rd Army Corps'),
      region('Velt Basin'),
      city('Kostiantynivka'),
    ]);
    expect(lines).toContain('12th Tank Division attacked Kostiantynivka');
    expect(lines).toContain('33rd Army Corps attacked Kostiantynivka');
    expect(lines).toContain('12th Tank Division operatesIn Kostiantynivka');
  });

  it('gives no attack for a second phrase of presence or of a mere advance', async () => {
    const hold = await relate('The 12th Tank Division is deployed near Svatove and continues to hold positions near Kreminna.', [unit('12th Tank Division'), city('Svatove'), city('Kreminna')]);
    expect(hold.lines).toContain('12th Tank Division operatesIn Kreminna');
    expect(hold.lines).not.toContain('12th Tank Division attacked Kreminna');
    const advance = await relate('The 12th Tank Division is deployed near Svatove and advanced near Kreminna.', [unit('12th Tank Division'), city('Svatove'), city('Kreminna')]);
    expect(advance.lines).not.toContain('12th Tank Division attacked Kreminna');
  });
});

describe('attack clauses: a second place phrase of the same attack', () => {
  it('reads "… near A (…) in X Oblast and in the direction of B" as attacks on A and B', async () => {
    const { lines } = await relate(
      'Ukrainian forces repelled several Russian attacks in the vicinity of Torske (12km west of Kreminna) in Donetsk Oblast and in the direction of Yampolivka in Luhansk Oblast.',
      [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Torske'), city('Kreminna'), region('Donetsk Oblast'), city('Yampolivka'), region('Luhansk Oblast')],
    );
    expect(lines).toContain('Russian attacked Torske');
    expect(lines).toContain('Russian attacked Yampolivka');
    expect(lines).not.toContain('Russian attacked Luhansk Oblast');
  });

  it('reads "… west of A and against B and C, X Oblast" without the oblast', async () => {
    const { lines } = await relate('Russian forces kept up sporadic fire along the frontline west of Orikhiv and against Nikopol and Marhanets, Dnipropetrovsk Oblast.', [
      demonym('Russian', 'RU'),
      city('Orikhiv'),
      city('Nikopol'),
      city('Marhanets'),
      region('Dnipropetrovsk Oblast'),
    ]);
    expect(lines).toContain('Russian attacked Nikopol');
    expect(lines).toContain('Russian attacked Marhanets');
    expect(lines).not.toContain('Russian attacked Dnipropetrovsk Oblast');
  });

  it('reads no second phrase across another clause or another actor', async () => {
    const clause = await relate('Russian forces shelled Orikhiv, while Ukrainian officials stayed in Zaporizhzhia.', [demonym('Russian', 'RU'), city('Orikhiv'), demonym('Ukrainian', 'UA'), city('Zaporizhzhia')]);
    expect(clause.lines).not.toContain('Russian attacked Zaporizhzhia');
    const actor = await relate('Russian forces shelled Orikhiv and Ukrainian forces in Zaporizhzhia.', [demonym('Russian', 'RU'), city('Orikhiv'), demonym('Ukrainian', 'UA'), city('Zaporizhzhia')]);
    expect(actor.lines).not.toContain('Russian attacked Zaporizhzhia');
    const verb = await relate('Russian forces shelled Orikhiv and stayed in Zaporizhzhia.', [demonym('Russian', 'RU'), city('Orikhiv'), city('Zaporizhzhia')]);
    expect(verb.lines).not.toContain('Russian attacked Zaporizhzhia');
  });
});

describe('attack clauses: parts of a place and what is no event', () => {
  it('reads two parts of a place ("in southern and eastern X")', async () => {
    const { lines } = await relate('Russian forces pressed assaults against Ukrainian defenses in southern and eastern Vuhledar on Sunday.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Vuhledar')]);
    expect(lines).toContain('Russian attacked Vuhledar');
  });

  it('reads no attack that a force lacks the strength or a country the capacity for', async () => {
    const lack = await relate('Russian forces presently lack the strength to launch offensive operations in northern Sumy Oblast.', [demonym('Russian', 'RU'), region('Sumy Oblast')]);
    expect(attacks(lack.lines)).toEqual([]);
    const capacity = await relate('Milbloggers discussed Russia’s capacity to resume an assault on northern Chernihiv Oblast from Belarus.', [
      { text: 'Russia', type: 'Place', placeKind: 'Country', ref: 'test:RU', country: 'RU' },
      region('Chernihiv Oblast'),
      { text: 'Belarus', type: 'Place', placeKind: 'Country', ref: 'test:BY', country: 'BY' },
    ]);
    expect(attacks(capacity.lines)).toEqual([]);
  });
});

describe('attack clauses: an attack named by a noun', () => {
  it('reads a nationality\'s attack noun whatever governs it', async () => {
    const response = await relate('Kadyrov scolded the generals, probably reacting to a Ukrainian strike on Chechen fighters in northern Zaporizhia Oblast.', [
      demonym('Ukrainian', 'UA'),
      demonym('Chechen', 'RU-CE'),
      region('Zaporizhia Oblast'),
    ]);
    expect(response.lines).toContain('Ukrainian attacked Zaporizhia Oblast');
    const aftermath = await relate('A clip depicted the ruins left by a Ukrainian HIMARS strike on an army barracks in Tokmak.', [demonym('Ukrainian', 'UA'), city('Tokmak')]);
    expect(aftermath.lines).toContain('Ukrainian attacked Tokmak');
    // After "of the" the nationality's attack is a topic (as actor.ts reads it): "the pace of the Russian offensive".
    const topic = await relate('The occupation mayor minimized the size of the Ukrainian breakthrough in southern Kharkiv Oblast.', [demonym('Ukrainian', 'UA'), region('Kharkiv Oblast')]);
    expect(attacks(topic.lines)).toEqual([]);
    const push = await relate('The heavy price tied to the Russian offensive push on Vuhledar drew criticism.', [demonym('Russian', 'RU'), city('Vuhledar')]);
    expect(push.lines).toContain('Russian attacked Vuhledar');
  });

  it('reads no attack that is feared, threatened or prepared for', async () => {
    for (const text of [
      'Officials warned of the threat of a Russian offensive on Kupyansk.',
      'Ukraine is preparing for a Russian offensive in Kupyansk.',
      'Ukrainian officials fear a renewed Russian assault on Kupyansk from Belgorod.',
    ]) {
      const { lines } = await relate(text, [demonym(text.includes('Ukrainian officials') ? 'Ukrainian' : 'Russian', text.includes('Ukrainian officials') ? 'UA' : 'RU'), ...(text.includes('Ukrainian officials') ? [demonym('Russian', 'RU')] : []), city('Kupyansk')]);
      expect(attacks(lines)).toEqual([]);
    }
  });

  it('reads no attack from a nationality that owns the force or the source', async () => {
    const { lines } = await relate('Russian and Ukrainian outlets reported shelling at a water plant in Enerhodar.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Enerhodar')]);
    expect(attacks(lines)).toEqual([]);
  });
});

describe('attack clauses: damage inflicted on a place', () => {
  it('reads damage inflicted on a place, or on what lies in it, as an attack', async () => {
    const direct = await relate('Russian forces kept trying to inflict artillery damage on Kupyansk.', [demonym('Russian', 'RU'), city('Kupyansk')]);
    expect(direct.lines).toContain('Russian attacked Kupyansk');
    const around = await relate('Russian mortars continue to inflict heavy damage on farm buildings in areas of Kupyansk.', [demonym('Russian', 'RU'), city('Kupyansk')]);
    expect(around.lines).toContain('Russian attacked Kupyansk');
  });

  it('reads no attack from damage reported or repaired', async () => {
    const { lines } = await relate('Russian officials repaired the damage on bridges in Kupyansk.', [demonym('Russian', 'RU'), city('Kupyansk')]);
    expect(attacks(lines)).toEqual([]);
  });
});

describe('attack clauses: who is not the attacker', () => {
  it('reads no attack by a reporter, by who neutralized the attack, or by police checking phones', async () => {
    const reporter = await relate('A Finnish journalist toured the scene of the strike in Kramatorsk on Sunday.', [demonym('Finnish', 'FI'), city('Kramatorsk')]);
    expect(attacks(reporter.lines)).toEqual([]);
    const neutralized = await relate('Ukrainian forces neutralized a Russian probing attempt near Terny and an assault on Torske.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Terny'), city('Torske')]);
    expect(neutralized.lines).not.toContain('Ukrainian attacked Torske');
    const police = await relate('Russian occupation police are checking phones and conducting raids in Skadovsk.', [demonym('Russian', 'RU'), city('Skadovsk')]);
    expect(attacks(police.lines)).toEqual([]);
  });
});

describe('attack clauses: "instead"', () => {
  it('reads an attack made instead of something else, and none made "instead of" attacking', async () => {
    const made = await relate('Russian forces instead conducted one more failed assault on Terny.', [demonym('Russian', 'RU'), city('Terny')]);
    expect(made.lines).toContain('Russian attacked Terny');
    const not = await relate('Russian forces regrouped instead of attacking Terny.', [demonym('Russian', 'RU'), city('Terny')]);
    expect(attacks(not.lines)).toEqual([]);
  });
});
