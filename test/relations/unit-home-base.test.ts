import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

describe('where a unit is based, said in an aside of its name (rules/unit-home-base.ts)', () => {
  it('reads a bracket and a participle after "part of"', async () => {
    const a = await relate('The 205th Rifle Brigade (based in Ostrova, Marsh Krai) was deployed to Krutoye.', [unit('205th Rifle Brigade'), city('Ostrova'), city('Krutoye')]);
    expect(a.lines).toContain('205th Rifle Brigade operatesIn Ostrova');
    const b = await relate('Elements of the 25th Rifle Brigade, part of the 6th Army and permanently deployed near Ostrova, are active in Krutoye.', [
      unit('25th Rifle Brigade'),
      unit('6th Army'),
      city('Ostrova'),
      city('Krutoye'),
    ]);
    expect(b.lines).toContain('25th Rifle Brigade operatesIn Ostrova');
  });

  it('reads no base that was left, nor the base of a unit the aside does not follow', async () => {
    const a = await relate('The 205th Rifle Brigade (formerly based in Ostrova) was deployed to Krutoye.', [unit('205th Rifle Brigade'), city('Ostrova'), city('Krutoye')]);
    expect(a.lines).not.toContain('205th Rifle Brigade operatesIn Ostrova');
    const b = await relate('The 205th Rifle Brigade relieved a Freedonian garrison (based in Ostrova) near Krutoye.', [unit('205th Rifle Brigade'), city('Ostrova'), city('Krutoye')]);
    expect(b.lines).not.toContain('205th Rifle Brigade operatesIn Ostrova');
  });
});
