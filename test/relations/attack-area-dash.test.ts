import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attacks on areas named after a dash, and the latest of several attacks', () => {
  it('reads "in two areas—around A and around B"', async () => {
    const { lines } = await relate('Ukrainian forces likely targeted Russian depots and logistics nodes in two main areas\u2014around Ivanivka and around Petrivka.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(attacks(lines).sort()).toEqual(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Petrivka']);
  });

  it('reads "…, most recently near A"', async () => {
    const { lines } = await relate('Ukrainian units conduct small counterattacks along the front, most recently near Ivanivka.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(attacks(lines)).toEqual(['Ukrainian attacked Ivanivka']);
  });

  it('reads no attack after a dash that begins another thought, nor a planned one', async () => {
    const a = await relate('Ukrainian forces likely targeted Russian depots in two main areas\u2014Ivanivka residents reported explosions.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual([]);
    const b = await relate('Ukrainian forces will likely target Russian depots in two main areas\u2014around Ivanivka and around Petrivka.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(attacks(b.lines)).toEqual([]);
  });
});
