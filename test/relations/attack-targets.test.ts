import { describe, expect, it } from 'vitest';
import { demonym, type MentionSpec } from './annotate.js';
import { city, relate, site, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch rel9 (issue 13): which place of an attack sentence is its target. */
describe('a place that only locates the target is no target', () => {
  it('drops the reference point of a bearing when the same attack heads toward a named place', async () => {
    const toward = await relate('The 14th Brigade launched assaults northwest of Dovhe toward Lypky and Kalynove.', [unit('14th Brigade'), city('Dovhe'), city('Lypky'), city('Kalynove')]);
    expect(attacks(toward.lines)).toEqual(['14th Brigade attacked Lypky', '14th Brigade attacked Kalynove']);
    const bracket = await relate('Russian troops attacked east of Dovhe (in Poltava, not Sumy) in the direction of Lypky.', [ru, city('Dovhe'), city('Lypky')]);
    expect(attacks(bracket.lines)).toEqual(['Russian attacked Lypky']);
  });

  it('keeps the bearing place when nothing more specific follows, after a comma, or for another actor', async () => {
    const alone = await relate('Russian troops attacked east of Dovhe on Friday.', [ru, city('Dovhe')]);
    expect(attacks(alone.lines)).toEqual(['Russian attacked Dovhe']);
    // "near" after a bearing names the target too (attack-locus.ts; guidelines: the more specific target only).
    const near = await relate('Russian troops attacked east of Dovhe near Lypky.', [ru, city('Dovhe'), city('Lypky')]);
    expect(attacks(near.lines)).toEqual(['Russian attacked Lypky']);
    const other = await relate('Russian troops attacked east of Dovhe, and Ukrainian troops counterattacked toward Lypky.', [ru, city('Dovhe'), ua, city('Lypky')]);
    expect(attacks(other.lines)).toEqual(['Russian attacked Dovhe', 'Ukrainian attacked Lypky']);
  });

  it('reads a distance after a comma as where the places before it lie, even places no recognizer knew', async () => {
    const missed = await relate('Russian forces launched assaults against Stepnoye and Zarichne, about 8 km and 12 km south of Dovhe.', [ru, city('Dovhe')]);
    expect(attacks(missed.lines)).toEqual([]);
    const known = await relate('Russian forces shelled Lypky, 15km north of Dovhe, overnight.', [ru, city('Lypky'), city('Dovhe')]);
    expect(attacks(known.lines)).toEqual(['Russian attacked Lypky']);
    const positions = await relate('Russian forces shelled positions 15km north of Dovhe.', [ru, city('Dovhe')]);
    expect(attacks(positions.lines)).toEqual(['Russian attacked Dovhe']);
  });

  it('reads the bank of a river as where the target lies, not as a target', async () => {
    const bank = await relate('Ukrainian artillery struck Russian positions on the east bank of the Vorskla River overnight.', [ua, site('Vorskla River')]);
    expect(attacks(bank.lines)).toEqual([]);
    // Bridges across a river locate the target too (iswprec4: the ISW dev gold annotates no river the target lies across).
    const river = await relate('Russian forces shelled bridges across the Vorskla River overnight.', [ru, site('Vorskla River')]);
    expect(attacks(river.lines)).toEqual([]);
    const near = await relate('Russian forces shelled positions near the Vorskla River overnight.', [ru, site('Vorskla River')]);
    expect(attacks(near.lines)).toEqual(['Russian attacked Vorskla River']);
  });
});

describe('a list of locative phrases with a bracket after each place', () => {
  it('reads every place of "north of A around B (…) and C (…), and south of A around D (…)"', async () => {
    const { lines } = await relate(
      'Ukrainian troops repelled Russian assaults on Dovhe itself, north of Dovhe around Lypky (6km north of Dovhe) and Kalynove (9km northeast of Dovhe), and south of Dovhe around Hlynne (4km south of Dovhe) and Brova (7km southwest of Dovhe).',
      [ua, ru, city('Dovhe'), city('Dovhe', undefined, 1), city('Lypky'), city('Kalynove'), city('Dovhe', undefined, 4), city('Hlynne'), city('Brova')],
    );
    expect(new Set(attacks(lines))).toEqual(new Set(['Russian attacked Dovhe', 'Russian attacked Lypky', 'Russian attacked Kalynove', 'Russian attacked Hlynne', 'Russian attacked Brova']));
  });

  it('does not run a list on past a clause with its own verb', async () => {
    const { lines } = await relate('Russian forces shelled Dovhe (6km north of Lypky), while Ukrainian officials said that civilians left Kalynove (9km east of Lypky), and Hlynne stayed calm.', [
      ru,
      city('Dovhe'),
      city('Lypky'),
      ua,
      city('Kalynove'),
      city('Lypky', undefined, 1),
      city('Hlynne'),
    ]);
    expect(attacks(lines)).toEqual(['Russian attacked Dovhe']);
  });
});

describe('a list of things hit, each with its place', () => {
  it('reads "depots in A, a command post in B, and a bridge in C" and "a hub in A and the port area of B"', async () => {
    const three = await relate('Ukrainian rocket units destroyed two depots in Dovhe, a command post in Lypky, and an old bridge in Kalynove.', [ua, city('Dovhe'), city('Lypky'), city('Kalynove')]);
    expect(attacks(three.lines)).toEqual(['Ukrainian attacked Dovhe', 'Ukrainian attacked Lypky', 'Ukrainian attacked Kalynove']);
    const two = await relate('Russian forces hit a rail hub in Dovhe and the port area of Lypky with cruise missiles.', [ru, city('Dovhe'), city('Lypky')]);
    expect(attacks(two.lines)).toEqual(['Russian attacked Dovhe', 'Russian attacked Lypky']);
  });

  it('takes no clause of its own, no described place and no distance after a comma for one more target', async () => {
    const clause = await relate('Russian forces shelled Dovhe and the mayor of Lypky said that two people died.', [ru, city('Dovhe'), city('Lypky')]);
    expect(attacks(clause.lines)).toEqual(['Russian attacked Dovhe']);
    const described = await relate('Russian forces shelled Dovhe, a village north of Lypky, on Sunday.', [ru, city('Dovhe'), city('Lypky')]);
    expect(attacks(described.lines)).toEqual(['Russian attacked Dovhe']);
    const distance = await relate('Ukrainian forces repelled a Russian assault on Dovhe, 15km north of Lypky.', [ua, ru, city('Dovhe'), city('Lypky')]);
    expect(attacks(distance.lines)).toEqual(['Russian attacked Dovhe']);
  });
});

describe('an offensive in a whole country is the war, not an attack on a place', () => {
  const country = (text: string): MentionSpec => ({ text, type: 'Place', placeKind: 'Country' });
  it('reads no attack from "offensive operations in (eastern) C", and keeps strikes in a country and offensives in a town', async () => {
    const war = await relate('Russian commanders sent new battalions to sustain offensive operations in eastern Ukraine.', [ru, country('Ukraine')]);
    expect(attacks(war.lines)).toEqual([]);
    const strikes = await relate('Russian forces conducted missile strikes in western Ukraine overnight.', [ru, country('Ukraine')]);
    expect(attacks(strikes.lines)).toEqual(['Russian attacked Ukraine']);
    const town = await relate('Russian forces continued offensive operations in Dovhe on Monday.', [ru, city('Dovhe')]);
    expect(attacks(town.lines)).toEqual(['Russian attacked Dovhe']);
  });

  it('reads no attack from an advance in a whole country either', async () => {
    const advances = await relate('Russian troops resumed small advances in northeastern Ukraine on Tuesday.', [ru, country('Ukraine')]);
    expect(attacks(advances.lines)).toEqual([]);
    const shelling = await relate('Russian forces resumed limited shelling in northeastern Ukraine on Tuesday.', [ru, country('Ukraine')]);
    expect(attacks(shelling.lines)).toEqual(['Russian attacked Ukraine']);
  });
});

describe('an effort to take a place attacks it; a forecast of one does not', () => {
  it('reads "operations to seize A and B" and "an assault to capture X" as attacks, and no capture', async () => {
    const ops = await relate('Russian troops continued costly operations to seize Dovhe and Lypky on Friday.', [ru, city('Dovhe'), city('Lypky')]);
    expect(ops.lines).toEqual(['Russian attacked Dovhe', 'Russian attacked Lypky']);
    const assault = await relate('The 14th Brigade launched an assault to capture Kalynove.', [unit('14th Brigade'), city('Kalynove')]);
    expect(attacks(assault.lines)).toEqual(['14th Brigade attacked Kalynove']);
    expect(assault.lines.some((l) => l.includes(' captured '))).toBe(false);
  });

  it('reads no attack from an effort abandoned or expected, nor from a nationality\'s attempt after a modal', async () => {
    const abandoned = await relate('Russian troops abandoned efforts to seize Dovhe.', [ru, city('Dovhe')]);
    expect(attacks(abandoned.lines)).toEqual([]);
    const expected = await relate('New artillery in Lypky will likely support Russian attempts to seize Dovhe.', [city('Lypky'), ru, city('Dovhe')]);
    expect(attacks(expected.lines)).toEqual([]);
    const could = await relate('Drills that could eventually support a fresh Russian attack on Dovhe worry officials.', [ru, city('Dovhe')]);
    expect(attacks(could.lines)).toEqual([]);
    const ongoing = await relate('Heavy losses will further slow Russian offensive operations near Lypky.', [ru, city('Lypky')]);
    expect(attacks(ongoing.lines)).toEqual(['Russian attacked Lypky']);
    const happened = await relate('Ukrainian troops repelled Russian attempts to seize Dovhe.', [ua, ru, city('Dovhe')]);
    expect(attacks(happened.lines)).toEqual(['Russian attacked Dovhe']);
  });
});

describe('an advance toward a place is no attack on it; an attempt or a repelled advance is', () => {
  it('drops "advanced toward X" and "advances in the direction of X", keeps "attempted to advance toward X" and "repelled advances toward X"', async () => {
    const advanced = await relate('Russian forces advanced several kilometers toward Dovhe on Monday.', [ru, city('Dovhe')]);
    expect(attacks(advanced.lines)).toEqual([]);
    const direction = await relate('The 14th Brigade is making slow advances in the direction of Lypky.', [unit('14th Brigade'), city('Lypky')]);
    expect(attacks(direction.lines)).toEqual([]);
    const attempted = await relate('Russian forces unsuccessfully attempted to advance toward Dovhe.', [ru, city('Dovhe')]);
    expect(attacks(attempted.lines)).toEqual(['Russian attacked Dovhe']);
    const repelled = await relate('Ukrainian forces repelled Russian advances toward Dovhe.', [ua, ru, city('Dovhe')]);
    expect(attacks(repelled.lines)).toEqual(['Russian attacked Dovhe']);
    const on = await relate('Russian forces advanced on Dovhe from the east.', [ru, city('Dovhe')]);
    expect(attacks(on.lines)).toEqual(['Russian attacked Dovhe']);
    const near = await relate('Russian forces advanced west of Dovhe and near Lypky.', [ru, city('Dovhe'), city('Lypky')]);
    expect(attacks(near.lines)).toEqual([]);
    // A graded gain made there is an attack that partly succeeded (annotation guidelines; branch events22).
    const graded = await relate('Russian forces made marginal advances west of Dovhe and near Lypky.', [ru, city('Dovhe'), city('Lypky')]);
    expect(attacks(graded.lines).sort()).toEqual(['Russian attacked Dovhe', 'Russian attacked Lypky']);
    const assaults = await relate('Russian troops made small advances in frontal assaults around Dovhe.', [ru, city('Dovhe')]);
    expect(attacks(assaults.lines)).toEqual(['Russian attacked Dovhe']);
    // Struggling to advance is trying to (annotation guidelines: an attempt to advance on a place is an attack).
    const struggling = await relate('The 14th Brigade has been struggling to advance west of Lypky.', [unit('14th Brigade'), city('Lypky')]);
    expect(attacks(struggling.lines)).toEqual(['14th Brigade attacked Lypky']);
  });
});

describe('who is stopped while attacking attacked', () => {
  it('reads "halted Russian forces in X" and "defeated groups that attempted to attack X"', async () => {
    const halted = await relate('Ukrainian forces likely halted Russian forces in Dovhe on Sunday.', [ua, ru, city('Dovhe')]);
    expect(attacks(halted.lines)).toEqual(['Russian attacked Dovhe']);
    const relative = await relate('Ukrainian forces defeated two Russian assault groups that attempted to attack Lypky.', [ua, ru, city('Lypky')]);
    expect(attacks(relative.lines)).toEqual(['Russian attacked Lypky']);
    const fighting = await relate('The 14th Brigade is fighting to establish full control of Kalynove.', [unit('14th Brigade'), city('Kalynove')]);
    expect(attacks(fighting.lines)).toEqual(['14th Brigade attacked Kalynove']);
  });

  it('reads no attack by one who was stopped while leaving, nor by the one who stopped it', async () => {
    const leaving = await relate('Ukrainian forces destroyed a Russian convoy that attempted to leave Dovhe.', [ua, ru, city('Dovhe')]);
    expect(attacks(leaving.lines)).toEqual([]);
  });
});

describe('a place owned by a place: "X\'s Y" names Y as the target', () => {
  it('reads "assaults against defenders in X\'s Y Plant" as an attack on the plant, and "X\'s outskirts" on X', async () => {
    const plant = await relate("Russian troops pressed assaults against Ukrainian defenders in Dovhe's Lypky Steel Plant on Friday.", [ru, ua, city('Dovhe'), site('Lypky Steel Plant')]);
    expect(attacks(plant.lines)).toEqual(['Russian attacked Lypky Steel Plant']);
    const outskirts = await relate("Russian forces shelled Dovhe's outskirts overnight.", [ru, city('Dovhe')]);
    expect(attacks(outskirts.lines)).toEqual(['Russian attacked Dovhe']);
  });
});

describe('attack words: airstrikes and ambushes', () => {
  it('reads "conducted airstrikes near X" and "partisans ambushing a patrol in X"', async () => {
    const air = await relate('Russian aviation conducted airstrikes near Dovhe and Lypky.', [ru, city('Dovhe'), city('Lypky')]);
    expect(attacks(air.lines)).toEqual(['Russian attacked Dovhe', 'Russian attacked Lypky']);
    const ambush = await relate('Footage showed Ukrainian partisans ambushing a Russian patrol in Kalynove.', [ua, ru, city('Kalynove')]);
    expect(attacks(ambush.lines)).toEqual(['Ukrainian attacked Kalynove']);
  });
});

describe('two sides firing at each other name no attacker', () => {
  it('reads no attack from "A and B forces engaged in artillery fire near X", and keeps accusations and parallel offensives', async () => {
    const mutual = await relate('A video showed Ukrainian and Russian troops engaged in artillery fire near Dovhe.', [ua, ru, city('Dovhe')]);
    expect(attacks(mutual.lines)).toEqual([]);
    const exchanged = await relate('Russian and Ukrainian troops exchanged heavy artillery fire in Lypky.', [ru, ua, city('Lypky')]);
    expect(attacks(exchanged.lines)).toEqual([]);
    const accused = await relate('Russian and Ukrainian forces traded accusations of shelling Kalynove.', [ru, ua, city('Kalynove')]);
    expect(new Set(attacks(accused.lines))).toEqual(new Set(['Russian attacked Kalynove', 'Ukrainian attacked Kalynove']));
    const one = await relate('Russian forces engaged in artillery fire near Dovhe.', [ru, city('Dovhe')]);
    expect(attacks(one.lines)).toEqual(['Russian attacked Dovhe']);
  });
});

describe('a firing verb reads no place past a pause or a clause of time', () => {
  it('reads no attack from "conducted an operational pause on May 2 after taking the town"', async () => {
    const pause = await relate('Russian forces in Dovhe conducted an operational pause on May 2 after taking the town on May 1.', [ru, city('Dovhe')]);
    expect(attacks(pause.lines)).toEqual([]);
    const fire = await relate('Russian forces conducted airstrikes on May 2 on Dovhe.', [ru, city('Dovhe')]);
    expect(attacks(fire.lines)).toEqual(['Russian attacked Dovhe']);
  });
});
