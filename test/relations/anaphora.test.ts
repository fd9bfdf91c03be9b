import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../src/run/extract.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { demonym } from './annotate.js';
import { city, person, relate, unit } from './run.js';

describe('pronouns and definite descriptions', () => {
  it('reads "the city", "the brigade" and "he" as the last compatible name, also in an earlier sentence', async () => {
    const text = 'The 14th Brigade moved to Kupiansk in May. The brigade then attacked Orikhiv. Russian forces shelled the city on Monday.';
    const { doc, lines } = await relate(text, [unit('14th Brigade'), city('Kupiansk'), city('Orikhiv'), demonym('Russian', 'RU')]);
    expect(lines).toContain('14th Brigade attacked Orikhiv');
    expect(lines).toContain('Russian attacked Orikhiv');
    const brigade = doc.relations.find((r) => r.predicate === 'attacked' && doc.mentions[r.subject]!.text === '14th Brigade')!;
    expect(brigade.sentence).toBe(1);
    expect(brigade.antecedentSentence).toBe(0);
    const city_ = doc.relations.find((r) => r.predicate === 'attacked' && doc.mentions[r.subject]!.text === 'Russian')!;
    expect([city_.sentence, city_.antecedentSentence]).toEqual([2, 1]);
    const he = await relate('Pavel Orlov arrived in Kupiansk. He previously commanded the 14th Brigade.', [person('Pavel Orlov'), city('Kupiansk'), unit('14th Brigade')]);
    expect(he.lines).toContain('Pavel Orlov leaderOf 14th Brigade');
  });

  it('takes the head of a unit chain for "the unit", and nothing for an apposition, "the city of X" or another paragraph', async () => {
    const chain = await relate('Servicemen of the 3rd Battalion of the 14th Brigade said that the unit withdrew from Orikhiv.', [
      unit('3rd Battalion'),
      unit('14th Brigade'),
      city('Orikhiv'),
    ]);
    expect(chain.lines).toContain('3rd Battalion withdrewFrom Orikhiv');
    expect(chain.lines).not.toContain('14th Brigade withdrewFrom Orikhiv');
    const apposition = await relate('Russian forces shelled Orikhiv, the city near Tokmak.', [demonym('Russian', 'RU'), city('Orikhiv'), city('Tokmak')]);
    expect(apposition.lines).toEqual(['Russian attacked Orikhiv']);
    const named = await relate('Orikhiv was quiet. Russian forces shelled the city of Tokmak.', [city('Orikhiv'), demonym('Russian', 'RU'), city('Tokmak')]);
    expect(named.lines).toEqual(['Russian attacked Tokmak']);
    const paragraph = await relate('The 14th Brigade rested.\n\nRussian forces shelled the brigade.', [unit('14th Brigade'), demonym('Russian', 'RU')]);
    expect(paragraph.lines).toEqual([]);
  });

  it('writes evidence spanning both sentences into the graph, with the subject mention in the first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-anaphora-'));
    writeFileSync(join(dir, 'a.txt'), 'The 14th Motorized Rifle Brigade arrived near Kupiansk on May 3.\nThe brigade then withdrew from Kupiansk on May 9.\n');
    const result = await extract([dir], { referenceDate: '2024-05-20' });
    const graph = buildGraph(result.documents);
    const row = graph.statements.find((s) => s.predicate === 'withdrewFrom');
    expect(row).toBeDefined();
    expect(row!.evidence).toBe('The 14th Motorized Rifle Brigade arrived near Kupiansk on May 3.\nThe brigade then withdrew from Kupiansk on May 9.');
    expect(row!.begin).toBe(0);
    expect(row!.subjectSpan).toEqual([4, 32]);
  });
});
