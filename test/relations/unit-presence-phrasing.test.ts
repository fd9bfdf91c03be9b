import { describe, expect, it } from 'vitest';
import { armed, city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes('operatesIn'));

describe('where a unit is, said with the copula or a longer locative phrase', () => {
  it('places a unit that is (likely) in a place', async () => {
    const { lines } = await relate('Officials said that elements of the 3rd Tank Army are likely in Ostland as of Friday.', [unit('3rd Tank Army'), city('Ostland')]);
    expect(lines).toContain('3rd Tank Army operatesIn Ostland');
  });

  it('places a unit acting in the vicinity of or in unspecified areas near a place', async () => {
    const near = await relate('A reporter said that Falcon Group fighters were fighting enemy troops in the vicinity of Dubki.', [armed('Falcon Group'), city('Dubki')]);
    expect(near.lines).toContain('Falcon Group operatesIn Dubki');
    const areas = await relate('Bloggers claimed that elements of the 9th Brigade seized two enemy strongholds in unspecified areas near Lesnoye.', [unit('9th Brigade'), city('Lesnoye')]);
    expect(areas.lines).toContain('9th Brigade operatesIn Lesnoye');
  });

  it('places units that had been in a place, train there, take ground there, or were sent to a qualified place', async () => {
    const been = await relate('The reinforcements are elements of 6th Tank Army units which had been in the Dubki area.', [unit('6th Tank Army'), city('Dubki')]);
    expect(been.lines).toContain('6th Tank Army operatesIn Dubki');
    const train = await relate('Officials said that elements of the 9th Brigade are training in Ostland.', [unit('9th Brigade'), city('Ostland')]);
    expect(train.lines).toContain('9th Brigade operatesIn Ostland');
    const ground = await relate('Falcon Group units are taking ground in Dubki, he said.', [armed('Falcon Group'), city('Dubki')]);
    expect(ground.lines).toContain('Falcon Group operatesIn Dubki');
    const sent = await relate('Commanders transferred elements of the 9th Brigade to the vulnerable Dubki sector.', [unit('9th Brigade'), city('Dubki')]);
    expect(sent.lines).toContain('9th Brigade operatesIn Dubki');
  });

  it('places a unit by a participle clause of time, not by one still to come', async () => {
    const { lines } = await relate('The 4th Rifle Division suffered heavy losses over the past weeks while operating in Dubki.', [unit('4th Rifle Division'), city('Dubki')]);
    expect(lines).toContain('4th Rifle Division operatesIn Dubki');
    const later = await relate('The 4th Rifle Division will rest before fighting in Dubki.', [unit('4th Rifle Division'), city('Dubki')]);
    expect(presence(later.lines)).toEqual([]);
  });

  it('does not read a state of the unit as its place, nor a place in another clause', async () => {
    const state = await relate('The 3rd Tank Army is in poor condition after its losses.', [unit('3rd Tank Army')]);
    expect(presence(state.lines)).toEqual([]);
    const other = await relate('The 9th Brigade trained at a range and that Dubki is being fortified.', [unit('9th Brigade'), city('Dubki')]);
    expect(presence(other.lines)).toEqual([]);
  });
});
