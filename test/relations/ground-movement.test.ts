import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, region, relate, republic, unit } from './run.js';


describe('ground movement: who the subject of a presence is', () => {
  it('gives a list with a shared owner in an apposition the presence, not the owner', async () => {
    const { lines } = await relate(
      'Parts of the 31st Rifle Regiment and 72nd Tank Regiment, both of the 9th Rifle Division of the 4th Army (Northern Command) were reportedly seen near Tokmak.',
      [unit('31st Rifle Regiment'), unit('72nd Tank Regiment'), unit('9th Rifle Division'), unit('4th Army'), unit('Northern Command'), city('Tokmak')],
    );
    expect(lines).toContain('31st Rifle Regiment operatesIn Tokmak');
    expect(lines).toContain('72nd Tank Regiment operatesIn Tokmak');
    expect(lines.filter((l) => l.includes('operatesIn') && !l.includes('Regiment'))).toEqual([]);
  });

  it('reads a unit owned by "the <republic> <unit>" as the subject', async () => {
    const { lines } = await relate('The 7th Brigade of the DNR 2nd Army Corps is fighting near Tokmak.', [
      unit('7th Brigade'),
      republic('DNR'),
      unit('2nd Army Corps'),
      city('Tokmak'),
    ]);
    expect(lines).toContain('7th Brigade operatesIn Tokmak');
    expect(lines).not.toContain('2nd Army Corps operatesIn Tokmak');
  });

  it('gives no presence to what a unit is "part of"', async () => {
    const { lines } = await relate('The 44th Rifle Brigade, part of the 3rd Army and permanently deployed near Pskov, is active in Tokmak.', [
      unit('44th Rifle Brigade'),
      unit('3rd Army'),
      city('Pskov'),
      city('Tokmak'),
    ]);
    expect(lines).toContain('44th Rifle Brigade operatesIn Tokmak');
    expect(lines.filter((l) => l.startsWith('3rd Army operatesIn'))).toEqual([]);
  });

  it('still places a unit whose elements act ("elements of X") and one with a nationality', async () => {
    const { lines } = await relate('Elements of the Russian 3rd Army are operating near Tokmak.', [demonym('Russian', 'RU'), unit('3rd Army'), city('Tokmak')]);
    expect(lines).toContain('3rd Army operatesIn Tokmak');
  });
});


describe('ground movement: what is no presence or capture', () => {
  it('reads no presence under a negated report ("has not observed any reports of X in Y")', async () => {
    const no = await relate('The monitor has not seen any other reports of Wagner Group fighters in Tokmak.', [armed('Wagner Group'), city('Tokmak')]);
    expect(no.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
    const yes = await relate('The monitor has seen several reports of Wagner Group fighters in Tokmak.', [armed('Wagner Group'), city('Tokmak')]);
    expect(yes.lines).toContain('Wagner Group operatesIn Tokmak');
  });

  it('reads no presence from an organization\'s legal status in a country', async () => {
    const noun = await relate('Its owner lobbies for the legalization of the Wagner Group in Russia.', [armed('Wagner Group'), city('Russia')]);
    expect(noun.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
    const verb = await relate('The Kremlin legalized Wagner Group operations in Russia last year.', [armed('Wagner Group'), city('Russia')]);
    expect(verb.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
    const fighters = await relate('Its owner praised the Wagner Group fighters in Tokmak.', [armed('Wagner Group'), city('Tokmak')]);
    expect(fighters.lines).toContain('Wagner Group operatesIn Tokmak');
  });

  it('reads no capture from a priority or a focus ("prioritize the capture of X", "concentrated on capturing X")', async () => {
    const mentions = [demonym('Russian', 'RU'), city('Tokmak')];
    for (const text of ['Russian troops continued to prioritize the capture of Tokmak from the north.', 'Russian forces are concentrated on capturing the Tokmak port.']) {
      const { lines } = await relate(text, mentions);
      expect(lines.filter((l) => l.includes('captured'))).toEqual([]);
    }
    const done = await relate('Russian forces continued to advance and completed the capture of Tokmak.', mentions);
    expect(done.lines).toContain('Russian captured Tokmak');
  });
});

describe('ground movement: leaving a place and where a unit went', () => {
  const mentions = [unit('14th Rifle Brigade'), unit('9th Tank Division'), city('Tokmak'), city('Belarus')];
  const one = [unit('14th Rifle Brigade'), city('Tokmak'), city('Belarus')];

  it('reads a withdrawal from positions off a place, and the place it went into', async () => {
    const { lines } = await relate(
      'Officials reported that elements of the 14th Rifle Brigade and 9th Tank Division withdrew from positions northwest of Tokmak into Belarus to restore combat power and possible redeployment.',
      mentions,
    );
    for (const u of ['14th Rifle Brigade', '9th Tank Division']) {
      expect(lines).toContain(`${u} withdrewFrom Tokmak`);
      expect(lines).toContain(`${u} operatesIn Belarus`);
    }
    const abandoned = await relate('The 14th Rifle Brigade abandoned its positions in Tokmak on Friday.', [unit('14th Rifle Brigade'), city('Tokmak')]);
    expect(abandoned.lines).toContain('14th Rifle Brigade withdrewFrom Tokmak');
    const held = await relate('The 14th Rifle Brigade held its positions in Tokmak on Friday.', [unit('14th Rifle Brigade'), city('Tokmak')]);
    expect(held.lines).not.toContain('14th Rifle Brigade withdrewFrom Tokmak');
    const out = await relate('The 14th Rifle Brigade moved out of Tokmak and into Belarus last week.', one);
    expect(out.lines).toContain('14th Rifle Brigade operatesIn Belarus');
  });

  it('reads no such move when it is planned, and a claim called false after it stays no event', async () => {
    const planned = await relate('The 14th Rifle Brigade will likely withdraw from positions northwest of Tokmak into Belarus.', one);
    expect(planned.lines.filter((l) => l.includes('Belarus') || l.includes('withdrewFrom'))).toEqual([]);
    const refuted = await relate('Claims that the 14th Rifle Brigade withdrew from Tokmak to Belarus are likely false.', one);
    expect(refuted.lines.filter((l) => l.includes('withdrewFrom'))).toEqual([]);
  });
});

describe('ground movement: losses taken at a place', () => {
  it('places a unit where it took losses, however they are described', async () => {
    const mentions = [unit('14th Rifle Brigade'), city('Tokmak'), city('Orikhiv')];
    const heavy = await relate('All elements of the 14th Rifle Brigade have taken heavy losses near Tokmak and Orikhiv since May.', mentions);
    expect(heavy.lines).toContain('14th Rifle Brigade operatesIn Tokmak');
    expect(heavy.lines).toContain('14th Rifle Brigade operatesIn Orikhiv');
    const which = await relate('Moscow sent recruits to the 14th Rifle Brigade, which likely suffered heavy losses during lengthy operations for control of Tokmak.', [unit('14th Rifle Brigade'), city('Tokmak')]);
    expect(which.lines).toContain('14th Rifle Brigade operatesIn Tokmak');
  });

  it('does not place a unit by losses it inflicted on others there or losses to come', async () => {
    const mentions = [unit('14th Rifle Brigade'), city('Tokmak')];
    const inflicted = await relate('The 14th Rifle Brigade took heavy losses and inflicted casualties on defenders in Tokmak.', mentions);
    expect(inflicted.lines).not.toContain('14th Rifle Brigade operatesIn Tokmak');
    const future = await relate('The 14th Rifle Brigade will likely suffer heavy losses near Tokmak.', mentions);
    expect(future.lines).not.toContain('14th Rifle Brigade operatesIn Tokmak');
  });
});

describe('ground movement: captures named by positions and by an apposition', () => {
  const mentions = [demonym('Ukrainian', 'UA'), city('Tokmak')];

  it('reads positions taken at a place as the place taken, and not an adjective "captured positions"', async () => {
    const yes = await relate('Officials reported that Ukrainian forces captured former enemy positions in the vicinity of Tokmak.', mentions);
    expect(yes.lines).toContain('Ukrainian captured Tokmak');
    for (const text of ['Ukrainian units retreated from previously captured positions in Tokmak.', 'Ukrainian troops are holding recently captured positions near Tokmak.']) {
      const { lines } = await relate(text, mentions);
      expect(lines.filter((l) => l.includes('captured Tokmak'))).toEqual([]);
    }
  });

  it('reads a place described in an apposition as taken by the agent after "by"', async () => {
    const yes = await relate('Shelling hit the outskirts of Tokmak, a village recaptured by Ukrainian troops in early May.', mentions);
    expect(yes.lines).toContain('Ukrainian captured Tokmak');
    const no = await relate('Shelling hit the outskirts of Tokmak, a village defended by Ukrainian forces since May.', mentions);
    expect(no.lines.filter((l) => l.includes('captured'))).toEqual([]);
  });
});

describe('ground movement: heading toward a part of a place', () => {
  it('puts no unit in a place it advances toward, a compass part named ("toward eastern X")', async () => {
    const mentions = [unit('14th Rifle Brigade'), city('Tokmak')];
    const toward = await relate('Two battalions of the 14th Rifle Brigade are advancing toward eastern Tokmak.', mentions);
    expect(toward.lines).not.toContain('14th Rifle Brigade operatesIn Tokmak');
    const inside = await relate('Two battalions of the 14th Rifle Brigade are advancing in eastern Tokmak.', mentions);
    expect(inside.lines).toContain('14th Rifle Brigade operatesIn Tokmak');
  });
});

describe('ground movement: taking a place', () => {
  const mentions = [demonym('Russian', 'RU'), city('Tokmak')];
  it('reads "took X" and "have taken X" as a capture', async () => {
    for (const text of ['Russian forces took Tokmak on May 7.', 'Russian forces have taken the village of Tokmak.']) {
      const { lines } = await relate(text, mentions);
      expect(lines).toContain('Russian captured Tokmak');
    }
  });

  it('reads no capture from a counterfactual, a rebutted claim or progress toward one', async () => {
    for (const text of [
      'Had the Russian forces taken Tokmak quickly, they would have moved west.',
      'Officials rebutted the claim that Russian troops have taken Tokmak.',
      'Russian progress in taking Tokmak remains slow.',
      'Russian forces took part in fighting near Tokmak.',
    ]) {
      const { lines } = await relate(text, mentions);
      expect(lines.filter((l) => l.includes('captured'))).toEqual([]);
    }
  });
});

describe('ground movement: counted settlements taken in a place', () => {
  const mentions = [demonym('Ukrainian', 'UA'), region('Tokmak Oblast')];
  it('reads "recaptured five settlements in X" as a capture in X, not a sector or an adjective', async () => {
    const yes = await relate('Ukrainian forces recaptured five settlements in northern Tokmak Oblast on May 7.', mentions);
    expect(yes.lines).toContain('Ukrainian captured Tokmak Oblast');
    for (const text of ['Ukrainian forces recaptured several villages in the Tokmak Oblast direction.', 'Ukrainian partisans are active in occupied settlements in Tokmak Oblast.']) {
      const { lines } = await relate(text, mentions);
      expect(lines.filter((l) => l.includes('captured'))).toEqual([]);
    }
  });
});

describe('ground movement: a unit named by its home', () => {
  it('places a unit "X-based" at X, its quoted name left out of the mention, but no organization', async () => {
    const unitHome = await relate('The Tokmak-based “Sokol” Volunteer Battalion recruited 30 men.', [city('Tokmak'), unit('Volunteer Battalion')]);
    expect(unitHome.lines).toContain('Volunteer Battalion operatesIn Tokmak');
    const outlet = await relate('The Tokmak-based outlet Vesti reported the news.', [city('Tokmak'), { text: 'Vesti', type: 'Organization' }]);
    expect(outlet.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });
});
