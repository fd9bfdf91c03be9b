import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocuments, loadFixtures } from '../../bench/corpus.js';
import { FIXTURE_PEOPLE, vary } from '../../bench/vary.js';
import { packageRoot } from '../../src/model/package-root.js';

const sample =
  'Colonel Andriy Savchuk said on March 14, 2025 that the 27th Motorized Rifle Division lost 1,500 troops. ' +
  'Savchuk spoke on Thursday. The Su-24 was hit.';

describe('vary', () => {
  it('leaves the first copy as written', () => {
    expect(vary(sample, 0)).toBe(sample);
  });

  it('replaces a person everywhere, full name and surname alike, and keeps designators', () => {
    const v = vary(sample, 3);
    expect(v).not.toContain('Savchuk');
    const [, first, last] = /Colonel (\w+) (\w+) said/.exec(v)!;
    expect(v).toContain(`${last} spoke`);
    expect(first).toBeTruthy();
    expect(v).toContain('Su-24');
  });

  it('keeps dates and ordinals well formed', () => {
    for (let k = 1; k < 40; k++) {
      const v = vary(sample, k);
      const [, day, year] = /on [A-Z][a-z]+ (\d+), (\d{4})/.exec(v)!;
      expect(Number(day)).toBeGreaterThanOrEqual(1);
      expect(Number(day)).toBeLessThanOrEqual(28);
      expect(Number(year)).toBeGreaterThanOrEqual(2018);
      expect(Number(year)).toBeLessThanOrEqual(2026);
      const [, n, suffix] = /the (\d+)(st|nd|rd|th) Motorized/.exec(v)!;
      const expected = Number(n) % 100 >= 11 && Number(n) % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][Number(n) % 10] ?? 'th');
      expect(suffix).toBe(expected);
    }
  });

  it('gives the same copy for the same k and different copies for different k', () => {
    expect(vary(sample, 5)).toBe(vary(sample, 5));
    expect(vary(sample, 5)).not.toBe(vary(sample, 6));
  });
});

describe('corpusDocuments', () => {
  const fixtures = loadFixtures(join(packageRoot(), 'bench', 'fixtures'));

  it('names every fixture person in the list that vary replaces', () => {
    const text = fixtures.map((f) => f.text).join('\n');
    for (const name of FIXTURE_PEOPLE) expect(text).toContain(name);
  });

  it('reaches the target size with varied copies of the fixtures', () => {
    const docs = [...corpusDocuments(fixtures, 100_000)];
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    expect(bytes).toBeGreaterThanOrEqual(100_000);
    expect(bytes - Buffer.byteLength(docs.at(-1)!.text)).toBeLessThan(100_000);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => d.text)).size).toBe(docs.length);
  });
});
