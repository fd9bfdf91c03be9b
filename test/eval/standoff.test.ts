import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOf, readGold } from '../../src/eval/read-gold.js';
import { GoldFormatError } from '../../src/eval/read-jsonl.js';
import { parseStandoff } from '../../src/eval/read-standoff.js';

// An original report written for this test: CRLF line endings and an astral character before the
// annotated paragraph, so that both the line-ending normalization and code-point offsets are exercised.
const report = 'Analysts 🛰 team\r\nMay 3, 6 pm ET\r\nColonel Ivan Orlov visited Tokmak. The 12th Brigade withdrew from Vesele.\r\nLast line.\r\n';
const decoded = report.replace(/\r\n/g, '\n');
const paragraph = decoded.split('\n')[2]!;
// Code points before the paragraph: the UTF-16 index less one for the satellite's surrogate pair.
const start = [...decoded.slice(0, decoded.indexOf(paragraph))].length;
const at = (s: string): [number, number] => {
  const i = start + paragraph.indexOf(s);
  return [i, i + s.length];
};
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

function setup(record: Record<string, unknown>): { dir: string; gold: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ng-standoff-'));
  writeFileSync(join(dir, 'May_03_2023.txt'), report);
  const gold = join(dir, 'dev.standoff.jsonl');
  writeFileSync(gold, JSON.stringify(record) + '\n');
  return { dir, gold };
}

const entity = (s: string, type: string) => {
  const [b, e] = at(s);
  return { start: b, end: e, type };
};
const record = {
  id: 'may-03-p02',
  file: 'May_03_2023.txt',
  start,
  end: start + paragraph.length,
  dct: '2023-05-03',
  split: 'dev',
  sha256: sha(paragraph),
  entities: [entity('Ivan Orlov', 'PER'), entity('Tokmak', 'LOC'), entity('12th Brigade', 'UNIT'), entity('Vesele', 'LOC')],
  relations: [
    { head: 0, tail: 1, type: 'visited' },
    { head: 2, tail: 3, type: 'withdrewFrom' },
  ],
};

describe('stand-off gold', () => {
  it('is recognized by its file name', () => {
    expect(formatOf('gold/isw/test.standoff.jsonl')).toBe('standoff');
    expect(formatOf('domain-dev.jsonl')).toBe('jsonl');
  });

  it('reads the paragraph from the texts folder and shifts entity offsets into it', () => {
    const { dir, gold } = setup(record);
    const [doc] = readGold(gold, undefined, dir);
    expect(doc!.id).toBe('may-03-p02');
    expect(doc!.text).toBe(paragraph);
    expect(doc!.dct).toBe('2023-05-03');
    expect(doc!.mentions.map((m) => [m.text, m.label])).toEqual([
      ['Ivan Orlov', 'PER'],
      ['Tokmak', 'LOC'],
      ['12th Brigade', 'UNIT'],
      ['Vesele', 'LOC'],
    ]);
    expect(doc!.relations).toEqual([
      { head: 0, tail: 1, label: 'visited' },
      { head: 2, tail: 3, label: 'withdrewFrom' },
    ]);
  });

  it('refuses a record whose paragraph no longer has the annotated text', () => {
    const { dir, gold } = setup({ ...record, sha256: sha(paragraph + ' ') });
    expect(() => readGold(gold, undefined, dir)).toThrow(/SHA-256 differs/);
  });

  it('names the missing text file and the option to give the folder', () => {
    const { gold } = setup(record);
    expect(() => readGold(gold, undefined, join(tmpdir(), 'no-such-folder-ng'))).toThrow(/cannot read the text "May_03_2023.txt".*--texts/);
  });

  it('refuses entities outside their paragraph and records without offsets', () => {
    const { dir } = setup(record);
    const outside = { ...record, entities: [{ start: 0, end: 3, type: 'PER' }] };
    expect(() => parseStandoff(JSON.stringify(outside), 'g.standoff.jsonl', dir)).toThrow(/outside its paragraph/);
    const { start: _s, ...noStart } = record;
    expect(() => parseStandoff(JSON.stringify(noStart), 'g.standoff.jsonl', dir)).toThrow(GoldFormatError);
  });
});
