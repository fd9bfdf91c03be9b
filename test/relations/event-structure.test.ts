import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, region, relate, unit } from './run.js';

/** Structure the event rules read (rules/events.ts, match.ts, negation.ts, actor.ts); invented sentences. */
const events = (lines: string[]) => lines.filter((l) => /attacked|captured|withdrewFrom|foughtAgainst/.test(l));
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

describe('event structure', () => {
  it('reads attacks placed by a direction or a list of directions, not a direction with no place', async () => {
    const one = await relate('Russian forces conducted a series of small ground attacks to the east of Tokmak.', [ru, city('Tokmak')]);
    expect(events(one.lines)).toEqual(['Russian attacked Tokmak']);
    const list = await relate('Russian forces conducted small assaults to the north, northeast, and southwest of Tokmak.', [ru, city('Tokmak')]);
    expect(events(list.lines)).toEqual(['Russian attacked Tokmak']);
    const none = await relate('Russian forces conducted small assaults to the north while Tokmak stayed calm.', [ru, city('Tokmak')]);
    expect(events(none.lines)).toEqual([]);
  });

  it('lets modifiers be a list and the verb sit in a clause of the same subject', async () => {
    const mods = await relate('Ukrainian forces continued routine air, drone, and artillery strikes on Tokmak.', [ua, city('Tokmak')]);
    expect(events(mods.lines)).toEqual(['Ukrainian attacked Tokmak']);
    const when = await relate('Russian troops took losses when attempting an assault on Tokmak.', [ru, city('Tokmak')]);
    expect(events(when.lines)).toEqual(['Russian attacked Tokmak']);
    const other = await relate('Russian troops took losses when Ukrainian drones struck Tokmak.', [ru, ua, city('Tokmak')]);
    expect(events(other.lines)).toEqual(['Ukrainian attacked Tokmak']);
  });

  it('reads a part of a place and a compass word before a conjunct', async () => {
    const part = await relate('Ukrainian forces recaptured the western part of Tokmak.', [ua, city('Tokmak')]);
    expect(events(part.lines)).toEqual(['Ukrainian captured Tokmak']);
    const most = await relate('Ukrainian forces took control of most of Tokmak.', [ua, city('Tokmak')]);
    expect(events(most.lines)).toEqual(['Ukrainian captured Tokmak']);
    const conj = await relate('Russian forces shelled Orikhiv and eastern Zaporizhia Oblast.', [ru, city('Orikhiv'), region('Zaporizhia Oblast')]);
    expect(events(conj.lines)).toEqual(['Russian attacked Orikhiv', 'Russian attacked Zaporizhia Oblast']);
    // A bare comma and a wider place say where the town lies: no conjunct.
    const locates = await relate('Russian forces shelled a depot in Orikhiv, eastern Zaporizhia Oblast.', [ru, city('Orikhiv'), region('Zaporizhia Oblast')]);
    expect(events(locates.lines)).toEqual(['Russian attacked Orikhiv']);
  });

  it('goes on with a locative chain after ", and near", but not after a bare comma', async () => {
    const { lines } = await relate('Russian troops attacked near Orikhiv (5km east of Tokmak), and near Vasylivka and Kamianka.', [
      ru,
      city('Orikhiv'),
      city('Tokmak'),
      city('Vasylivka'),
      city('Kamianka'),
    ]);
    expect(events(lines)).toEqual(['Russian attacked Orikhiv', 'Russian attacked Vasylivka', 'Russian attacked Kamianka']);
    const comma = await relate('Russian troops attacked near Orikhiv, near Vasylivka.', [ru, city('Orikhiv'), city('Vasylivka')]);
    expect(events(comma.lines)).toEqual(['Russian attacked Orikhiv']);
  });

  it('carries the actor over "and"/"but" and into a participle clause, only when it opens its clause', async () => {
    const but = await relate('Russian forces did not advance but shelled Tokmak.', [ru, city('Tokmak')]);
    expect(events(but.lines)).toEqual(['Russian attacked Tokmak']);
    const participle = await relate('Ukrainian forces pushed past positions held by Russian troops, liberating Tokmak.', [ua, ru, city('Tokmak')]);
    expect(events(participle.lines)).toEqual(['Ukrainian captured Tokmak']);
    const notOpening = await relate('Drones filmed Ukrainian forces near Russian troops, liberating Tokmak.', [ua, ru, city('Tokmak')]);
    expect(events(notOpening.lines)).toEqual([]);
  });

  it('passes over a governed name to the actor before it, and takes no place or owner after "in"/"of" for one', async () => {
    const inPlace = await relate('Russian forces in Belarus advanced on Chernihiv.', [ru, { text: 'Belarus', type: 'Place', placeKind: 'Country' }, city('Chernihiv')]);
    expect(events(inPlace.lines)).toEqual(['Russian attacked Chernihiv']);
    const owner = await relate('Recruits of Crimea were sent to fight against Ukraine.', [region('Crimea'), { text: 'Ukraine', type: 'Place', placeKind: 'Country' }]);
    expect(events(owner.lines)).toEqual([]);
    const hit = await relate('Ukrainian forces destroyed the headquarters of the Russian 22nd Corps during a strike on Tokmak.', [ua, ru, unit('22nd Corps'), city('Tokmak')]);
    expect(events(hit.lines)).not.toContain('22nd Corps attacked Tokmak');
    const part = await relate('Elements of the 14th Brigade attacked Tokmak.', [unit('14th Brigade'), city('Tokmak')]);
    expect(events(part.lines)).toEqual(['14th Brigade attacked Tokmak']);
  });

  it('takes a self-proclaimed republic as an actor, but not any region', async () => {
    const republic = { text: 'DNR', type: 'Place' as const, placeKind: 'Region' as const, ref: 'region:dnr', refName: "Donetsk People's Republic", form: 'acronym' as const };
    const dnr = await relate('DNR forces captured Tokmak.', [republic, city('Tokmak')]);
    expect(events(dnr.lines)).toEqual(['DNR captured Tokmak']);
    const area = await relate('Donbas forces captured Tokmak.', [{ text: 'Donbas', type: 'Place', placeKind: 'Region', ref: 'region:donbas' }, city('Tokmak')]);
    expect(events(area.lines)).toEqual([]);
  });

  it('reads withdrawal and invasion nouns with their owner', async () => {
    const withdrawal = await relate('The Russian withdrawal from Kherson City began.', [ru, city('Kherson City')]);
    expect(events(withdrawal.lines)).toEqual(['Russian withdrewFrom Kherson City']);
    const invasion = await relate('Since the Russian invasion of Georgia, nothing changed.', [ru, { text: 'Georgia', type: 'Place', placeKind: 'Country' }]);
    expect(events(invasion.lines)).toEqual(['Russian attacked Georgia']);
  });

  it('emits nothing for a possibility, a condition, or what a negated clause says it cannot confirm', async () => {
    for (const text of [
      'A potential Russian offensive against Tokmak worries analysts.',
      'A Russian offensive against Tokmak remains unlikely.',
      'Even if Russian forces captured Tokmak, little would change.',
      'There is no confirmation that Russian forces captured Tokmak.',
      'Officials did not confirm that Russian forces captured Tokmak.',
      'Officials denied that Russian forces captured Tokmak.',
    ]) {
      expect(events((await relate(text, [ru, city('Tokmak')])).lines), text).toEqual([]);
    }
    const confirmed = await relate('Officials confirmed that Russian forces captured Tokmak.', [org('Officials'), ru, city('Tokmak')]);
    expect(events(confirmed.lines)).toEqual(['Russian captured Tokmak']);
  });

  it('ignores a negation inside brackets and one whose scope a "but" closed', async () => {
    const bracket = await relate('Russian forces attacked south of Orikhiv (in Zaporizhia, not Kharkiv Oblast) toward Tokmak.', [
      ru,
      city('Orikhiv'),
      region('Zaporizhia'),
      region('Kharkiv Oblast'),
      city('Tokmak'),
    ]);
    // The "not" in the bracket blocks nothing; Orikhiv is only the reference point of the attack toward Tokmak (attack-target.ts).
    expect(events(bracket.lines)).toEqual(['Russian attacked Tokmak']);
    const scoped = await relate('Russian forces did not capture Orikhiv but shelled Tokmak.', [ru, city('Orikhiv'), city('Tokmak')]);
    expect(events(scoped.lines)).toEqual(['Russian attacked Tokmak']);
  });
});

describe('events across clauses and sentences', () => {
  it('reads passives with the actor after "by", not an agent that is no party', async () => {
    const shelled = await relate('Orikhiv, which was shelled again by the 14th Brigade, burned.', [city('Orikhiv'), unit('14th Brigade')]);
    expect(events(shelled.lines)).toEqual(['14th Brigade attacked Orikhiv']);
    const planned = await relate('Orikhiv could be shelled by the 14th Brigade.', [city('Orikhiv'), unit('14th Brigade')]);
    expect(events(planned.lines)).toEqual([]);
  });

  it('reads "they" opening a clause as the last force named, not a nationality that is no force', async () => {
    const text = 'Ukrainian forces repelled Russian assaults near Orikhiv. They also struck Tokmak.';
    const { doc, lines } = await relate(text, [ua, ru, city('Orikhiv'), city('Tokmak')]);
    expect(events(lines)).toEqual(['Russian attacked Orikhiv', 'Ukrainian attacked Tokmak']);
    const they = doc.relations.find((r) => doc.mentions[r.object]!.text === 'Tokmak')!;
    expect([they.sentence, they.antecedentSentence]).toEqual([1, 0]);
    const noForce = await relate('Russian assaults near Orikhiv failed. They also struck Tokmak.', [ru, city('Orikhiv'), city('Tokmak')]);
    expect(events(noForce.lines)).not.toContain('Russian attacked Tokmak');
    const object = await relate('Ukrainian forces advanced. Drones struck them near Tokmak.', [ua, city('Tokmak')]);
    expect(events(object.lines)).toEqual([]);
  });

  it('gives an armed organization "in X" an operatesIn, and any other organization a locatedIn', async () => {
    const wagner = { text: 'Wagner', type: 'Organization' as const, ref: 'org:wagner', refSource: 'units' };
    const armed = await relate('Convicts fight with Wagner in Orikhiv.', [wagner, city('Orikhiv')]);
    expect(armed.lines).toEqual(['Wagner operatesIn Orikhiv']);
    const civil = await relate('The Chamber in Orikhiv met.', [org('Chamber'), city('Orikhiv')]);
    expect(civil.lines).toEqual(['Chamber locatedIn Orikhiv']);
    const based = await relate('Wagner, which is based in Orikhiv, recruits.', [wagner, city('Orikhiv')]);
    expect(based.lines).toEqual(['Wagner locatedIn Orikhiv']);
  });
});

describe('lists of words, control, weapons and presence', () => {
  it('skips the commas of a list only when "and"/"or" closes it', async () => {
    const list = await relate('Ukrainian forces struck Russian depots, radars, and bases in Tokmak.', [ua, ru, city('Tokmak')]);
    expect(events(list.lines)).toEqual(['Ukrainian attacked Tokmak']);
    const clause = await relate('Ukrainian forces launched counterattacks near Orikhiv, freeing the town of Tokmak.', [ua, city('Orikhiv'), city('Tokmak')]);
    expect(events(clause.lines)).not.toContain('Ukrainian attacked Tokmak');
  });

  it('reads holding a place as its capture, not losing or seeking control of it', async () => {
    const holds = await relate('Russian forces now control most of Tokmak.', [ru, city('Tokmak')]);
    expect(events(holds.lines)).toEqual(['Russian captured Tokmak']);
    for (const text of ['Russian forces lost control of Tokmak.', 'Russian forces are fighting for control of Tokmak.', 'Russian-controlled Tokmak is quiet.']) {
      expect(events((await relate(text, [ru, city('Tokmak')])).lines), text).not.toContain('Russian captured Tokmak');
    }
  });

  it('reads destroying a target in a place and using weapons against it as attacks, not using a place', async () => {
    const destroyed = await relate('Ukrainian forces destroyed an ammunition depot in Tokmak.', [ua, city('Tokmak')]);
    expect(events(destroyed.lines)).toEqual(['Ukrainian attacked Tokmak']);
    const against = await relate('Russian forces used glide bombs against positions in Tokmak.', [ru, city('Tokmak')]);
    expect(events(against.lines)).toEqual(['Russian attacked Tokmak']);
    const at = await relate('Russian forces are using facilities at Tokmak as a depot.', [ru, city('Tokmak')]);
    expect(events(at.lines)).toEqual([]);
  });

  it('places a unit or an armed organization where it acted, not a ministry that claims the act', async () => {
    const ministry = await relate('The Defense Ministry claimed to have destroyed a depot in Tokmak.', [org('Defense Ministry'), city('Tokmak')]);
    expect(ministry.lines).not.toContain('Defense Ministry operatesIn Tokmak');
    const wagner = { text: 'Wagner', type: 'Organization' as const, ref: 'org:wagner', refSource: 'units' };
    const armed = await relate('Wagner fighters destroyed a depot in Tokmak.', [wagner, city('Tokmak')]);
    expect(armed.lines).toContain('Wagner operatesIn Tokmak');
  });
});

describe('local attacks and modifiers', () => {
  it('reads attempts to improve tactical positions near a place as attacks there', async () => {
    const { lines } = await relate('Russian troops tried to improve their tactical positions near Orikhiv and Tokmak.', [ru, city('Orikhiv'), city('Tokmak')]);
    expect(events(lines)).toEqual(['Russian attacked Orikhiv', 'Russian attacked Tokmak']);
    const improve = await relate('Russian troops tried to improve their logistics near Orikhiv.', [ru, city('Orikhiv')]);
    expect(events(improve.lines)).toEqual([]);
  });

  it('takes no nationality joined by a hyphen to a word for an actor', async () => {
    const made = await relate('Iranian-made drones struck Tokmak.', [demonym('Iranian', 'IR'), city('Tokmak')]);
    expect(events(made.lines)).toEqual([]);
    const forces = await relate('Iranian drones struck Tokmak.', [demonym('Iranian', 'IR'), city('Tokmak')]);
    expect(events(forces.lines)).toEqual(['Iranian attacked Tokmak']);
  });

  it('takes no nationality after a verb of acquiring a weapon for an actor, but keeps the buyer', async () => {
    const bought = await relate('Officials were criticized for buying Iranian drones to improve strikes on Tokmak.', [demonym('Iranian', 'IR'), city('Tokmak')]);
    expect(events(bought.lines)).toEqual([]);
    const sourced = await relate('Russian forces sourced Iranian drones and struck Tokmak.', [ru, demonym('Iranian', 'IR'), city('Tokmak')]);
    expect(events(sourced.lines)).toEqual(['Russian attacked Tokmak']);
  });
});
