import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const freedonian = demonym('Freedonian', 'FD');
const sylvanian = demonym('Sylvanian', 'SY');
const attacks = (lines: string[]): string[] => lines.filter((l) => l.includes(' attacked '));

/** Branch events22 (issue 13): an attack word naming the owner's weapon is no attack (attack-compound.ts WEAPON_HEADS). */
describe('an attack word in the name of a weapon', () => {
  it('gives the owner of a downed attack helicopter or drone no attack', async () => {
    for (const text of ['Sylvanian forces downed a Freedonian attack helicopter just east of Ostrova.', 'Sylvanian air defenses shot down two Freedonian strike drones near Ostrova.']) {
      const { lines } = await relate(text, [sylvanian, freedonian, city('Ostrova')]);
      expect(lines, text).not.toContain('Freedonian attacked Ostrova');
    }
  });

  it('keeps the weapon\'s attack when a verb of attacking follows it, or when the weapon is launched or strikes', async () => {
    for (const text of [
      'Freedonian attack helicopters struck Ostrova.',
      'A Freedonian attack helicopter conducted a sortie against Sylvanian positions in Ostrova.',
      'Freedonian forces launched strike drones at Ostrova.',
      'A Freedonian drone struck aircraft at Ostrova.',
    ]) {
      const { lines } = await relate(text, text.includes('Sylvanian') ? [freedonian, sylvanian, city('Ostrova')] : [freedonian, city('Ostrova')]);
      expect(attacks(lines), text).toContain('Freedonian attacked Ostrova');
    }
  });
});
