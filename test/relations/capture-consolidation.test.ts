import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

describe('consolidating control of a place holds it: a capture', () => {
  it('reads consolidation as a focus or a purpose', async () => {
    const a = await relate('According to the staff, Russian troops are focusing on consolidating control of Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(captures(a.lines)).toEqual(['Russian captured Ivanivka']);
    const b = await relate('Officials claimed that Russian forces are using drones to consolidate control over Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(captures(b.lines)).toEqual(['Russian captured Ivanivka']);
  });

  it('reads no capture in a plan, an aim or a forecast of consolidation, nor a focus on capturing', async () => {
    const a = await relate('Russian forces will likely attempt to consolidate control over Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(captures(a.lines)).toEqual([]);
    const b = await relate('Russian forces aim to consolidate control of Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(captures(b.lines)).toEqual([]);
    const c = await relate('Russian forces are focusing on capturing Ivanivka.', [demonym('Russian', 'RU'), city('Ivanivka')]);
    expect(captures(c.lines)).toEqual([]);
  });
});
