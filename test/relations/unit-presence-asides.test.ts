import { describe, expect, it } from 'vitest';
import { city, region, relate, unit } from './run.js';

describe('where a unit is, told in a list aside, an addition, a duty or a hedged past (rules/builtin.ts)', () => {
  it('reads the units of an "including" aside after forces with a participle of being there', async () => {
    const a = await relate('Several Freedonian units fighting in Ostrova (including the 41st Rifle Regiment and 42nd Tank Regiment) have suffered losses.', [
      unit('41st Rifle Regiment'),
      unit('42nd Tank Regiment'),
      city('Ostrova'),
    ]);
    expect(a.lines).toEqual(expect.arrayContaining(['41st Rifle Regiment operatesIn Ostrova', '42nd Tank Regiment operatesIn Ostrova']));
    // A force that only heads somewhere names no place of its units.
    const b = await relate('Several Freedonian units heading to Ostrova (including the 41st Rifle Regiment and 42nd Tank Regiment) have suffered losses.', [
      unit('41st Rifle Regiment'),
      unit('42nd Tank Regiment'),
      city('Ostrova'),
    ]);
    expect(b.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });

  it('reads the base of the units of an "including" aside, not a base they only left', async () => {
    const a = await relate('Freedonian units (including the 41st Rifle Regiment and 42nd Tank Regiment) are still stationed in or near Krutoye.', [
      unit('41st Rifle Regiment'),
      unit('42nd Tank Regiment'),
      city('Krutoye'),
    ]);
    expect(a.lines).toEqual(expect.arrayContaining(['41st Rifle Regiment operatesIn Krutoye', '42nd Tank Regiment operatesIn Krutoye']));
    const b = await relate('Freedonian units (including the 41st Rifle Regiment and 42nd Tank Regiment) will be based in Krutoye.', [
      unit('41st Rifle Regiment'),
      unit('42nd Tank Regiment'),
      city('Krutoye'),
    ]);
    expect(b.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });

  it('reads the units added to the main forces of a place', async () => {
    const a = await relate('The 6th and 7th Armies are the main Freedonian forces in Marshland, in addition to the 3rd and 4th Army Corps.', [
      unit('6th'),
      unit('7th Armies'),
      region('Marshland'),
      unit('3rd'),
      unit('4th Army Corps'),
    ]);
    expect(a.lines).toEqual(expect.arrayContaining(['3rd operatesIn Marshland', '4th Army Corps operatesIn Marshland', '7th Armies operatesIn Marshland']));
    // An addition to something else than forces in a place says nothing of where the unit is.
    const b = await relate('Freedonia sent new tanks to Marshland, in addition to the 3rd Army Corps.', [region('Marshland'), unit('3rd Army Corps')]);
    expect(b.lines).not.toContain('3rd Army Corps operatesIn Marshland');
  });

  it('reads a unit responsible for the defense of a place, not one that only plans it', async () => {
    const a = await relate('Milbloggers said that the 5th Rifle Brigade is responsible for the defense of Ostrova.', [unit('5th Rifle Brigade'), city('Ostrova')]);
    expect(a.lines).toContain('5th Rifle Brigade operatesIn Ostrova');
    const b = await relate('Milbloggers said that the 5th Rifle Brigade is responsible for defending Ostrova.', [unit('5th Rifle Brigade'), city('Ostrova')]);
    expect(b.lines).toContain('5th Rifle Brigade operatesIn Ostrova');
    const c = await relate('Milbloggers said that the 5th Rifle Brigade will be responsible for the defense of Ostrova.', [unit('5th Rifle Brigade'), city('Ostrova')]);
    expect(c.lines).not.toContain('5th Rifle Brigade operatesIn Ostrova');
  });

  it('reads the place operations set out from, and not a place they only head to', async () => {
    const a = await relate('Elements of the 9th Tank Army continued offensive operations from Ostrova towards Krutoye.', [unit('9th Tank Army'), city('Ostrova'), city('Krutoye')]);
    expect(a.lines).toContain('9th Tank Army operatesIn Ostrova');
    const b = await relate('Elements of the 9th Tank Army will launch offensive operations from Ostrova towards Krutoye.', [unit('9th Tank Army'), city('Ostrova'), city('Krutoye')]);
    expect(b.lines).not.toContain('9th Tank Army operatesIn Ostrova');
  });

  it('reads a hedged past of being there, not a possibility to come', async () => {
    const a = await relate('Men mobilized into the 8th Marine Regiment, which may have been in Marshland, have not been heard from.', [unit('8th Marine Regiment'), region('Marshland')]);
    expect(a.lines).toContain('8th Marine Regiment operatesIn Marshland');
    const b = await relate('Men mobilized into the 8th Marine Regiment, which may be in Marshland soon, have not been heard from.', [unit('8th Marine Regiment'), region('Marshland')]);
    expect(b.lines).not.toContain('8th Marine Regiment operatesIn Marshland');
  });
});
