import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const events = (lines: string[]) => lines.filter((l) => / (attacked|captured) /.test(l));

describe('"may have" + an event participle is a hedged past event, kept', () => {
  it('reads "may have conducted an attack in X", "must have launched the strike against X", "might have captured X"', async () => {
    const a = await relate('Ukrainian partisans may have conducted a car-bomb attack in Ivanivka on Monday.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(events(a.lines)).toEqual(['Ukrainian attacked Ivanivka']);
    const b = await relate('Bloggers claimed that Ukrainian groups must have launched the strike against Ivanivka from inside the region.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(events(b.lines)).toEqual(['Ukrainian attacked Ivanivka']);
    const c = await relate('Ukrainian forces might have captured Ivanivka on Monday.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(events(c.lines)).toEqual(['Ukrainian captured Ivanivka']);
  });

  it('reads no event in "may attack", "must capture", "could have captured", nor through another participle', async () => {
    const a = await relate('Russian forces may attack Ivanivka next week.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(events(a.lines)).toEqual([]);
    const b = await relate('Russian forces must capture Ivanivka to advance.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(events(b.lines)).toEqual([]);
    const c = await relate('Russian forces could have captured Ivanivka if they had reserves.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(events(c.lines)).toEqual([]);
    const d = await relate('Russian forces may have planned to attack Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(events(d.lines)).toEqual([]);
  });
});
