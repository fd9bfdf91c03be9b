import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;

const instances = new Map<string, WinkNLP>();

/**
 * One wink-nlp instance per pipe configuration and thread. Loading the model costs ~100 ms, so it is
 * shared; the pipe is chosen to match what the stages need (sentence boundaries always, POS optionally)
 * — wink's full default pipe (NER, negation, sentiment) would halve throughput for nothing we use.
 */
export function winkInstance(pos: boolean): WinkNLP {
  const key = pos ? 'sbd+pos' : 'sbd';
  let nlp = instances.get(key);
  if (!nlp) {
    nlp = winkNLP(model, pos ? ['sbd', 'pos'] : ['sbd']);
    instances.set(key, nlp);
  }
  return nlp;
}
