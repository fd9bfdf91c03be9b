import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('a place after a verb of preventing is the prevented attack\'s, not the preventer\'s (rules/events.ts PREVENTED_WORDS)', () => {
  it('gives the strikes that prevented an attack no target in the prevented clause', async () => {
    const { lines } = await relate('Freedonian air strikes prevented Sylvanian forces from attacking in the direction of Ostrova and near Belka.', [
      demonym('Freedonian', 'FD'),
      demonym('Sylvanian', 'SY'),
      city('Ostrova'),
      city('Belka'),
    ]);
    expect(lines).not.toContain('Freedonian attacked Ostrova');
    expect(lines).not.toContain('Freedonian attacked Belka');
  });

  it('still reads the place shelled before a purpose of preventing', async () => {
    const { lines } = await relate('Freedonian forces shelled Ostrova, likely to prevent Sylvanian forces from establishing a bridgehead near Belka.', [
      demonym('Freedonian', 'FD'),
      demonym('Sylvanian', 'SY'),
      city('Ostrova'),
      city('Belka'),
    ]);
    expect(lines).toContain('Freedonian attacked Ostrova');
    expect(lines).not.toContain('Freedonian attacked Belka');
  });
});
