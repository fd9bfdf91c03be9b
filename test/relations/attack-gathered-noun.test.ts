import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();
const ru = demonym('Russian', 'RU');

/** Branch rel32 (issue 13): a gathering named by a noun before the forces is no attack yet (attack-gathered-for.ts). */
describe('forces gathered, named by a noun (attack-gathered-for.ts)', () => {
  it('reads no attack from the massing of forces for an assault', async () => {
    const { lines } = await relate('The massing of Russian forces pulled from other fronts for the assault on Tarnok suggests it will start soon.', [ru, city('Tarnok')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('keeps an attack by forces named after "of" with no gathering noun', async () => {
    const { lines } = await relate('Footage of Russian forces shelling Tarnok circulated on Monday.', [ru, city('Tarnok')]);
    expect(attacks(lines)).toEqual(['Russian attacked Tarnok']);
  });
});
