import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc, Mention } from '../../src/model/document.js';

// Invented sentences (names of real places and groups, no reported text).
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});
const run = (text: string): Doc => pipeline.process({ id: 't.txt', source: { path: '/t.txt', relPath: 't.txt', sha256: '' }, text });
const mention = (doc: Doc, text: string): Mention | undefined => doc.mentions.find((m) => m.text === text);

describe('"Sheikh X" before a word for a district', () => {
  it('is a place, not the person "X"', () => {
    const doc = run('Government troops entered the Sheikh Najjar industrial zone and the Sheikh Khodr neighbourhood.');
    expect(mention(doc, 'Sheikh Najjar')?.type).toBe('Place');
    expect(mention(doc, 'Sheikh Khodr')?.type).toBe('Place');
    expect(doc.mentions.some((m) => m.type === 'Person')).toBe(false);
  });

  it('keeps a listed district\'s record', () => {
    expect(mention(run('Clashes erupted in the Sheikh Maqsoud district.'), 'Sheikh Maqsoud')?.ref?.id).toBe('region:sheikh-maqsoud');
  });

  it('is no place without the district word, nor before a possessive or a word that goes on', () => {
    const doc = run('Sheikh Najjar Hamdan said that Sheikh Omar\'s neighbourhood was calm and the Sheikh Town Hall was shut.');
    expect(doc.mentions.filter((m) => m.type === 'Place')).toEqual([]);
  });
});

describe('a division named without a number', () => {
  it('is a unit when "Division" is capitalized', () => {
    const doc = run('The Hamza Division and the Sultan Murad Division shelled the village.');
    expect(mention(doc, 'Hamza Division')?.type).toBe('MilitaryUnit');
    expect(mention(doc, 'Sultan Murad Division')?.type).toBe('MilitaryUnit');
  });

  it('is no unit with "division" in lower case', () => {
    const doc = run('The Hamza division of the group was dissolved.');
    expect(doc.mentions.some((m) => m.type === 'MilitaryUnit')).toBe(false);
  });

  it('is no name when only unit-type words stand before it (a number missing or misspelled)', () => {
    const doc = run('Elements of 76 Air Assault Division and the 7thAir Assault Division withdrew.');
    expect(doc.mentions.some((m) => m.text.endsWith('Assault Division'))).toBe(false);
  });
});
