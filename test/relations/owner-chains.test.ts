import { describe, expect, it } from 'vitest';
import { relate, republic, unit } from './run.js';

const partOf = (lines: string[]) => lines.filter((l) => l.includes(' partOf ')).sort();

describe('partOf: a formation owned through a chain or a republic', () => {
  it('reads a bracket whose owner has its own "of the <unit>" chain', async () => {
    const r = await relate('The new battalion will join the 27th Rifle Division (of the 6th Army of the Western Military District) next month.', [
      unit('27th Rifle Division'),
      unit('6th Army'),
      unit('Western Military District'),
    ]);
    expect(partOf(r.lines)).toEqual(['27th Rifle Division partOf 6th Army', '6th Army partOf Western Military District']);
  });

  it('reads a republic named as the owner of the formation after "of the"', async () => {
    const r = await relate('The 7th Brigade of the Luhansk People’s Republic 5th Army Corps held positions near the river.', [
      unit('7th Brigade'),
      republic('Luhansk People’s Republic'),
      unit('5th Army Corps'),
    ]);
    expect(partOf(r.lines)).toEqual(['7th Brigade partOf 5th Army Corps']);
  });

  it('reads a single unit\'s bracket that goes on after the owner, but not a republic alone', async () => {
    // (A bracket opened by "of the" names the owner whatever follows it in the bracket: unseen-office-shapes.test.ts.)
    const bracket = await relate('The 27th Rifle Division (of the 6th Army, which retreated) attacked.', [unit('27th Rifle Division'), unit('6th Army')]);
    expect(partOf(bracket.lines)).toEqual(['27th Rifle Division partOf 6th Army']);
    const alone = await relate('The 7th Brigade of the Luhansk People’s Republic held positions near the river.', [unit('7th Brigade'), republic('Luhansk People’s Republic')]);
    expect(partOf(alone.lines)).toEqual([]);
  });
});
