import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes('withdrewFrom'));

describe('forces transferred or redeployed away from a place withdrew from it', () => {
  it('reads forces transferred from a place, a bank of a region, or an area', async () => {
    const a = await relate('Sylvanian officials said that Freedonian forces are transferring the remaining Freedonian airborne units from right (west) bank Alpha Oblast to Beta Oblast.', [
      demonym('Freedonian', 'FD'),
      demonym('Freedonian', 'FD', 1),
      region('Alpha Oblast'),
      region('Beta Oblast'),
    ]);
    expect(withdrawals(a.lines)).toEqual(['Freedonian withdrewFrom Alpha Oblast']);
    const b = await relate('Freedonian forces transferred several battalions from the Ostrova area to the Dubno area.', [demonym('Freedonian', 'FD'), city('Ostrova'), city('Dubno')]);
    expect(withdrawals(b.lines)).toEqual(['Freedonian withdrewFrom Ostrova']);
  });

  it('reads a plain "redeploy from X"', async () => {
    const { lines } = await relate('Freedonian forces continued to redeploy from Ostrova to Dubno over the weekend.', [demonym('Freedonian', 'FD'), city('Ostrova'), city('Dubno')]);
    expect(withdrawals(lines)).toEqual(['Freedonian withdrewFrom Ostrova']);
  });

  it('reads no withdrawal for things transferred, a sector left, a plan, or a named unit moved by another', async () => {
    for (const text of [
      'Freedonian forces transferred heavy military equipment and drones from Ostrova to Dubno last week.',
      'Freedonian forces are transferring ammunition from Ostrova to Dubno.',
      'Freedonian troops are transferring several units from the Ostrova direction to the Dubno direction.',
      'Freedonian forces will transfer some units from Ostrova to Dubno.',
      'Freedonian forces are preparing to redeploy from Ostrova to Dubno.',
      'Freedonian forces are unlikely to transfer any units from Ostrova to Dubno.',
    ]) {
      const { lines } = await relate(text, [demonym('Freedonian', 'FD'), city('Ostrova'), city('Dubno')]);
      expect(withdrawals(lines), text).toEqual([]);
    }
    const named = await relate('Freedonian forces have recently transferred the 12th Tank Brigade from Ostrova to Dubno.', [demonym('Freedonian', 'FD'), unit('12th Tank Brigade'), city('Ostrova'), city('Dubno')]);
    expect(withdrawals(named.lines).filter((l) => l.startsWith('Freedonian '))).toEqual([]);
  });
});
