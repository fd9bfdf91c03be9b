import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('an attack the text calls impossible is no attack (rules/events.ts UNREAL_AFTER)', () => {
  it('reads no attack called impossible', async () => {
    const { lines } = await relate('Officials claimed for months that Freedonian counteroffensives in Ostrova were impossible.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(lines).not.toContain('Freedonian attacked Ostrova');
  });

  it('still reads the same attack stated as having happened', async () => {
    const { lines } = await relate('Officials reported that Freedonian counteroffensives in Ostrova continued.', [demonym('Freedonian', 'FD'), city('Ostrova')]);
    expect(lines).toContain('Freedonian attacked Ostrova');
  });
});
