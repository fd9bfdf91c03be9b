import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, region, relate, site, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

/** Lists of event places (issue 13): a name the recognizers missed, and lists of locative phrases. */
describe('a list of places goes on past a name no recognizer knew', () => {
  it('passes over an unrecognized conjunct in the middle, at the start, and a name whose first word was missed', async () => {
    const middle = await relate('Russian troops shelled Dovhe, Zarichnivka Persha, and Kalynove on Tuesday.', [demonym('Russian', 'RU'), city('Dovhe'), city('Kalynove')]);
    expect(attacks(middle.lines)).toEqual(['Russian attacked Dovhe', 'Russian attacked Kalynove']);
    const first = await relate('Ukrainian gunners fired on Borivka, Stepnoye, and Kalynove overnight.', [demonym('Ukrainian', 'UA'), city('Kalynove')]);
    expect(attacks(first.lines)).toEqual(['Ukrainian attacked Kalynove']);
    const part = await relate('Russian forces struck Dovhe, Velyka Kalynove, and Lypky.', [demonym('Russian', 'RU'), city('Dovhe'), city('Kalynove'), city('Lypky')]);
    expect(attacks(part.lines)).toEqual(['Russian attacked Dovhe', 'Russian attacked Kalynove', 'Russian attacked Lypky']);
    // A wider place after a missed name still only says where the places before it lie.
    const located = await relate('Russian forces struck Dovhe, Stepnoye, Poltavska Oblast, and Lypky.', [demonym('Russian', 'RU'), city('Dovhe'), region('Poltavska Oblast'), city('Lypky')]);
    expect(attacks(located.lines)).toEqual(['Russian attacked Dovhe', 'Russian attacked Lypky']);
  });

  it('does not read a day of the week as a missed name', async () => {
    const sentence = await relate('Russian forces shelled Dovhe Tuesday, and Kalynove stayed quiet.', [demonym('Russian', 'RU'), city('Dovhe'), city('Kalynove')]);
    expect(attacks(sentence.lines)).toEqual(['Russian attacked Dovhe']);
    const date = await relate('Ukrainian gunners fired on Sunday, and Kalynove residents hid.', [demonym('Ukrainian', 'UA'), city('Kalynove')]);
    expect(attacks(date.lines)).toEqual([]);
  });
});

describe('a list of locative phrases names each place of the event', () => {
  it('reads "on and west of", "within … of … near" and a wider place after a comma list', async () => {
    const bearings = await relate('Ukrainian troops repelled Russian assaults on and north of Dovhe, on and east of Lypky, and south of Kalynove.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Dovhe'),
      city('Lypky'),
      city('Kalynove'),
    ]);
    expect(attacks(bearings.lines)).toEqual(['Russian attacked Dovhe', 'Russian attacked Lypky', 'Russian attacked Kalynove']);
    const within = await relate('Russian troops attacked near Dovhe, within 5km west of Dovhe near Lypky, and within 9km south of Dovhe near Kalynove.', [
      demonym('Russian', 'RU'),
      city('Dovhe'),
      city('Dovhe', undefined, 1),
      city('Lypky'),
      city('Dovhe', undefined, 2),
      city('Kalynove'),
    ]);
    expect(new Set(attacks(within.lines))).toEqual(new Set(['Russian attacked Dovhe', 'Russian attacked Lypky', 'Russian attacked Kalynove']));
    const wider = await relate('Russian forces shelled positions west of Dovhe and in southern Poltavska Oblast.', [demonym('Russian', 'RU'), city('Dovhe'), region('Poltavska Oblast')]);
    expect(attacks(wider.lines)).toEqual(['Russian attacked Dovhe', 'Russian attacked Poltavska Oblast']);
  });

  it('keeps a wider place right after a preposition as where the place lies, and a bare comma as an aside', async () => {
    const located = await relate('Russian forces shelled Dovhe in Poltavska Oblast.', [demonym('Russian', 'RU'), city('Dovhe'), region('Poltavska Oblast')]);
    expect(attacks(located.lines)).toEqual(['Russian attacked Dovhe']);
    const aside = await relate('Russian forces shelled Dovhe, west of Kalynove.', [demonym('Russian', 'RU'), city('Dovhe'), city('Kalynove')]);
    expect(attacks(aside.lines)).toEqual(['Russian attacked Dovhe']);
  });
});

describe('verbs of attacking beyond hitting: encircling, clearing, fighting in a town', () => {
  it('reads an encirclement, a clearing and fighting in a town as attacks', async () => {
    const encircled = await relate('Russian troops encircled a Ukrainian company in Lypky.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Lypky')]);
    expect(attacks(encircled.lines)).toEqual(['Russian attacked Lypky']);
    const clearing = await relate('Ukrainian marines are clearing Russian trenches near Dovhe.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Dovhe')]);
    expect(attacks(clearing.lines)).toEqual(['Ukrainian attacked Dovhe']);
    const fights = await relate('Russian troops continued street fights in Kalynove. Ukrainian troops are fighting near Lypky.', [demonym('Russian', 'RU'), city('Kalynove'), demonym('Ukrainian', 'UA'), city('Lypky')]);
    expect(attacks(fights.lines)).toEqual(['Russian attacked Kalynove', 'Ukrainian attacked Lypky']);
    const north = await relate('Ukrainian troops engaged in clashes north and east of Dovhe.', [demonym('Ukrainian', 'UA'), city('Dovhe')]);
    expect(attacks(north.lines)).toEqual(['Ukrainian attacked Dovhe']);
  });

  it('does not read the war in a country, the fighting someone noted, or a fighting vehicle as an attack', async () => {
    const war = await relate('Russian troops have been fighting in Ukraine since February.', [demonym('Russian', 'RU'), { text: 'Ukraine', type: 'Place', placeKind: 'Country' }]);
    expect(attacks(war.lines)).toEqual([]);
    const noted = await relate('The Poltava Staff noted the fighting in Dovhe.', [{ text: 'Poltava Staff', type: 'Organization' }, city('Dovhe')]);
    expect(attacks(noted.lines)).toEqual([]);
    const vehicle = await relate('Russian crews showed an armored fighting vehicle in Dovhe.', [demonym('Russian', 'RU'), city('Dovhe')]);
    expect(attacks(vehicle.lines)).toEqual([]);
  });
});

describe('a claim of one\'s own capture is a capture claimed', () => {
  it('reads "claimed to have taken control of X" as the claimant\'s capture, not a reporter\'s', async () => {
    const own = await relate('Russian troops claimed to have taken control of Dovhe and Lypky.', [demonym('Russian', 'RU'), city('Dovhe'), city('Lypky')]);
    expect(own.lines).toEqual(['Russian captured Dovhe', 'Russian captured Lypky']);
    const reported = await relate('Russian milbloggers claimed that Ukrainian troops failed to take control of Dovhe.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Dovhe')]);
    expect(reported.lines).toEqual([]);
  });
});

describe('losses inflicted on a named party are fighting', () => {
  it('reads confronting units of a formation, not destroying a thing of it or pushing a nationality', async () => {
    const units = await relate('Ukrainian defenders kept on confronting Russian units of the 155th Brigade and the 14th Regiment.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      unit('155th Brigade'),
      unit('14th Regiment'),
    ]);
    expect(units.lines.filter((l) => l.includes('foughtAgainst'))).toEqual(['Ukrainian foughtAgainst 155th Brigade', 'Ukrainian foughtAgainst 14th Regiment']);
    const thing = await relate('Ukrainian gunners destroyed command posts of the 155th Brigade.', [demonym('Ukrainian', 'UA'), unit('155th Brigade')]);
    expect(thing.lines.filter((l) => l.includes('foughtAgainst'))).toEqual([]);
    const nationality = await relate('Ukrainian troops pushed Russian forces back.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU')]);
    expect(nationality.lines).toEqual([]);
  });
});

describe('where an offensive is focused, and consolidating positions after a capture', () => {
  it('reads efforts focused on taking places as attacks and consolidating positions as a capture', async () => {
    const focused = await relate('Russian efforts are focused on taking Dovhe, Lypky, and Kalynove.', [demonym('Russian', 'RU'), city('Dovhe'), city('Lypky'), city('Kalynove')]);
    expect(focused.lines).toEqual(['Russian attacked Dovhe', 'Russian attacked Lypky', 'Russian attacked Kalynove']);
    const consolidated = await relate('Ukrainian troops are consolidating their positions in Dovhe and Lypky.', [demonym('Ukrainian', 'UA'), city('Dovhe'), city('Lypky')]);
    expect(consolidated.lines).toEqual(['Ukrainian captured Dovhe', 'Ukrainian captured Lypky']);
  });

  it('does not read defending a place or a plan to consolidate as an attack or a capture', async () => {
    const defending = await relate('Russian forces remain focused on defending Dovhe.', [demonym('Russian', 'RU'), city('Dovhe')]);
    expect(defending.lines).toEqual([]);
    const direction = await relate('Up to ten Russian battalions are focusing on Dovhe.', [demonym('Russian', 'RU'), city('Dovhe')]);
    expect(direction.lines).toEqual([]);
    const plan = await relate('Ukrainian troops plan to consolidate positions in Dovhe.', [demonym('Ukrainian', 'UA'), city('Dovhe')]);
    expect(plan.lines).toEqual([]);
  });
});

describe('"it" for a country or a republic, and a number of places before their list', () => {
  it('reads "the republic announced that it captured the three villages of A, B, and C"', async () => {
    const { lines } = await relate('Estland announced that it captured the three villages of Dovhe, Lypky, and Kalynove.', [
      { text: 'Estland', type: 'Place', placeKind: 'Country' },
      city('Dovhe'),
      city('Lypky'),
      city('Kalynove'),
    ]);
    expect(lines).toEqual(['Estland captured Dovhe', 'Estland captured Lypky', 'Estland captured Kalynove']);
  });

  it('does not take a town or a region for "it", nor a country for an "it" not after "that"', async () => {
    const town = await relate('Dovhe lies on the river, and it captured the attention of Lypky.', [city('Dovhe'), city('Lypky')]);
    expect(town.lines).toEqual([]);
    const oblast = await relate('Poltavska Oblast reported that it shelled Lypky.', [region('Poltavska Oblast'), city('Lypky')]);
    expect(oblast.lines).toEqual([]);
    // An "it" that does not follow "that" stands for no country: the plant does not lie in it.
    const expletive = await relate('Fighting in Estland continued. Near the Lypky plant, it will take time to clear the mines.', [
      { text: 'Estland', type: 'Place', placeKind: 'Country' },
      site('Lypky plant'),
    ]);
    expect(expletive.lines).toEqual([]);
    const abandoned = await relate('Russian forces abandoned efforts to encircle Lypky.', [demonym('Russian', 'RU'), city('Lypky')]);
    expect(abandoned.lines).toEqual([]);
  });
});

describe('weapons used to attack, and who sent a probing attack', () => {
  it('reads a weapon used to strike a place, past an aside, and gives no attack to the weapon\'s maker', async () => {
    const used = await relate('Russian forces used glide bombs, a scarce asset, to strike Ukrainian trenches in the Dovhe area.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Dovhe')]);
    expect(attacks(used.lines)).toEqual(['Russian attacked Dovhe']);
    const maker = await relate('Ukrainian officials said that an Iranian drone struck a depot in Lypky.', [demonym('Ukrainian', 'UA'), demonym('Iranian', 'IR'), city('Lypky')]);
    expect(attacks(maker.lines)).toEqual(['Iranian attacked Lypky']);
    const utilized = await relate('Russian troops utilized an Iranian drone to attack a bridge in Lypky.', [demonym('Russian', 'RU'), demonym('Iranian', 'IR'), city('Lypky')]);
    expect(attacks(utilized.lines)).toEqual(['Russian attacked Lypky']);
  });

  it('gives a repelled reconnaissance-in-force to its side, and a participle of destroying to the actor', async () => {
    const probe = await relate('Ukrainian troops repelled one Russian reconnaissance-in-force attempt near Dovhe.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Dovhe')]);
    expect(attacks(probe.lines)).toEqual(['Russian attacked Dovhe']);
    const destroying = await relate('Ukrainian gunners shelled the ferry, destroying two depots in Lypky.', [demonym('Ukrainian', 'UA'), city('Lypky')]);
    expect(attacks(destroying.lines)).toEqual(['Ukrainian attacked Lypky']);
  });
});

describe('breakthroughs and moving out of a place', () => {
  it('reads a breakthrough off a place as an attack, and moving out of a place as a withdrawal', async () => {
    const breakthrough = await relate('Ukrainian troops made local breakthroughs south and west of Dovhe.', [demonym('Ukrainian', 'UA'), city('Dovhe')]);
    expect(attacks(breakthrough.lines)).toEqual(['Ukrainian attacked Dovhe']);
    const out = await relate('The 14th Regiment moved out of Lypky last week.', [unit('14th Regiment'), city('Lypky')]);
    expect(out.lines.filter((l) => l.includes('withdrewFrom'))).toEqual(['14th Regiment withdrewFrom Lypky']);
  });

  it('does not read moving toward a place, or a plan to rotate out, as a withdrawal', async () => {
    const toward = await relate('The 14th Regiment moved toward Lypky last week.', [unit('14th Regiment'), city('Lypky')]);
    expect(toward.lines.filter((l) => l.includes('withdrewFrom'))).toEqual([]);
    const plan = await relate('The 14th Regiment plans to start rotating out of Lypky.', [unit('14th Regiment'), city('Lypky')]);
    expect(plan.lines.filter((l) => l.includes('withdrewFrom'))).toEqual([]);
  });
});

describe('a wounded party is no enemy', () => {
  it('does not read "treating wounded fighters of X" or "destroyed a station of X" as fighting X', async () => {
    const wounded = await relate('Russian medics are treating wounded 14th Regiment fighters in Lypky.', [demonym('Russian', 'RU'), unit('14th Regiment'), city('Lypky')]);
    expect(wounded.lines.filter((l) => l.includes('foughtAgainst'))).toEqual([]);
    const station = await relate('Russian forces destroyed the Poltava Signals Agency relay station.', [demonym('Russian', 'RU'), org('Poltava Signals Agency')]);
    expect(station.lines.filter((l) => l.includes('foughtAgainst'))).toEqual([]);
  });
});
