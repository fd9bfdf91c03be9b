import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type EntityType, type MentionForm, type TimexType } from '../../src/model/document.js';
import { Calibration } from '../../src/eval/calibration.js';
import { evaluateDocuments } from '../../src/eval/evaluate.js';
import type { GoldDocument } from '../../src/eval/gold.js';
import { defaultMapping, mappingFrom } from '../../src/eval/mapping.js';
import { scores } from '../../src/eval/prf.js';

const text =
  'General Petro Kalyn of the Ukrainian 12th Guards Brigade met Envoy Sara Noor and the Red Cross in Ostrova on 4 March, ' +
  'three days before Friday. The brigade then moved to Belka in May.';

/** Offsets of the n-th occurrence of `s` in the text. */
function at(s: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(s, i + 1);
  if (i < 0) throw new Error(`"${s}" not in the test text`);
  return { start: i, end: i + s.length };
}

const gold = (label: string, s: string, value?: string) => ({ ...at(s), label, text: s, ...(value ? { value } : {}) });

function goldDoc(): GoldDocument {
  return {
    id: 'g1',
    text,
    mentions: [
      gold('PER', 'Petro Kalyn'), // 0
      gold('MISC', 'Ukrainian'), // 1
      gold('UNIT', '12th Guards Brigade'), // 2
      gold('PER', 'Sara Noor'), // 3
      gold('ORG', 'Red Cross'), // 4
      gold('LOC', 'Ostrova'), // 5
      gold('LOC', 'Belka'), // 6
      gold('DATE', '4 March', '2024-03-04'), // 7
      gold('DURATION', 'three days', 'P3D'), // 8
      gold('DATE', 'Friday', '2024-03-08'), // 9
    ],
    relations: [
      { head: 3, tail: 0, label: 'metWith' },
      { head: 2, tail: 5, label: 'operatesIn' },
      { head: 0, tail: 1, label: 'memberOf' },
    ],
  };
}

function predicted(): Doc {
  const doc = createDoc({ id: 'g1', source: { path: '/g', relPath: 'g1', sha256: '' }, text });
  const mention = (s: string, type: EntityType, form: MentionForm = 'name') => {
    doc.mentions.push({ ...at(s), text: s, type, form, recognizer: 'test', priority: 0, confidence: 1 });
    return doc.mentions.length - 1;
  };
  const date = (s: string, timexType: TimexType, value: string) => doc.dates.push({ ...at(s), text: s, timexType, value, rule: 'test', confidence: 1 });
  const petro = mention('General Petro Kalyn', 'Person'); // overlaps gold, not exact
  const ukrainian = mention('Ukrainian', 'Place', 'demonym'); // not an entity mention
  const brigade = mention('12th Guards Brigade', 'MilitaryUnit');
  const sara = mention('Sara Noor', 'Person');
  mention('Envoy', 'Place'); // spurious
  const kherson = mention('Ostrova', 'Organization'); // wrong type
  const mykolaiv = mention('Belka', 'Place');
  date('on 4 March', 'DATE', '2024-03-04'); // relaxed match, right value
  date('three days', 'DURATION', 'P3D'); // strict match, right value
  date('Friday', 'DATE', '2024-03-01'); // strict match, wrong value
  date('May', 'DATE', 'XXXX-05'); // spurious
  const relation = (subject: number, predicate: string, object: number) =>
    doc.relations.push({ subject, object, predicate, rule: 'test', confidence: 1, sentence: 0 });
  relation(petro, 'metWith', sara); // symmetric: gold has the other order
  relation(sara, 'metWith', petro); // the same statement again: counted once
  relation(brigade, 'operatesIn', mykolaiv); // wrong place
  relation(petro, 'memberOf', ukrainian); // argument is a demonym mention
  relation(brigade, 'allyOf', kherson); // no allyOf in this gold: not judged
  return doc;
}

describe('evaluateDocuments', () => {
  const report = evaluateDocuments([goldDoc()], predicted, { mapping: defaultMapping, errors: true });

  it('scores entity mentions per gold label and micro-averaged, exact and overlapping', () => {
    const exact = report.mentions.exact;
    expect(exact.perType.PER).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(exact.perType.UNIT).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(exact.perType.LOC).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    // An Organization prediction on a gold LOC span is charged to ORG, the label that accepts Organization.
    expect(exact.perType.ORG).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(exact.micro).toMatchObject({ tp: 3, fp: 3, fn: 3, precision: 0.5, recall: 0.5, f1: 0.5 });
    const overlap = report.mentions.overlap;
    expect(overlap.perType.PER).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(overlap.micro).toMatchObject({ tp: 4, fp: 2, fn: 2, precision: 0.6667, recall: 0.6667, f1: 0.6667 });
    expect(report.mentions.unjudged).toBe(0);
    expect(report.ignored.entities).toEqual({ MISC: { count: 1, reason: 'mapped to null' } });
  });

  it('scores temporal expressions TempEval-3 style', () => {
    const t = report.timex;
    expect(t.strict).toMatchObject({ tp: 2, fp: 2, fn: 1, precision: 0.5, recall: 0.6667, f1: 0.5714 });
    expect(t.relaxed).toMatchObject({ tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1, f1: 0.8571 });
    expect(t.value).toMatchObject({ tp: 2, fp: 2, fn: 1, f1: 0.5714 });
    expect(t.type).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(t.valueAccuracy).toBe(0.6667);
    expect(t.valueByType.DURATION).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(t.valueByType.DATE).toMatchObject({ tp: 1, fp: 2, fn: 1 });
  });

  it('scores relations with symmetric metWith, demonym arguments and unjudged predicates', () => {
    const overlap = report.relations.overlap;
    expect(overlap.perType.metWith).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(overlap.perType.memberOf).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(overlap.perType.operatesIn).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(overlap.micro).toMatchObject({ tp: 2, fp: 1, fn: 1, f1: 0.6667 });
    // "General Petro Kalyn" is not the gold span "Petro Kalyn": with exact arguments nothing matches.
    expect(report.relations.exact.micro).toMatchObject({ tp: 0, fp: 3, fn: 3 });
    expect(report.relations.unjudged).toBe(1);
  });

  it('groups the judged relations by confidence, with the precision observed in each bucket', () => {
    const used = report.relations.calibration.filter((r) => r.predicted > 0);
    expect(used).toEqual([{ from: 0.9, to: 1, predicted: 3, correct: 2, precision: 2 / 3, meanConfidence: 1 }]);
    const c = new Calibration();
    for (const [confidence, ok] of [[0.55, true], [0.62, false], [0.68, true], [0.8, true], [0.79, false]] as const) c.add(confidence, ok);
    expect(c.rows().map((r) => [r.from, r.predicted, r.correct])).toEqual([[0, 0, 0], [0.5, 1, 1], [0.6, 2, 1], [0.7, 1, 0], [0.8, 1, 1], [0.9, 0, 0]]);
  });

  it('lists each judged relation, right or wrong, with its features (what the confidence model is fitted on), only with the error lists', () => {
    const judged = report.relations.judged!;
    expect(judged.map((j) => [j.doc, j.correct, j.features?.predicate])).toEqual([
      ['g1', true, 'metWith'],
      ['g1', false, 'operatesIn'],
      ['g1', true, 'memberOf'],
    ]);
    expect(judged[2]!.features).toMatchObject({ demonym: 1, objectFirst: 0, sentenceStatements: 5 });
    const plain = evaluateDocuments([goldDoc()], predicted, { mapping: defaultMapping });
    expect(plain.relations.judged).toBeUndefined();
  });

  it('lists false positives and misses with their context', () => {
    const errors = report.errors!;
    const kherson = errors.find((e) => e.layer === 'mention' && e.error === 'false-positive' && e.text === 'Ostrova');
    expect(kherson).toMatchObject({ label: 'Organization', note: 'gold LOC "Ostrova"', source: 'test' });
    expect(kherson!.context).toContain('in ⟦Ostrova⟧ on');
    expect(errors.some((e) => e.layer === 'mention' && e.error === 'miss' && e.text === 'Red Cross')).toBe(true);
    expect(errors.find((e) => e.layer === 'timex' && e.text === 'Friday')?.note).toContain('2024-03-01');
    expect(errors.find((e) => e.layer === 'relation' && e.error === 'false-positive')?.context).toContain('⟦12th Guards Brigade⟧');
    expect(errors.some((e) => e.text === 'Sara Noor' && e.layer === 'mention')).toBe(false);
  });
});

describe('label mapping', () => {
  const tiny = (labels: Array<[string, string]>, relations: GoldDocument['relations'] = []): GoldDocument => ({
    id: 't',
    text,
    mentions: labels.map(([label, s]) => gold(label, s)),
    relations,
  });
  const annotate = (build: (doc: Doc) => void) => () => {
    const doc = createDoc({ id: 't', source: { path: '/t', relPath: 't', sha256: '' }, text });
    build(doc);
    return doc;
  };
  const m = (s: string, type: EntityType) => ({ ...at(s), text: s, type, form: 'name' as const, recognizer: 'r', priority: 0, confidence: 1 });

  it('lets ORG accept a MilitaryUnit, and leaves types the corpus does not annotate unjudged', () => {
    const r = evaluateDocuments([tiny([['ORG', '12th Guards Brigade']])], annotate((d) => d.mentions.push(m('12th Guards Brigade', 'MilitaryUnit'), m('Ostrova', 'Place'))), {
      mapping: defaultMapping,
    });
    expect(r.mentions.exact.micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.mentions.unjudged).toBe(1);
  });

  it('turns inverse relations round and reports unmapped labels', () => {
    const mapping = mappingFrom({ relations: { HeadOf: { predicate: 'leaderOf', inverse: true } }, entities: { PER: 'Person' } }, 'm.json');
    const goldDoc = tiny([['LOC', 'Ostrova'], ['PER', 'Sara Noor'], ['EVENT', 'Ukrainian']], [
      { head: 0, tail: 1, label: 'HeadOf' },
      { head: 1, tail: 2, label: 'Nationality' },
    ]);
    const r = evaluateDocuments([goldDoc], annotate((d) => {
      d.mentions.push(m('Sara Noor', 'Person'), m('Ostrova', 'Place'));
      d.relations.push({ subject: 0, object: 1, predicate: 'leaderOf', rule: 'r', confidence: 1, sentence: 0 });
    }), { mapping });
    expect(r.relations.overlap.perType.HeadOf).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.ignored.entities).toEqual({ EVENT: { count: 1, reason: 'not in the mapping' } });
    expect(r.ignored.relations).toEqual({ Nationality: { count: 1, reason: 'not in the mapping' } });
  });

  it('judges relations only on annotated pairs when the corpus annotates some pairs only', () => {
    const goldDoc = { ...tiny([['PER', 'Sara Noor'], ['ORG', 'Red Cross'], ['LOC', 'Ostrova']], [{ head: 0, tail: 1, label: 'Work_For' }]), negativePairs: [{ head: 1, tail: 2 }] };
    const r = evaluateDocuments([goldDoc], annotate((d) => {
      d.mentions.push(m('Sara Noor', 'Person'), m('Red Cross', 'Organization'), m('Ostrova', 'Place'), m('Belka', 'Place'));
      const rel = (subject: number, object: number, predicate: string) => d.relations.push({ subject, object, predicate, rule: 'r', confidence: 1, sentence: 0 });
      rel(0, 1, 'leaderOf'); // Work_For accepts leaderOf
      rel(1, 2, 'memberOf'); // annotated as no relation: a false positive
      rel(0, 3, 'memberOf'); // pair not annotated: not judged
    }), { mapping: defaultMapping });
    expect(r.relations.overlap.micro).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.relations.unjudged).toBe(1);
  });

  it('refuses a mapping to an unknown type', () => {
    expect(() => mappingFrom({ entities: { PER: 'Human' } }, 'bad.json')).toThrow(/entities\.PER/);
    expect(() => mappingFrom({ labels: {} }, 'bad.json')).toThrow(/unknown key/);
  });
});

describe('a statement made twice in a document', () => {
  const twice = 'The 12th Brigade shelled Ostrova. The 12th Brigade shelled Ostrova again, and Belka.';
  const nth = (s: string, n: number) => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = twice.indexOf(s, i + 1);
    return { start: i, end: i + s.length };
  };
  // Gold records the statement once, here at its second making.
  const goldDoc: GoldDocument = {
    id: 't2',
    text: twice,
    mentions: [{ ...nth('12th Brigade', 1), label: 'UNIT', text: '12th Brigade' }, { ...nth('Ostrova', 1), label: 'LOC', text: 'Ostrova' }],
    relations: [{ head: 0, tail: 1, label: 'attacked' }],
  };
  const scored = (instances: number[], extra?: (d: Doc) => void, relationMatch: 'sentence' | 'paragraph' = 'sentence') =>
    evaluateDocuments([goldDoc], () => {
      const d = createDoc({ id: 't2', source: { path: '/t2', relPath: 't2', sha256: '' }, text: twice });
      const m = (s: string, n: number, type: EntityType) => {
        d.mentions.push({ ...nth(s, n), text: s, type, form: 'name', recognizer: 'r', priority: 0, confidence: 1 });
        return d.mentions.length - 1;
      };
      for (const n of instances) d.relations.push({ subject: m('12th Brigade', n, 'MilitaryUnit'), object: m('Ostrova', n, 'Place'), predicate: 'attacked', rule: 'r', confidence: 0.8, sentence: n });
      extra?.(d);
      return d;
    }, { mapping: defaultMapping, relationMatch });

  it('is right when any of its instances is at the gold spans, and counted once', () => {
    const r = scored([0, 1]);
    expect(r.relations.exact.micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.relations.calibration.filter((row) => row.predicted > 0)).toEqual([expect.objectContaining({ predicted: 1, correct: 1 })]);
  });

  it('is one false positive and one miss when no instance is at the gold spans, matched at the stating sentence only', () => {
    expect(scored([0]).relations.exact.micro).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(scored([0, 0]).relations.exact.micro).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('is right, once, when no instance is at the gold spans but one is in the same paragraph (the default rule)', () => {
    expect(scored([0], undefined, 'paragraph').relations.exact.micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(scored([0, 0], undefined, 'paragraph').relations.exact.micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('still counts a different statement of the same sentence on its own', () => {
    const r = scored([0, 1], (d) => {
      d.mentions.push({ ...nth('Belka', 0), text: 'Belka', type: 'Place', form: 'name', recognizer: 'r', priority: 0, confidence: 1 });
      d.relations.push({ subject: 0, object: d.mentions.length - 1, predicate: 'attacked', rule: 'r', confidence: 0.8, sentence: 1 });
    });
    expect(r.relations.exact.micro).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('a statement gold records at another sentence of the paragraph', () => {
  // Gold records a statement once per paragraph, at the first sentence that states it; a rule may read only a later one.
  const first = 'The 12th Brigade shelled Ostrova. Later the 12th Brigade shelled Ostrova and Belka.';
  const second = 'The 12th Brigade shelled Ostrova in May.';
  const text2 = `${first}\n\n${second}`;
  const sentences = [
    { start: 0, end: first.indexOf('Later') - 1, paragraph: 0 },
    { start: first.indexOf('Later'), end: first.length, paragraph: 0 },
    { start: first.length + 2, end: text2.length, paragraph: 1 },
  ];
  /** The span of `s` in sentence n. */
  const inSentence = (s: string, n: number) => {
    const at = text2.indexOf(s, sentences[n]!.start);
    if (at < 0 || at + s.length > sentences[n]!.end) throw new Error(`"${s}" not in sentence ${n}`);
    return { start: at, end: at + s.length };
  };
  const goldMention = (s: string, n: number, label: string) => ({ ...inSentence(s, n), label, text: s });
  /** Gold: attacked(brigade, Ostrova) at the first sentence (each `at` one more time), and operatesIn(brigade, Belka) at the second. */
  const goldDoc = (at: number[] = [0]): GoldDocument => {
    const mentions = [goldMention('12th Brigade', 1, 'UNIT'), goldMention('Belka', 1, 'LOC')];
    const relations = [{ head: 0, tail: 1, label: 'operatesIn' }];
    for (const n of at) {
      mentions.push(goldMention('12th Brigade', n, 'UNIT'), goldMention('Ostrova', n, 'LOC'));
      relations.push({ head: mentions.length - 2, tail: mentions.length - 1, label: 'attacked' });
    }
    return { id: 't4', text: text2, mentions, relations };
  };
  type Said = { predicate: string; subject: string; object: string; sentence: number };
  const scored = (said: Said[], relationMatch?: 'sentence' | 'paragraph', gold = goldDoc()) =>
    evaluateDocuments([gold], () => {
      const d = createDoc({ id: 't4', source: { path: '/t4', relPath: 't4', sha256: '' }, text: text2 });
      d.paragraphs.push(
        { start: 0, end: first.length, article: 0, lang: 'en', isHeadline: false },
        { start: first.length + 2, end: text2.length, article: 0, lang: 'en', isHeadline: false },
      );
      for (const s of sentences) d.sentences.push({ ...s, tokenStart: 0, tokenEnd: 0 });
      const m = (s: string, n: number, type: EntityType) => {
        d.mentions.push({ ...inSentence(s, n), text: s, type, form: 'name', recognizer: 'r', priority: 0, confidence: 1 });
        return d.mentions.length - 1;
      };
      for (const r of said) {
        const type = r.subject === '12th Brigade' ? 'MilitaryUnit' : 'Place';
        d.relations.push({ subject: m(r.subject, r.sentence, type), object: m(r.object, r.sentence, 'Place'), predicate: r.predicate, rule: 'r', confidence: 0.8, sentence: r.sentence });
      }
      return d;
    }, { mapping: defaultMapping, ...(relationMatch ? { relationMatch } : {}) });
  const attacked = (object: string, sentence: number): Said => ({ predicate: 'attacked', subject: '12th Brigade', object, sentence });

  it('is right when stated only at a later sentence of the paragraph, and was a miss and a false positive before', () => {
    const r = scored([attacked('Ostrova', 1)]);
    expect(r.relations.match).toBe('paragraph');
    expect(r.relations.exact.perType.attacked).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.relations.overlap.perType.attacked).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.relations.inParagraph).toBe(1);
    expect(r.relations.calibration.filter((row) => row.predicted > 0)).toEqual([expect.objectContaining({ predicted: 1, correct: 1 })]);
    expect(r.relations.otherRule).toMatchObject({ match: 'sentence', exact: { tp: 0, fp: 1, fn: 2 } });
    const old = scored([attacked('Ostrova', 1)], 'sentence');
    expect(old.relations.exact.perType.attacked).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(old.relations.inParagraph).toBe(0);
    expect(old.relations.otherRule).toMatchObject({ match: 'paragraph', exact: { tp: 1, fp: 0, fn: 1 } });
  });

  it('is still wrong with another predicate', () => {
    const r = scored([{ predicate: 'operatesIn', subject: '12th Brigade', object: 'Ostrova', sentence: 1 }]);
    expect(r.relations.exact.micro).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });

  it('is still wrong with another entity', () => {
    const r = scored([attacked('Belka', 1)]);
    expect(r.relations.exact.perType.attacked).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('takes no gold relation already matched at its own sentence, whatever the order of the predictions', () => {
    const r = scored([attacked('Ostrova', 1), attacked('Ostrova', 0)]);
    expect(r.relations.exact.perType.attacked).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.relations.inParagraph).toBe(0);
  });

  it('matches one gold relation only', () => {
    // Gold (against its convention) records the statement at both sentences of the first paragraph.
    const r = scored([attacked('Ostrova', 1)], undefined, goldDoc([0, 0]));
    expect(r.relations.exact.perType.attacked).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('is still wrong from another paragraph', () => {
    const r = scored([attacked('Ostrova', 2)]);
    expect(r.relations.exact.perType.attacked).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.relations.inParagraph).toBe(0);
  });
});

describe('scores', () => {
  it('gives zero, not NaN, when there is nothing to divide by', () => {
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe('an argument named twice in the stating sentence', () => {
  // The convention says gold marks an entity's first mention in the sentence; annotators sometimes marked the
  // one next to the verb. The graph's statement links entities, so either mention makes it right.
  const twice = 'Officials of Ostrova said the 12th Brigade shelled Ostrova and Belka.';
  const span = (s: string, n = 0) => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = twice.indexOf(s, i + 1);
    return { start: i, end: i + s.length };
  };
  const goldWith = (placeSpan: { start: number; end: number }, place: string): GoldDocument => ({
    id: 't3',
    text: twice,
    mentions: [{ ...span('12th Brigade'), label: 'UNIT', text: '12th Brigade' }, { ...placeSpan, label: 'LOC', text: place }],
    relations: [{ head: 0, tail: 1, label: 'attacked' }],
  });
  const scored = (g: GoldDocument, read: { s: string; n: number }) =>
    evaluateDocuments([g], () => {
      const d = createDoc({ id: 't3', source: { path: '/t3', relPath: 't3', sha256: '' }, text: twice });
      d.sentences.push({ start: 0, end: twice.length, paragraph: 0, tokenStart: 0, tokenEnd: 0 });
      const m = (s: string, n: number, type: EntityType, entity: number) => {
        d.mentions.push({ ...span(s, n), text: s, type, form: 'name', recognizer: 'r', priority: 0, confidence: 1, entity });
        return d.mentions.length - 1;
      };
      const kherson = [m('Ostrova', 0, 'Place', 0), m('Ostrova', 1, 'Place', 0)];
      const brigade = m('12th Brigade', 0, 'MilitaryUnit', 1);
      const mykolaiv = m('Belka', 0, 'Place', 2);
      d.entities.push(
        { key: 'k', type: 'Place', name: 'Ostrova', aliases: [], roles: [], mentions: kherson },
        { key: 'b', type: 'MilitaryUnit', name: '12th Brigade', aliases: [], roles: [], mentions: [brigade] },
        { key: 'm', type: 'Place', name: 'Belka', aliases: [], roles: [], mentions: [mykolaiv] },
      );
      const object = read.s === 'Ostrova' ? kherson[read.n]! : mykolaiv;
      d.relations.push({ subject: brigade, object, predicate: 'attacked', rule: 'r', confidence: 0.8, sentence: 0 });
      return d;
    }, { mapping: defaultMapping });

  it('is right when gold marks the mention the rule read, though it is not the first', () => {
    expect(scored(goldWith(span('Ostrova', 1), 'Ostrova'), { s: 'Ostrova', n: 1 }).relations.exact.micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('is right when gold marks the first mention and the rule read a later one', () => {
    expect(scored(goldWith(span('Ostrova', 0), 'Ostrova'), { s: 'Ostrova', n: 1 }).relations.exact.micro).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('is still wrong when the place read is another entity of the sentence', () => {
    expect(scored(goldWith(span('Ostrova', 1), 'Ostrova'), { s: 'Belka', n: 0 }).relations.exact.micro).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});
