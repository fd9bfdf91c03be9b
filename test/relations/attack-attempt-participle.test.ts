import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('a participle clause of trying after an attack (attack-attempts.ts attacked-attempt-participle)', () => {
  it('gives the actor the places it attempted to advance on', async () => {
    const { lines } = await relate('Russian forces conducted several assaults west of Orikhiv, attempting to advance on Tokmak and Polohy.', [
      demonym('Russian', 'RU'),
      city('Orikhiv'),
      city('Tokmak'),
      city('Polohy'),
    ]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).toContain('Russian attacked Polohy');
  });

  it('reads an attempt to capture', async () => {
    const { lines } = await relate('Russian forces shelled Orikhiv, unsuccessfully trying to capture Tokmak.', [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')]);
    expect(lines).toContain('Russian attacked Tokmak');
  });

  it('reads no advance toward a place', async () => {
    const { lines } = await relate('Russian forces shelled Orikhiv, attempting to advance toward Tokmak.', [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });

  it('crosses no other clause before the participle', async () => {
    const { lines } = await relate('Russian forces shelled Orikhiv while Ukrainian troops held the line, attempting to advance on Tokmak.', [
      demonym('Russian', 'RU'),
      city('Orikhiv'),
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
    ]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });

  it('reads no plan of an attempt', async () => {
    const { lines } = await relate('Russian forces will likely shell Orikhiv, attempting to advance on Tokmak.', [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });
});
