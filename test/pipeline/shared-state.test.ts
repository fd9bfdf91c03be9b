import { describe, expect, it } from 'vitest';
import { loadBuiltinIndex, loadCommonWords } from '../../src/gazetteer/load.js';
import { cachedMatches } from '../../src/gazetteer/match.js';
import { scanWords } from '../../src/gazetteer/scan.js';
import { releasePipelineState } from '../../src/pipeline/shared-state.js';
import { winkInstance } from '../../src/tokenize/wink.js';

describe('releasePipelineState', () => {
  it('lets go of wink, the built-in gazetteer and the common words: the next ask loads them again', () => {
    // Compared with ===: a failing toBe would print these large objects.
    const nlp = winkInstance(false);
    const index = loadBuiltinIndex();
    const words = loadCommonWords();
    expect([winkInstance(false) === nlp, loadBuiltinIndex() === index, loadCommonWords() === words]).toEqual([true, true, true]);
    releasePipelineState();
    const fresh = loadBuiltinIndex();
    expect([fresh === index, loadCommonWords() === words, winkInstance(false) === nlp]).toEqual([false, false, false]);
    expect(fresh.keyCount).toBe(index.keyCount);
  });

  it('empties the match slot, which held its index as a key', () => {
    const index = loadBuiltinIndex();
    const words = scanWords('The 915th Freedonian Rifle Regiment left Ostrova for Belka.');
    const first = cachedMatches(index, words);
    expect(cachedMatches(index, words) === first).toBe(true);
    releasePipelineState();
    const again = cachedMatches(index, words);
    expect(again === first).toBe(false);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });
});
