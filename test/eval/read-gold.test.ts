import { describe, expect, it } from 'vitest';
import { parseConll } from '../../src/eval/read-conll.js';
import { GoldFormatError, parseJsonl } from '../../src/eval/read-jsonl.js';
import { formatOf } from '../../src/eval/read-gold.js';

// Original sentences written for these tests, tagged in the CoNLL-2003 style (IOB1, four columns).
const conll2003 = `-DOCSTART- -X- -X- O

Envoys NNS I-NP O
met VBD I-VP O
in IN I-PP O
Geneva NNP I-NP I-LOC
. . O O

Anna NNP I-NP I-PER
Varga NNP I-NP I-PER
spoke VBD I-VP O
. . O O

-DOCSTART- -X- -X- O

Minsk NNP I-NP I-LOC
Vilnius NNP I-NP B-LOC
`;

describe('parseConll', () => {
  it('makes one document per -DOCSTART-, rebuilding text and spans', () => {
    const docs = parseConll(conll2003, '/data/test.conll');
    expect(docs.map((d) => d.id)).toEqual(['test.conll#1', 'test.conll#2']);
    const [first, second] = docs;
    expect(first!.text).toBe('Envoys met in Geneva .\nAnna Varga spoke .');
    expect(first!.mentions).toEqual([
      { start: 14, end: 20, label: 'LOC', text: 'Geneva' },
      { start: 23, end: 33, label: 'PER', text: 'Anna Varga' },
    ]);
    for (const m of first!.mentions) expect(first!.text.slice(m.start, m.end)).toBe(m.text);
    expect(second!.mentions.map((m) => m.text)).toEqual(['Minsk', 'Vilnius']);
  });

  it('makes one document per sentence when the file has no -DOCSTART-, and reads tab-separated IOB2', () => {
    const docs = parseConll('The\tO\nRed\tB-ORG\nCross\tI-ORG\n\nAid\tO\n', 'x.iob');
    expect(docs.map((d) => d.text)).toEqual(['The Red Cross', 'Aid']);
    expect(docs[0]!.mentions).toEqual([{ start: 4, end: 13, label: 'ORG', text: 'Red Cross' }]);
  });

  it('refuses a token line without a tag column, naming the line', () => {
    expect(() => parseConll('Kyiv B-LOC\nalone\n', 'bad.conll')).toThrow(/bad\.conll:2/);
  });
});

describe('parseJsonl', () => {
  it('reads records, their creation date, relations and annotated negative pairs', () => {
    const line = JSON.stringify({
      id: 'r1',
      text: 'Mara Ilic visited Tbilisi on 3 May.',
      dct: '2024-05-04',
      entities: [
        { start: 0, end: 9, type: 'PER', text: 'Mara Ilic', value: null },
        { start: 18, end: 25, type: 'LOC' },
        { start: 29, end: 34, type: 'DATE', value: '2024-05-03' },
      ],
      relations: [{ head: 0, tail: 1, type: 'visited' }],
      meta: { negative_pairs: [{ head: 1, tail: 0, type: 'NA' }] },
    });
    const [doc] = parseJsonl(`${line}\n\n`, 'g.jsonl');
    expect(doc!.dct).toBe('2024-05-04');
    expect(doc!.mentions.map((m) => [m.label, m.text, m.value])).toEqual([
      ['PER', 'Mara Ilic', undefined],
      ['LOC', 'Tbilisi', undefined],
      ['DATE', '3 May', '2024-05-03'],
    ]);
    expect(doc!.relations).toEqual([{ head: 0, tail: 1, label: 'visited' }]);
    expect(doc!.negativePairs).toEqual([{ head: 1, tail: 0 }]);
  });

  it('converts code-point offsets to UTF-16 after a character outside the BMP', () => {
    // 🛰 is one code point and two UTF-16 units: "Odesa" starts at code point 2, UTF-16 index 3.
    const [doc] = parseJsonl(JSON.stringify({ id: 'e', text: '🛰 Odesa port', entities: [{ start: 2, end: 7, type: 'LOC' }] }), 'e.jsonl');
    expect(doc!.mentions[0]).toMatchObject({ start: 3, end: 8, text: 'Odesa' });
  });

  it('refuses a broken record, naming the line', () => {
    expect(() => parseJsonl('{"id":"a","text":"x"}\n{"id":"b"}\n', 'g.jsonl')).toThrow(GoldFormatError);
    expect(() => parseJsonl('{"id":"a","text":"x"}\n{"id":"b"}\n', 'g.jsonl')).toThrow(/g\.jsonl:2/);
    // A stand-off record in a file named like plain JSONL: the message says how to read it, and only then.
    expect(() => parseJsonl('{"id":"a","file":"r.txt","start":0,"end":9,"sha256":"0"}\n', 'blind.jsonl')).toThrow(/stand-off record: name the file \*\.standoff\.jsonl or pass --format standoff/);
    expect(() => parseJsonl('{"id":"b"}\n', 'g.jsonl')).not.toThrow(/stand-off/);
    expect(() => parseJsonl('{"id":"a","text":"x","entities":[{"start":0,"end":1,"type":"PER"}],"relations":[{"head":0,"tail":3,"type":"r"}]}', 'g.jsonl')).toThrow(/relation/);
  });

  it('tells formats apart by extension', () => {
    expect(formatOf('a/b.jsonl')).toBe('jsonl');
    expect(formatOf('eng.testb')).toBe('conll');
    expect(formatOf('x.conll')).toBe('conll');
  });
});
