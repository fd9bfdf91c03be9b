import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, region, relate, unit } from './run.js';

/** Branch rel38 (issue 13): a unit placed by a bearing in an aside, or at its home or base (rules/unit-whereabouts.ts). */
describe('a unit placed by a bearing in a participle or relative aside (unit-bearing-place)', () => {
  it('reads "U, operating northwest of X" and "U—which was badly damaged in fighting south of X—"', async () => {
    const aside = await relate('The 12th Rifle Brigade, operating northwest of Tarnok, lost two tanks.', [unit('12th Rifle Brigade'), city('Tarnok')]);
    expect(aside.lines).toContain('12th Rifle Brigade operatesIn Tarnok');
    const relative = await relate('Two companies of the 40th Tank Division \u2013 which was badly damaged in fighting south of Velbrod \u2013 moved to Orlivka.', [unit('40th Tank Division'), city('Velbrod'), city('Orlivka')]);
    expect(relative.lines).toContain('40th Tank Division operatesIn Velbrod');
  });

  it('reads losses taken at a bearing from a place', async () => {
    const { lines } = await relate('The 9th Rifle Battalion has suffered heavy losses about 15 km east of Tarnok.', [unit('9th Rifle Battalion'), city('Tarnok')]);
    expect(lines).toContain('9th Rifle Battalion operatesIn Tarnok');
  });

  it('places no unit by a bearing that locates another place, nor by one it only heads for', async () => {
    const other = await relate('The 12th Rifle Brigade struck Dolynka, 10km northwest of Tarnok.', [unit('12th Rifle Brigade'), city('Dolynka'), city('Tarnok')]);
    expect(other.lines).not.toContain('12th Rifle Brigade operatesIn Tarnok');
    const plan = await relate('The 12th Rifle Brigade, which will be deployed northwest of Tarnok, is forming.', [unit('12th Rifle Brigade'), city('Tarnok')]);
    expect(plan.lines).not.toContain('12th Rifle Brigade operatesIn Tarnok');
  });
});

describe('a place named as a unit’s home or base (unit-home-place)', () => {
  it('reads "X, the home of U" and "X is the base for U"', async () => {
    const home = await relate('Officials in Velbrod, the home of the elite 41st Guards Rifle Division, denied the report.', [city('Velbrod'), unit('41st Guards Rifle Division')]);
    expect(home.lines).toContain('41st Guards Rifle Division operatesIn Velbrod');
    const base = await relate('Orlivka hosts a big training ground and reportedly is the home base for the new 6th Army Corps.', [city('Orlivka'), unit('6th Army Corps')]);
    expect(base.lines).toContain('6th Army Corps operatesIn Orlivka');
  });

  it('reads no home of a unit that is not the place’s', async () => {
    const visit = await relate('Velbrod sent volunteers to the 41st Guards Rifle Division.', [city('Velbrod'), unit('41st Guards Rifle Division')]);
    expect(visit.lines).not.toContain('41st Guards Rifle Division operatesIn Velbrod');
    const region_ = await relate('Tarnok Oblast, which borders the zone of the 6th Army Corps, held elections.', [region('Tarnok Oblast'), unit('6th Army Corps')]);
    expect(region_.lines).not.toContain('6th Army Corps operatesIn Tarnok Oblast');
  });
});

describe('a unit’s part in fighting at a place, and its attempts there (unit-role-in-fighting, unit-attempts-at-place)', () => {
  it('reads "plays a major role in attritting enemy forces around X" and the possessive "U’s role in …"', async () => {
    const verb = await relate('The Kaskad Group continues to play a key role in attritting Ukrainian troops around Tarnok.', [armed('Kaskad Group'), demonym('Ukrainian', 'UA'), city('Tarnok')]);
    expect(verb.lines).toContain('Kaskad Group operatesIn Tarnok');
    const noun = await relate('The 9th Rifle Division’s role in defending positions near Tarnok is growing.', [unit('9th Rifle Division'), city('Tarnok')]);
    expect(noun.lines).toContain('9th Rifle Division operatesIn Tarnok');
  });

  it('reads "continued attempts to consolidate control of a plant on the outskirts of X"', async () => {
    const { lines } = await relate('Units of the 6th Rifle Regiment continued attempts to consolidate control of a brick plant on the outskirts of Tarnok.', [unit('6th Rifle Regiment'), city('Tarnok')]);
    expect(lines).toContain('6th Rifle Regiment operatesIn Tarnok');
  });

  it('reads "active in efforts to gain ground around X", past a kind noun and its abbreviation after the name', async () => {
    const a = await relate('Squads of the Kaskad Group private military company (PMC) were active in Freedonian efforts to gain ground around Tarnok.', [
      armed('Kaskad Group'),
      demonym('Freedonian', 'FR'),
      city('Tarnok'),
    ]);
    expect(a.lines).toContain('Kaskad Group operatesIn Tarnok');
    const b = await relate('The 6th Rifle Regiment was involved in efforts to capture Tarnok.', [unit('6th Rifle Regiment'), city('Tarnok')]);
    expect(b.lines).toContain('6th Rifle Regiment operatesIn Tarnok');
    // Efforts only to come, or one's efforts against the unit, do not place it.
    const c = await relate('The 6th Rifle Regiment will be involved in efforts to capture Tarnok.', [unit('6th Rifle Regiment'), city('Tarnok')]);
    expect(c.lines).not.toContain('6th Rifle Regiment operatesIn Tarnok');
    const d = await relate('Freedonia is active in efforts to sanction the Kaskad Group, which recruits in Tarnok schools.', [armed('Kaskad Group'), city('Tarnok')]);
    expect(d.lines).not.toContain('Kaskad Group operatesIn Tarnok');
  });

  it('reads a name past its kind noun and bracketed abbreviation leftwards from the verb, not a company it only hired', async () => {
    const a = await relate('The Kaskad Group private military company (PMC) fought near Tarnok.', [armed('Kaskad Group'), city('Tarnok')]);
    expect(a.lines).toContain('Kaskad Group operatesIn Tarnok');
    const b = await relate('The Kaskad Group hired another private military company (PMC) that fought near Tarnok.', [armed('Kaskad Group'), city('Tarnok')]);
    expect(b.lines).not.toContain('Kaskad Group operatesIn Tarnok');
  });

  it('reads no role or attempt foreseen', async () => {
    const role = await relate('The Kaskad Group may play a role in defending Tarnok.', [armed('Kaskad Group'), city('Tarnok')]);
    expect(role.lines).not.toContain('Kaskad Group operatesIn Tarnok');
    const attempt = await relate('The 6th Rifle Regiment will likely continue attempts to capture positions near Tarnok.', [unit('6th Rifle Regiment'), city('Tarnok')]);
    expect(attempt.lines).not.toContain('6th Rifle Regiment operatesIn Tarnok');
  });
});

describe('a place said to host a unit or its base (unit-home-place)', () => {
  it('reads "X hosts a training ground and the base of U" and "X houses elements of U"', async () => {
    const base = await relate('Tarnok hosts a large tank training ground and the base of the 12th Rifle Brigade.', [city('Tarnok'), unit('12th Rifle Brigade')]);
    expect(base.lines).toContain('12th Rifle Brigade operatesIn Tarnok');
    const elements = await relate('Velbrod houses elements of the 40th Tank Division.', [city('Velbrod'), unit('40th Tank Division')]);
    expect(elements.lines).toContain('40th Tank Division operatesIn Velbrod');
  });

  it('places no unit that a place only hosts an event for', async () => {
    const { lines } = await relate('Tarnok hosted a parade for the 12th Rifle Brigade.', [city('Tarnok'), unit('12th Rifle Brigade')]);
    expect(lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });
});
