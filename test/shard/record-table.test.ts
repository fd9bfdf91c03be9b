import { describe, expect, it } from 'vitest';
import { NS } from '../../src/graph/vocabulary.js';
import { SECTIONS, type RecordHeader } from '../../src/shard/format.js';
import { RecordTable } from '../../src/shard/record-table.js';
import type { RecordRef } from '../../src/shard/store.js';

/** A made-up record `k`: its fields all derived from k, some offsets past 4 GB, some ids not ASCII. */
function ref(k: number): RecordRef {
  const hex = (k * 2654435761 >>> 0).toString(16).padStart(8, '0').repeat(4);
  const header = {
    doc: { iri: `${NS.doc}${hex}`, id: k % 7 === 0 ? `ostrova-ł-${k}.txt` : `belka-${k}.txt` },
    sections: SECTIONS.map((_, s) => k * 10 + s),
    part: k % 5 === 0 ? [k % 3, 3] : undefined,
  } as unknown as RecordHeader;
  const headerStart = k % 2 === 0 ? 1000 * k : 2 ** 33 + 7 * k;
  return { file: `/out/shard-${k % 3}.ndjson`, header, headerStart, bodyStart: headerStart + 50 + (k % 11) };
}

describe('record table', () => {
  it('gives back every record it was given, across its chunks (4,096 records each)', () => {
    const table = new RecordTable();
    const n = 4096 * 2 + 5;
    for (let k = 0; k < n; k++) expect(table.add(ref(k))).toBe(k);
    expect(table.size).toBe(n);
    for (const k of [0, 1, 4095, 4096, 4097, 8191, 8192, n - 1]) {
      const r = ref(k);
      expect(table.headerSpan(k)).toEqual([r.file, r.headerStart, r.bodyStart - r.headerStart]);
      const place = table.place(k);
      expect([place.file, place.bodyStart, Array.from(place.sections)]).toEqual([r.file, r.bodyStart, r.header.sections]);
      expect(table.part(k)).toEqual(r.header.part ?? [0, 0]);
      expect(table.iri(k)).toBe(r.header.doc.iri);
    }
  });

  it('orders records by id as strings compare, and by IRI, across chunk edges', () => {
    const table = new RecordTable();
    const n = 4096 + 40;
    for (let k = 0; k < n; k++) table.add(ref(k));
    const pairs = [[4095, 4096], [4096, 4095], [0, 4100], [7, 14], [4102, 4095], [4102, 4102], [4095, 7]] as const;
    const sign = (x: number): number => Math.sign(x);
    for (const [a, b] of pairs) {
      const [s, t] = [ref(a).header.doc.id, ref(b).header.doc.id];
      expect(sign(table.compareId(a, b))).toBe(s < t ? -1 : s > t ? 1 : 0);
      const [u, v] = [ref(a).header.doc.iri, ref(b).header.doc.iri];
      expect(sign(table.compareIri(a, b))).toBe(u < v ? -1 : u > v ? 1 : 0);
    }
  });
});
