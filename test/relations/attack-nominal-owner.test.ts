import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('a nationality’s attack noun whose target has an article and an owner', () => {
  it('reads "a Ukrainian strike on a Russian depot in X"', async () => {
    const { lines } = await relate('Dozens died in a Ukrainian strike on a Russian barracks in Ivanivka last week.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Ivanivka'),
    ]);
    expect(lines).toContain('Ukrainian attacked Ivanivka');
    expect(lines).not.toContain('Russian attacked Ivanivka');
  });

  it('still needs the place to be where the target is, in the same clause', async () => {
    const { lines } = await relate('Officials discussed a Ukrainian strike on a Russian depot that was moved to Ivanivka.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      city('Ivanivka'),
    ]);
    expect(lines.filter((l) => l.includes(' attacked '))).toEqual([]);
  });
});
