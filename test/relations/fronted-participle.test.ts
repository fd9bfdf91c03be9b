import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');
const of = (lines: string[], predicate: string) => lines.filter((l) => l.includes(` ${predicate} `)).sort();

/** Branch rel35 (issue 13): a participle clause before the main clause takes its subject (fronted-participle.ts). */
describe('fronted participle clauses (captured-fronted, withdrew-fronted)', () => {
  it('gives the capture and the withdrawal to the main clause subject', async () => {
    const having = await relate('Having liberated Varnok on May 2, Ukrainian troops pressed on toward Telmin.', [city('Varnok'), ua, city('Telmin')]);
    expect(of(having.lines, 'captured')).toEqual(['Ukrainian captured Varnok']);
    const after = await relate('After withdrawing from Varnok, the 14th Brigade regrouped near Telmin.', [city('Varnok'), unit('14th Brigade'), city('Telmin')]);
    expect(of(after.lines, 'withdrewFrom')).toEqual(['14th Brigade withdrewFrom Varnok']);
  });

  it('gives nothing to a subject of another clause or to a clause that is no participle', async () => {
    const other = await relate('After Ukrainian forces liberated Varnok, Russian troops retreated toward Telmin.', [ua, city('Varnok'), ru, city('Telmin')]);
    expect(of(other.lines, 'captured')).toEqual(['Ukrainian captured Varnok']);
    const toward = await relate('After withdrawing toward Varnok, Russian troops regrouped.', [city('Varnok'), ru]);
    expect(of(toward.lines, 'withdrewFrom')).toEqual([]);
  });
});
