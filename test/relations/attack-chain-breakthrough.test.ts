import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('a breakthrough carried over a chain of verbs (event-chains.ts attacked-chain)', () => {
  it('gives the clause subject the place where it broke through after another verb', async () => {
    const { lines } = await relate('Russian forces attacked near Orikhiv and broke through Ukrainian defenses near Tokmak, reaching a railway station.', [
      demonym('Russian', 'RU'),
      city('Orikhiv'),
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
    ]);
    expect(lines).toContain('Russian attacked Orikhiv');
    expect(lines).toContain('Russian attacked Tokmak');
  });

  it('reads no breakthrough that was only hoped for', async () => {
    const { lines } = await relate('Russian forces attacked near Orikhiv and will likely try to break through Ukrainian defenses near Tokmak.', [
      demonym('Russian', 'RU'),
      city('Orikhiv'),
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
    ]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });

  it('reads no breaking out of a place', async () => {
    const { lines } = await relate('Russian forces shelled Orikhiv and broke out of the encirclement near Tokmak.', [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });
});
