import type winkNLP from 'wink-nlp';
import { collectFully } from '../model/full-collection.js';
import { Lexicon } from '../model/lexicon.js';
import { fixedVocabularyInstance } from './fixed-vocabulary.js';

type WinkNLP = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<WinkNLP['readDoc']>;

const instances = new Map<string, WinkNLP>();
const lexicons = new WeakMap<WinkNLP, Lexicon>();

/**
 * One wink-nlp instance per pipe configuration and thread, asked for once per document. Making one costs
 * ~190 ms, so it is shared; the pipe is chosen to match what the stages need (sentence boundaries always, POS
 * optionally) — wink's full default pipe (NER, negation, sentiment) would halve throughput for nothing we use.
 * Its tokenizer does not depend on the documents read before (see fixed-vocabulary.ts), so a fresh instance
 * tokenizes as the old one did: once the instance's lexicon holds `formLimit` forms, the next document gets a
 * fresh instance, and with it a fresh lexicon, raw-token memo and per-form memos (FORM_LIMIT).
 */
export function winkInstance(pos: boolean, formLimit = FORM_LIMIT): WinkNLP {
  const key = pos ? 'sbd+pos' : 'sbd';
  if (!usable(key, formLimit)) {
    dropInstance(key);
    instances.set(key, fixedVocabularyInstance(pos ? ['sbd', 'pos'] : ['sbd']));
  }
  return instances.get(key)!;
}

/** Lets go of every instance (and so their lexicons): the next `winkInstance` makes a fresh one. */
export function releaseWinkInstances(): void {
  instances.clear();
}

/** Whether `key` has an instance whose lexicon holds fewer than `formLimit` forms (read in a frame of its own: see dropInstance). */
function usable(key: string, formLimit: number): boolean {
  const nlp = instances.get(key);
  return nlp !== undefined && (lexicons.get(nlp)?.size ?? 0) < formLimit;
}

/**
 * Lets go of the instance of `key` and collects it before the fresh one is made. Made first, the fresh instance
 * (its model's tables) came on top of the old one and its vocabulary until V8's next full collection. With a
 * fresh instance every 8,000 forms over 100 MB of 5 kB ISW copies (73 renewals in the first 660 s, where the
 * runs were stopped; `--mentions linked`, one thread), the processing phase peaked at 307 MB with the instance
 * made first and at 282 MB collected first; each collection took 68–687 ms (median 146) at load ~7. With
 * FORM_LIMIT a run renews rarely (25 MB ends with 19,357 forms): the short spikes of the processing phase at 500
 * MB (+15–20 MB of V8's committed heap for a few seconds, two or three times in the run) are not renewals (docs/streaming.md).
 */
function dropInstance(key: string): void {
  // The caller holds no reference to the old instance: one left in its frame kept it through the collection.
  if (instances.delete(key)) collectFully();
}

/**
 * Word forms an instance's lexicon holds before the next document gets a fresh instance (winkInstance). wink adds
 * every new form to its vocabulary for the life of the instance, and the lexicon and the per-form memos keyed by it
 * cost ~150 bytes per form more (measured: 100,000 made-up forms grew the pipeline's heap by 38 MB, against 23 MB
 * before the lexicon existed); news keeps meeting new forms (numbers, names). A fresh lexicon alone (the limit was
 * 250,000 forms) left wink's vocabulary growing: a run of 5 kB ISW copies ends with 19,357 forms at 25 MB and 24,254
 * at 100 MB, and wink's instance, the lexicon and its forms held 33.4 MB of heap at 100 MB and 41.4 MB at 500 MB
 * (heap snapshots at the end of processing, one thread; issue 15: memory flat from 25 to 500 MB). A fresh instance
 * costs ~190 ms and learning the forms again.
 */
export const FORM_LIMIT = 25_000;

/** The lexicon of an instance's lexeme ids (see src/model/lexicon.ts); asked once per document. */
export function lexiconOf(nlp: WinkNLP): Lexicon {
  let lexicon = lexicons.get(nlp);
  if (!lexicon) lexicons.set(nlp, (lexicon = new Lexicon()));
  return lexicon;
}

/**
 * Above this share of ids new to the lexicon, a document's texts and types are read in one pass over all
 * its tokens; below it, token by token. A token read alone costs ~2 µs, a full pass ~0.12 µs per token
 * (measured on the bench corpus), so the single reads win while fewer than ~5% of the tokens are new —
 * the usual case once a few documents have been read.
 */
const FULL_READ_SHARE = 0.05;

/** Teaches the lexicon the ids of a document it has not met yet. */
export function learnLexemes(lexicon: Lexicon, wdoc: WinkDoc, ids: ArrayLike<number>, its: WinkNLP['its']): void {
  const unknown: number[] = [];
  for (let i = 0; i < ids.length; i++) if (lexicon.get(ids[i]!) === undefined) unknown.push(i);
  if (unknown.length === 0) return;
  if (unknown.length > ids.length * FULL_READ_SHARE) {
    const values = wdoc.tokens().out(its.value) as string[];
    const kinds = wdoc.tokens().out(its.type) as string[];
    for (const i of unknown) lexicon.learn(ids[i]!, values[i]!, kinds[i]!);
    return;
  }
  const tokens = wdoc.tokens();
  for (const i of unknown) {
    const token = tokens.itemAt(i);
    if (lexicon.get(ids[i]!) === undefined) lexicon.learn(ids[i]!, token.out(its.value) as string, token.out(its.type) as string);
  }
}
