/**
 * wink-nlp maps a document's tokens to the uids of their normal forms before its automata read them
 * (`mapRawTokens2UIdOfNormal` in `wink-nlp/src/tokens-mappers.js`): `cache.normal(lexeme)` per token, a few
 * reads of its packed vocabulary at the lexeme's place, or `cache.nox(spaces)` for a contraction's expansion.
 * A lexeme's normal never changes once the lexeme exists, so the normal is kept per lexeme id in a typed array
 * (per vocabulary cache) and read from there: the mapping was ~7% of the tokenize stage's CPU profile over the
 * 294 ISW reports (docs/speed-history.md, `speedpipe6`). Contractions go to `nox` as before.
 */

interface NormalCache {
  normal(lexeme: number): number;
  nox(binaryWord: number): number;
}

interface DocData {
  tokens: ArrayLike<number>;
  cache: NormalCache;
  numOfTokens: number;
}

type Mappers = Record<string, unknown> & { mapRawTokens2UIdOfNormal: (rdd: DocData) => number[] };

/** wink's numbers per token. */
const TOKEN_SIZE = 4;
/** wink-eng-lite-web-model's vocabulary has ~87,000 forms; new forms get ids after them. */
const INITIAL_IDS = 1 << 17;

/** wink's token mappers with the normals' mapping memoized (the other mappers as they are). */
export function withMemoizedNormals(mappers: Mappers): Mappers {
  // Per vocabulary cache: normal + 1 by lexeme id (0: not known yet).
  const memos = new WeakMap<NormalCache, { normals: Int32Array }>();
  const mapRawTokens2UIdOfNormal = (rdd: DocData): number[] => {
    const { tokens, cache } = rdd;
    let memo = memos.get(cache);
    if (memo === undefined) memos.set(cache, (memo = { normals: new Int32Array(INITIAL_IDS) }));
    let normals = memo.normals;
    const mapped = new Array<number>(rdd.numOfTokens);
    for (let i = 0; i < tokens.length; i += TOKEN_SIZE) {
      const spaces = tokens[i + 1]!;
      if (spaces > 65535) {
        mapped[i / TOKEN_SIZE] = cache.nox(spaces);
        continue;
      }
      const lexeme = tokens[i]!;
      const known = lexeme < normals.length ? normals[lexeme]! : 0;
      if (known !== 0) {
        mapped[i / TOKEN_SIZE] = known - 1;
        continue;
      }
      const normal = cache.normal(lexeme);
      mapped[i / TOKEN_SIZE] = normal;
      // Only what an Int32Array holds exactly is kept (every uid; anything else is asked again next time).
      if (Number.isInteger(normal) && normal >= 0 && normal < 0x7fffffff && Number.isInteger(lexeme) && lexeme >= 0) {
        if (lexeme >= normals.length) {
          const grown = new Int32Array(Math.max(lexeme + 1, normals.length * 2));
          grown.set(normals);
          memo.normals = normals = grown;
        }
        normals[lexeme] = normal + 1;
      }
    }
    return mapped;
  };
  return Object.assign(Object.create(null) as Mappers, mappers, { mapRawTokens2UIdOfNormal });
}
