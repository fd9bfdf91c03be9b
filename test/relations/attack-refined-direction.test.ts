import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ua = demonym('Ukrainian', 'UA');
const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/** Branch rel35 (issue 13): an attack placed by a bearing and then by its directions (attacked-refined-place). */
describe('attack by a bearing, refined by its directions (attack-refined-place.ts)', () => {
  it('gives the directions, not the bearing\'s town', async () => {
    const { lines } = await relate('Ukrainian forces attempted to attack southwest of Varnok in the directions of Telmin and Ostrava.', [ua, city('Varnok'), city('Telmin'), city('Ostrava')]);
    expect(attacks(lines)).toEqual(['Ukrainian attacked Ostrava', 'Ukrainian attacked Telmin']);
  });

  it('keeps the bearing\'s town when no direction follows', async () => {
    const { lines } = await relate('Ukrainian forces attempted to attack southwest of Varnok in heavy rain.', [ua, city('Varnok')]);
    expect(attacks(lines)).toEqual(['Ukrainian attacked Varnok']);
  });
});
