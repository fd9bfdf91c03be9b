import { describe, expect, it } from 'vitest';
import { city, org, relate } from './run.js';

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
