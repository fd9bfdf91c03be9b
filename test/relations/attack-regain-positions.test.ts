import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('regaining positions is a counterattack', () => {
  it('reads "attempts to restore positions near A, B, and C" without "lost"', async () => {
    const { lines } = await relate('Ukrainian forces repelled Russian attempts to restore positions near Ivanivka, Petrivka, and Stepove.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      city('Petrivka'),
      city('Stepove'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Russian attacked Ivanivka', 'Russian attacked Petrivka', 'Russian attacked Stepove']));
    expect(lines).not.toContain('Ukrainian attacked Ivanivka');
  });

  it('reads "regained their former positions in X"', async () => {
    const { lines } = await relate('Russian troops regained their former positions in Ivanivka on Monday.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(lines).toContain('Russian attacked Ivanivka');
  });

  it('does not read rebuilt defenses or an intention as an attack', async () => {
    const a = await relate('Russian forces restored defensive positions near Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(a.lines).not.toContain('Russian attacked Ivanivka');
    const b = await relate('Russian forces plan to regain positions near Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(b.lines).not.toContain('Russian attacked Ivanivka');
  });
});

describe('regaining positions lost some time before', () => {
  it('reads "attempted to regain previously lost positions in A, B, and C"', async () => {
    const { lines } = await relate('Freedonian troops again attempted to regain previously lost positions in Ostrova, Belka, and Dubno.', [
      demonym('Freedonian', 'FD'),
      city('Ostrova'),
      city('Belka'),
      city('Dubno'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Freedonian attacked Ostrova', 'Freedonian attacked Belka', 'Freedonian attacked Dubno']));
  });

  it('does not read previously held positions as a counterattack', async () => {
    const { lines } = await relate('Freedonian troops withdrew from previously held positions in Ostrova.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(lines).not.toContain('Freedonian attacked Ostrova');
  });
});
