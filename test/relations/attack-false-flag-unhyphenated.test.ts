import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('"false flag" unhyphenated is no negation of the attack it names (negation.ts)', () => {
  it('reads a false flag attack stated as made, hyphenated or not', async () => {
    const spaced = await relate('Freedonian agents likely conducted one more false flag attack in Ostrova.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(spaced.lines).toContain('Freedonian attacked Ostrova');
    const list = await relate('Officials said that previous Freedonian false flag attacks in Ostrova, Belka, and Dubno aimed to coerce the leadership.', [
      demonym('Freedonian', 'FD'),
      city('Ostrova'),
      city('Belka'),
      city('Dubno'),
    ]);
    expect(list.lines).toEqual(expect.arrayContaining(['Freedonian attacked Ostrova', 'Freedonian attacked Belka', 'Freedonian attacked Dubno']));
  });

  it('still reads no attack that the text calls false, or a planned false flag attack', async () => {
    const falseClaim = await relate('Freedonian sources falsely claimed that Freedonian forces struck Ostrova.', [demonym('Freedonian', 'FD'), demonym('Freedonian', 'FD', 1), city('Ostrova')]);
    expect(falseClaim.lines).not.toContain('Freedonian attacked Ostrova');
    const planned = await relate('Freedonian forces may be planning false flag attacks in Ostrova.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(planned.lines).not.toContain('Freedonian attacked Ostrova');
  });
});
