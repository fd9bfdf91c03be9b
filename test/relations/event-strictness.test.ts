import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, region, relate, unit } from './run.js';

const russian = demonym('Russian', 'RU');
const ukrainian = demonym('Ukrainian', 'UA');

/** Captures read strictly (no claim the text calls false, no reporter as taker) and withdrawals read widely. */
describe('captures: claims the text refutes, reporters, nouns', () => {
  it('reads no capture from a claim the text calls false', async () => {
    const refuted = await relate('Ukrainian officials refuted claims that Russian forces captured Hlynne.', [ukrainian, russian, city('Hlynne')]);
    expect(refuted.lines).toEqual([]);
    const falsely = await relate('Russian milbloggers falsely claimed that Russian forces captured Hlynne.', [russian, demonym('Russian', 'RU', 1), city('Hlynne')]);
    expect(falsely.lines).toEqual([]);
    const falseClaims = await relate('Kyiv dismissed the false claims that Russian forces had seized Hlynne.', [city('Kyiv'), russian, city('Hlynne')]);
    expect(falseClaims.lines).toEqual([]);
  });

  it('still reads a claimed capture as a capture (with its claimant)', async () => {
    const { doc, lines } = await relate('Russian milbloggers claimed that Russian forces captured Hlynne.', [russian, demonym('Russian', 'RU', 1), city('Hlynne')]);
    expect(lines).toEqual(['Russian captured Hlynne']);
    expect(doc.relations[0]!.attribution).toBeDefined();
  });

  it('reads the taker of a capture named by a noun, not who reports it', async () => {
    const noun = await relate("Ukraine's liberation of Hlynne surprised observers.", [{ text: 'Ukraine', type: 'Place', placeKind: 'Country' }, city('Hlynne')]);
    expect(noun.lines).toEqual(['Ukraine captured Hlynne']);
    const completed = await relate('Russian forces completed the seizure of Hlynne.', [russian, city('Hlynne')]);
    expect(completed.lines).toEqual(['Russian captured Hlynne']);
    const reporter = await relate('The Defense Ministry claimed the capture of Hlynne.', [org('Defense Ministry'), city('Hlynne')]);
    expect(reporter.lines).toEqual([]);
    const after = await relate('Russian forces shelled Brova after the liberation of Hlynne.', [russian, city('Brova'), city('Hlynne')]);
    expect(after.lines).toEqual(['Russian attacked Brova']);
  });

  it('places an armed unit where it acts, but not a ministry or an outlet that reports on the place', async () => {
    const ministry = await relate('The Defense Ministry reported fighting near Hlynne.', [org('Defense Ministry'), city('Hlynne')]);
    expect(ministry.lines).toEqual([]);
    const brigade = await relate('The 14th Brigade reported fighting near Hlynne.', [unit('14th Brigade'), city('Hlynne')]);
    expect(brigade.lines).toEqual(['14th Brigade operatesIn Hlynne']);
  });
});

describe('withdrawals: objects between the verb and "from", banks, "fled"', () => {
  it('reads "withdrawing some units from X", "withdrew from the west bank of X" and "fled X"', async () => {
    const units = await relate('Russian forces are withdrawing some units from Brova.', [russian, city('Brova')]);
    expect(units.lines).toEqual(['Russian withdrewFrom Brova']);
    const bank = await relate('Ukrainian forces withdrew from the east bank of the Oskil River.', [ukrainian, { text: 'Oskil River', type: 'Place', placeKind: 'Region' }]);
    expect(bank.lines).toEqual(['Ukrainian withdrewFrom Oskil River']);
    const fled = await relate('Russian forces fled Brova.', [russian, city('Brova')]);
    expect(fled.lines).toEqual(['Russian withdrewFrom Brova']);
  });

  it('reads no withdrawal from a place units move to, or one only planned', async () => {
    const to = await relate('Russian forces withdrew some units to Brova from the front.', [russian, city('Brova')]);
    expect(to.lines).toEqual([]);
    const planned = await relate('Russian forces plan to withdraw some units from Brova.', [russian, city('Brova')]);
    expect(planned.lines).toEqual([]);
  });
});

describe('police work is no attack', () => {
  it('reads no attack from raids that are searches or checks, but still one from a military raid', async () => {
    const searches = await relate('Russian occupation forces conducted raids and searches of homes in Brova.', [russian, city('Brova')]);
    expect(searches.lines).toEqual([]);
    const checks = await relate('Chechen units are increasing checks and raids in occupied Brova.', [demonym('Chechen', 'RU'), city('Brova')]);
    expect(checks.lines).toEqual([]);
    const raid = await relate('Ukrainian forces conducted a raid on Russian positions near Brova.', [ukrainian, demonym('Russian', 'RU'), city('Brova')]);
    expect(raid.lines).toEqual(['Ukrainian attacked Brova']);
  });
});

describe('passives: the place before the verb', () => {
  it('takes the place an aside describes, not the place in the aside, and reads ", which was shelled"', async () => {
    const aside = await relate('Hlynne, northwest of Brova, was struck by Russian artillery.', [city('Hlynne'), city('Brova'), russian]);
    expect(aside.lines).toEqual(['Russian attacked Hlynne']);
    const which = await relate('Brova, which was shelled by Russian forces, burned.', [city('Brova'), russian]);
    expect(which.lines).toEqual(['Russian attacked Brova']);
  });
});

describe('a taking word after a verb of hitting is an adjective', () => {
  it('reads no capture from "struck occupied X" or "shelled recently liberated X", but one from "occupied X in 2022"', async () => {
    const struck = await relate('Ukrainian forces struck occupied Brova.', [ukrainian, city('Brova')]);
    expect(struck.lines).toEqual(['Ukrainian attacked Brova']);
    const liberated = await relate('Russian forces shelled recently liberated Brova.', [russian, city('Brova')]);
    expect(liberated.lines).not.toContain('Russian captured Brova');
    const strikes = await relate('Ukrainian strikes on occupied Brova continued.', [ukrainian, city('Brova')]);
    expect(strikes.lines).toEqual(['Ukrainian attacked Brova']);
    const occupied = await relate('Russian forces occupied Brova in 2022.', [russian, city('Brova')]);
    expect(occupied.lines).toEqual(['Russian captured Brova']);
  });
});

describe('locative chains go on over a coordinated bearing', () => {
  // C is only D's reference point (attack-locus.ts; guidelines: attacks "southwest of C" are on C only when no more specific target is named).
  it('reads "near A and B and southwest of C near D" as places A, B and D', async () => {
    const { lines } = await relate('Ukrainian forces repelled Russian attacks near Hlynne and Brova and southwest of Orikhiv near Pyatykhatky.', [
      ukrainian,
      russian,
      city('Hlynne'),
      city('Brova'),
      city('Orikhiv'),
      city('Pyatykhatky'),
    ]);
    expect(lines).toEqual(['Russian attacked Hlynne', 'Russian attacked Brova', 'Russian attacked Pyatykhatky']);
  });

  it('does not take the place of a bearing after a bare comma: it says where the place before it lies', async () => {
    const { lines } = await relate('Russian forces attacked near Hlynne, west of Orikhiv.', [russian, city('Hlynne'), city('Orikhiv')]);
    expect(lines).toEqual(['Russian attacked Hlynne']);
  });
});

describe('attacks: failed ones, reporters, aims, weapons with a nationality', () => {
  it('reads a failed attack as an attack, but not a failure to capture as a capture', async () => {
    const attack = await relate('Ukrainian troops conducted a failed ground attack near Brova.', [ukrainian, city('Brova')]);
    expect(attack.lines).toEqual(['Ukrainian attacked Brova']);
    const capture = await relate('Ukrainian forces failed to capture Brova.', [ukrainian, city('Brova')]);
    expect(capture.lines).toEqual([]);
  });

  it('does not take a nationality\'s sources or officials for its forces, nor an aim or a pause for an attack', async () => {
    const sources = await relate('Russian sources published footage of the strikes on Brova.', [russian, city('Brova')]);
    expect(sources.lines).toEqual([]);
    const seek = await relate('Russian forces likely seek to advance toward Brova.', [russian, city('Brova')]);
    expect(seek.lines).toEqual([]);
    const paused = await relate('Russian forces paused ground offensive operations near Brova.', [russian, city('Brova')]);
    expect(paused.lines).toEqual([]);
  });

  it('reads weapons named with a nationality, "within" a district, "toward both A and B", and a carried "taken control of"', async () => {
    const made = await relate('Russian forces launched Iranian-made drones at Brova.', [russian, demonym('Iranian', 'IR'), city('Brova')]);
    expect(made.lines).toEqual(['Russian attacked Brova']);
    const within = await relate('Russian forces shelled settlements within Hlynne Raion.', [russian, region('Hlynne Raion')]);
    expect(within.lines).toEqual(['Russian attacked Hlynne Raion']);
    const both = await relate('Ukrainian forces repelled Russian attacks from Hlynne toward both Brova and Orikhiv.', [ukrainian, russian, city('Hlynne'), city('Brova'), city('Orikhiv')]);
    expect(both.lines).toEqual(['Russian attacked Brova', 'Russian attacked Orikhiv']);
    const control = await relate('Russian troops have made gains northwest of Hlynne and have taken control of half of Brova.', [russian, city('Hlynne'), city('Brova')]);
    expect(control.lines).toContain('Russian captured Brova');
  });
});

describe('actors after "of", the repelled party, hyphenated areas, shares of a place', () => {
  it('reads a nationality after "of" as the actor when a force word or an attack noun follows, not after a noun of command', async () => {
    const footage = await relate('Bloggers shared footage of Russian forces using cluster munitions against Ukrainian trenches in Brova.', [russian, ukrainian, city('Brova')]);
    expect(footage.lines).toEqual(['Russian attacked Brova']);
    const aftermath = await relate('A clip depicted the ruins left by a Ukrainian strike on an ammunition depot in Brova.', [ukrainian, city('Brova')]);
    expect(aftermath.lines).toEqual(['Ukrainian attacked Brova']);
    const command = await relate('Gerasimov will take command of the Russian offensive in the Brova direction.', [russian, city('Brova')]);
    expect(command.lines).toEqual([]);
    const residents = await relate('Residents of Russian towns near Brova fled.', [russian, city('Brova')]);
    expect(residents.lines).toEqual([]);
  });

  it('reads who was repelled as who attacked, and each place of "the A-B area"', async () => {
    const repelled = await relate('Russian units repelled Ukrainian forces in the vicinity of Brova.', [russian, ukrainian, city('Brova')]);
    expect(repelled.lines).toEqual(['Ukrainian attacked Brova']);
    const area = await relate('Russian forces continued offensive operations in the Brova-Hlynne area.', [russian, city('Brova'), city('Hlynne')]);
    expect(area.lines).toEqual(['Russian attacked Brova', 'Russian attacked Hlynne']);
    const line = await relate('Russian forces continued offensive operations along the Brova-Hlynne line.', [russian, city('Brova'), city('Hlynne')]);
    expect(line.lines).toEqual([]);
  });

  it('reads a capture of a share of a place, but not a planned one', async () => {
    const share = await relate('Russian forces have captured more than 90 percent of Hlynne Oblast.', [russian, region('Hlynne Oblast')]);
    expect(share.lines).toEqual(['Russian captured Hlynne Oblast']);
    const planned = await relate('Russian forces plan to capture 90 percent of Hlynne Oblast.', [russian, region('Hlynne Oblast')]);
    expect(planned.lines).toEqual([]);
  });
});

describe('a place that fell', () => {
  it('reads no capture from a place at risk of falling', async () => {
    const { lines } = await relate('Brova is at risk of falling to Russian forces.', [city('Brova'), russian]);
    expect(lines).toEqual([]);
  });
});

describe('refinements read on unannotated reports', () => {
  it('keeps a false-flag attack, an occupation by assault detachments, and reads no attack from "the pace of the Russian offensive"', async () => {
    const flag = await relate('Russian operatives likely conducted a false-flag attack on Brova.', [russian, city('Brova')]);
    expect(flag.lines).toEqual(['Russian attacked Brova']);
    const occupied = await relate('Ukrainian assault detachments occupied Brova.', [ukrainian, city('Brova')]);
    expect(occupied.lines).toEqual(['Ukrainian captured Brova']);
    const pace = await relate('Channels noted the slow pace of the Russian offensive near Brova.', [russian, city('Brova')]);
    expect(pace.lines).toEqual([]);
    const risk = await relate('Analysts judge the risk of a Russian invasion of Brova as low.', [russian, city('Brova')]);
    expect(risk.lines).toEqual([]);
  });
});

describe('withdrawal nouns with a unit', () => {
  it('reads "the retrograde of the elements of the X from Y" as X withdrawing from Y, not a retrograde toward Y', async () => {
    const { lines } = await relate('The 1st Tank Army covered the retrograde of the elements of the 5th Army from Brova.', [unit('1st Tank Army'), unit('5th Army'), city('Brova')]);
    expect(lines).toContain('5th Army withdrewFrom Brova');
    const toward = await relate('The 1st Tank Army covered the retrograde of the 2nd Army toward Brova.', [unit('1st Tank Army'), unit('2nd Army'), city('Brova')]);
    expect(toward.lines.filter((l) => l.includes('withdrewFrom'))).toEqual([]);
  });
});

describe('the scope of a negation ends where "and" opens another predicate', () => {
  it('negates "did not conduct attacks toward A" but not "and shelled B"; "did not capture A and B" stays negated', async () => {
    const { lines } = await relate('Russian forces did not conduct ground attacks toward Hlynne and shelled settlements near Brova.', [russian, city('Hlynne'), city('Brova')]);
    expect(lines).toEqual(['Russian attacked Brova']);
    const both = await relate('Russian forces did not capture Hlynne and Brova.', [russian, city('Hlynne'), city('Brova')]);
    expect(both.lines).toEqual([]);
  });
});
