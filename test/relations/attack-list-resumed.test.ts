import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const attacked = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack list resumed past a modifier of its last member (attack-list-resumed.ts)', () => {
  it('resumes after a bearing and passes over its reference point', async () => {
    const { lines } = await relate('Freedonian forces shelled Ostrova and Belyany to the southeast of Gorodok and Krutoye, and Lesnoye to the southwest of Gorodok.', [
      demonym('Freedonian', 'FD'),
      city('Ostrova'),
      city('Belyany'),
      city('Gorodok'),
      city('Krutoye'),
      city('Lesnoye'),
      city('Gorodok', undefined, 1),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Freedonian attacked Krutoye', 'Freedonian attacked Lesnoye']));
    expect(attacked(lines)).not.toContain('Freedonian attacked Gorodok');
  });

  it('resumes after a kind of settlement and its region', async () => {
    const { lines } = await relate('Freedonian forces struck Ostrova and Belyany hromadas in Marsh Oblast, Krutoye, and Lesnoye.', [
      demonym('Freedonian', 'FD'),
      city('Ostrova'),
      city('Belyany'),
      region('Marsh Oblast'),
      city('Krutoye'),
      city('Lesnoye'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Freedonian attacked Krutoye', 'Freedonian attacked Lesnoye']));
  });

  it('resumes at another target phrase with its own place', async () => {
    const a = await relate('Freedonian forces fired artillery against positions in the Ostrova direction and force concentrations near Krutoye.', [
      demonym('Freedonian', 'FD'),
      city('Ostrova'),
      city('Krutoye'),
    ]);
    expect(a.lines).toContain('Freedonian attacked Krutoye');
    const b = await relate(
      'Freedonian forces conducted air strikes against positions in Marsh Oblast, artillery strikes against various locations in Ostrova and Krutoye, and a missile attack on Lesnoye.',
      [demonym('Freedonian', 'FD'), region('Marsh Oblast'), city('Ostrova'), city('Krutoye'), city('Lesnoye')],
    );
    expect(b.lines).toEqual(expect.arrayContaining(['Freedonian attacked Ostrova', 'Freedonian attacked Krutoye']));
  });

  it('does not resume at a verb phrase or at another clause', async () => {
    const a = await relate('Freedonian forces advanced near Ostrova and reinforced positions in Krutoye.', [demonym('Freedonian', 'FD'), city('Ostrova'), city('Krutoye')]);
    expect(attacked(a.lines)).not.toContain('Freedonian attacked Krutoye');
    const b = await relate('Freedonian forces shelled Ostrova, and Ruritanian forces shelled positions near Krutoye.', [
      demonym('Freedonian', 'FD'),
      city('Ostrova'),
      demonym('Ruritanian', 'RR'),
      city('Krutoye'),
    ]);
    expect(attacked(b.lines)).not.toContain('Freedonian attacked Krutoye');
    const c = await relate('Freedonian forces resumed counteroffensives in Marsh Oblast and have secured positions in Krutoye.', [
      demonym('Freedonian', 'FD'),
      region('Marsh Oblast'),
      city('Krutoye'),
    ]);
    expect(attacked(c.lines)).not.toContain('Freedonian attacked Krutoye');
  });

  it('does not resume after a bearing that no list member follows', async () => {
    const { lines } = await relate('Freedonian forces shelled Ostrova to the southeast of Gorodok and then withdrew.', [
      demonym('Freedonian', 'FD'),
      city('Ostrova'),
      city('Gorodok'),
    ]);
    expect(attacked(lines)).toEqual(['Freedonian attacked Ostrova']);
  });
});
