import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, republic } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

/** Branch rel31 (issue 13): "occupied" as a list item's adjective names no occupier (occupied-list-item.ts). */
describe('"occupied" in a list of places (occupied-list-item.ts)', () => {
  it('reads no capture by the first member of the list', async () => {
    const { lines } = await relate('Officials hope to unite the KNR, the VNR, and occupied Tarnok and Velmy into one district.', [republic('KNR'), republic('VNR'), city('Tarnok'), city('Velmy')]);
    expect(captures(lines)).toEqual([]);
  });

  it('keeps an occupation stated by a verb', async () => {
    const { lines } = await relate('Russian forces occupied Tarnok and Velmy in March.', [demonym('Russian', 'RU'), city('Tarnok'), city('Velmy')]);
    expect(captures(lines).sort()).toEqual(['Russian captured Tarnok', 'Russian captured Velmy']);
  });
});
