import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, site } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes('captured'));

/** "The plant", "the bridge": a site named by its kind stands for the last site whose name has that word. */
describe('a site named by its kind', () => {
  it('reads "the plant" as the last named plant, also an acronym of a power plant', async () => {
    const named = await relate('Fighting continued near the Orikhiv Chemical Plant. Belarusian forces likely seized the plant on Monday.', [
      site('Orikhiv Chemical Plant'),
      demonym('Belarusian', 'BY'),
    ]);
    expect(captures(named.lines)).toEqual(['Belarusian captured Orikhiv Chemical Plant']);
    const acronym = await relate('Staff still operate the ONPP. Belarusian forces seized the plant in March.', [
      { text: 'ONPP', type: 'Place', placeKind: 'Place', form: 'acronym' },
      demonym('Belarusian', 'BY'),
    ]);
    expect(captures(acronym.lines)).toEqual(['Belarusian captured ONPP']);
  });

  it('reads nothing for "the plant" when the last site is of another kind or only a town was named', async () => {
    const bridge = await relate('Strikes hit the Orikhiv Road Bridge. Belarusian forces seized the plant on Monday.', [site('Orikhiv Road Bridge'), demonym('Belarusian', 'BY')]);
    expect(captures(bridge.lines)).toEqual([]);
    const town = await relate('Fighting continued in Orikhiv. Belarusian forces seized the plant on Monday.', [city('Orikhiv'), demonym('Belarusian', 'BY')]);
    expect(captures(town.lines)).toEqual([]);
  });
});
