import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EdgeTable } from '../../src/merge/edge-table.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-edges-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const E = 'https://example.org/e/';
/** Made-up edges of two documents: units based in and withdrawn from places, a place part of a region. */
const DOCS: Array<Array<[string, string, string]>> = [
  [
    [`${E}915th-rifle-regiment`, 'basedIn', `${E}ostrova`],
    [`${E}ostrova`, 'partOf', `${E}belka-oblast`],
    [`${E}915th-rifle-regiment`, 'withdrewFrom', `${E}dubno`],
  ],
  [
    [`${E}12th-tank-brigade`, 'basedIn', `${E}dubno`],
    [`${E}915th-rifle-regiment`, 'basedIn', `${E}ostrova`],
  ],
];

function table(runRecords?: number): EdgeTable {
  const edges = new EdgeTable(dir, runRecords);
  DOCS.forEach((doc, k) => edges.addDocument(k, doc));
  return edges;
}

/** Terms as graph.nq writes them, with every name each function is given recorded. */
function recordingTerms(): { terms: Parameters<EdgeTable['bySubject']>[0]; asked: Record<'subject' | 'predicate' | 'object', string[]> } {
  const asked = { subject: [] as string[], predicate: [] as string[], object: [] as string[] };
  return {
    asked,
    terms: {
      subject: (s) => (asked.subject.push(s), `<${s}>`),
      predicate: (p) => (asked.predicate.push(p), `<https://example.org/ng#${p}>`),
      object: (o) => (asked.object.push(o), `<${o}>`),
      docRank: Uint32Array.from([1, 0]),
    },
  };
}

function allEdges(edges: EdgeTable): Array<[string, string, string, number]> {
  const { terms } = recordingTerms();
  const { subjects, edgesOfTerm } = edges.bySubject(terms);
  return [...subjects].map((s) => `<${s}>`).sort().flatMap((term) => [...edgesOfTerm(term)]);
}

describe('EdgeTable.bySubject', () => {
  it('makes each name\'s term only for the places the name has in some edge', () => {
    const { terms, asked } = recordingTerms();
    table().bySubject(terms);
    expect(new Set(asked.predicate)).toEqual(new Set(['basedIn', 'partOf', 'withdrewFrom']));
    expect(new Set(asked.subject)).toEqual(new Set([`${E}915th-rifle-regiment`, `${E}ostrova`, `${E}12th-tank-brigade`]));
    expect(new Set(asked.object)).toEqual(new Set([`${E}ostrova`, `${E}belka-oblast`, `${E}dubno`]));
  });

  it('gives each subject\'s edges by predicate, object and graph term, a repeated edge once, with runs on disk or not', () => {
    const expected: Array<[string, string, string, number]> = [
      [`${E}12th-tank-brigade`, 'basedIn', `${E}dubno`, 1],
      [`${E}915th-rifle-regiment`, 'basedIn', `${E}ostrova`, 1],
      [`${E}915th-rifle-regiment`, 'basedIn', `${E}ostrova`, 0],
      [`${E}915th-rifle-regiment`, 'withdrewFrom', `${E}dubno`, 0],
      [`${E}ostrova`, 'partOf', `${E}belka-oblast`, 0],
    ];
    expect(allEdges(table())).toEqual(expected);
    expect(allEdges(table(2))).toEqual(expected);
  });
});
