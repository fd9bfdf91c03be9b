import { describe, expect, it } from 'vitest';
import { buildSampleIndex, matchText, timeIndexLoad } from '../../src/gazetteer/bench.js';
import { findKey } from '../../src/gazetteer/index.js';
import { loadBuiltinIndex } from '../../src/gazetteer/load.js';

describe('compiled index', () => {
  it('loads the built index with GeoNames places, countries, subdivisions and curated lists', () => {
    const { records, keys } = timeIndexLoad();
    expect(records).toBeGreaterThan(150_000);
    expect(keys).toBeGreaterThan(records);
    const index = loadBuiltinIndex();
    expect(index.lists).toEqual(expect.arrayContaining(['places', 'countries', 'subdivisions', 'regions', 'units', 'people', 'organizations']));
    expect(findKey(index, 'kramatorsk')).toBeGreaterThanOrEqual(0);
    expect(findKey(index, 'no such place anywhere')).toBe(-1);
  });

  it('builds a sample index of the first N records that matches only those', () => {
    const sample = buildSampleIndex(300);
    expect(sample.recordCount).toBeLessThanOrEqual(300);
    const names = matchText(sample, 'NATO met in Kramatorsk and Kyiv.').map((m) => m.text);
    // The first records are the curated lists (NATO among them); GeoNames towns come last.
    expect(names).toContain('NATO');
    expect(names).not.toContain('Kramatorsk');
    expect(matchText(loadBuiltinIndex(), 'NATO met in Kramatorsk and Kyiv.').map((m) => m.text)).toEqual(['NATO', 'Kramatorsk', 'Kyiv']);
  });
});

describe('record refs', () => {
  it('gives every mention of a record one shared, frozen ref', () => {
    const index = loadBuiltinIndex();
    const [a] = matchText(index, 'Shelling hit Kramatorsk overnight.');
    const [b] = matchText(index, 'Officials in Kramatorsk said so.');
    expect(a!.ref).toBeDefined();
    expect(b!.ref).toBe(a!.ref);
    expect(Object.isFrozen(a!.ref)).toBe(true);
    expect(a!.ref!.sameAs).toEqual([expect.stringMatching(/^https:\/\/sws\.geonames\.org\/\d+\/$/)]);
  });
});
