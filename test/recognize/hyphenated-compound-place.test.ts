import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/document.js';
import { defaultPipelineFile } from '../../src/model/package-root.js';
import { buildPipeline, pipelineConfigFrom, type Pipeline } from '../../src/pipeline/pipeline.js';

// A compound village name whose parts are each a place ("A-B"): one mention when a list holds the compound, two on
// a hyphenated line ("the A-B line") or when no list holds it (branch known12). The lists' own compounds are
// GeoNames' (cities500 holds 247 "A-B" names whose parts are names too, every one read whole) and a user's file, here
// with invented villages.
const villages = {
  name: 'invented-villages',
  source: 'Invented for this test',
  entries: [
    { name: 'Zorivka', type: 'Place', placeKind: 'City', country: 'UA' },
    { name: 'Marianivske', type: 'Place', placeKind: 'City', country: 'UA' },
    { name: 'Zorivka-Marianivske', type: 'Place', placeKind: 'City', country: 'UA' },
    { name: 'Stepanivske', type: 'Place', placeKind: 'City', country: 'UA' },
  ],
};

let pipeline: Pipeline;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-compound-'));
  writeFileSync(join(dir, 'villages.json'), JSON.stringify(villages));
  const raw = JSON.parse(readFileSync(defaultPipelineFile(), 'utf8')) as { stages: Array<{ stage: string; options: { recognizers?: Array<{ use: string; options?: Record<string, unknown> }> } }> };
  for (const s of raw.stages) for (const r of s.options.recognizers ?? []) if (r.use === 'gazetteer') r.options = { lists: ['builtin', 'villages.json'] };
  pipeline = await buildPipeline(pipelineConfigFrom(raw, dir));
});

const places = (text: string): string[] => {
  const doc: Doc = pipeline.process({ id: 'c.txt', source: { path: '/c.txt', relPath: 'c.txt', sha256: '' }, text });
  return doc.mentions.filter((m) => m.type === 'Place' && m.form !== 'demonym').map((m) => m.text);
};

describe('a hyphenated compound village name', () => {
  it('is one mention where a list holds the compound', () => {
    expect(places('Fighting continued near Zorivka-Marianivske on Monday.')).toEqual(['Zorivka-Marianivske']);
    expect(places('Troops advanced in the Zorivka-Marianivske area.')).toEqual(['Zorivka-Marianivske']);
  });

  it('stays two villages on a hyphenated line and where no list holds the pair', () => {
    expect(places('Troops held the Zorivka-Stepanivske line on Monday.')).toEqual(['Zorivka', 'Stepanivske']);
    expect(places('Fighting continued near Marianivske-Stepanivske on Monday.')).toEqual(['Marianivske', 'Stepanivske']);
  });
});
