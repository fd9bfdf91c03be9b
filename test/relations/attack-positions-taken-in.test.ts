import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('positions taken in a place are a part of it captured, near it an attack on it', () => {
  it('reads "captured positions in X" as a capture only', async () => {
    const { lines } = await relate('Russian forces captured positions in Ivanivka on Monday.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(lines).toContain('Russian captured Ivanivka');
    expect(lines).not.toContain('Russian attacked Ivanivka');
  });

  it('reads "captured a Ukrainian strongpoint near X" as an attack, and positions taken up as nothing', async () => {
    const a = await relate('Russian forces captured a Ukrainian strongpoint near Ivanivka on Monday.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(a.lines).toContain('Russian attacked Ivanivka');
    expect(a.lines).not.toContain('Russian captured Ivanivka');
    const b = await relate('Russian forces took up defensive positions in Ivanivka on Monday.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(b.lines.filter((l) => l.includes(' attacked ') || l.includes(' captured '))).toEqual([]);
  });
});
