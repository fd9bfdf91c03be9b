import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');

/** Branch rel31 (issue 13): a force named by an attack word is no attack when no attack word follows it (attack-compound.ts). */
describe('an attack word only in the actor’s force name (attack-compound.ts)', () => {
  it('reads no attack from a formation based somewhere', async () => {
    for (const text of ['Officials said a Russian air assault brigade stationed near Tarnok lost equipment.', 'Russian assault detachments based in Tarnok reportedly suffered losses.']) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps the attack the force makes', async () => {
    for (const text of ['Russian assault groups attacked Tarnok on May 3.', 'Russian assault groups shelled Tarnok on May 3.', 'Russian assault groups fired on Tarnok on May 3.']) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(attacks(lines), text).toEqual(['Russian attacked Tarnok']);
    }
  });
});
