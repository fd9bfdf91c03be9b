import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { org, person, relate } from './run.js';

// In a list of titled names the office between two names is the later one's (office-holder.ts).
describe('an office between two names in a list belongs to the name after it', () => {
  it('does not give the office to the name before it', async () => {
    const { lines } = await relate('Marek met with President Ivo Tarn, Chief of the Grain Council Lena Tulva, and others.', [
      person('Marek'),
      person('Ivo Tarn', 'President'),
      org('Grain Council'),
      person('Lena Tulva'),
    ]);
    expect(lines).not.toContain('Ivo Tarn leaderOf Grain Council');
    expect(lines).toContain('Lena Tulva leaderOf Grain Council');
  });

  it('still reads an apposition that ends the name’s phrase, and service to a titled person', async () => {
    const apposition = await relate('Ivo Tarn, Chief of the Grain Council, said the harvest failed.', [person('Ivo Tarn'), org('Grain Council')]);
    expect(apposition.lines).toContain('Ivo Tarn leaderOf Grain Council');
    const aide = await relate('Ivo Tarn, chief advisor to Valdorian President Pavel Dorn, said the harvest failed.', [
      person('Ivo Tarn'),
      demonym('Valdorian', 'VD'),
      person('Pavel Dorn', 'President'),
    ]);
    expect(aide.lines).toContain('Ivo Tarn memberOf Valdorian');
  });
});
