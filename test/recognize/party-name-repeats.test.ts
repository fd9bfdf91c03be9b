import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

// A party named after a country, named once before "party": the whole default pipeline on invented sentences.
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});
const run = (text: string): Doc => pipeline.process({ id: 'p.txt', source: { path: '/p.txt', relPath: 'p.txt', sha256: '' }, text });
const typed = (doc: Doc): string[] => doc.mentions.filter((m) => m.form !== 'demonym').map((m) => `${m.text}/${m.type}`);

describe('a party named after a country, repeated without "party"', () => {
  it('is the party wherever the document repeats its name', () => {
    const doc = run('The Greater Armenia party won two seats. Later, Greater Armenia deputies walked out, and Armenia objected.');
    expect(typed(doc)).toEqual(['Greater Armenia/Organization', 'Greater Armenia/Organization', 'Armenia/Place']);
  });

  it('leaves the country alone when no party of that name was named, and other words before it', () => {
    expect(typed(run('Later, Greater Armenia deputies walked out, and Armenia objected.'))).toContain('Armenia/Place');
    const doc = run('The Greater Armenia party won two seats. Later, Northern Armenia was flooded.');
    expect(typed(doc)).toEqual(['Greater Armenia/Organization', 'Northern Armenia/Place']);
  });
});
