import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn'));

describe('where a sent unit went', () => {
  it('takes the head of a possessive destination, not its owner', async () => {
    const { lines } = await relate('Elements of the 4th Tank Army withdrew from Polohy to Russia\'s Bryansk Oblast last week.', [
      unit('4th Tank Army'),
      city('Polohy'),
      country('Russia', 'RU'),
      region('Bryansk Oblast'),
    ]);
    expect(lines).toContain('4th Tank Army operatesIn Bryansk Oblast');
    expect(lines).not.toContain('4th Tank Army operatesIn Russia');
  });

  it('reads no destination from a purpose ("formed X to deploy to Y") or from "in response to"', async () => {
    const purpose = await relate('The republic is forming the 4th Volunteer Battalion to deploy to Tokmak.', [unit('4th Volunteer Battalion'), city('Tokmak')]);
    expect(presence(purpose.lines)).toEqual([]);
    const response = await relate('Officials listed the abuses the 4th Volunteer Battalion has committed in response to the Tokmak protests.', [
      unit('4th Volunteer Battalion'),
      city('Tokmak'),
    ]);
    expect(presence(response.lines)).toEqual([]);
  });

  it('still reads a unit redeployed to a place', async () => {
    const { lines } = await relate('The 4th Volunteer Battalion redeployed from Polohy to Tokmak.', [unit('4th Volunteer Battalion'), city('Polohy'), city('Tokmak')]);
    expect(lines).toContain('4th Volunteer Battalion operatesIn Tokmak');
  });
});
