import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPipeline, loadPipelineConfig, pipelineConfigFrom } from '../../src/pipeline/pipeline.js';
import { PipelineConfigError } from '../../src/stage/options.js';

function pipelineFile(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ng-pipe-')), 'p.json');
  writeFileSync(file, content);
  return file;
}

describe('pipeline files', () => {
  it('loads the default pipeline with its stages in order', () => {
    const config = loadPipelineConfig();
    expect(config.name).toBe('default');
    expect(config.stages.map((s) => s.stage)).toEqual(['segment', 'tokenize', 'recognize', 'dates', 'relations', 'resolve']);
  });

  it.each([
    ['[]', 'the file must hold a JSON object'],
    ['{"stages": []}', '"name" must be a non-empty string'],
    ['{"name": "x", "stages": []}', '"stages" must be a non-empty array'],
    ['{"name": "x", "stages": [{"stage": "parse"}]}', 'stages[0].stage "parse" is not a known stage (known: segment, tokenize, recognize, dates, relations, resolve)'],
    ['{"name": "x", "stages": [{"stage": "segment", "opts": {}}]}', 'stages[0] has unknown key "opts" (allowed: stage, options)'],
    ['{"name": "x", "stages": [{"stage": "segment"}, {"stage": "segment"}]}', 'stages[1].stage "segment" appears twice'],
    ['{"name": "x", "stages": [{"stage": "segment"}], "extra": 1}', 'unknown top-level key "extra"'],
    ['{"name": "x", "stages": [{"stage": "segment", "options": []}]}', 'stages[0].options must be an object'],
    ['{"name": "x",', 'not valid JSON'],
  ])('refuses %s naming the problem', (content, problem) => {
    const file = pipelineFile(content);
    expect(() => loadPipelineConfig(file)).toThrow(PipelineConfigError);
    expect(() => loadPipelineConfig(file)).toThrow(problem);
    expect(() => loadPipelineConfig(file)).toThrow(file);
  });

  it('refuses a missing file with its path', () => {
    expect(() => loadPipelineConfig('/nonexistent/pipeline.json')).toThrow('invalid pipeline /nonexistent/pipeline.json: cannot read the file');
  });

  it('refuses unknown stage options when the pipeline is built', async () => {
    const config = pipelineConfigFrom({ name: 'x', stages: [{ stage: 'tokenize', options: { pos: true, lemma: true } }] });
    await expect(buildPipeline(config)).rejects.toThrow('stage "tokenize"'); 
    await expect(buildPipeline(config)).rejects.toThrow('unknown option "lemma" (known: pos)');
  });

  it('refuses a wrongly typed option', async () => {
    const config = pipelineConfigFrom({ name: 'x', stages: [{ stage: 'tokenize', options: { pos: 'yes' } }] });
    await expect(buildPipeline(config)).rejects.toThrow('option "pos" must be true or false');
  });

  it('refuses an unknown recognizer with the list of known ones', async () => {
    const config = pipelineConfigFrom({ name: 'x', stages: [{ stage: 'recognize', options: { recognizers: ['crystal-ball'] } }] });
    await expect(buildPipeline(config)).rejects.toThrow('recognizers[0] "crystal-ball" is not a known recognizer');
  });

  it('runs the stages it names, and only those', async () => {
    const pipeline = await buildPipeline(pipelineConfigFrom({ name: 'seg', stages: [{ stage: 'segment' }] }));
    const doc = pipeline.process({ id: 'd', source: { path: '', relPath: 'd.txt', sha256: '', date: '2026-01-02' }, text: 'One paragraph.\n\nTwo.' });
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.tokens).toHaveLength(0);
    expect(doc.referenceDate).toBe('2026-01-02');
    expect(doc.referenceDateSource).toBe('metadata');
    const withOption = pipeline.process({ id: 'd', source: { path: '', relPath: 'd.txt', sha256: '', date: '2026-01-02' }, text: 'x' }, { referenceDate: '2025-05-05' });
    expect([withOption.referenceDate, withOption.referenceDateSource]).toEqual(['2025-05-05', 'option']);
  });
});
