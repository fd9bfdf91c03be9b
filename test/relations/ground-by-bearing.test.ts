import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const events = (lines: string[]) => lines.filter((l) => / (withdrewFrom|captured) /.test(l));
const by = demonym('Belarusian', 'BY');
const fr = demonym('Freedonian', 'FR');

// Branch iswcap4 (issue 13): positions taken or left on a part of a place named by its bearing ("on the southern
// outskirts of X") are positions at X (GROUND_LOCUS and the positions pattern of captured-place, rules/events.ts).
describe('positions on a part of a place named by its bearing', () => {
  it('reads a capture of positions on the southern outskirts of X, and a push out of positions in its eastern outskirts', async () => {
    const taken = await relate('Belarusian troops reportedly captured several forward positions on the southern outskirts of Dolynka.', [by, city('Dolynka')]);
    expect(events(taken.lines)).toEqual(['Belarusian captured Dolynka']);
    const pushed = await relate('Belarusian units pushed Freedonian troops out of positions in the northern outskirts of Dolynka.', [by, fr, city('Dolynka')]);
    expect(events(pushed.lines)).toEqual(['Freedonian withdrewFrom Dolynka']);
  });

  it('reads none from positions south of a place, nor from an advance out of own positions there', async () => {
    for (const text of [
      'Belarusian forces captured positions south of Dolynka.',
      'Belarusian troops advanced from positions on the western outskirts of Dolynka to its center.',
    ]) {
      const { lines } = await relate(text, [by, city('Dolynka')]);
      expect(events(lines), text).toEqual([]);
    }
  });
});
