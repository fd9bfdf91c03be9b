import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type model from 'wink-eng-lite-web-model';

type WinkModel = typeof model;

/**
 * wink-eng-lite-web-model as its main module (`dist/model.js`) assembles it, but with the core model read
 * without the copies the published reader makes. That reader `require`s the 3 MB core JSON when the package is
 * imported, copies it with `JSON.parse(JSON.stringify(…))` when `core()` is called (wink-nlp calls it once per
 * instance) and decodes its two base64 arrays through `atob` one character at a time; here the file is parsed
 * once when `core()` is called and the arrays are decoded by Node's decoder. Then the same tables are built as
 * by the published `read-core-model.js` and `load-core-model.js` (tests compare the two models whole).
 * Measured in fresh processes (2026-12-06): import and `core()` 154–198 ms published, 97–111 ms here (load ~2);
 * the tokenize stage's start-up CPU 0.90× (median of 10 alternating pairs, ~343 → ~299 ms, load ~5).
 * The other parts (sentence, POS, NER, negation, sentiment and pattern models, the feature functions) are the
 * package's own modules; its add-ons (stemmer, lemmatizer, readability) are loaded when first read.
 */
export function winkModel(): WinkModel {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('wink-eng-lite-web-model'));
  const part = (file: string): unknown => require(join(dir, file));
  const built = Object.create(null) as Record<string, unknown>;
  built.core = () => readCoreModel(join(dir, 'languages', 'cur', 'models', 'eng-core-web-model.json'));
  built.sbd = part('load-sbd-model.js');
  built.pos = part('load-pos-model.js');
  built.ner = part('load-ner-model.js');
  built.negation = part('load-negation-model.js');
  built.sa = part('load-sa-model.js');
  built.metaCER = metaCerOnce(part('load-cer-meta-model.js') as () => unknown);
  built.featureFn = part('feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  for (const [name, file] of [['stem', 'porter-stemmer.js'], ['lemmatize', 'lemmatize.js'], ['readabilityStats', 'readability-stats.js']] as const) {
    Object.defineProperty(addons, name, { enumerable: true, get: () => part(file) });
  }
  addons.wordVectors = undefined;
  built.addons = addons;
  return built as unknown as WinkModel;
}

/** The first result of the package's `metaCER`, shared by every model built here (see metaCerOnce). */
let metaCer: unknown;

/**
 * The package's `metaCER` (which wink-nlp calls once per instance) replaces its module's machines by their JSON
 * text each time it is called, so the second instance got the JSON text of that text, and so on: the strings grew
 * at each instance, and within a few instances wink failed with "Invalid string length" (a run that starts a fresh
 * instance every 300 word forms, src/tokenize/wink.ts). Every instance gets the first call's result.
 */
function metaCerOnce(published: () => unknown): () => unknown {
  return () => (metaCer ??= published());
}

/** The fields of the core model JSON that the tables below are built from. */
interface CoreModelJson {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }> & {
    posClusters: { list: Array<string | Set<number>> };
  };
  pos: { hash: Record<string, number> };
}

/** A base64 string's bytes in an ArrayBuffer of their own (a Uint32Array view needs it whole and aligned). */
function bufferFromBase64(data: string): ArrayBuffer {
  const bytes = Buffer.from(data, 'base64');
  const own = new Uint8Array(bytes.length);
  own.set(bytes);
  return own.buffer;
}

/** wink's `read-core-model.js` followed by `load-core-model.js`, on a freshly parsed file. */
export function readCoreModel(file: string): unknown {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModelJson;
  const { packing, features, pos } = model;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon as string));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions as string));
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const feature = features[f]!;
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < feature.list.length; k += 1) hash[feature.list[k]!] = k;
    feature.hash = hash;
  }
  const lexeme = features.lexeme!;
  const lexemeHash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < lexeme.list.length; k += 1) lexemeHash[lexeme.list[k]!] = k;
  lexeme.hash = lexemeHash;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}
