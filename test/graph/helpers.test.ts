import { describe, expect, it } from 'vitest';
import { codePointOffsets } from '../../src/model/offsets.js';
import { timexBounds } from '../../src/graph/timex-bounds.js';
import { documentIri, entityIri, spanIri } from '../../src/graph/iri.js';

describe('codePointOffsets', () => {
  it('is the identity for text without astral characters', () => {
    const cp = codePointOffsets('Durrës and Kyiv');
    expect([cp(0), cp(7), cp(15)]).toEqual([0, 7, 15]);
  });

  it('counts an emoji as one code point', () => {
    const text = '🔥🇺🇦 Kyiv';
    const cp = codePointOffsets(text);
    const utf16 = text.indexOf('Kyiv');
    expect(utf16).toBe(7);
    expect(cp(utf16)).toBe(4);
    expect([...text].slice(cp(utf16), cp(utf16 + 4)).join('')).toBe('Kyiv');
  });
});

describe('timexBounds', () => {
  it.each([
    ['2025-10-15', '2025-10-15', '2025-10-15'],
    ['2025-10-15T14:00', '2025-10-15', '2025-10-15'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025', '2025-01-01', '2025-12-31'],
    ['199', '1990-01-01', '1999-12-31'],
    ['2025-Q3', '2025-07-01', '2025-09-30'],
    ['2025-H1', '2025-01-01', '2025-06-30'],
    ['2025-W46', '2025-11-10', '2025-11-16'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2025-SU', '2025-06-01', '2025-08-31'],
    ['2023-WI', '2023-12-01', '2024-02-29'],
  ])('%s covers %s … %s', (value, begin, end) => {
    expect(timexBounds(value)).toEqual({ begin, end });
  });

  it.each(['P3Y', 'XXXX-10-15', 'PRESENT_REF', '2025-13'])('%s has no calendar bounds', (value) => {
    expect(timexBounds(value)).toBeUndefined();
  });
});

describe('IRIs', () => {
  it('derives entity IRIs from keys only', () => {
    expect(entityIri('geonames:703448')).toBe('https://w3id.org/newsgraph/id/geonames/703448');
    expect(entityIri('person:ahmad-al-sharaa')).toBe('https://w3id.org/newsgraph/id/person/ahmad-al-sharaa');
    expect(entityIri('org:hay\'at tahrir')).toBe('https://w3id.org/newsgraph/id/org/hay\'at%20tahrir');
  });

  it('gives the same document IRI for the same text and record id, and another for other text', () => {
    expect(documentIri('a text', 'r1')).toBe(documentIri('a text', 'r1'));
    expect(documentIri('a text', 'r1')).not.toBe(documentIri('a text', 'r2'));
    expect(documentIri('a text')).not.toBe(documentIri('another text'));
    expect(spanIri('https://w3id.org/newsgraph/doc/x', 3, 9)).toBe('https://w3id.org/newsgraph/doc/x#char=3,9');
  });
});
