import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes('operatesIn'));

describe('units named in brackets as the source of a force act with it', () => {
  it('places each unit of "N groups (two each from A and B) advanced to X"', async () => {
    const { lines } = await relate('Four battalion groups (two each from the 3rd Tank Brigade and the 9th Rifle Brigade) advanced to Dubki on Monday.', [
      unit('3rd Tank Brigade'),
      unit('9th Rifle Brigade'),
      city('Dubki'),
    ]);
    expect(lines).toContain('3rd Tank Brigade operatesIn Dubki');
    expect(lines).toContain('9th Rifle Brigade operatesIn Dubki');
  });

  it('does not place them when the force only plans to act, nor a unit bracketed as an owner of a unit', async () => {
    const plan = await relate('Four battalion groups (two each from the 3rd Tank Brigade) will advance to Dubki.', [unit('3rd Tank Brigade'), city('Dubki')]);
    expect(presence(plan.lines)).toEqual([]);
    const owner = await relate('The 12th Regiment (of the 3rd Tank Brigade) advanced to Dubki.', [unit('12th Regiment'), unit('3rd Tank Brigade'), city('Dubki')]);
    expect(owner.lines).toContain('12th Regiment operatesIn Dubki');
    expect(owner.lines).not.toContain('3rd Tank Brigade operatesIn Dubki');
  });
});
