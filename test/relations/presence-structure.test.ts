import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, org, region, relate, republic, unit } from './run.js';
import { find, places } from '../gazetteer/run.js';

describe('operatesIn through the phrase of a unit (owner, people) and armed organizations', () => {
  it('reads a unit "of the <republic> (<acronym>)" inside a list as one conjunct', async () => {
    const { lines } = await relate('Elements of the 9th Rifle Division, the Black Sea Fleet, and the 4th Army Corps of the Vostok People’s Republic (VNR) are operating near Tokmak.', [
      unit('9th Rifle Division'),
      unit('Black Sea Fleet'),
      unit('4th Army Corps'),
      republic('Vostok People’s Republic'),
      republic('VNR'),
      city('Tokmak'),
    ]);
    for (const u of ['9th Rifle Division', 'Black Sea Fleet', '4th Army Corps']) expect(lines).toContain(`${u} operatesIn Tokmak`);
    expect(lines.filter((l) => l.startsWith('VNR') || l.startsWith('Vostok'))).toEqual([]);
  });

  it('does not let a place after "of" own anything but a unit', async () => {
    const { lines } = await relate('Residents of the Luhansk People’s Republic (LNR) keep leaving Tokmak.', [republic('Luhansk People’s Republic'), republic('LNR'), city('Tokmak')]);
    expect(lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });

  it('reads the noun of a group\'s people after its name ("X mercenaries", "X coastal troops")', async () => {
    const aside = await relate('Russian troops, reportedly including Wagner Group contractors, kept up attacks near Soledar.', [
      demonym('Russian', 'RU'),
      armed('Wagner Group'),
      city('Soledar'),
    ]);
    expect(aside.lines).toContain('Wagner Group operatesIn Soledar');
    const subject = await relate('Footage shows 14th Brigade coastal troops, newly arrived, defending positions near Kozachi Laheri.', [unit('14th Brigade'), city('Kozachi Laheri')]);
    expect(subject.lines).toContain('14th Brigade operatesIn Kozachi Laheri');
  });

  it('takes no other word after a group for its people', async () => {
    const { lines } = await relate('Footage shows 14th Brigade recruiters, newly arrived, defending positions near Kozachi Laheri.', [unit('14th Brigade'), city('Kozachi Laheri')]);
    expect(lines).toEqual([]);
  });

  it('places an armed organization that arrives, is stationed or is sent like a unit, and a civil one not', async () => {
    const arrived = await relate('About 300 Rosgvardia servicemen arrived in Melitopol on Monday.', [armed('Rosgvardia'), city('Melitopol')]);
    expect(arrived.lines).toEqual(['Rosgvardia operatesIn Melitopol']);
    const sent = await relate('Moscow sent Rosgvardia personnel to Zaporizhia Oblast.', [city('Moscow'), armed('Rosgvardia'), region('Zaporizhia Oblast')]);
    expect(sent.lines).toContain('Rosgvardia operatesIn Zaporizhia Oblast');
    const civil = await relate('About 30 Red Cross staff arrived in Melitopol on Monday.', [org('Red Cross'), city('Melitopol')]);
    expect(civil.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });
});

describe('Rosgvardia as the gazetteer gives it', () => {
  it('is an armed organization of the units list (an armed service, typed ORG like the Airborne Forces)', async () => {
    const found = find(await places('Rosgvardia and the Russian National Guard patrolled Melitopol.'), 'Rosgvardia');
    expect(found?.type).toBe('Organization');
    expect(found?.ref?.source).toBe('units');
  });
});

describe('operatesIn from the place of the forces, posts and people of a group, and sectors', () => {
  it('gives the units of an "including" aside the place of the forces it qualifies', async () => {
    const { lines } = await relate('Russian forces in Vasylivka, including the 9th Rifle Division and 12th Tank Regiment, are repairing roads.', [
      demonym('Russian', 'RU'),
      city('Vasylivka'),
      unit('9th Rifle Division'),
      unit('12th Tank Regiment'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['9th Rifle Division operatesIn Vasylivka', '12th Tank Regiment operatesIn Vasylivka']));
  });

  it('gives no place to units of an aside after forces that only come from it', async () => {
    const { lines } = await relate('Russian forces from Vasylivka, including the 9th Rifle Division, are repairing roads.', [demonym('Russian', 'RU'), city('Vasylivka'), unit('9th Rifle Division')]);
    expect(lines).toEqual([]);
  });

  it('reads posts and presence of a group at a place ("a Rosgvardia checkpoint in X", "the IAEA presence at X")', async () => {
    const post = await relate('Partisans destroyed a Rosgvardia checkpoint in Tokmak.', [armed('Rosgvardia'), city('Tokmak')]);
    expect(post.lines).toEqual(['Rosgvardia operatesIn Tokmak']);
    const presence = await relate('Officials welcomed the IAEA presence at the Khmelnytskyi Nuclear Power Plant.', [org('IAEA'), { text: 'Khmelnytskyi Nuclear Power Plant', type: 'Place', placeKind: 'Place' }]);
    expect(presence.lines).toEqual(['IAEA operatesIn Khmelnytskyi Nuclear Power Plant']);
    const members = await relate('Members of Iran’s Quds Force are reportedly in occupied Crimea.', [{ text: 'Iran', type: 'Place', placeKind: 'Country' }, org('Quds Force'), region('Crimea')]);
    expect(members.lines).toEqual(['Quds Force operatesIn Crimea']);
  });

  it('reads no presence from an organization\'s seat, its statements or its people coming from a place', async () => {
    const seat = await relate('The OSCE office in Vienna issued a statement.', [org('OSCE'), city('Vienna')]);
    expect(seat.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
    const from = await relate('OSCE staff from Vienna issued a statement.', [org('OSCE'), city('Vienna')]);
    expect(from.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });

  it('reads a relative clause on the group\'s people ("X volunteers who served in Y") and a rotation into a place', async () => {
    const served = await relate('Former 14th Brigade volunteers who served in Ukraine complained about payments.', [unit('14th Brigade'), { text: 'Ukraine', type: 'Place', placeKind: 'Country' }]);
    expect(served.lines).toEqual(['14th Brigade operatesIn Ukraine']);
    const rotated = await relate('The 41st Army is rotating damaged units into Belarus.', [unit('41st Army'), { text: 'Belarus', type: 'Place', placeKind: 'Country' }]);
    expect(rotated.lines).toEqual(['41st Army operatesIn Belarus']);
  });

  it('reads a bracketed apposition of a unit\'s role at a place ("the X Regiment (the main Ukrainian defenders in Y)")', async () => {
    const role = await relate('The 12th Regiment (the main Ukrainian defenders in Vovchansk) released a video.', [unit('12th Regiment'), demonym('Ukrainian', 'UA'), city('Vovchansk')]);
    expect(role.lines).toEqual(['12th Regiment operatesIn Vovchansk']);
    const origin = await relate('The 12th Regiment (the main Ukrainian recruiters from Vovchansk) released a video.', [unit('12th Regiment'), demonym('Ukrainian', 'UA'), city('Vovchansk')]);
    expect(origin.lines).toEqual([]);
  });

  it('reads "operating in the direction of X" as a sector, and an advance toward X as presence (branch dir18)', async () => {
    const sector = await relate('Elements of the 12th Engineering Brigade are operating in the direction of Lyman.', [unit('12th Engineering Brigade'), city('Lyman')]);
    expect(sector.lines).toEqual(['12th Engineering Brigade operatesIn Lyman']);
    // Asserted no presence until branch dir18, which reversed it from the read golds (a named unit moving or advancing
    // straight toward X: operatesIn in 3 of 4 sentences; unit-move-destination.ts).
    const toward = await relate('Elements of the 12th Engineering Brigade are advancing in the direction of Lyman.', [unit('12th Engineering Brigade'), city('Lyman')]);
    expect(toward.lines.filter((l) => l.includes('operatesIn'))).toEqual(['12th Engineering Brigade operatesIn Lyman']);
  });

});

describe('partOf from a bracketed owner of a list and from command or membership stated of a list', () => {
  it('reads "A and B (of the C)" as each part of C', async () => {
    const { lines } = await relate('Ukrainian forces struck the 14th Tank Regiment and 96th Rifle Regiment (of the 5th Tank Division) near Tokmak.', [
      unit('14th Tank Regiment'),
      unit('96th Rifle Regiment'),
      unit('5th Tank Division'),
      city('Tokmak'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['14th Tank Regiment partOf 5th Tank Division', '96th Rifle Regiment partOf 5th Tank Division']));
  });

  it('reads "A and B are under the operational command of C" and "are officially a part of C"', async () => {
    const command = await relate('The 3rd and 4th Army Corps are now formally under the operational command of Russia’s Eastern Military District.', [
      unit('3rd', 0),
      unit('4th Army Corps'),
      { text: 'Russia', type: 'Place', placeKind: 'Country' },
      unit('Eastern Military District'),
    ]);
    expect(command.lines).toEqual(expect.arrayContaining(['3rd partOf Eastern Military District', '4th Army Corps partOf Eastern Military District']));
    const part = await relate('The 3rd Army Corps is now officially a part of the Russian Ground Forces.', [unit('3rd Army Corps'), org('Russian Ground Forces')]);
    expect(part.lines).toEqual(['3rd Army Corps partOf Russian Ground Forces']);
  });

  it('reads no hierarchy from a plan, a person in command or a bracket that is no owner', async () => {
    const plan = await relate('The 3rd Army Corps will likely be placed under the command of the Eastern Military District.', [unit('3rd Army Corps'), unit('Eastern Military District')]);
    expect(plan.lines).toEqual([]);
    const aside = await relate('The 14th Tank Regiment (near the 5th Tank Division) withdrew.', [unit('14th Tank Regiment'), unit('5th Tank Division')]);
    expect(aside.lines).toEqual([]);
  });
});
