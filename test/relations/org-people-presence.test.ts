import { describe, expect, it } from 'vitest';
import { armed, city, org, region, relate, site, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

describe('presence of an organization: its people or the organization itself said to be at a place (org-people-in-place)', () => {
  it('reads its people with a verb of being there', async () => {
    const officers = await relate('Security service officers are reportedly active in Tokmak.', [org('Security service'), city('Tokmak')]);
    expect(officers.lines).toContain('Security service operatesIn Tokmak');
    const arrived = await relate('Atomstroy employees are working at the Vasylivka Power Plant.', [org('Atomstroy'), site('Vasylivka Power Plant')]);
    expect(arrived.lines).toContain('Atomstroy operatesIn Vasylivka Power Plant');
    const mission = await relate('The Monitoring Agency mission remained at the Vasylivka Power Plant.', [org('Monitoring Agency'), site('Vasylivka Power Plant')]);
    expect(mission.lines).toContain('Monitoring Agency operatesIn Vasylivka Power Plant');
  });

  it('reads the organization itself at work in a place', async () => {
    const { lines } = await relate('The Rescue Ministry is operating in the towns of Tokmak and Orikhiv.', [org('Rescue Ministry'), city('Tokmak'), city('Orikhiv')]);
    expect(lines).toContain('Rescue Ministry operatesIn Tokmak');
    expect(lines).toContain('Rescue Ministry operatesIn Orikhiv');
  });

  it('reads nothing for a plan, people who left, or a seat', async () => {
    const plan = await relate('Atomstroy employees will work at the Vasylivka Power Plant.', [org('Atomstroy'), site('Vasylivka Power Plant')]);
    expect(presence(plan.lines)).toEqual([]);
    const left = await relate('Security service officers who left Tokmak are now in hiding.', [org('Security service'), city('Tokmak')]);
    expect(presence(left.lines)).toEqual([]);
    const seat = await relate('The Rescue Ministry is based in Orikhiv.', [org('Rescue Ministry'), city('Orikhiv')]);
    expect(presence(seat.lines)).toEqual([]);
  });
});

describe('presence of an organization: recruiting and policing residents (org-acts-in-place)', () => {
  it('reads recruiting in a place and detaining its residents', async () => {
    const recruiting = await relate('The Kaskad Group is recruiting prisoners in penal colonies in Rostov Oblast.', [armed('Kaskad Group'), region('Rostov Oblast')]);
    expect(recruiting.lines).toContain('Kaskad Group operatesIn Rostov Oblast');
    const residents = await relate('The security service detained three residents of occupied Tokmak.', [org('security service'), city('Tokmak')]);
    expect(residents.lines).toContain('security service operatesIn Tokmak');
  });

  it('reads no recruiting where recruits come from or are sent', async () => {
    const origin = await relate('The Kaskad Group recruited men from Tokmak.', [armed('Kaskad Group'), city('Tokmak')]);
    expect(presence(origin.lines)).toEqual([]);
    const reporter = await relate('The security service said that soldiers detained residents of Tokmak.', [org('security service'), city('Tokmak')]);
    expect(presence(reporter.lines)).toEqual([]);
  });
});

describe('presence of a unit: gaining ground, keeping up a defense, closing a ring, posing in footage', () => {
  it('reads the verbs', async () => {
    const gained = await relate('Special forces of the 141st Regiment gained ground around Tokmak.', [unit('141st Regiment'), city('Tokmak')]);
    expect(gained.lines).toContain('141st Regiment operatesIn Tokmak');
    const defense = await relate('Elements of the 7th Brigade are maintaining the defense of Orikhiv.', [unit('7th Brigade'), city('Orikhiv')]);
    expect(defense.lines).toContain('7th Brigade operatesIn Orikhiv');
    const ring = await relate('Units of the 5th Army continued operations to surround Tokmak.', [unit('5th Army'), city('Tokmak')]);
    expect(ring.lines).toContain('5th Army operatesIn Tokmak');
    const posing = await relate('Footage shows Kaskad Group fighters reportedly posing in Orikhiv.', [armed('Kaskad Group'), city('Orikhiv')]);
    expect(posing.lines).toContain('Kaskad Group operatesIn Orikhiv');
  });

  it('reads no plan to surround a place, and no future presence', async () => {
    const plan = await relate('The 141st Regiment plans to surround Tokmak.', [unit('141st Regiment'), city('Tokmak')]);
    expect(presence(plan.lines)).toEqual([]);
    const future = await relate('The 7th Brigade will be stationed in Orikhiv.', [unit('7th Brigade'), city('Orikhiv')]);
    expect(presence(future.lines)).toEqual([]);
  });
});
