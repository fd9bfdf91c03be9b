import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const freedonian = demonym('Freedonian', 'FD');
const sylvanian = demonym('Sylvanian', 'SY');

/** Branch events22 (issue 13): a hyphenated modifier between a nationality and its attack noun is one modifier (actor.ts agentOfEventNoun). */
describe('a hyphenated size or kind before an attack noun (actor.ts)', () => {
  it('reads the nationality as the agent of "a platoon-level attack", "company-sized assaults", "small-group attempts"', async () => {
    for (const text of [
      'Sylvanian forces repelled a Freedonian platoon-level attack near Ostrova.',
      'Sylvanian troops repelled Freedonian company-sized assaults near Ostrova.',
      'Sylvanian forces repelled Freedonian small-group attempts to attack near Ostrova.',
    ]) {
      const { lines } = await relate(text, [sylvanian, freedonian, city('Ostrova')]);
      expect(lines, text).toContain('Freedonian attacked Ostrova');
      expect(lines, text).not.toContain('Sylvanian attacked Ostrova');
    }
  });

  it('still reads the word after the hyphen, and gives a nationality that only owns the target nothing', async () => {
    const counter = await relate('Sylvanian forces repelled Freedonian counter-attacks near Ostrova.', [sylvanian, freedonian, city('Ostrova')]);
    expect(counter.lines).toContain('Freedonian attacked Ostrova');
    const owned = await relate('Sylvanian forces shelled Freedonian well-fortified positions near Ostrova.', [sylvanian, freedonian, city('Ostrova')]);
    expect(owned.lines).toContain('Sylvanian attacked Ostrova');
    expect(owned.lines).not.toContain('Freedonian attacked Ostrova');
  });
});
