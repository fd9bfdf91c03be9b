import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

describe('list kind: "in Z" after a list locates the members of the kind next to it', () => {
  it('locates the district, not the town coordinated with it', async () => {
    const { lines } = await relate('Russian forces shelled Orlivka and Dolynka Raion in Vostok Oblast on Monday.', [
      demonym('Russian', 'RU'),
      city('Orlivka'),
      region('Dolynka Raion'),
      region('Vostok Oblast'),
    ]);
    expect(lines).toContain('Dolynka Raion locatedIn Vostok Oblast');
    expect(lines).not.toContain('Orlivka locatedIn Vostok Oblast');
    // Both were shelled: "and" joins two conjuncts, the district does not say where the town lies.
    expect(lines).toContain('Russian attacked Orlivka');
    expect(lines).toContain('Russian attacked Dolynka Raion');
  });

  it('locates every town of a list of towns', async () => {
    const { lines } = await relate('Russian forces shelled Orlivka and Dolynka in Vostok Oblast.', [demonym('Russian', 'RU'), city('Orlivka'), city('Dolynka'), region('Vostok Oblast')]);
    expect(lines).toContain('Orlivka locatedIn Vostok Oblast');
    expect(lines).toContain('Dolynka locatedIn Vostok Oblast');
  });

  it('still reads "X, Y Oblast" after a comma as where X lies', async () => {
    const { lines } = await relate('Orlivka, Vostok Oblast, was shelled by Russian forces.', [city('Orlivka'), region('Vostok Oblast'), demonym('Russian', 'RU')]);
    expect(lines).toContain('Orlivka locatedIn Vostok Oblast');
    expect(lines).toContain('Russian attacked Orlivka');
    expect(lines).not.toContain('Russian attacked Vostok Oblast');
  });
});

describe('list kind: a plural kind word is the whole list\'s', () => {
  it('locates each conjunct of "A and B Raions in Z"', async () => {
    const { lines } = await relate('Occupation officials raised tariffs in Orlivka and Dolynka Raions in Vostok Oblast.', [city('Orlivka'), region('Dolynka Raions'), region('Vostok Oblast')]);
    expect(lines).toContain('Orlivka locatedIn Vostok Oblast');
  });
});
