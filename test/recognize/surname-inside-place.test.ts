import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

// Invented sentences (a real town, an invented person).
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});
const run = (text: string): Doc => pipeline.process({ id: 't.txt', source: { path: '/t.txt', relPath: 't.txt', sha256: '' }, text });

describe('a surname the document knows, inside a longer place name', () => {
  it('leaves the place whole ("Ain Issa" where a Fahim Issa is named)', () => {
    const doc = run('Factions shelled Ain Issa on Tuesday. A commander, Fahim Issa, was wounded in Syria.');
    expect(doc.mentions.find((m) => m.text === 'Ain Issa')?.type).toBe('Place');
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Fahim Issa']);
  });

  it('still reads the bare surname elsewhere as the person', () => {
    const doc = run('A commander, Fahim Issa, was wounded in Syria. Issa was taken to a hospital.');
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Fahim Issa', 'Issa']);
  });
});
