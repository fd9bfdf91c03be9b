import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth.js';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

/** The pipeline on `text` as one document (the relations stage is what grew quadratically). */
const processing = (text: string) => () => pipeline.process({ id: 'long.txt', source: { path: '/long.txt', relPath: 'long.txt', sha256: '' }, text });

// Issue #14, item 2: one sentence without punctuation, thousands of unit mentions and dates long; every
// match used to scan the whole sentence for an attribution cue and weigh every date of it.
describe('a long sentence without punctuation', () => {
  it('costs the relations stage time linear in its length (4× the text, well under the 16× of quadratic work)', () => {
    const links = 'the 1st Battalion of the 2nd Brigade of the '.repeat(3) + 'the 3rd Regiment on May 3 2024 of the ';
    const ratio = growthRatio((scale) => processing(links.repeat(800 * scale)));
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  it('still finds the statements of a unit hierarchy and its date in a long sentence', () => {
    const doc = pipeline.process({
      id: 'chain.txt',
      source: { path: '/chain.txt', relPath: 'chain.txt', sha256: '' },
      text: 'the 1st Battalion of the 2nd Brigade of the '.repeat(300) + 'officials said that the 4th Battalion of the 9th Brigade fought near Kupiansk on May 3 2024 .',
    });
    const lines = doc.relations.map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`);
    expect(lines).toContain('4th Battalion partOf 9th Brigade');
  });
});
