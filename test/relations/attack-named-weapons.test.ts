import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate } from './run.js';

describe('firing named weapons at a place', () => {
  it('reads a weapon phrase holding a name before "at"', async () => {
    const { lines } = await relate('Officials said that Russian forces fired about 40 rockets from Tornado MLRS systems at residential areas in Ivanivka.', [
      demonym('Russian', 'RU'),
      org('Tornado'),
      city('Ivanivka'),
    ]);
    expect(lines).toContain('Russian attacked Ivanivka');
  });

  it('reads a list of weapons joined by "and"', async () => {
    const { lines } = await relate('Russian forces launched S-400 air defense missiles and Tornado MLRS rockets at Ivanivka overnight.', [
      demonym('Russian', 'RU'),
      org('Tornado'),
      city('Ivanivka'),
    ]);
    expect(lines).toContain('Russian attacked Ivanivka');
  });

  it('does not cross another clause or an earlier target', async () => {
    const a = await relate('Russian forces fired artillery while Ukrainian crews moved Tornado MLRS systems at night near Ivanivka.', [
      demonym('Russian', 'RU'),
      demonym('Ukrainian', 'UA'),
      org('Tornado'),
      city('Ivanivka'),
    ]);
    expect(a.lines).not.toContain('Russian attacked Ivanivka');
    const b = await relate('Russian forces launched drones at Petrivka after moving Tornado MLRS systems on Ivanivka roads.', [
      demonym('Russian', 'RU'),
      city('Petrivka'),
      org('Tornado'),
      city('Ivanivka'),
    ]);
    expect(b.lines).not.toContain('Russian attacked Ivanivka');
  });
});
