import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const freedonian = demonym('Freedonian', 'FD');
const sylvanian = demonym('Sylvanian', 'SY');
const parties = [sylvanian, freedonian];

/** Branch events22 (issue 13): lists of locative phrases after an attack (match.ts chain, attack-target.ts ON_AND_OFF). */
describe('the places of a list of locative phrases after an attack', () => {
  it('reads "against X" as one more phrase of the list', async () => {
    const { lines } = await relate('Sylvanian forces repelled Freedonian assaults near Ostrova, against Belka, and southwest of Dubno.', [
      ...parties,
      city('Ostrova'),
      city('Belka'),
      city('Dubno'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Freedonian attacked Ostrova', 'Freedonian attacked Belka', 'Freedonian attacked Dubno']));
  });

  it('passes a phrase that names the place before again ("south of that city")', async () => {
    const { lines } = await relate('Sylvanian forces repelled Freedonian assaults on Ostrova and south of that city, against Belka, and near Dubno.', [
      ...parties,
      city('Ostrova'),
      city('Belka'),
      city('Dubno'),
    ]);
    expect(lines).toEqual(expect.arrayContaining(['Freedonian attacked Ostrova', 'Freedonian attacked Belka', 'Freedonian attacked Dubno']));
  });

  it('keeps the place of "on and south of X near Y", and still drops a bare bearing\'s reference point', async () => {
    const on = await relate('Sylvanian forces repelled Freedonian assaults on and south of Ostrova near Belka and Dubno.', [...parties, city('Ostrova'), city('Belka'), city('Dubno')]);
    expect(on.lines).toEqual(expect.arrayContaining(['Freedonian attacked Ostrova', 'Freedonian attacked Belka', 'Freedonian attacked Dubno']));
    const bearing = await relate('Sylvanian forces repelled Freedonian assaults south of Ostrova near Belka and Dubno.', [...parties, city('Ostrova'), city('Belka'), city('Dubno')]);
    expect(bearing.lines).toEqual(expect.arrayContaining(['Freedonian attacked Belka', 'Freedonian attacked Dubno']));
    expect(bearing.lines).not.toContain('Freedonian attacked Ostrova');
  });

  it('does not read "against" that opens no phrase of a list, nor a place after a bare comma', async () => {
    const aside = await relate('Freedonian forces attacked near Ostrova, 20km south of Belka.', [freedonian, city('Ostrova'), city('Belka')]);
    expect(aside.lines).toContain('Freedonian attacked Ostrova');
    expect(aside.lines).not.toContain('Freedonian attacked Belka');
  });
});
