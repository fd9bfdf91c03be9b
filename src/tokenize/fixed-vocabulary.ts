import type winkNLP from 'wink-nlp';
import type publishedModel from 'wink-eng-lite-web-model';
import { detached } from '../model/detached-string.js';
import { loadMemoizedWink, markVocabularyFixed } from './raw-token-memo.js';
import { memoizedSentenceHints } from './sentence-hint-memo.js';
import { winkModel } from './wink-model.js';

type WinkNLP = ReturnType<typeof winkNLP>;
type WinkModel = typeof publishedModel;

/** wink's English model with its core read faster (wink-model.ts), assembled once. */
let loadedModel: WinkModel | undefined;

/** The part of wink-nlp's (private) vocabulary cache this module touches. */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
}

/** A form no text is expected to hold; read once so that wink adds a form and shows its cache (see below). */
const PROBE = 'newsgraphvocabularyprobe';

/** wink-nlp's main module with the replaying tokenizer, loaded once (see raw-token-memo.ts). */
let memoizedWink: typeof winkNLP | undefined;

/**
 * A wink-nlp instance whose tokenizer splits a text the same way whatever the instance read before.
 *
 * Why: wink adds every new word form to its vocabulary for the life of the instance, and its tokenizer asks
 * that vocabulary whether a raw (space-delimited) token is a known form before splitting it. "Putin’s," is
 * split at the comma and the rest kept whole, so "Putin’s" becomes a known form; from then on "Putin’s
 * decision" gives one token "Putin’s" where a fresh instance gives "Putin" + "’s". Tokens, and so every
 * mention, date and relation, depended on the documents processed before (ISW corpus: one preceding report
 * changed a person mention in another).
 *
 * How: the tokenizer's look-ups (`cache.lookup`, also behind `doc.isLexeme` and the recursive tokenizer) are
 * made to find only the model's own vocabulary (ids below `intrinsicSize`); a learned form counts as unknown
 * and is split by the rules alone, exactly as on a fresh instance. Adding a token still goes through
 * `cache.add`, which returns the form's existing id, so a form keeps one id for the life of the instance
 * (src/model/lexicon.ts relies on that). wink exposes its cache nowhere, but hands it to the model's feature
 * functions when it adds a new form (the `pos` feature takes it as third argument): the model is given
 * wrapped feature functions that keep it (and give them the cache with its own look-up), and one made-up form is read to make wink add a form. If a wink
 * version stops doing that, this throws rather than run with history-dependent tokens.
 *
 * The instance comes from wink's module copy that replays raw tokens (raw-token-memo.ts), which is exact only
 * with the vocabulary fixed; `replay: false` cuts every raw token afresh (the reference the memo is tested by).
 */
export function fixedVocabularyInstance(pipe: string[], { replay = true }: { replay?: boolean } = {}): WinkNLP {
  const model = (loadedModel ??= winkModel());
  let cache: WinkCache | undefined;
  // What the feature functions get once the look-up is fixed: the cache with its own look-up, since the `pos`
  // feature looks up the lower-case form that wink has just added.
  let cacheForFeatures: WinkCache | undefined;
  const featureFn = (...args: unknown[]) => {
    const features = (model.featureFn as (...a: unknown[]) => Record<string, unknown>)(...args);
    for (const [name, fn] of Object.entries(features)) {
      if (typeof fn !== 'function') continue;
      features[name] = (text: string, category: number, third?: unknown) => {
        if (cache === undefined && isCache(third)) cache = third;
        return fn(text, category, third === cache && cacheForFeatures !== undefined ? cacheForFeatures : third);
      };
    }
    return features;
  };
  // The sentence-boundary model with its token hints computed once per lexeme (sentence-hint-memo.ts).
  const sbd = () => {
    const loaded = (model as unknown as { sbd: () => { transformers: Array<Parameters<typeof memoizedSentenceHints>[0]> } }).sbd();
    return { ...loaded, transformers: loaded.transformers.map(memoizedSentenceHints) };
  };
  const nlp = (memoizedWink ??= loadMemoizedWink())({ ...model, featureFn, sbd } as WinkModel, pipe);
  nlp.readDoc(PROBE);
  if (cache === undefined) throw new Error('wink-nlp did not pass its vocabulary cache to the model features: cannot fix its vocabulary (wink-nlp version changed?)');
  const learned = cache.intrinsicSize();
  const lookup = cache.lookup;
  cacheForFeatures = { ...cache, lookup };
  cache.lookup = (text) => {
    const found = lookup(text);
    return found !== null && found.length === 1 && found[0]! >= learned ? null : found;
  };
  // wink keeps every new form for the life of the instance: a form cut from a document must not keep the
  // document's text alive with it (detached-string.ts).
  const add = cache.add;
  cache.add = (text, category) => add(detached(text), category);
  // From here on a raw token always splits the same way: its tokens may be replayed (see raw-token-memo.ts).
  if (replay) markVocabularyFixed(cache);
  return nlp;
}

function isCache(value: unknown): value is WinkCache {
  return typeof value === 'object' && value !== null && typeof (value as WinkCache).lookup === 'function' && typeof (value as WinkCache).intrinsicSize === 'function';
}
