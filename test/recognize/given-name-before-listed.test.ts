import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc, Mention } from '../../src/model/document.js';

// A listed person's surname alias after a given name the list does not spell: the whole default pipeline
// on invented sentences.
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'g.txt', source: { path: '/g.txt', relPath: 'g.txt', sha256: '' }, text });
const people = (doc: Doc): Mention[] => doc.mentions.filter((m) => m.type === 'Person');

describe('a given name before a listed surname', () => {
  it('joins the mention, keeping the record when the spellings agree', () => {
    const [m] = people(run('On Friday the veteran diplomat Serhiy Lavrov opened a school.'));
    expect(m?.text).toBe('Serhiy Lavrov');
    expect(m?.ref?.id).toBe('person:sergei-lavrov');
  });

  it('joins the mention without a title before it', () => {
    const [m] = people(run('On Friday, Serhiy Lavrov opened a school.'));
    expect(m?.text).toBe('Serhiy Lavrov');
    expect(m?.ref?.id).toBe('person:sergei-lavrov');
  });

  it('joins the mention but drops the record of another given name', () => {
    const [m] = people(run('On Friday the teacher Marina Lavrov opened a school.'));
    expect(m?.text).toBe('Marina Lavrov');
    expect(m?.ref).toBeUndefined();
  });

  it('links another romanization of the given name, not another given name of the same initial', () => {
    expect(people(run('On Friday the spokesman Dmytro Peskov opened a school.'))[0]?.ref?.id).toBe('person:dmitry-peskov');
    const [m] = people(run('On Friday the officer Vadim Gerasimov opened a school.'));
    expect(m?.text).toBe('Vadim Gerasimov');
    expect(m?.ref).toBeUndefined();
  });

  it('leaves a surname alone after lower-case words or a place', () => {
    expect(people(run('On Friday the official Lavrov opened a school.')).map((m) => m.text)).toEqual(['Lavrov']);
    expect(people(run('Residents of Melitopol told Lavrov to leave.')).map((m) => m.text)).toEqual(['Lavrov']);
  });
});
