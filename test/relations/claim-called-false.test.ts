import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

describe('a claim whose claim word is called false states no event (refuted-claim.ts calledFalse, chainedClaim)', () => {
  it('drops "claimed (likely falsely) that" and a later "and that" clause of a false claim', async () => {
    const aside = await relate('The ministry claimed (likely falsely) that Ukrainian troops tried to storm Dolmeny on Monday.', [ua, city('Dolmeny')]);
    expect(aside.lines).not.toContain('Ukrainian attacked Dolmeny');
    const chained = await relate('Officials used loudspeakers to falsely claim to Orbino residents that aid had stopped, and that Russian forces have captured Dolmeny.', [
      ru,
      city('Orbino'),
      city('Dolmeny'),
    ]);
    expect(chained.lines).not.toContain('Russian captured Dolmeny');
  });

  it('reads the claim word past its source: "despite claims made by X sources that …"', async () => {
    const despite = await relate('Despite claims made by Orbino sources that Russian forces seized Dolmeny, new videos show the village still under fire.', [
      ru,
      city('Orbino'),
      city('Dolmeny'),
    ]);
    expect(despite.lines).not.toContain('Russian captured Dolmeny');
  });

  it('keeps a claim not called false, also in a later "and that" clause', async () => {
    const plain = await relate('The ministry claimed that Ukrainian troops tried to storm Dolmeny on Monday.', [ua, city('Dolmeny')]);
    expect(plain.lines).toContain('Ukrainian attacked Dolmeny');
    const chained = await relate('A milblogger claimed that aid had stopped, and that Russian forces captured Dolmeny.', [ru, city('Dolmeny')]);
    expect(chained.lines).toContain('Russian captured Dolmeny');
  });
});
