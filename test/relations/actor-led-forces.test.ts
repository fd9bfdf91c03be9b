import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('a nationality that leads the forces acts: "Russian-led forces"', () => {
  it('reads "Russian-led forces have taken control of X"', async () => {
    const { lines } = await relate('Officials amplified claims that Russian-led forces had taken control of Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(lines).toContain('Russian captured Ivanivka');
  });

  it('reads no actor in a nationality joined by a hyphen to another word', async () => {
    const a = await relate('Russian-made drones struck Ivanivka on Monday.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(a.lines).toEqual([]);
    const b = await relate('Russian-held positions near Ivanivka were shelled.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(b.lines.filter((l) => l.startsWith('Russian '))).toEqual([]);
  });
});
