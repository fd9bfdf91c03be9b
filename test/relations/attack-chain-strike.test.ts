import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('a chain of verb phrases carried to a strike or to fighting in progress (event-chains.ts)', () => {
  it('gives the clause subject the place of a strike after a defence', async () => {
    const { lines } = await relate('Freedonian forces repelled Ruritanian assaults near Ostrova and destroyed Ruritanian reconnaissance groups near Krutoye and Lesnoye.', [
      demonym('Freedonian', 'FD'),
      demonym('Ruritanian', 'RR'),
      city('Ostrova'),
      demonym('Ruritanian', 'RR', 1),
      city('Krutoye'),
      city('Lesnoye'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Freedonian attacked Krutoye', 'Freedonian attacked Lesnoye']));
    expect(lines).not.toContain('Freedonian attacked Ostrova');
  });

  it('reads no strike under a modal', async () => {
    const { lines } = await relate('Freedonian forces repelled Ruritanian assaults near Ostrova and will likely strike Ruritanian positions near Krutoye.', [
      demonym('Freedonian', 'FD'),
      demonym('Ruritanian', 'RR'),
      city('Ostrova'),
      demonym('Ruritanian', 'RR', 1),
      city('Krutoye'),
    ]);
    expect(lines).not.toContain('Freedonian attacked Krutoye');
  });

  it('gives the clause subject a town where it is fighting', async () => {
    const { lines } = await relate('Freedonian forces have taken ground east of Ostrova and are fighting in Krutoye.', [demonym('Freedonian', 'FD'), city('Ostrova'), city('Krutoye')]);
    expect(lines).toContain('Freedonian attacked Krutoye');
  });

  it('reads no fighting of another clause subject', async () => {
    const { lines } = await relate('Freedonian forces have taken ground east of Ostrova and Ruritanian forces are fighting in Krutoye.', [
      demonym('Freedonian', 'FD'),
      city('Ostrova'),
      demonym('Ruritanian', 'RR'),
      city('Krutoye'),
    ]);
    expect(lines).not.toContain('Freedonian attacked Krutoye');
  });
});
