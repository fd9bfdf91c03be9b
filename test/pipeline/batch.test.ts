import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/pipeline.js';
import type { SourceDocument } from '../../src/model/document.js';

const input = (id: string, text: string): SourceDocument => ({ id, source: { path: `/x/${id}.txt`, relPath: `${id}.txt`, sha256: '' }, text });

const texts = [
  'Defence Minister Pavlo Hrytsenko visited Kharkiv on Tuesday, officials said.',
  'The 58th Combined Arms Army (CAA) shelled positions near Orikhiv on March 3, 2026.',
  'Turkish Foreign Minister Selin Aydın met her Syrian counterpart in Damascus last week.',
];

describe('processBatch', () => {
  it('gives each document exactly what process gives it', async () => {
    const pipeline = await loadPipeline();
    const one = texts.map((t, i) => pipeline.process(input(`d${i}`, t), { referenceDate: '2026-03-10' }));
    const batch = pipeline.processBatch(texts.map((t, i) => input(`d${i}`, t)), { referenceDate: '2026-03-10' });
    expect(batch.map((r) => (r.ok ? JSON.stringify(r.doc) : r.error.message))).toEqual(one.map((d) => JSON.stringify(d)));
    expect(one.some((d) => d.relations.length > 0)).toBe(true);
  });

  it('fails only the document a stage throws on; the others go through every stage', async () => {
    const pipeline = await loadPipeline();
    const dates = pipeline.stages.find((s) => s.name === 'dates')!;
    const run = dates.run.bind(dates);
    dates.run = (doc) => {
      if (doc.id === 'bad') throw new Error('broken on purpose');
      run(doc);
    };
    const results = pipeline.processBatch([input('a', texts[0]!), input('bad', texts[1]!), input('c', texts[2]!)]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ ok: false, error: { message: 'broken on purpose' } });
    for (const r of [results[0]!, results[2]!]) if (r.ok) expect(r.doc.entities.length).toBeGreaterThan(0);
    expect(() => pipeline.process(input('bad', texts[1]!))).toThrow('broken on purpose');
  });
});
