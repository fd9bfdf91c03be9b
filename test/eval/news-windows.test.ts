import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerEvaluate } from '../../src/cli/evaluate.js';
import { createDoc, type EntityType } from '../../src/model/document.js';
import { packageRoot } from '../../src/model/package-root.js';
import { evaluateDocuments } from '../../src/eval/evaluate.js';
import { detokenizeGmb } from '../../src/eval/gmb-text.js';
import { defaultMapping } from '../../src/eval/mapping.js';
import { readGold } from '../../src/eval/read-gold.js';
import { defaultTrainDir } from '../../src/eval/sentence-windows.js';

// Sentences written for these tests (not GMB text), tokenized the GMB way: tokens joined by single spaces,
// "'s" and "n't" split off; one carries an astral character so that code-point offsets are exercised.
const fixtures = join(import.meta.dirname, 'fixtures');
const sentences = 'news-sentences.jsonl';
const pipeline = join(fixtures, 'tokenize-only.json');

// Records news-fx-002 … news-fx-005 of the fixture, as the detokenizer must rebuild them.
const window =
  "The mayor of Port Elwen, Ada Quist, said the city's harbor wouldn't close. " +
  '"We will rebuild 🌊," she told reporters in Velmar. ' +
  'The Harbor Guild (HG) pledged $10 million - about 3% of its budget - to the repairs. ' +
  'Guild chairman Tomas Riel visited Port Elwen on Monday.';
const codePoints = (s: string): number => [...s].length;
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Code-point offsets of the n-th occurrence of `s` in the window. */
function entity(s: string, type: string, nth = 0): { start: number; end: number; type: string } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = window.indexOf(s, i + 1);
  if (i < 0) throw new Error(`"${s}" not in the test window`);
  const start = codePoints(window.slice(0, i));
  return { start, end: start + codePoints(s), type };
}

const record = {
  id: 'news-fx-w002',
  file: sentences,
  lines: ['news-fx-002', 4],
  start: 0,
  end: codePoints(window),
  dct: null,
  split: 'dev',
  category: 'leadership',
  sha256: sha(window),
  entities: [
    entity('Port Elwen', 'LOC'), // 0
    entity('Ada Quist', 'PER'), // 1
    entity('Velmar', 'LOC'), // 2: after the astral character
    entity('Harbor Guild', 'ORG'), // 3
    entity('Tomas Riel', 'PER'), // 4
    entity('Port Elwen', 'LOC', 1), // 5
  ],
  relations: [
    { head: 1, tail: 0, type: 'leaderOf' },
    { head: 4, tail: 3, type: 'leaderOf' },
    { head: 4, tail: 5, type: 'visited' },
  ],
};

/** A stand-off gold file of the given records in a fresh folder. */
function goldFile(...records: object[]): string {
  const gold = join(mkdtempSync(join(tmpdir(), 'ng-news-')), 'news-dev.standoff.jsonl');
  writeFileSync(gold, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return gold;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('GMB detokenizer', () => {
  it("glues the possessive 's and n't to their word", () => {
    expect(detokenizeGmb(["the city 's harbor would n't close , they said ."])).toBe("the city's harbor wouldn't close, they said.");
  });

  it('opens and closes straight double quotes in turn, across sentences', () => {
    expect(detokenizeGmb(['He said : " the port is open .', 'Ships can dock . "', 'Then " more " came .'])).toBe(
      'He said: "the port is open. Ships can dock." Then "more" came.',
    );
  });

  it('writes $ 10, 3 % and ( x ) without inner spaces', () => {
    expect(detokenizeGmb(['It cost $ 10 ( about 3 % more ) [ or so ] .'])).toBe('It cost $10 (about 3% more) [or so].');
  });

  it('keeps the spaces around a dash', () => {
    expect(detokenizeGmb(['Two towns - Arlo and Bex - were flooded .'])).toBe('Two towns - Arlo and Bex - were flooded.');
  });

  it('joins sentences with one space and ignores doubled spaces', () => {
    expect(detokenizeGmb(['Rain fell .', 'Rivers  rose .'])).toBe('Rain fell. Rivers rose.');
  });
});

describe('stand-off records over sentence windows ("lines")', () => {
  it('reads the window of consecutive records and places the entities in it', () => {
    const [doc] = readGold(goldFile(record), undefined, fixtures);
    expect(doc!.id).toBe('news-fx-w002');
    expect(doc!.text).toBe(window);
    expect(doc!.dct).toBeUndefined();
    expect(doc!.mentions.map((m) => [m.text, m.label])).toEqual([
      ['Port Elwen', 'LOC'],
      ['Ada Quist', 'PER'],
      ['Velmar', 'LOC'],
      ['Harbor Guild', 'ORG'],
      ['Tomas Riel', 'PER'],
      ['Port Elwen', 'LOC'],
    ]);
    expect(doc!.relations).toContainEqual({ head: 4, tail: 5, label: 'visited' });
  });

  it('reads several windows of one sentence file', () => {
    const text = 'Storm crews worked through the night.';
    const first = { ...record, id: 'news-fx-w001', lines: ['news-fx-001', 1], end: text.length, sha256: sha(text), entities: [], relations: [] };
    expect(readGold(goldFile(first, record), undefined, fixtures).map((d) => d.text)).toEqual([text, window]);
  });

  it('looks for the sentence file in NEWSGRAPH_TRAIN_DIR, else in shared/train beside the checkout', () => {
    vi.stubEnv('NEWSGRAPH_TRAIN_DIR', fixtures);
    expect(readGold(goldFile(record))[0]!.text).toBe(window);
    vi.stubEnv('NEWSGRAPH_TRAIN_DIR', undefined);
    expect(defaultTrainDir()).toBe(join(packageRoot(), '..', 'shared', 'train'));
  });

  it('is scored through newsgraph evaluate', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    const json = join(mkdtempSync(join(tmpdir(), 'ng-news-')), 'report.json');
    const program = new Command('newsgraph').exitOverride();
    registerEvaluate(program);
    await program.parseAsync(['node', 'newsgraph', 'evaluate', '--gold', goldFile(record), '--texts', fixtures, '--pipeline', pipeline, '--json', json, '--errors']);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ format: 'standoff', documents: 1, gold: { mentions: 6, relations: 3 } });
    expect(report.mentions.exact.micro).toMatchObject({ tp: 0, fp: 0, fn: 6 });
    expect(report.relations.overlap.micro).toMatchObject({ tp: 0, fn: 3 });
    expect(out.join('')).toContain('MISS PER "Tomas Riel"');
  });

  it('scores predictions at the gold spans as correct', () => {
    const golds = readGold(goldFile(record), undefined, fixtures);
    const types: Record<string, EntityType> = { PER: 'Person', LOC: 'Place', ORG: 'Organization' };
    const report = evaluateDocuments(golds, (g) => {
      const doc = createDoc({ id: g.id, source: { path: 'x', relPath: g.id, sha256: '' }, text: g.text });
      for (const m of g.mentions) doc.mentions.push({ start: m.start, end: m.end, text: m.text, type: types[m.label]!, form: 'name', recognizer: 'test', priority: 0, confidence: 1 });
      return doc;
    }, { mapping: defaultMapping });
    expect(report.mentions.exact.micro).toMatchObject({ tp: 6, fp: 0, fn: 0 });
  });

  it('names the folder searched and how to give it when the sentence file is missing', () => {
    const nowhere = join(tmpdir(), 'no-such-folder-ng');
    expect(() => readGold(goldFile(record), undefined, nowhere)).toThrow(
      new RegExp(`cannot read the sentence file "news-sentences.jsonl" in ${nowhere} \\(--texts.*--texts or NEWSGRAPH_TRAIN_DIR`),
    );
    vi.stubEnv('NEWSGRAPH_TRAIN_DIR', nowhere);
    expect(() => readGold(goldFile(record))).toThrow(/in .*no-such-folder-ng \(\$NEWSGRAPH_TRAIN_DIR/);
  });

  it('refuses an unknown record id', () => {
    expect(() => readGold(goldFile({ ...record, lines: ['news-fx-999', 4] }), undefined, fixtures)).toThrow(/news-dev\.standoff\.jsonl:1: no sentence record with id "news-fx-999"/);
  });

  it('refuses a window that runs past the last record', () => {
    expect(() => readGold(goldFile({ ...record, lines: ['news-fx-005', 4] }), undefined, fixtures)).toThrow(/has 2 record\(s\) from "news-fx-005" on, the record asks for 4/);
  });

  it('refuses a window that is not the annotated text', () => {
    expect(() => readGold(goldFile({ ...record, sha256: sha(window + ' ') }), undefined, fixtures)).toThrow(/the window of 4 record\(s\) from "news-fx-002" of "news-sentences.jsonl" is not the annotated text \(SHA-256 differs\)/);
    // A window one record off is shorter than the record's end here: refused before its SHA-256 is compared.
    expect(() => readGold(goldFile({ ...record, lines: ['news-fx-001', 4] }), undefined, fixtures)).toThrow(/offsets 0–266 outside the window of 4 record\(s\) from "news-fx-001"/);
  });

  it('refuses a malformed "lines"', () => {
    expect(() => readGold(goldFile({ ...record, lines: ['news-fx-002', 0] }), undefined, fixtures)).toThrow(/"lines" must be/);
  });
});
