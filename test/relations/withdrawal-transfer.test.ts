import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes('withdrewFrom'));

describe('forces transferred or redeployed away from a place withdrew from it', () => {
  it('reads forces transferred from a place, a bank of a region, or an area', async () => {
    const a = await relate('Freedonian sources stated that Russian forces are transferring the remnants of the Russian airborne units from right (west) bank Alpha Oblast to Beta Oblast.', [
      demonym('Russian', 'RU'),
      demonym('Russian', 'RU', 1),
      region('Alpha Oblast'),
      region('Beta Oblast'),
    ]);
    expect(withdrawals(a.lines)).toEqual(['Russian withdrewFrom Alpha Oblast']);
    const b = await relate('Russian forces transferred several battalions from the Orikhiv area to the Tokmak area.', [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')]);
    expect(withdrawals(b.lines)).toEqual(['Russian withdrewFrom Orikhiv']);
  });

  it('reads a plain "redeploy from X"', async () => {
    const { lines } = await relate('Russian forces continued to redeploy from Orikhiv to Tokmak for further deployment.', [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')]);
    expect(withdrawals(lines)).toEqual(['Russian withdrewFrom Orikhiv']);
  });

  it('reads no withdrawal for things transferred, a sector left, a plan, or a named unit moved by another', async () => {
    for (const text of [
      'Russian forces transferred land, air, and sea military equipment from Orikhiv to Tokmak on May 26.',
      'Russian forces are transferring ammunition from Orikhiv to Tokmak.',
      'Russian troops are transferring separate units from the Orikhiv direction to the Tokmak direction.',
      'Russian forces will transfer some units from Orikhiv to Tokmak.',
      'Russian forces are preparing to redeploy from Orikhiv to Tokmak.',
      'Russian forces are unlikely to transfer any units from Orikhiv to Tokmak.',
    ]) {
      const { lines } = await relate(text, [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')]);
      expect(withdrawals(lines), text).toEqual([]);
    }
    const named = await relate('Russian forces have recently transferred the 12th Tank Brigade from Orikhiv to Tokmak.', [demonym('Russian', 'RU'), unit('12th Tank Brigade'), city('Orikhiv'), city('Tokmak')]);
    expect(withdrawals(named.lines).filter((l) => l.startsWith('Russian '))).toEqual([]);
  });
});
