import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('attacks: who works to stop an advance does not make it', () => {
  it('gives no attack to the preventer of an advance named after "to prevent"', async () => {
    const { lines } = await relate('Russian troops continued efforts to prevent a further advance of the Ukrainian counteroffensive around Tokmak.', [
      demonym('Russian', 'RU'),
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
    ]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });

  it('still gives a conjoined attack to the actor that tried to stop the other side', async () => {
    const { lines } = await relate('Russian forces focused on stopping Ukrainian advances toward the border and shelled Vasylivka.', [
      demonym('Russian', 'RU'),
      demonym('Ukrainian', 'UA'),
      city('Vasylivka'),
    ]);
    expect(lines).toContain('Russian attacked Vasylivka');
  });
});
