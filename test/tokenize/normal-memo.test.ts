import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withMemoizedNormals } from '../../src/tokenize/normal-memo.js';

const require = createRequire(import.meta.url);
type Mappers = Parameters<typeof withMemoizedNormals>[0];
const winkMappers = require('wink-nlp/src/tokens-mappers.js') as Mappers;

/** A vocabulary stand-in: the normal of lexeme n is n + 1000 (n 13: not a uid), an expansion's is its spaces' word. */
function fakeCache() {
  const asked: number[] = [];
  return {
    asked,
    normal: (lexeme: number) => (asked.push(lexeme), lexeme === 13 ? 0.5 : lexeme + 1000),
    nox: (binaryWord: number) => binaryWord >>> 16,
  };
}

const docData = (cache: ReturnType<typeof fakeCache>, numbers: number[]) => ({ tokens: numbers, cache, numOfTokens: numbers.length / 4 });

describe('normal memo', () => {
  // Lexemes 7, 8, 7, a contraction's expansion (spaces word 5 << 16), 300,000 (past the first table), 13, 13.
  const numbers = [7, 0, 0, 0, 8, 1, 0, 0, 7, 1, 0, 0, 9, 5 << 16, 0, 0, 300_000, 0, 0, 0, 13, 0, 0, 0, 13, 1, 0, 0];

  it('maps as wink-nlp’s mapper does', () => {
    const ours = withMemoizedNormals(winkMappers);
    const expected = winkMappers.mapRawTokens2UIdOfNormal(docData(fakeCache(), numbers));
    expect(expected).toEqual([1007, 1008, 1007, 5, 301_000, 0.5, 0.5]);
    const cache = fakeCache();
    for (let round = 0; round < 2; round++) expect(ours.mapRawTokens2UIdOfNormal(docData(cache, numbers))).toEqual(expected);
  });

  it('asks the vocabulary once per lexeme, always for what a typed array cannot hold, never for expansions', () => {
    const ours = withMemoizedNormals(winkMappers);
    const cache = fakeCache();
    ours.mapRawTokens2UIdOfNormal(docData(cache, numbers));
    ours.mapRawTokens2UIdOfNormal(docData(cache, numbers));
    expect(cache.asked).toEqual([7, 8, 300_000, 13, 13, 13, 13]);
    // Another vocabulary is another memo.
    const other = fakeCache();
    ours.mapRawTokens2UIdOfNormal(docData(other, numbers.slice(0, 4)));
    expect(other.asked).toEqual([7]);
  });

  it('keeps wink’s other mappers', () => {
    const ours = withMemoizedNormals(winkMappers);
    expect(ours.mapRawTokens2UIdOfValue).toBe(winkMappers.mapRawTokens2UIdOfValue);
    expect(ours.mapRawTokens2UIdOfDefaultPOS).toBe(winkMappers.mapRawTokens2UIdOfDefaultPOS);
  });
});
