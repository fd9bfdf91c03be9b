import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { person, relate } from './run.js';

const alliances = (lines: string[]) => lines.filter((l) => l.includes('allyOf'));

describe('an alliance told in an apposition on the ally', () => {
  it('reads "X, a close Y ally,", "X, Y\'s ally,", "X, a longtime ally of Y," and a list "both allies of Y"', async () => {
    for (const text of [
      'Goran Petrov, a close Lukashenko ally, criticized the plan.',
      'Goran Petrov, Lukashenko’s trusted ally, criticized the plan.',
      'Goran Petrov, a longtime ally of Lukashenko, criticized the plan.',
    ]) {
      const { lines } = await relate(text, [person('Goran Petrov'), person('Lukashenko')]);
      expect(alliances(lines)).toEqual(['Goran Petrov allyOf Lukashenko']);
    }
    const both = await relate('Goran Petrov and Ilir Dema, both allies of Lukashenko, criticized the plan.', [person('Goran Petrov'), person('Ilir Dema'), person('Lukashenko')]);
    expect(alliances(both.lines).sort()).toEqual(['Goran Petrov allyOf Lukashenko', 'Ilir Dema allyOf Lukashenko']);
  });

  it('reads no alliance from an apposition of another noun', async () => {
    for (const text of ['Goran Petrov, a critic of Lukashenko’s ally, spoke.', 'Goran Petrov, a close Lukashenko adviser, criticized the plan.']) {
      const { lines } = await relate(text, [person('Goran Petrov'), person('Lukashenko')]);
      expect(alliances(lines)).toEqual([]);
    }
  });
});

describe('an alliance stated as what a party is', () => {
  it('reads "X is Y\'s closest ally", "one of Y\'s key allies" and "X and Y are close allies"', async () => {
    const possessive = await relate('Serbia is Hungary’s closest ally in the region.', [country('Serbia', 'RS'), country('Hungary', 'HU')]);
    expect(alliances(possessive.lines)).toEqual(['Serbia allyOf Hungary']);
    const oneOf = await relate('Serbia has become one of Hungary’s key allies.', [country('Serbia', 'RS'), country('Hungary', 'HU')]);
    expect(alliances(oneOf.lines)).toEqual(['Serbia allyOf Hungary']);
    const pair = await relate('Serbia and Hungary are close allies.', [country('Serbia', 'RS'), country('Hungary', 'HU')]);
    expect(alliances(pair.lines)).toEqual(['Serbia allyOf Hungary']);
  });

  it('reads no alliance when it is denied or the words name rivals', async () => {
    for (const text of ['Serbia is not Hungary’s ally.', 'Serbia and Hungary are bitter rivals.', 'Serbia is Hungary’s largest trading partner.']) {
      const { lines } = await relate(text, [country('Serbia', 'RS'), country('Hungary', 'HU')]);
      expect(alliances(lines)).toEqual([]);
    }
  });
});
