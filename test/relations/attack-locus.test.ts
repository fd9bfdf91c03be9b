import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');

/** Branch prec24 (issue 13): a bearing's reference point is no target when the text then says where the attack fell. */
describe('a reference point followed by where the attack fell (attack-locus.ts)', () => {
  it('drops the reference point before "including", "around", "in the area of" and "near" and a name', async () => {
    const including = await relate('Russian artillery hit villages south of Tarnok, including Velmy and Ostrets.', [ru, city('Tarnok'), city('Velmy'), city('Ostrets')]);
    expect(attacks(including.lines)).not.toContain('Russian attacked Tarnok');
    const around = await relate('Russian troops launched assaults east of Tarnok around Velmy.', [ru, city('Tarnok'), city('Velmy')]);
    expect(attacks(around.lines)).toEqual(['Russian attacked Velmy']);
    const area = await relate('Russian troops tried to advance north of Tarnok in the area of Velmy.', [ru, city('Tarnok'), city('Velmy')]);
    expect(attacks(area.lines)).not.toContain('Russian attacked Tarnok');
    const goal = await relate('Russian troops launched assaults west of Tarnok, attempting to advance on Velmy.', [ru, city('Tarnok'), city('Velmy')]);
    expect(attacks(goal.lines)).not.toContain('Russian attacked Tarnok');
    // Also when no rule reads the attack on the closer place (here a name the recognizers missed).
    const unread = await relate('Russian aircraft bombed areas west of Tarnok, near Kolvash and Brisk.', [ru, city('Tarnok')]);
    expect(attacks(unread.lines)).toEqual([]);
  });

  it('keeps the presence of a unit at the reference point it attacked near', async () => {
    const { lines } = await relate('The 14th Brigade launched assaults south of Tarnok near Velmy.', [unit('14th Brigade'), city('Tarnok'), city('Velmy')]);
    expect(lines).toContain('14th Brigade attacked Velmy');
    expect(lines).not.toContain('14th Brigade attacked Tarnok');
    expect(lines).toContain('14th Brigade operatesIn Tarnok');
    expect(lines).toContain('14th Brigade operatesIn Velmy');
  });

  it('drops a place "around" which the attack fell only before "in the areas of" or "including"', async () => {
    const areas = await relate('Russian troops shelled positions around Tarnok in the areas of Velmy and Ostrets.', [ru, city('Tarnok'), city('Velmy'), city('Ostrets')]);
    expect(attacks(areas.lines)).not.toContain('Russian attacked Tarnok');
    const near = await relate('Russian troops shelled positions around Tarnok near Velmy.', [ru, city('Tarnok'), city('Velmy')]);
    expect(attacks(near.lines)).toContain('Russian attacked Tarnok');
  });

  it('keeps the reference point when what follows is a border or a road, or nothing more specific', async () => {
    const border = await relate('Russian troops attacked northwest of Tarnok near the Velmy-Ostrets Oblast border.', [ru, city('Tarnok')]);
    expect(attacks(border.lines)).toEqual(['Russian attacked Tarnok']);
    const road = await relate('Russian troops attacked south of Tarnok near the Velmy highway.', [ru, city('Tarnok')]);
    expect(attacks(road.lines)).toEqual(['Russian attacked Tarnok']);
    const coded = await relate('Russian troops attacked east of Tarnok near the M14 highway.', [ru, city('Tarnok')]);
    expect(attacks(coded.lines)).toEqual(['Russian attacked Tarnok']);
    const alone = await relate('Russian troops attacked south of Tarnok on Monday.', [ru, city('Tarnok')]);
    expect(attacks(alone.lines)).toEqual(['Russian attacked Tarnok']);
    const lower = await relate('Russian troops attacked south of Tarnok near its outskirts.', [ru, city('Tarnok')]);
    expect(attacks(lower.lines)).toEqual(['Russian attacked Tarnok']);
  });
});

/** Branch iswprec5 (issue 13): a region the attack fell in, then the place in it where, is no target (attack-locus.ts). */
describe('a region followed by where in it the attack fell', () => {
  const all = [ru, region('Kordal Oblast'), city('Tarnok'), city('Velmy')];
  const run = (text: string) => relate(text, all.filter((m) => text.includes(m.text)));
  it('drops the region before "near", "around", "toward" or "including" and a name', async () => {
    const near = await run('Sylvan forces repelled a Russian assault in western Kordal Oblast near Tarnok.');
    expect(attacks(near.lines)).toEqual(['Russian attacked Tarnok']);
    const around = await run('Russian troops shelled positions in northern Kordal Oblast around Tarnok.');
    expect(attacks(around.lines)).not.toContain('Russian attacked Kordal Oblast');
    const toward = await run('Russian forces conducted ground attacks in western Kordal Oblast towards Tarnok and Velmy.');
    expect(attacks(toward.lines)).not.toContain('Russian attacked Kordal Oblast');
    expect(attacks(toward.lines)).toContain('Russian attacked Tarnok');
    const including = await run('Russian forces kept up routine indirect fire in western Kordal Oblast, including Tarnok.');
    expect(attacks(including.lines)).not.toContain('Russian attacked Kordal Oblast');
  });

  it('keeps the region when a line or nothing follows, and a town before "near"', async () => {
    const border = await run('Russian forces shelled areas in Kordal Oblast near the Sylvan border.');
    expect(attacks(border.lines)).toContain('Russian attacked Kordal Oblast');
    const alone = await run('Russian forces shelled settlements in western Kordal Oblast on Monday.');
    expect(attacks(alone.lines)).toContain('Russian attacked Kordal Oblast');
    const town = await run('Russian forces shelled positions in western Tarnok near Velmy.');
    expect(attacks(town.lines)).toContain('Russian attacked Tarnok');
  });
});

