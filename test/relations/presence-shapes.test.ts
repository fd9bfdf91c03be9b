import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { armed, city, org, relate, unit } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes(' operatesIn '));

describe('presence: where a unit was deployed from', () => {
  it('reads the destination, not the home a unit was deployed from', async () => {
    const { lines } = await relate('The 12th Rifle Brigade deployed from Pskov to Tokmak last week.', [unit('12th Rifle Brigade'), city('Pskov'), city('Tokmak')]);
    expect(lines).toContain('12th Rifle Brigade operatesIn Tokmak');
    expect(lines).not.toContain('12th Rifle Brigade operatesIn Pskov');
  });

  it('still places a unit REdeployed from a front (it had been deployed there)', async () => {
    const { lines } = await relate('The 12th Rifle Brigade redeployed from Orikhiv to Tokmak last week.', [unit('12th Rifle Brigade'), city('Orikhiv'), city('Tokmak')]);
    expect(lines).toContain('12th Rifle Brigade operatesIn Orikhiv');
    expect(lines).toContain('12th Rifle Brigade operatesIn Tokmak');
  });

  it('still places a unit that is deployed in a place', async () => {
    const { lines } = await relate('The 12th Rifle Brigade is deployed near Tokmak.', [unit('12th Rifle Brigade'), city('Tokmak')]);
    expect(lines).toContain('12th Rifle Brigade operatesIn Tokmak');
  });
});

describe('presence: a sending told by a noun', () => {
  it('places every unit of the list at every place of the list', async () => {
    const { lines } = await relate('A leaked order directed the redeployment of the 7th and 9th Regiments to Orikhiv and Tokmak.', [
      unit('7th'),
      unit('9th Regiments'),
      city('Orikhiv'),
      city('Tokmak'),
    ]);
    for (const u of ['7th', '9th Regiments']) for (const p of ['Orikhiv', 'Tokmak']) expect(lines).toContain(`${u} operatesIn ${p}`);
  });

  it('reads nothing from a deployment whose destination is not a place', async () => {
    const { lines } = await relate('The deployment of the 7th Regiment to the front worried officials in Orikhiv.', [unit('7th Regiment'), city('Orikhiv')]);
    expect(presence(lines)).toEqual([]);
  });
});

describe('presence: an organization at work in a place (org-acts-in-place)', () => {
  it('reads policing by a security service', async () => {
    const raids = await relate('The security service is conducting mass searches in occupied Orikhiv.', [org('security service'), city('Orikhiv')]);
    expect(raids.lines).toContain('security service operatesIn Orikhiv');
    const detained = await relate('Rosgvardia detained two teachers in Tokmak on Monday.', [armed('Rosgvardia'), city('Tokmak')]);
    expect(detained.lines).toContain('Rosgvardia operatesIn Tokmak');
  });

  it('reads a ministry sending its own people, also when it reports it', async () => {
    const { lines } = await relate('The Interior Ministry announced on May 2 that it has deployed its officers to occupied Orikhiv and Tokmak.', [
      org('Interior Ministry'),
      city('Orikhiv'),
      city('Tokmak'),
    ]);
    expect(lines).toContain('Interior Ministry operatesIn Orikhiv');
    expect(lines).toContain('Interior Ministry operatesIn Tokmak');
  });

  it('reads nothing for a reporter, a purpose, or a place that is only the reason', async () => {
    const reporter = await relate('The Interior Ministry reported that soldiers detained two men in Tokmak.', [org('Interior Ministry'), city('Tokmak')]);
    expect(presence(reporter.lines)).toEqual([]);
    const reason = await relate('The Kremlin is arresting officers for failures in Tokmak.', [org('Kremlin'), city('Tokmak')]);
    expect(presence(reason.lines)).toEqual([]);
    const helped = await relate('Officials are assisting the Kremlin in detaining men fleeing in Tokmak.', [org('Kremlin'), city('Tokmak')]);
    expect(presence(helped.lines)).toEqual([]);
    const strike = await relate('The Defense Ministry conducted strikes in Tokmak.', [org('Defense Ministry'), city('Tokmak')]);
    expect(presence(strike.lines)).toEqual([]);
  });
});

describe('presence: verbs and bearings of being at a place', () => {
  it('reads landing at, sweeping and guarding a place', async () => {
    const landed = await relate('Paratroopers of the 45th Air Assault Brigade landed at Orikhiv.', [unit('45th Air Assault Brigade'), city('Orikhiv')]);
    expect(landed.lines).toContain('45th Air Assault Brigade operatesIn Orikhiv');
    const swept = await relate('Photos show Rosgvardia police sweeping Tokmak.', [armed('Rosgvardia'), city('Tokmak')]);
    expect(swept.lines).toContain('Rosgvardia operatesIn Tokmak');
  });

  it('reads a group\'s people placed by a bearing from a place', async () => {
    const { lines } = await relate('Footage shows Wagner Group elements south of Tokmak.', [armed('Wagner Group'), city('Tokmak')]);
    expect(lines).toContain('Wagner Group operatesIn Tokmak');
    const bare = await relate('Wagner Group recruited convicts south of Tokmak.', [armed('Wagner Group'), city('Tokmak')]);
    expect(presence(bare.lines)).toEqual([]);
  });

  it('reads a post of a unit named with its country\'s possessive', async () => {
    const { lines } = await relate('Partisans destroyed depots of Russia’s 8th Army Corps at a location near Tokmak.', [country('Russia', 'RU'), unit('8th Army Corps'), city('Tokmak')]);
    expect(lines).toContain('8th Army Corps operatesIn Tokmak');
  });

  it('places a unit that stormed a position toward a place (an attack, not an advance)', async () => {
    const { lines } = await relate('The 3rd Rifle Regiment stormed a stronghold in the direction of Tokmak.', [unit('3rd Rifle Regiment'), city('Tokmak')]);
    expect(lines).toContain('3rd Rifle Regiment operatesIn Tokmak');
  });
});

describe('presence: going on at a place', () => {
  it('reads the base form after "continued to" and not after a plan', async () => {
    const yes = await relate('Units of the 5th Army continued to withdraw from Tokmak.', [unit('5th Army'), city('Tokmak')]);
    expect(yes.lines).toContain('5th Army operatesIn Tokmak');
    const no = await relate('Units of the 5th Army plan to withdraw from Tokmak.', [unit('5th Army'), city('Tokmak')]);
    expect(presence(no.lines)).toEqual([]);
  });

  it('reads positions held without a nationality, and operations continued at a place', async () => {
    const held = await relate('Units of the 5th Army continue to maintain defensive positions near Tokmak.', [unit('5th Army'), city('Tokmak')]);
    expect(held.lines).toContain('5th Army operatesIn Tokmak');
    const ops = await relate('The 5th Army continued unspecified offensive operations near Tokmak.', [unit('5th Army'), city('Tokmak')]);
    expect(ops.lines).toContain('5th Army operatesIn Tokmak');
  });

  it('reads two units joined by "and its", and a unit sent to hold a place', async () => {
    const its = await relate('Elements of the 5th Army and its 12th Regiment are operating near Tokmak.', [unit('5th Army'), unit('12th Regiment'), city('Tokmak')]);
    expect(its.lines).toContain('5th Army operatesIn Tokmak');
    expect(its.lines).toContain('12th Regiment operatesIn Tokmak');
    const sent = await relate('The command sent the 12th Regiment to reinforce positions near Tokmak.', [unit('12th Regiment'), city('Tokmak')]);
    expect(sent.lines).toContain('12th Regiment operatesIn Tokmak');
    const capture = await relate('The command sent the 12th Regiment to Orikhiv to prepare for an attack.', [unit('12th Regiment'), city('Orikhiv')]);
    expect(capture.lines).toContain('12th Regiment operatesIn Orikhiv');
  });
});

describe('presence: a unit named before its post', () => {
  it('reads a possessive or a modifier before the post noun', async () => {
    const own = await relate('Partisans struck the 5th Army’s command post in Tokmak.', [unit('5th Army'), city('Tokmak')]);
    expect(own.lines).toContain('5th Army operatesIn Tokmak');
    const mod = await relate('Partisans struck a Wagner Group ammunition depot near Tokmak.', [armed('Wagner Group'), city('Tokmak')]);
    expect(mod.lines).toContain('Wagner Group operatesIn Tokmak');
  });

  it('reads no post whose place is where something went', async () => {
    const { doc } = await relate('The 5th Army’s equipment was moved to Tokmak.', [unit('5th Army'), city('Tokmak')]);
    expect(doc.relations.filter((r) => r.rule === 'unit-post-at-place')).toEqual([]);
  });
});

describe('presence: where a unit is formed or based', () => {
  it('reads "based out of" and "forming in"', async () => {
    const based = await relate('The 3rd Army Corps is based out of Mulino.', [unit('3rd Army Corps'), city('Mulino')]);
    expect(based.lines).toContain('3rd Army Corps operatesIn Mulino');
    const forming = await relate('The Volga Battalion is forming in Tokmak.', [unit('Volga Battalion'), city('Tokmak')]);
    expect(forming.lines).toContain('Volga Battalion operatesIn Tokmak');
  });

  it('gives no presence to the group another is formed within', async () => {
    const { lines } = await relate('Officials formed the 13th Army Corps within the Western Military District, based out of Mulino.', [
      unit('13th Army Corps'),
      unit('Western Military District'),
      city('Mulino'),
    ]);
    expect(lines).not.toContain('Western Military District operatesIn Mulino');
  });
});

describe('presence: posts kept and relative clauses after a head noun', () => {
  it('reads a headquarters a group keeps at a place, and a force concentration struck there', async () => {
    const kept = await relate('The Wagner Group reportedly maintains a headquarters in Tokmak.', [armed('Wagner Group'), city('Tokmak')]);
    expect(kept.lines).toContain('Wagner Group operatesIn Tokmak');
    const struck = await relate('Ukrainian forces struck a Wagner Group force concentration in Tokmak.', [armed('Wagner Group'), city('Tokmak')]);
    expect(struck.lines).toContain('Wagner Group operatesIn Tokmak');
  });

  it('reads a relative clause after the unit\'s head noun, not one on another noun', async () => {
    const yes = await relate('Contact was lost with a BARS-7 reservist detachment that was occupying positions near Tokmak.', [armed('BARS-7'), city('Tokmak')]);
    expect(yes.lines).toContain('BARS-7 operatesIn Tokmak');
    const no = await relate('The 5th Brigade shelled trenches that were protecting Tokmak.', [unit('5th Brigade'), city('Tokmak')]);
    expect(no.lines).not.toContain('5th Brigade operatesIn Tokmak');
  });
});

describe('presence: losses at a place', () => {
  it('reads equipment lost near a place', async () => {
    const { lines } = await relate('The 5th Tank Brigade lost several tanks near Tokmak.', [unit('5th Tank Brigade'), city('Tokmak')]);
    expect(lines).toContain('5th Tank Brigade operatesIn Tokmak');
  });
});

describe('presence: fronted clauses, earlier deployments, second phrases of a force', () => {
  it('reads a fronted clause of time for the unit right after it, not for a later one', async () => {
    const { lines } = await relate('After withdrawing from Orikhiv, the 5th Army regrouped in Tokmak.', [unit('5th Army'), city('Orikhiv'), city('Tokmak')]);
    expect(lines).toContain('5th Army operatesIn Orikhiv');
    const other = await relate('After the battle for Orikhiv, commanders praised the 5th Army.', [unit('5th Army'), city('Orikhiv')]);
    expect(presence(other.lines)).toEqual([]);
  });

  it('reads an aside of an earlier deployment', async () => {
    const { lines } = await relate('The 5th Army, previously deployed near Orikhiv, is now fighting near Tokmak.', [unit('5th Army'), city('Orikhiv'), city('Tokmak')]);
    expect(lines).toContain('5th Army operatesIn Orikhiv');
    expect(lines).toContain('5th Army operatesIn Tokmak');
  });

  it('carries a force\'s second phrase to the unit named among it', async () => {
    const { lines } = await relate('Russian forces, including elements of the 5th Army, shelled Orikhiv and attacked near Tokmak.', [unit('5th Army'), city('Orikhiv'), city('Tokmak')]);
    expect(lines).toContain('5th Army operatesIn Orikhiv');
    expect(lines).toContain('5th Army operatesIn Tokmak');
  });
});

describe('presence: lists whose last conjunct is unspecified, and battles taken part in', () => {
  it('reads every unit of a list closed by "and unspecified <unit>"', async () => {
    const { lines } = await relate('Elements of the 5th Army, the 7th Corps, and unspecified Airborne Forces are operating near Tokmak.', [
      unit('5th Army'),
      unit('7th Corps'),
      armed('Airborne Forces'),
      city('Tokmak'),
    ]);
    for (const u of ['5th Army', '7th Corps', 'Airborne Forces']) expect(lines).toContain(`${u} operatesIn Tokmak`);
  });

  it('reads a battle taken part in, not one only planned', async () => {
    const yes = await relate('The 64th Brigade participated in the battle for Tokmak.', [unit('64th Brigade'), city('Tokmak')]);
    expect(yes.lines).toContain('64th Brigade operatesIn Tokmak');
    const no = await relate('The 64th Brigade will participate in the battle for Tokmak.', [unit('64th Brigade'), city('Tokmak')]);
    expect(presence(no.lines)).toEqual([]);
  });
});

describe('presence: a sent unit named with a head noun', () => {
  it('reads a unit sent as a named grouping of it', async () => {
    const { lines } = await relate('Russian forces moved a 5th Army battalion tactical group to Tokmak in late June.', [unit('5th Army'), city('Tokmak')]);
    expect(lines).toContain('5th Army operatesIn Tokmak');
  });
});

describe('presence: moving on, and where a degraded unit was', () => {
  it('reads where a unit went after its first phrase', async () => {
    const { lines } = await relate('The 5th Army fought in Orikhiv before redeploying to Tokmak.', [unit('5th Army'), city('Orikhiv'), city('Tokmak')]);
    expect(lines).toContain('5th Army operatesIn Orikhiv');
    expect(lines).toContain('5th Army operatesIn Tokmak');
    const plan = await relate('The 5th Army fought in Orikhiv and may move to Tokmak.', [unit('5th Army'), city('Orikhiv'), city('Tokmak')]);
    expect(plan.lines).not.toContain('5th Army operatesIn Tokmak');
  });

  it('reads a degraded unit\'s place in an aside and where it reconstitutes', async () => {
    const { lines } = await relate('The 5th Army, heavily degraded around Orikhiv, is reconstituting in Tokmak.', [unit('5th Army'), city('Orikhiv'), city('Tokmak')]);
    expect(lines).toContain('5th Army operatesIn Orikhiv');
    expect(lines).toContain('5th Army operatesIn Tokmak');
  });
});

describe('presence: a unit\'s part in a battle, units observed throughout a place', () => {
  it('reads the role or involvement of a unit in the battle for a place', async () => {
    const own = await relate('Observers stressed the 5th Army’s role in capturing Tokmak.', [unit('5th Army'), city('Tokmak')]);
    expect(own.lines).toContain('5th Army operatesIn Tokmak');
    const of = await relate('The involvement of the 5th Army in the battle for Tokmak was decisive.', [unit('5th Army'), city('Tokmak')]);
    expect(of.lines).toContain('5th Army operatesIn Tokmak');
    const other = await relate('The 5th Army’s role in Russian planning worried officials in Tokmak.', [unit('5th Army'), city('Tokmak')]);
    expect(presence(other.lines)).toEqual([]);
  });

  it('reads units observed throughout a place, and a unit in a compass part of a place', async () => {
    const seen = await relate('Analysts have observed elements of the 5th Army and the 7th Corps throughout Tokmak.', [unit('5th Army'), unit('7th Corps'), city('Tokmak')]);
    expect(seen.lines).toContain('5th Army operatesIn Tokmak');
    expect(seen.lines).toContain('7th Corps operatesIn Tokmak');
    const compass = await relate('Operations by the 5th Army in northeastern Tokmak continue.', [unit('5th Army'), city('Tokmak')]);
    expect(compass.lines).toContain('5th Army operatesIn Tokmak');
  });
});

describe('presence: at an unspecified location in a place', () => {
  it('reads a unit at an unspecified location in a place', async () => {
    const { lines } = await relate('Footage shows servicemen of the 5th Army in an unspecified location in Tokmak.', [unit('5th Army'), city('Tokmak')]);
    expect(lines).toContain('5th Army operatesIn Tokmak');
  });
});
