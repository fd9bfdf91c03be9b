import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

describe('blockers: a clause opened by "but" and a name speaks of that name', () => {
  it('keeps an attack whose sentence goes on with "but <another party> remain unlikely to …"', async () => {
    const { lines } = await relate('Russian gunboats shelled areas of Kherson Oblast on Monday but the 810th Brigade remains unlikely to land on the coast.', [
      demonym('Russian', 'RU'),
      region('Kherson Oblast'),
      unit('810th Brigade'),
    ]);
    expect(lines).toContain('Russian attacked Kherson Oblast');
  });

  it('still blocks when the clause after "but" has no name of its own', async () => {
    const { lines } = await relate('Russian sources claimed that Russian forces shelled Tokmak but this is likely false.', [demonym('Russian', 'RU'), demonym('Russian', 'RU', 1), city('Tokmak')]);
    expect(lines.filter((l) => l.includes('attacked Tokmak'))).toEqual([]);
  });
});
