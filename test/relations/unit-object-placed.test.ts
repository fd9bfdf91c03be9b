import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

/**
 * Branch rel34 (issue 13): a unit named as the object of a verb that places it — joined or reinforced where it fights,
 * deployed around a place, sent from an area to hold positions — operates there (builtin.ts unit-stationed-at-place,
 * unit-sent-to-place).
 */
describe('a unit placed as the object of its verb', () => {
  it('reads a unit that others join or reinforce at a place', async () => {
    for (const text of [
      'Two hundred conscripts already joined the 12th Rifle Brigade in combat in Tarnok.',
      'New recruits arrived to reinforce elements of the 12th Rifle Brigade in unspecified areas of Tarnok.',
      'Local volunteers joined the 12th Rifle Brigade to fight near Tarnok.',
      'Reservists replenished the depleted ranks of the 12th Rifle Brigade during fighting around Tarnok.',
    ]) {
      const { lines } = await relate(text, [unit('12th Rifle Brigade'), city('Tarnok')]);
      expect(presence(lines), text).toEqual(['12th Rifle Brigade operatesIn Tarnok']);
    }
  });

  it('reads a unit deployed around a place and one sent from an area to hold positions elsewhere', async () => {
    const deployed = await relate('The command is deploying additional 12th Rifle Brigade assets around Tarnok.', [unit('12th Rifle Brigade'), city('Tarnok')]);
    expect(presence(deployed.lines)).toEqual(['12th Rifle Brigade operatesIn Tarnok']);
    const sent = await relate('The command is transferring elements of the 12th Rifle Brigade from the Velka area to support defensive positions near Tarnok.', [
      unit('12th Rifle Brigade'),
      city('Velka'),
      city('Tarnok'),
    ]);
    expect(presence(sent.lines)).toContain('12th Rifle Brigade operatesIn Tarnok');
  });

  it('reads no place for a unit joined elsewhere, only planned, or named with its recruits’ home', async () => {
    for (const text of [
      'Men from Tarnok joined the 12th Rifle Brigade last week.',
      'Conscripts will join the 12th Rifle Brigade in combat in Tarnok.',
      'Officials in Tarnok decided to reinforce the 12th Rifle Brigade.',
      'The reservists plan to join the 12th Rifle Brigade in combat in Tarnok.',
    ]) {
      const { lines } = await relate(text, [unit('12th Rifle Brigade'), city('Tarnok')]);
      expect(presence(lines), text).toEqual([]);
    }
  });
});
