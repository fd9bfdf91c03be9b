import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { corpusBytes, type BenchDocument } from './corpus.js';
import type { Runner } from './interleave.js';
import { seconds, throughput, type Throughput } from './measure.js';

/**
 * wink-nlp's `readDoc` alone, with its default pipe (sbd, negation, sentiment, pos, ner, cer) or with the
 * pipe given. Counts wink's tokens, which the compromise run reuses for the same documents.
 */
export function winkRunner(name: string, pipe?: string[]): Runner {
  const wink = pipe ? winkNLP(model, pipe as Parameters<typeof winkNLP>[1]) : winkNLP(model);
  return {
    name,
    run(docs) {
      let tokens = 0;
      for (const d of docs) tokens += wink.readDoc(d.text).tokens().length();
      return tokens;
    },
  };
}

/** compromise's people(), places() and organizations() on each document; tokens as `countTokens` says. */
export async function benchCompromise(docs: readonly BenchDocument[], countTokens: (docs: readonly BenchDocument[]) => number): Promise<Throughput> {
  const extractNames = (text: string): number => {
    const doc = nlp(text);
    return doc.people().length + doc.places().length + doc.organizations().length;
  };
  for (const d of docs.slice(0, 3)) extractNames(d.text);
  const run = await seconds(() => {
    for (const d of docs) extractNames(d.text);
  });
  const bytes = corpusBytes(docs);
  return throughput(docs.length, countTokens(docs), bytes, run.seconds);
}
