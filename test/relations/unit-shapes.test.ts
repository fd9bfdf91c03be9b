import { describe, expect, it } from 'vitest';
import { person, relate, unit } from './run.js';

describe('partOf: "A and B, both of C", "C and its A", "A (subordinate to C)"', () => {
  it('reads each formation of a list before "both of", a possessive "its", a bracketed subordination', async () => {
    const both = await relate('The 71st Rifle Regiment and 72nd Tank Regiment, both of the 9th Rifle Division, crossed the river.', [
      unit('71st Rifle Regiment'),
      unit('72nd Tank Regiment'),
      unit('9th Rifle Division'),
    ]);
    expect(both.lines.sort()).toEqual(['71st Rifle Regiment partOf 9th Rifle Division', '72nd Tank Regiment partOf 9th Rifle Division']);
    const its = await relate('Troops of the 9th Rifle Division and its 71st Rifle Regiment crossed the river.', [unit('9th Rifle Division'), unit('71st Rifle Regiment')]);
    expect(its.lines).toEqual(['71st Rifle Regiment partOf 9th Rifle Division']);
    const bracket = await relate('The 71st Rifle Regiment (subordinate to the 9th Rifle Division) crossed the river.', [unit('71st Rifle Regiment'), unit('9th Rifle Division')]);
    expect(bracket.lines).toEqual(['71st Rifle Regiment partOf 9th Rifle Division']);
  });

  it('does not read facing, fighting or a list of peers as subordination', async () => {
    const facing = await relate('The 71st Rifle Regiment (opposite the 9th Rifle Division) crossed the river.', [unit('71st Rifle Regiment'), unit('9th Rifle Division')]);
    expect(facing.lines).toEqual([]);
    const peers = await relate('The 9th Rifle Division and the 71st Rifle Regiment crossed the river.', [unit('9th Rifle Division'), unit('71st Rifle Regiment')]);
    expect(peers.lines).toEqual([]);
    const against = await relate('The 71st Rifle Regiment and 72nd Tank Regiment, both fighting the 9th Rifle Division, crossed the river.', [
      unit('71st Rifle Regiment'),
      unit('72nd Tank Regiment'),
      unit('9th Rifle Division'),
    ]);
    expect(against.lines.filter((l) => l.includes('partOf'))).toEqual([]);
  });
});

describe('memberOf: a plural office of a formation before a list of names', () => {
  it('ties each name of the list to the formation, and none without the possessive office', async () => {
    const list = await relate('Reports named the 9th Rifle Division’s deputy commanders Colonel Ion Rusu, Colonel Petru Lungu, and Colonel Ana Vrabie.', [
      unit('9th Rifle Division'),
      person('Ion Rusu', 'Colonel'),
      person('Petru Lungu', 'Colonel'),
      person('Ana Vrabie', 'Colonel'),
    ]);
    expect(list.lines.sort()).toEqual(['Ana Vrabie memberOf 9th Rifle Division', 'Ion Rusu memberOf 9th Rifle Division', 'Petru Lungu memberOf 9th Rifle Division']);
    const praised = await relate('Reports about the 9th Rifle Division praised Colonel Ion Rusu and Colonel Petru Lungu.', [
      unit('9th Rifle Division'),
      person('Ion Rusu', 'Colonel'),
      person('Petru Lungu', 'Colonel'),
    ]);
    expect(praised.lines).toEqual([]);
  });
});
