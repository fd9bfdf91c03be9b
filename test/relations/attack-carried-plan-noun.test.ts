import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('attacks carried over "and" past a noun of a plan (attacked-and)', () => {
  it('gives the conjoined attack to the actor when the first verb phrase only names a plan', async () => {
    const { lines } = await relate('Russian forces continued to set conditions for an advance on Tokmak and shelled Vasylivka.', [
      demonym('Russian', 'RU'),
      city('Tokmak'),
      city('Vasylivka'),
    ]);
    expect(lines).toContain('Russian attacked Vasylivka');
  });

  it('still reads a modal or a verb of planning as making the conjoined verb a plan', async () => {
    const modal = await relate('Russian forces will likely regroup near Tokmak and shell Vasylivka.', [demonym('Russian', 'RU'), city('Tokmak'), city('Vasylivka')]);
    expect(modal.lines).not.toContain('Russian attacked Vasylivka');
    const preparing = await relate('Russian forces are preparing to regroup near Tokmak and shell Vasylivka.', [demonym('Russian', 'RU'), city('Tokmak'), city('Vasylivka')]);
    expect(preparing.lines).not.toContain('Russian attacked Vasylivka');
  });
});
