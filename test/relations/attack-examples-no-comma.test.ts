import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('examples after a plural noun of places with no comma (events.ts attacked-place)', () => {
  it('reads "shelled areas including A, B, and C" as an attack on each', async () => {
    const { lines } = await relate('Russian forces shelled areas including Tokmak, Polohy, and Orikhiv on June 2.', [demonym('Russian', 'RU'), city('Tokmak'), city('Polohy'), city('Orikhiv')]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).toContain('Russian attacked Polohy');
    expect(lines).toContain('Russian attacked Orikhiv');
  });

  it('reads "strikes on surrounding settlements including A and B"', async () => {
    const { lines } = await relate('Russian forces conducted air strikes on surrounding settlements including Tokmak and Polohy.', [demonym('Russian', 'RU'), city('Tokmak'), city('Polohy')]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).toContain('Russian attacked Polohy');
  });

  it('reads no examples of a noun that names no places ("civilian infrastructure including hospitals in X" is the older pattern)', async () => {
    const { lines } = await relate('Russian forces shelled positions including those the 3rd Brigade held, Tokmak officials said.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });

  it('reads no examples of a plan', async () => {
    const { lines } = await relate('Russian forces will likely shell areas including Tokmak and Polohy.', [demonym('Russian', 'RU'), city('Tokmak'), city('Polohy')]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });
});
