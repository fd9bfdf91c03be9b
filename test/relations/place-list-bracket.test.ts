import { describe, expect, it } from 'vitest';
import { city, region, relate } from './run.js';

const located = (lines: string[]) => lines.filter((l) => l.includes(' locatedIn '));

describe('locatedIn: a bracket that locates a whole list ("A, B, and C (all in Y)")', () => {
  it('locates each place of the list', async () => {
    const { lines } = await relate('Artillery hit Tokmak, Polohy, and Orikhiv (all in Zaporizhia Oblast) overnight.', [
      city('Tokmak'),
      city('Polohy'),
      city('Orikhiv'),
      region('Zaporizhia Oblast'),
    ]);
    expect(lines).toContain('Tokmak locatedIn Zaporizhia Oblast');
    expect(lines).toContain('Polohy locatedIn Zaporizhia Oblast');
    expect(lines).toContain('Orikhiv locatedIn Zaporizhia Oblast');
  });

  it('reads "both in" with a bearing', async () => {
    const { lines } = await relate('Artillery hit Tokmak and Polohy (both in southern Zaporizhia Oblast).', [city('Tokmak'), city('Polohy'), region('Zaporizhia Oblast')]);
    expect(lines).toContain('Tokmak locatedIn Zaporizhia Oblast');
    expect(lines).toContain('Polohy locatedIn Zaporizhia Oblast');
  });

  it('locates nothing by a bracket of nearness', async () => {
    const { lines } = await relate('Artillery hit Tokmak and Polohy (both near Orikhiv).', [city('Tokmak'), city('Polohy'), city('Orikhiv')]);
    expect(located(lines)).toEqual([]);
  });
});
