import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('an attack named in an accusation (rules/attack-accusation.ts)', () => {
  it('gives the accused the place it is said to have shelled', async () => {
    const a = await relate('Freedonian officials accused Ruritanian forces of shelling Ostrova on May 3.', [demonym('Freedonian', 'FD'), demonym('Ruritanian', 'RR'), city('Ostrova')]);
    expect(a.lines).toContain('Ruritanian attacked Ostrova');
    expect(a.lines).not.toContain('Freedonian attacked Ostrova');
    const b = await relate('The ministry blamed Ruritanian troops for firing 20 shells at Ostrova.', [demonym('Ruritanian', 'RR'), city('Ostrova')]);
    expect(b.lines).toContain('Ruritanian attacked Ostrova');
  });

  it('reads what was hit before the place', async () => {
    const { lines } = await relate('Local authorities accused Ruritanian forces of striking government buildings in Ostrova.', [demonym('Ruritanian', 'RR'), city('Ostrova')]);
    expect(lines).toContain('Ruritanian attacked Ostrova');
  });

  it('reads no forecast of an accusation and no accusation of something other than an attack', async () => {
    const a = await relate('Freedonian officials will likely accuse Ruritanian forces of shelling Ostrova.', [demonym('Freedonian', 'FD'), demonym('Ruritanian', 'RR'), city('Ostrova')]);
    expect(a.lines).not.toContain('Ruritanian attacked Ostrova');
    const b = await relate('Freedonian officials accused Ruritanian forces of preparing a provocation in Ostrova.', [
      demonym('Freedonian', 'FD'),
      demonym('Ruritanian', 'RR'),
      city('Ostrova'),
    ]);
    expect(b.lines).not.toContain('Ruritanian attacked Ostrova');
  });
});
