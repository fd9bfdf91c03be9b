import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack breakthrough by a bearing: "broke through lines southwest of A near B"', () => {
  it('takes the place after the bearing, for each bearing of a list', async () => {
    const { lines } = await relate(
      'Russian units again attempted to break through Ukrainian lines southwest of Bilhorod near Ivanivka (about 20km north of Dibrova) and southeast of Bilhorod near Petrivka.',
      [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Bilhorod'), city('Ivanivka'), city('Dibrova'), city('Bilhorod', undefined, 1), city('Petrivka')],
    );
    expect(attacks(lines)).toEqual(expect.arrayContaining(['Russian attacked Ivanivka', 'Russian attacked Petrivka']));
    expect(attacks(lines)).not.toContain('Russian attacked Bilhorod');
    expect(attacks(lines)).not.toContain('Russian attacked Dibrova');
  });

  it('takes the bearing’s town when nothing more specific follows, and reads no plan', async () => {
    const a = await relate('Ukrainian forces broke through Russian positions west of Bilhorod on Friday.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Bilhorod')]);
    expect(attacks(a.lines)).toEqual(['Ukrainian attacked Bilhorod']);
    const b = await relate('Ukrainian forces will likely try to break through Russian positions west of Bilhorod.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Bilhorod')]);
    expect(attacks(b.lines)).toEqual([]);
  });
});
