import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

// An advance near a place is no attack on it (annotation guidelines), but the preposition after a later verb of
// attacking belongs to that verb: "advanced near X and attacked near A, B, and C".
describe('an advance, then an attack in the same clause (attack-target.ts isMereAdvance)', () => {
  const args = [demonym('Russian', 'RU'), city('Ostrivka'), city('Lomivka'), city('Pidhirne'), city('Zarichne')];

  it('gives the attack verb its own list after an advance near another place', async () => {
    const { lines } = await relate('Russian forces advanced near Ostrivka and attacked near Lomivka, Pidhirne, and Zarichne on Monday.', args);
    expect(lines).toEqual(expect.arrayContaining(['Russian attacked Lomivka', 'Russian attacked Pidhirne', 'Russian attacked Zarichne']));
    expect(lines).not.toContain('Russian attacked Ostrivka');
  });

  it('still reads an advance alone, or an advance after the attack, as no attack on its place', async () => {
    const two = [demonym('Russian', 'RU'), city('Ostrivka'), city('Lomivka')];
    const alone = await relate('Russian forces advanced near Ostrivka and west of Lomivka on Monday.', two);
    expect(alone.lines.filter((l) => l.includes(' attacked '))).toEqual([]);
    const after = await relate('Russian forces attacked near Lomivka and advanced near Ostrivka on Monday.', [demonym('Russian', 'RU'), city('Lomivka'), city('Ostrivka')]);
    expect(after.lines).toContain('Russian attacked Lomivka');
    expect(after.lines).not.toContain('Russian attacked Ostrivka');
  });
});
