import { describe, expect, it } from 'vitest';
import { unit, relate } from './run.js';

// Unit hierarchies in hedged and bracketed asides (rules/unit-hedges.ts).
describe('hedged and bracketed unit hierarchies', () => {
  it('reads a hedged owner in either order, the echelons deciding', async () => {
    const reversed = await relate('Elements of the 14th Combined Arms Army, possibly of the 77th Motorized Rifle Division, advanced.', [
      unit('14th Combined Arms Army'),
      unit('77th Motorized Rifle Division'),
    ]);
    expect(reversed.lines).toContain('77th Motorized Rifle Division partOf 14th Combined Arms Army');
    expect(reversed.lines).not.toContain('14th Combined Arms Army partOf 77th Motorized Rifle Division');
    const plain = await relate('The 3rd Battalion (likely of the 41st Brigade) shelled the bridge.', [unit('3rd Battalion'), unit('41st Brigade')]);
    expect(plain.lines).toContain('3rd Battalion partOf 41st Brigade');
    expect(plain.lines).not.toContain('41st Brigade partOf 3rd Battalion');
  });

  it('reads a bracketed relative clause of inclusion, and no hedge-less aside', async () => {
    const { lines } = await relate('Recruits join the Vostok Legion (which includes the 5th Battalion and the 6th Battalion) weekly.', [
      unit('Vostok Legion'),
      unit('5th Battalion'),
      unit('6th Battalion'),
    ]);
    expect(lines).toContain('5th Battalion partOf Vostok Legion');
    expect(lines).toContain('6th Battalion partOf Vostok Legion');
    const listed = await relate('Elements of the 14th Combined Arms Army, the 77th Motorized Rifle Division, and others advanced.', [
      unit('14th Combined Arms Army'),
      unit('77th Motorized Rifle Division'),
    ]);
    expect(listed.lines).not.toContain('77th Motorized Rifle Division partOf 14th Combined Arms Army');
  });
});
