import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacked = (lines: string[]): string[] => lines.filter((l) => l.includes(' attacked ')).sort();

describe('a list of locative phrases may hold a bare distance or close after a semicolon (match.ts)', () => {
  it('reads every place of "near A, 9km south of A near B, and within 20km east of A near C"', async () => {
    const bare = await relate('Our troops repelled Russian assaults near Dubki, 9km south of Dubki near Lipki, and within 20km east of Dubki near Orlovo and Sosnovka.', [
      demonym('Russian', 'RU'),
      city('Dubki'),
      city('Dubki', undefined, 1),
      city('Lipki'),
      city('Dubki', undefined, 2),
      city('Orlovo'),
      city('Sosnovka'),
    ]);
    expect(attacked(bare.lines)).toEqual(['Russian attacked Dubki', 'Russian attacked Lipki', 'Russian attacked Orlovo', 'Russian attacked Sosnovka']);
    const spaced = await relate('Our troops repelled Russian assaults near Dubki and about 12 km north of Dubki near Lipki.', [
      demonym('Russian', 'RU'),
      city('Dubki'),
      city('Dubki', undefined, 1),
      city('Lipki'),
    ]);
    expect(attacked(spaced.lines)).toContain('Russian attacked Lipki');
  });

  it('reads a phrase list whose last phrase, naming a sector by distance or bearing, follows a semicolon', async () => {
    const semi = await relate('Our troops repelled Russian assaults near Dubki, within 9km east of Dubki near Lipki; and within 20km south of Dubki near Orlovo.', [
      demonym('Russian', 'RU'),
      city('Dubki'),
      city('Dubki', undefined, 1),
      city('Lipki'),
      city('Dubki', undefined, 2),
      city('Orlovo'),
    ]);
    expect(attacked(semi.lines)).toEqual(['Russian attacked Dubki', 'Russian attacked Lipki', 'Russian attacked Orlovo']);
    const bearing = await relate('Russian forces conducted ground assaults in Dubki; north of Dubki, in Lipki and Orlovo; and south of Dubki in Sosnovka and Kamenka.', [
      demonym('Russian', 'RU'),
      city('Dubki'),
      city('Dubki', undefined, 1),
      city('Lipki'),
      city('Orlovo'),
      city('Dubki', undefined, 2),
      city('Sosnovka'),
      city('Kamenka'),
    ]);
    expect(attacked(bearing.lines)).toEqual(['Russian attacked Dubki', 'Russian attacked Kamenka', 'Russian attacked Lipki', 'Russian attacked Orlovo', 'Russian attacked Sosnovka']);
  });

  it('keeps a distance after a place as an aside saying where it lies, and a bare number as no distance', async () => {
    const aside = await relate('Our troops repelled a Russian assault near Lipki, 40km northeast of Dubki, on Monday.', [demonym('Russian', 'RU'), city('Lipki'), city('Dubki')]);
    expect(attacked(aside.lines)).toEqual(['Russian attacked Lipki']);
    const count = await relate('Our troops repelled Russian assaults near Lipki, 12 north of Dubki near Orlovo, and within 20km east of Dubki near Sosnovka.', [
      demonym('Russian', 'RU'),
      city('Lipki'),
      city('Dubki'),
      city('Orlovo'),
      city('Dubki', undefined, 1),
      city('Sosnovka'),
    ]);
    expect(attacked(count.lines)).not.toContain('Russian attacked Orlovo');
    const howFar = await relate('Russian tanks fired on positions west of Lipki and approximately 17km northwest of Dubki on Monday.', [
      demonym('Russian', 'RU'),
      city('Lipki'),
      city('Dubki'),
    ]);
    expect(attacked(howFar.lines)).not.toContain('Russian attacked Dubki');
  });
});
