import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('a place after "conditions for" is the later operation\'s, not the attack\'s (rules/events.ts PLAN_WORDS)', () => {
  it('reads no attack on the place of the operations a counteroffensive may set conditions for', async () => {
    const { lines } = await relate('The Freedonian counteroffensive may set conditions for further operations into Ostrova.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(lines).not.toContain('Freedonian attacked Ostrova');
  });

  it('still reads the place the counteroffensive itself reaches', async () => {
    const { lines } = await relate('The Freedonian counteroffensive continued into Ostrova.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(lines).toContain('Freedonian attacked Ostrova');
  });

  it('still reads the place shelled before the purpose clause', async () => {
    const { lines } = await relate('Freedonian forces shelled Ostrova to set conditions for later advances.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(lines).toContain('Freedonian attacked Ostrova');
  });
});
