import { describe, expect, it } from 'vitest';
import { compromiseAnnotator } from '../../src/eval/compromise-baseline.js';
import { evaluateDocuments } from '../../src/eval/evaluate.js';
import type { GoldDocument } from '../../src/eval/gold.js';
import { defaultMapping } from '../../src/eval/mapping.js';
import { detailTable, summaryTable } from '../../src/eval/summary-markdown.js';

const text = 'Delegates from the Red Cross arrived in Geneva, Switzerland, on Monday.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const gold: GoldDocument = {
  id: 's1',
  text,
  mentions: [{ ...at('Red Cross'), label: 'ORG' }, { ...at('Geneva'), label: 'LOC' }, { ...at('Monday'), label: 'DATE', value: '2024-01-08' }],
  relations: [],
};

describe('compromise baseline', () => {
  it('gives name spans without the punctuation compromise includes', () => {
    const doc = compromiseAnnotator()(gold);
    expect(doc.mentions.length).toBeGreaterThan(0);
    for (const m of doc.mentions) {
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.text).not.toMatch(/^[\s,.]|[\s,.]$/);
    }
    expect(doc.dates).toEqual([]);
  });
});

describe('summary tables', () => {
  const report = evaluateDocuments([gold], compromiseAnnotator(), { mapping: defaultMapping });

  it('shows dashes, not zeros, for layers a names-only baseline does not produce', () => {
    const [, , line] = summaryTable([{ corpus: 'tiny', report, namesOnly: true }]).split('\n');
    const cells = line!.split('|').map((c) => c.trim());
    expect(cells[1]).toBe('tiny');
    expect(cells[5]).toBe('–'); // timex span F1: the corpus has a DATE, the baseline finds no dates
    expect(cells[7]).toBe('–'); // no gold relations
    const withDates = summaryTable([{ corpus: 'tiny', report }]).split('\n')[2]!.split('|').map((c) => c.trim());
    expect(withDates[5]).toBe('0.00 / 0.00');
  });

  it('lists one row per gold label', () => {
    const rows = detailTable({ corpus: 'tiny', report }).trim().split('\n');
    expect(rows.map((r) => r.split('|')[3]!.trim())).toEqual(['LOC', 'ORG']);
  });
});
