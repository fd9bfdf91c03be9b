import { describe, expect, it } from 'vitest';
import { armed, city, region, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

describe('presence of a unit moving through or hiding in a place (unit-stationed-at-place)', () => {
  it('reads a passage through a place and hiding in it', async () => {
    const column = await relate('A column of the 9th Army was seen moving through Tokmak on Monday.', [unit('9th Army'), city('Tokmak')]);
    expect(column.lines).toContain('9th Army operatesIn Tokmak');
    const hid = await relate('Servicemen of the 44th Regiment hid in Orikhiv after the retreat.', [unit('44th Regiment'), city('Orikhiv')]);
    expect(hid.lines).toContain('44th Regiment operatesIn Orikhiv');
  });

  it('reads no passage still to come, no place set out from', async () => {
    const plan = await relate('The 9th Army will move through Tokmak.', [unit('9th Army'), city('Tokmak')]);
    expect(presence(plan.lines)).toEqual([]);
    const origin = await relate('A column of the 9th Army was seen moving from Tokmak.', [unit('9th Army'), city('Tokmak')]);
    expect(presence(origin.lines)).toEqual([]);
  });
});

describe("presence of a unit's people at work at a place (unit-stationed-at-place)", () => {
  it('reads taking part in combat operations and carrying out a mission there', async () => {
    const first = await relate('The Sokol volunteer battalion took part in its first combat operation in an undisclosed location in Vesna Oblast.', [
      unit('Sokol volunteer battalion'),
      region('Vesna Oblast'),
    ]);
    expect(first.lines).toContain('Sokol volunteer battalion operatesIn Vesna Oblast');
    const mission = await relate('Footage shows 12th Brigade personnel performing a combat mission in the Tokmak area.', [unit('12th Brigade'), city('Tokmak')]);
    expect(mission.lines).toContain('12th Brigade operatesIn Tokmak');
  });

  it('reads no refusal, order or plan to take part', async () => {
    const refused = await relate('Elements of the 12th Brigade refused to participate in combat in Vesna Oblast.', [unit('12th Brigade'), region('Vesna Oblast')]);
    expect(presence(refused.lines)).toEqual([]);
    const ordered = await relate('The 12th Brigade was ordered to perform a combat mission in Tokmak.', [unit('12th Brigade'), city('Tokmak')]);
    expect(presence(ordered.lines)).toEqual([]);
    const plan = await relate('The 12th Brigade will participate in combat operations in Tokmak.', [unit('12th Brigade'), city('Tokmak')]);
    expect(presence(plan.lines)).toEqual([]);
  });
});

describe('a unit named as the main force in a place (unit-in-place)', () => {
  it('reads a dash apposition and a copula', async () => {
    const dash = await relate('The 3rd Division of the 9th Army\u2014the primary combat force in eastern Vesna Oblast\u2014lost many men.', [
      unit('3rd Division'),
      unit('9th Army'),
      region('Vesna Oblast'),
    ]);
    expect(dash.lines).toContain('9th Army operatesIn Vesna Oblast');
    const copula = await relate('The 9th and 12th Armies are the primary forces in Vesna Oblast.', [unit('9th'), unit('12th Armies'), region('Vesna Oblast')]);
    expect(copula.lines).toContain('9th operatesIn Vesna Oblast');
    expect(copula.lines).toContain('12th Armies operatesIn Vesna Oblast');
  });

  it('reads no force named for a task or sent elsewhere', async () => {
    const task = await relate('The 9th Army is the main force for the defense of Vesna Oblast.', [unit('9th Army'), region('Vesna Oblast')]);
    expect(presence(task.lines)).toEqual([]);
    const sent = await relate('The 9th Army is the main force to be sent to Vesna Oblast.', [unit('9th Army'), region('Vesna Oblast')]);
    expect(presence(sent.lines)).toEqual([]);
  });
});

describe('a unit sent to a place for a purpose that names another unit (unit-sent-to-place)', () => {
  it('reads the place where the purpose is carried out, past an aside, a quote and the unit it joins', async () => {
    const { lines } = await relate('Moscow was redeploying elements of the 41st Brigade, both from the 9th Army, to \u201creplenish the losses of the 9th Army group\u201d in Vesna Oblast.', [
      unit('41st Brigade'),
      unit('9th Army'),
      unit('9th Army', 1),
      region('Vesna Oblast'),
    ]);
    expect(lines).toContain('41st Brigade operatesIn Vesna Oblast');
  });

  it('reads no place the purpose only concerns, and no sending still to come', async () => {
    const topic = await relate('Moscow sent elements of the 41st Brigade to replenish losses that the 9th Army took in Vesna Oblast.', [
      unit('41st Brigade'),
      unit('9th Army'),
      region('Vesna Oblast'),
    ]);
    expect(topic.lines).not.toContain('41st Brigade operatesIn Vesna Oblast');
    const plan = await relate('Moscow will send elements of the 41st Brigade to reinforce the 9th Army in Vesna Oblast.', [unit('41st Brigade'), unit('9th Army'), region('Vesna Oblast')]);
    expect(plan.lines).not.toContain('41st Brigade operatesIn Vesna Oblast');
  });
});

describe('units readying an attack from a place (unit-stationed-at-place)', () => {
  it('reads each unit of the list at the place it readies the attack from', async () => {
    const { lines } = await relate('Elements of the 9th Army, 41st Brigade, and 12th Corps are preparing for an offensive south of Tokmak.', [
      unit('9th Army'),
      unit('41st Brigade'),
      unit('12th Corps'),
      city('Tokmak'),
    ]);
    expect(lines).toContain('9th Army operatesIn Tokmak');
    expect(lines).toContain('41st Brigade operatesIn Tokmak');
    expect(lines).toContain('12th Corps operatesIn Tokmak');
  });

  it("reads no attack's target and no readying still to come", async () => {
    const target = await relate('Elements of the 9th Army are preparing for an assault on Tokmak.', [unit('9th Army'), city('Tokmak')]);
    expect(presence(target.lines)).toEqual([]);
    const plan = await relate('Elements of the 9th Army will prepare for an offensive near Tokmak.', [unit('9th Army'), city('Tokmak')]);
    expect(presence(plan.lines)).toEqual([]);
  });
});

describe("a unit's losses at a place (unit-in-place)", () => {
  it('reads the losses named after the unit', async () => {
    const { lines } = await relate("The 5th Brigade's losses near Kovalivka were heavy.", [unit('5th Brigade'), city('Kovalivka')]);
    expect(lines).toContain('5th Brigade operatesIn Kovalivka');
  });

  it('reads no losses the unit inflicted elsewhere', async () => {
    const { lines } = await relate('The 5th Brigade inflicted heavy losses on forces that had come from Kovalivka.', [unit('5th Brigade'), city('Kovalivka')]);
    expect(presence(lines)).toEqual([]);
  });
});

describe('a unit acting together with a force named by its side only (unit-action-at-place)', () => {
  it('reads the unit at the place the two act at', async () => {
    const fighting = await relate('Kaskad Group units and Vesnian forces are fighting on the western outskirts of Tokmak.', [
      armed('Kaskad Group'),
      { text: 'Vesnian', type: 'Place', form: 'demonym' },
      city('Tokmak'),
    ]);
    expect(fighting.lines).toContain('Kaskad Group operatesIn Tokmak');
    const formation = await relate('Elements of the 41st Brigade and the Vesna Republic 7th tactical formation advanced southeast of Orikhiv.', [
      unit('41st Brigade'),
      region('Vesna Republic'),
      city('Orikhiv'),
    ]);
    expect(formation.lines).toContain('41st Brigade operatesIn Orikhiv');
  });

  it('reads nothing when the two are what another force acts on, or only plan to act', async () => {
    const object = await relate('Vesnian forces struck the 41st Brigade and allied forces near Orikhiv.', [
      { text: 'Vesnian', type: 'Place', form: 'demonym' },
      unit('41st Brigade'),
      city('Orikhiv'),
    ]);
    expect(presence(object.lines)).toEqual([]);
    const owned = await relate('Vesnian forces entered the base of the Guard’s 41st Brigade and Vesnian forces seized a school in central Orikhiv.', [
      { text: 'Vesnian', type: 'Place', form: 'demonym' },
      { text: 'Vesnian', type: 'Place', form: 'demonym', nth: 1 },
      unit('41st Brigade'),
      city('Orikhiv'),
    ]);
    expect(owned.lines).not.toContain('41st Brigade operatesIn Orikhiv');
    const plan = await relate('The 41st Brigade and allied forces will attack near Orikhiv.', [unit('41st Brigade'), city('Orikhiv')]);
    expect(presence(plan.lines)).toEqual([]);
  });
});

describe('a unit joined to a force by "along with" (unit-among-forces)', () => {
  it('reads the unit where the force acts', async () => {
    const { lines } = await relate('Vesnian troops, along with Kaskad Group mercenaries, are fighting in Tokmak.', [
      { text: 'Vesnian', type: 'Place', form: 'demonym' },
      armed('Kaskad Group'),
      city('Tokmak'),
    ]);
    expect(lines).toContain('Kaskad Group operatesIn Tokmak');
  });

  it('reads nothing for a unit the force fights along with, or acts on', async () => {
    const against = await relate('Vesnian troops, along with destroying the 41st Brigade, are fighting in Tokmak.', [
      { text: 'Vesnian', type: 'Place', form: 'demonym' },
      unit('41st Brigade'),
      city('Tokmak'),
    ]);
    expect(presence(against.lines)).toEqual([]);
    const plan = await relate('Vesnian troops, along with the 41st Brigade, will attack Tokmak.', [{ text: 'Vesnian', type: 'Place', form: 'demonym' }, unit('41st Brigade'), city('Tokmak')]);
    expect(presence(plan.lines)).toEqual([]);
  });
});

describe('a bearing word before the place of a post or an armed organization (unit-post-at-place, armed-org-in-place)', () => {
  it('reads the place', async () => {
    const post = await relate('Vesnian drones struck a command post of the 49th Army near southern Tokmak.', [
      { text: 'Vesnian', type: 'Place', form: 'demonym' },
      unit('49th Army'),
      city('Tokmak'),
    ]);
    expect(post.lines).toContain('49th Army operatesIn Tokmak');
    const armedOrg = await relate('Kaskad Group forces in western Vesna Oblast are digging in.', [armed('Kaskad Group'), region('Vesna Oblast')]);
    expect(armedOrg.lines).toContain('Kaskad Group operatesIn Vesna Oblast');
  });

  it('reads no place a post was moved from, nor one it heads for', async () => {
    const { lines } = await relate('A command post of the 49th Army moved from southern Tokmak.', [unit('49th Army'), city('Tokmak')]);
    expect(presence(lines)).toEqual([]);
    const heading = await relate('Ten BTGs of the 49th Army are driving on the eastern Tokmak suburbs.', [unit('49th Army'), city('Tokmak')]);
    expect(presence(heading.lines)).toEqual([]);
  });
});
