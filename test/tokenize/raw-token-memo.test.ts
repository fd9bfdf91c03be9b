import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { fixedVocabularyInstance } from '../../src/tokenize/fixed-vocabulary.js';
import { takeTokenNumbers } from '../../src/tokenize/raw-token-memo.js';
import { winkInstance } from '../../src/tokenize/wink.js';

/**
 * The tokenizer replays the tokens of a raw token it has cut before (src/tokenize/raw-token-memo.ts). What it
 * gives must be what the same fixed-vocabulary tokenizer gives without replaying, on the first reading and on
 * every later one, whatever came in between; and on a text's first reading by a fresh instance, what wink-nlp
 * as published gives (a fresh instance has learned nothing yet).
 */
const TEXTS = [
  'Colonel Ivo Marsk’s brigade can’t hold Delvany, officials said;  they won\'t say more.\n\n\tMarsk’s, Telen’s and U.S. sources disagree.',
  'Marsk’s deputy (Telen) said\u00a0“Delvany’s front,” then\u2009left at 5:30 p.m. on 3/4; costs rose 12.5% to $5.2bn.',
  'e.g. the 5th and 113th brigades — Delvany-Marsk road — 3-4 km from Telen’s HQ.[2] I’ve seen it.',
  // The splitter's edges (the memo scans the pieces itself): leading and trailing spaces, spaces before a line
  // break, CR LF, tabs between words, each space it splits at, and spaces it does not split at (U+3000, U+2028).
  '  Marsk \r\n\r\n Telen\tsaid \u2005x\u205fy\u202fz\u200a5\u2002km\u3000Delvany\u2028road  \t \n',
  // The scan's two loops reaching the end of the text: a raw token, then a run of line breaks, as its last piece.
  'Marsk held Delvany',
  'Telen said\n\r\n',
];

function tokensOf(nlp: ReturnType<typeof winkNLP>, text: string) {
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  return {
    values: doc.tokens().out(its.value),
    types: doc.tokens().out(its.type),
    spaces: doc.tokens().out(its.precedingSpaces),
    normals: doc.tokens().out(its.normal),
    sentences: doc.sentences().out(its.span),
  };
}

describe('raw-token memo of the tokenizer', () => {
  it('gives the tokens and sentences of the tokenizer without replay, on first and repeated readings', () => {
    const ours = fixedVocabularyInstance(['sbd']);
    const unreplayed = fixedVocabularyInstance(['sbd'], { replay: false });
    expect(tokensOf(ours, TEXTS[0]!)).toEqual(tokensOf(winkNLP(model, ['sbd']), TEXTS[0]!));
    for (let round = 0; round < 3; round++) {
      for (const text of [...TEXTS, TEXTS.join(' ')]) expect(tokensOf(ours, text)).toEqual(tokensOf(unreplayed, text));
    }
  });

  it('leaves wink-nlp as other callers import it unchanged (no memo, its own learning)', () => {
    const plain = winkNLP(model, ['sbd']);
    plain.readDoc('Telen’s, they said.');
    // A plain instance keeps a learned form whole: the behaviour the fixed vocabulary exists to avoid.
    expect(tokensOf(plain, 'Telen’s plan').values).toEqual(['Telen’s', 'plan']);
    expect(tokensOf(winkInstance(false), 'Telen’s plan').values).toEqual(['Telen', '’s', 'plan']);
  });
});

describe('the numbers of a replayed document', () => {
  it('are an Int32Array that wink reads as it reads its own list: the same tokens and sentences as without replay', () => {
    const nlp = fixedVocabularyInstance(['sbd']);
    const reference = fixedVocabularyInstance(['sbd'], { replay: false });
    for (const text of [...TEXTS, ...TEXTS]) {
      nlp.readDoc(text);
      expect(takeTokenNumbers(text)).toBeInstanceOf(Int32Array);
      expect(tokensOf(nlp, text)).toEqual(tokensOf(reference, text));
    }
  });
});
