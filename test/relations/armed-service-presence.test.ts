import { describe, expect, it } from 'vitest';
import { armed, city, org, relate } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn'));

describe('an armed service the gazetteers lack acts where it attacks', () => {
  it('places "X Special Operations Forces" that struck a target near a town', async () => {
    const { lines } = await relate('Moldovan Special Operations Forces destroyed a pontoon bridge near Tokmak.', [org('Moldovan Special Operations Forces'), city('Tokmak')]);
    expect(lines).toContain('Moldovan Special Operations Forces attacked Tokmak');
    expect(lines).toContain('Moldovan Special Operations Forces operatesIn Tokmak');
  });

  it('places no ministry, and no national army (it stands for its country)', async () => {
    const ministry = await relate('The Moldovan Defense Ministry destroyed a pontoon bridge near Tokmak.', [org('Moldovan Defense Ministry'), city('Tokmak')]);
    expect(presence(ministry.lines)).toEqual([]);
    const army = await relate('The Moldovan Armed Forces destroyed a pontoon bridge near Tokmak.', [org('Moldovan Armed Forces'), city('Tokmak')]);
    expect(presence(army.lines)).toEqual([]);
  });
});

describe('a dead member of a group is no presence of the group', () => {
  it('places no group whose mercenary is named as buried or mourned, but one whose mercenaries are there', async () => {
    const funeral = await relate('The founder attended the funeral of a deceased Falcon Group mercenary in Tokmak.', [armed('Falcon Group'), city('Tokmak')]);
    expect(presence(funeral.lines)).toEqual([]);
    const bodies = await relate('Officials received the bodies of Falcon Group fighters in Tokmak.', [armed('Falcon Group'), city('Tokmak')]);
    expect(presence(bodies.lines)).toEqual([]);
    const alive = await relate('The founder met Falcon Group mercenaries in Tokmak.', [armed('Falcon Group'), city('Tokmak')]);
    expect(presence(alive.lines)).toEqual(['Falcon Group operatesIn Tokmak']);
  });
});
