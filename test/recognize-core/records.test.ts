import { describe, expect, it } from 'vitest';
import { DateMentionRecord, MentionRecord, RelationRecord } from '../../src/model/records.js';
import { loadPipeline } from '../../src/pipeline/pipeline.js';

describe('model records', () => {
  // Every optional field exists from the constructor on, undefined until set, so that all records of a kind
  // share one hidden class (see MentionRecord's constructor); JSON leaves the unset ones out, as before.
  it('have every optional field from the start, undefined until set, and JSON without the unset ones', () => {
    const m = new MentionRecord(0, 4, 'Kyiv', 'Place', 'name', 'gazetteer', 50, 0.9);
    expect(m.ref).toBeUndefined();
    expect(JSON.parse(JSON.stringify(m))).toEqual({ start: 0, end: 4, text: 'Kyiv', type: 'Place', form: 'name', recognizer: 'gazetteer', priority: 50, confidence: 0.9 });
    const keys = Object.keys(m);
    m.placeKind = 'City';
    expect(Object.keys(m)).toEqual(keys);
    expect(JSON.parse(JSON.stringify(m)).placeKind).toBe('City');
    const r = new RelationRecord(0, 1, 'visited', 'visit-verb', 0.8, 2);
    expect(Object.keys(JSON.parse(JSON.stringify(r)))).toEqual(['subject', 'object', 'predicate', 'rule', 'confidence', 'sentence']);
    expect(Object.keys(MentionRecord.copy(m))).toEqual(keys);
  });

  it('are what every recognizer makes: each mention of a document has the same constructor', async () => {
    const text = 'Russian President Vladimir Putin met Syrian officials in Damascus on Monday. The 51st Combined Arms Army (CAA) and the Security Service of Ukraine (SBU) were named.';
    const doc = (await loadPipeline()).process({ id: 'records.txt', source: { path: '/records.txt', relPath: 'records.txt', sha256: '' }, text });
    const recognizers = new Set(doc.mentions.map((m) => m.recognizer));
    expect(recognizers.size).toBeGreaterThanOrEqual(4);
    for (const m of doc.mentions) expect(m).toBeInstanceOf(MentionRecord);
    expect(doc.relations.length).toBeGreaterThan(0);
    for (const r of doc.relations) expect(r).toBeInstanceOf(RelationRecord);
    for (const d of doc.dates) expect(d).toBeInstanceOf(DateMentionRecord);
    expect(doc.dates.length).toBeGreaterThan(0);
  });
});
