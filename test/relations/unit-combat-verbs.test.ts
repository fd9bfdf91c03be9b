import { describe, expect, it } from 'vitest';
import { armed, city, region, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes('operatesIn'));

describe('a unit that retakes, fires on, beats off or digs in at a place operates there', () => {
  it('places a unit that liberated or retook places', async () => {
    const freed = await relate('The 12th Rifle Brigade liberated several hamlets in northern Ostland.', [unit('12th Rifle Brigade'), region('Ostland')]);
    expect(freed.lines).toContain('12th Rifle Brigade operatesIn Ostland');
    const retook = await relate('The 9th Guards Brigade said that its troops retook Dubki on Tuesday.', [unit('9th Guards Brigade'), city('Dubki')]);
    expect(retook.lines).toContain('9th Guards Brigade operatesIn Dubki');
  });

  it('places a unit shelling or shooting at positions near a place', async () => {
    const shell = await relate('Troops, including elements of the 3rd Tank Army, continued to shell Dubki overnight.', [unit('3rd Tank Army'), city('Dubki')]);
    expect(shell.lines).toContain('3rd Tank Army operatesIn Dubki');
    const shoot = await relate('Footage shows gunners of the 40th Brigade shooting at enemy trenches near Lesnoye.', [unit('40th Brigade'), city('Lesnoye')]);
    expect(shoot.lines).toContain('40th Brigade operatesIn Lesnoye');
  });

  it('places a unit that defeated an enemy near a place or entrenched itself there', async () => {
    const beat = await relate('Batteries of the 7th Air Assault Division defeated two enemy companies near Lesnoye.', [unit('7th Air Assault Division'), city('Lesnoye')]);
    expect(beat.lines).toContain('7th Air Assault Division operatesIn Lesnoye');
    const dug = await relate('Falcon Group fighters entrenched themselves south of Dubki last week.', [armed('Falcon Group'), city('Dubki')]);
    expect(dug.lines).toContain('Falcon Group operatesIn Dubki');
  });

  it('does not place a unit only meant to retake or fire on a place, nor one that was destroyed elsewhere', async () => {
    const plan = await relate('The 12th Rifle Brigade will likely try to retake Dubki next month.', [unit('12th Rifle Brigade'), city('Dubki')]);
    expect(presence(plan.lines)).toEqual([]);
    const target = await relate('Enemy artillery destroyed a depot of the 12th Rifle Brigade after it left Dubki.', [unit('12th Rifle Brigade'), city('Dubki')]);
    expect(presence(target.lines)).toEqual([]);
  });
});
