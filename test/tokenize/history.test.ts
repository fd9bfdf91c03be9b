import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

/**
 * wink-nlp learns every new word form into its vocabulary and its tokenizer keeps a raw token whole when it is
 * a known form. "Drovanik’s," is cut at the comma only, so "Drovanik’s" becomes known, and before the fix a later
 * "Drovanik’s plan" gave one token "Drovanik’s" where a fresh instance gives "Drovanik" + "’s" — the person
 * mention then ran over the possessive. The names are made up so no other test teaches wink these forms.
 */
const LATER = 'The plan of Defence Minister Oleg Drovanik’s office was leaked. Oleg Drovanik’s deputy resigned in Kyiv.';
const EARLIER = 'Drovanik’s, Lavretsov’s, and Pashkin’s statements differed on Tuesday.';

function annotations(doc: Doc) {
  return { tokens: doc.tokens.toArray().map((t) => t.text), mentions: doc.mentions, dates: doc.dates, relations: doc.relations, entities: doc.entities };
}

describe('tokens do not depend on the documents processed before', () => {
  it('a document gives the same tokens and annotations alone and after one that taught wink a whole possessive form', async () => {
    const pipeline = await loadPipeline();
    const input = (id: string, text: string) => ({ id, source: { path: `/${id}`, relPath: id, sha256: '' }, text });
    const alone = annotations(pipeline.process(input('later.txt', LATER)));
    expect(alone.tokens).toContain('Drovanik');
    pipeline.process(input('earlier.txt', EARLIER));
    const after = annotations(pipeline.process(input('later.txt', LATER)));
    expect(after).toEqual(alone);
  });
});
