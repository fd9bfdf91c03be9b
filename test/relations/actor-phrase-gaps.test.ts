import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, relate, unit } from './run.js';

const attacks = (lines: string[]): string[] => lines.filter((l) => l.includes(' attacked '));

describe('actor phrases the matcher reads whole (match.ts)', () => {
  it('reads "the <unit> (<owner>) of the <district>" as the unit, not its district', async () => {
    const { lines } = await relate('Elements of the 31st Tank Division (4th Guards Army) of the Central Military District assaulted Tokmak on June 2.', [
      unit('31st Tank Division'),
      unit('4th Guards Army'),
      unit('Central Military District'),
      city('Tokmak'),
    ]);
    expect(lines).toContain('31st Tank Division attacked Tokmak');
    expect(lines).not.toContain('Central Military District attacked Tokmak');
    expect(lines).not.toContain('4th Guards Army attacked Tokmak');
  });

  it('keeps a bracket before "of" that owns no group out of the tail', async () => {
    const { lines } = await relate('The reports (of the local press) of the 31st Tank Division said that the 31st Tank Division assaulted Tokmak.', [
      unit('31st Tank Division'),
      unit('31st Tank Division', 1),
      city('Tokmak'),
    ]);
    expect(attacks(lines)).toEqual(['31st Tank Division attacked Tokmak']);
  });

  it('gives each conjunct the attack when a nationality and its force noun come first', async () => {
    const { lines } = await relate('Russian troops and Vostok Group fighters assaulted Tokmak on June 2.', [demonym('Russian', 'RU'), armed('Vostok Group'), city('Tokmak')]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).toContain('Vostok Group attacked Tokmak');
  });

  it('reads the nationality with a kind before its force noun ("Russian airborne troops and …")', async () => {
    const { lines } = await relate('Russian airborne troops and the 31st Tank Division shelled Tokmak.', [demonym('Russian', 'RU'), unit('31st Tank Division'), city('Tokmak')]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).toContain('31st Tank Division attacked Tokmak');
  });

  it('joins no nationality over a bare comma of another phrase', async () => {
    const { lines } = await relate('Russian forces, reinforced with elements of the 31st Tank Division redeployed from Kursk, shelled Tokmak.', [
      demonym('Russian', 'RU'),
      unit('31st Tank Division'),
      city('Kursk'),
      city('Tokmak'),
    ]);
    expect(lines).not.toContain('Russian withdrewFrom Kursk');
  });

  it('joins no nationality that a preposition governs ("clashes between Ukrainian forces and …")', async () => {
    const { lines } = await relate('Clashes between Ukrainian forces and Vostok Group fighters continued near Tokmak.', [demonym('Ukrainian', 'UA'), armed('Vostok Group'), city('Tokmak')]);
    expect(lines).not.toContain('Ukrainian attacked Tokmak');
  });

  it('reads "units from the <unit>" as "units of" it', async () => {
    const { lines } = await relate('Units from the 31st Tank Division attacked Tokmak on June 2.', [unit('31st Tank Division'), city('Tokmak')]);
    expect(lines).toContain('31st Tank Division attacked Tokmak');
  });

  it('gives no attack to the unit units came from when they are what was hit', async () => {
    const { lines } = await relate('Ukrainian forces shelled units from the 31st Tank Division near Tokmak.', [demonym('Ukrainian', 'UA'), unit('31st Tank Division'), city('Tokmak')]);
    expect(lines).not.toContain('31st Tank Division attacked Tokmak');
  });

  it('gives no attack to a place named after "from"', async () => {
    const { lines } = await relate('Troops from Kursk attacked Tokmak on June 2.', [city('Kursk'), city('Tokmak')]);
    expect(lines).not.toContain('Kursk attacked Tokmak');
  });
});

describe('dash asides (match.ts asideEnd, coordinate)', () => {
  it('passes a dash aside between the actor and its verb, and reads the co-actor in it', async () => {
    const { lines } = await relate('Russian forces\u2014including the 31st Tank Division\u2014attacked Tokmak on June 2.', [demonym('Russian', 'RU'), unit('31st Tank Division'), city('Tokmak')]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).toContain('31st Tank Division attacked Tokmak');
  });

  it('passes an aside of spaced en dashes', async () => {
    const { lines } = await relate('Russian forces \u2013 reportedly in several waves \u2013 attacked Tokmak on June 2.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).toContain('Russian attacked Tokmak');
  });

  it('passes no unclosed dash', async () => {
    const { lines } = await relate('Russian forces\u2014the ones that had withdrawn from the area last week attacked Tokmak on June 2.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });

  it('goes on with a list of places past a dash aside that describes one of them', async () => {
    const { lines } = await relate('Russian forces shelled Tokmak\u2014a town 20km south of Orikhiv\u2014and Polohy on June 2.', [
      demonym('Russian', 'RU'),
      city('Tokmak'),
      city('Orikhiv'),
      city('Polohy'),
    ]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).toContain('Russian attacked Polohy');
    expect(lines).not.toContain('Russian attacked Orikhiv');
  });

  it('goes on with a chain of locative phrases past a dash aside', async () => {
    const { lines } = await relate('Ukrainian forces repelled Russian assaults near Tokmak\u2014a town south of Orikhiv\u2014and near Polohy.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Tokmak'),
      city('Orikhiv'),
      city('Polohy'),
    ]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).toContain('Russian attacked Polohy');
    expect(lines).not.toContain('Russian attacked Orikhiv');
  });

  it('does not join the verb phrase after a dash aside to the list', async () => {
    const { lines } = await relate('Russian forces shelled Tokmak\u2014a town near Orikhiv\u2014and later captured Polohy.', [demonym('Russian', 'RU'), city('Tokmak'), city('Orikhiv'), city('Polohy')]);
    expect(lines).not.toContain('Russian attacked Polohy');
  });
});

describe('lists of places the matcher reads on (match.ts coordinate)', () => {
  it('goes on past "itself" after the first place of a list', async () => {
    const { lines } = await relate('Ukrainian forces repelled Russian assaults near Tokmak itself, Polohy (10km east of Tokmak), and Orikhiv.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Tokmak'),
      city('Polohy'),
      city('Tokmak', undefined, 1),
      city('Orikhiv'),
    ]);
    expect(lines).toContain('Russian attacked Tokmak');
    expect(lines).toContain('Russian attacked Polohy');
    expect(lines).toContain('Russian attacked Orikhiv');
  });

  it('reads a conjunct that names a part of a place ("the northern part of B")', async () => {
    const { lines } = await relate('Russian forces attacked Tokmak, the northern part of Polohy, and Orikhiv on June 2.', [demonym('Russian', 'RU'), city('Tokmak'), city('Polohy'), city('Orikhiv')]);
    expect(lines).toContain('Russian attacked Polohy');
    expect(lines).toContain('Russian attacked Orikhiv');
  });

  it('reads no part of a unit as a place conjunct', async () => {
    const { lines } = await relate('Russian forces attacked the 31st Tank Division, part of the 4th Guards Army, near Tokmak.', [demonym('Russian', 'RU'), unit('31st Tank Division'), unit('4th Guards Army'), city('Tokmak')]);
    expect(lines).not.toContain('Russian attacked 4th Guards Army');
  });
});

describe('co-actors and owners of forces (events.ts coActor, actor.ts)', () => {
  it('reads a co-actor whose part noun is qualified ("including confirmed elements of the X")', async () => {
    const { lines } = await relate('Russian forces, including confirmed elements of the 31st Tank Division, are conducting a frontal assault on Tokmak.', [
      demonym('Russian', 'RU'),
      unit('31st Tank Division'),
      city('Tokmak'),
    ]);
    expect(lines).toContain('31st Tank Division attacked Tokmak');
    expect(lines).toContain('Russian attacked Tokmak');
  });

  it('gives no attack to the nationality of a concentration of forces that was hit', async () => {
    const { lines } = await relate('Ukrainian gunners struck a concentration of Russian infantry and destroyed three tanks near Tokmak.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).not.toContain('Russian attacked Tokmak');
  });
});
