import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const args = [demonym('Freedonian', 'FR'), city('Tarnok')];

// Branch iswprec (issue 13): a police raid or a raid to arrest or search is no attack (police-raid.ts).
describe('a raid by police or to arrest (police-raid.ts)', () => {
  it('reads no attack from a raid by police or security forces, or one that ends in an arrest', async () => {
    for (const text of [
      'Freedonian police conducted a raid at a chemical plant in Tarnok on Monday.',
      'Freedonian security forces raided smugglers\u2019 hideouts in Tarnok.',
      'Freedonian troops raided a family home in Tarnok early Saturday and took the owner away for questioning.',
      'Freedonian soldiers raided several houses in Tarnok and arrested four suspects.',
    ]) {
      const { lines } = await relate(text, args);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps military raids and attacks whose clause names no arrest', async () => {
    for (const text of [
      'Freedonian special forces conducted night raids on enemy positions near Tarnok.',
      'Freedonian troops launched a limited raid on Tarnok on Monday.',
      'Freedonian police officers were shelled, and Freedonian troops struck Tarnok.',
    ]) {
      const { lines } = await relate(text, args);
      expect(lines, text).toContain('Freedonian attacked Tarnok');
    }
  });
});
