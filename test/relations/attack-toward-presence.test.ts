import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

describe('a unit attacking toward a place operates there (an advance toward it does not)', () => {
  it('places a unit that attacked toward a town, or assaulted in its direction', async () => {
    const toward = await relate('Two battalions of the 9th Rifle Division attacked toward Dubki on Monday but were repulsed.', [
      unit('9th Rifle Division'),
      city('Dubki'),
    ]);
    expect(toward.lines).toContain('9th Rifle Division operatesIn Dubki');
    const direction = await relate('The 4th Tank Regiment conducted assaults east of Lipki in the direction of Dubki.', [
      unit('4th Tank Regiment'),
      city('Lipki'),
      city('Dubki'),
    ]);
    expect(direction.lines).toContain('4th Tank Regiment operatesIn Dubki');
  });

  it('does not place a unit that only advanced toward a town, nor a nationality', async () => {
    const advance = await relate('The 9th Rifle Division attempted to advance toward Dubki.', [unit('9th Rifle Division'), city('Dubki')]);
    expect(advance.doc.relations.map((r) => r.rule)).not.toContain('event-presence');
    const country = await relate('Russian forces attacked toward Dubki.', [demonym('Russian', 'RU'), city('Dubki')]);
    expect(country.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });
});
