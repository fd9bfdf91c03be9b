import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { IdSlots, LexemeFlags, LexemeInts, LexemeMemo, Lexicon } from '../../src/model/lexicon.js';
import { TokenTable } from '../../src/model/token-table.js';
import { learnLexemes, lexiconOf, winkInstance } from '../../src/tokenize/wink.js';
import { prepare } from '../helpers/prepare.js';

describe('id slots', () => {
  it('keeps values by id, far past the initial size, and overwrites in place', () => {
    const slots = new IdSlots<string>();
    expect(slots.get(5)).toBeUndefined();
    expect(slots.get(10_000_000)).toBeUndefined();
    slots.set(5, 'five');
    slots.set(300_000, 'far');
    slots.set(5, 'FIVE');
    expect(slots.get(5)).toBe('FIVE');
    expect(slots.get(300_000)).toBe('far');
    expect(slots.get(6)).toBeUndefined();
    expect(slots.get(299_999)).toBeUndefined();
  });
});

describe('lexeme memo', () => {
  const tableOf = (words: Array<[string, number]>, lexicon?: Lexicon): TokenTable => {
    const table = new TokenTable(words.length, false, lexicon);
    words.forEach(([w, id], i) => table.push(i * 10, i * 10 + w.length, w, 'word', undefined, id));
    return table;
  };

  it('computes a fact once per lexeme id, and every time for tokens without a lexicon', () => {
    const calls: string[] = [];
    const memo = new LexemeMemo((text) => (calls.push(text), text.toLowerCase()));
    const lexicon = new Lexicon();
    const tokens = tableOf([['Kyiv', 7], ['said', 8], ['Kyiv', 7]], lexicon);
    expect([0, 1, 2].map((i) => memo.of(tokens, i))).toEqual(['kyiv', 'said', 'kyiv']);
    expect(calls).toEqual(['Kyiv', 'said']);
    const bare = tableOf([['Kyiv', -1], ['Kyiv', -1]]);
    expect([0, 1].map((i) => memo.of(bare, i))).toEqual(['kyiv', 'kyiv']);
    expect(calls).toEqual(['Kyiv', 'said', 'Kyiv', 'Kyiv']);
  });

  it('keeps each lexicon apart: the same id in another tokenizer is another word', () => {
    const memo = new LexemeMemo((text) => text.toUpperCase());
    const a = tableOf([['kyiv', 1]], new Lexicon());
    const b = tableOf([['odesa', 1]], new Lexicon());
    expect(memo.of(a, 0)).toBe('KYIV');
    expect(memo.of(b, 0)).toBe('ODESA');
    expect(memo.of(a, 0)).toBe('KYIV');
  });
});

describe('learning lexemes from wink-nlp', () => {
  const nlp = winkNLP(model, ['sbd']);
  const its = nlp.its;
  const learnt = (lexicon: Lexicon, text: string): Array<[string, string]> => {
    const wdoc = nlp.readDoc(text);
    const ids = wdoc.tokens().out(its.uniqueId) as number[];
    learnLexemes(lexicon, wdoc, ids, its);
    return ids.map((id) => [lexicon.get(id)!.text, lexicon.get(id)!.kind]);
  };
  const expected = (text: string): Array<[string, string]> => {
    const wdoc = nlp.readDoc(text);
    const kinds = wdoc.tokens().out(its.type) as string[];
    return (wdoc.tokens().out(its.value) as string[]).map((v, i) => [v, kinds[i]!]);
  };

  it('reads a mostly new document in one pass and a mostly known one token by token, with the same result', () => {
    const lexicon = new Lexicon();
    const first = 'Ukrainian forces said on Monday that 1,200 troops of the 3rd Assault Brigade held positions near Kupiansk.';
    expect(learnt(lexicon, first)).toEqual(expected(first));
    // Long enough that one new word is under the share that switches to a full pass: read token by token.
    const second = `${first} ${first} ${first} Zbrzxqk reported it.`;
    expect(learnt(lexicon, second)).toEqual(expected(second));
  });

  it('gives the pipeline the same tokens on a first reading and on a reading from the lexicon', async () => {
    const text = 'The 58th Combined Arms Army (CAA) moved to Tokmak, officials said. Kyiv — and Zaporizhzhia’s governor — disagreed.';
    const once = (await prepare(text)).tokens.toArray();
    const again = (await prepare(text)).tokens.toArray();
    expect(again).toEqual(once);
    for (const t of once) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives the next document a fresh wink instance, and so a fresh lexicon, once the lexicon holds the form limit', () => {
    const text = 'The 915th Freedonian Rifle Regiment left Ostrova for Belka’s outskirts on 3 May, officials in Dubno said.';
    const old = winkInstance(false, Infinity);
    const full = lexiconOf(old);
    const limit = full.size + 2;
    expect(winkInstance(false, limit)).toBe(old);
    full.set(2_000_000, { text: 'Zarvenko', kind: 'word' });
    expect(winkInstance(false, limit)).toBe(old);
    full.set(2_000_001, { text: 'Pelishchev', kind: 'word' });
    const fresh = winkInstance(false, limit);
    expect(fresh).not.toBe(old);
    expect(lexiconOf(fresh)).not.toBe(full);
    expect(lexiconOf(fresh).size).toBe(0);
    expect(winkInstance(false, limit)).toBe(fresh);
    // The vocabulary is fixed (fixed-vocabulary.ts): the fresh instance cuts the text as the old one does.
    const tokens = (w: typeof old): string[] => w.readDoc(text).tokens().out(w.its.value) as string[];
    expect(tokens(fresh)).toEqual(tokens(old));
    expect(tokens(fresh)).toContain('Belka');
  });

  it('lets go of the old instance and collects it when it makes a fresh one', async () => {
    // A limit of 0 makes every call a renewal: `first` is this test's own instance, referenced by nothing else.
    let first: ReturnType<typeof winkInstance> | undefined = winkInstance(false, 0);
    const firstRef = new WeakRef(first);
    first = undefined;
    // A WeakRef's target is kept until the job that made the ref ends.
    await new Promise((done) => setTimeout(done, 0));
    const second = winkInstance(false, 0);
    expect(firstRef.deref()).toBeUndefined();
    expect(second.readDoc('Ostrova lies on the Belka.').tokens().out()).toEqual(['Ostrova', 'lies', 'on', 'the', 'Belka', '.']);
  });
});

describe('lexeme forms', () => {
  it('keeps each learnt form by the lexicon id, with its characters in the pool, far past the initial sizes', () => {
    const lexicon = new Lexicon();
    const words: Array<[number, string, string]> = [[40, 'Delvany', 'word'], [300_000, '’s', 'punctuation'], [7, '', 'word'], [41, 'Marsk’s', 'word']];
    for (let k = 0; k < 3000; k++) words.push([1000 + k, `form${k}`.repeat(1 + (k % 40)), 'word']);
    for (const [wink, text, kind] of words) lexicon.learn(wink, text, kind);
    lexicon.learn(40, 'ignored', 'number'); // learnt once: the first form stays
    const forms = lexicon.forms;
    for (const [wink, text, kind] of words) {
      const id = forms.idOfWink(wink);
      expect(id).toBe(lexicon.get(wink)!.id);
      expect([forms.text[id], forms.kind[id], forms.length[id]]).toEqual([text, kind, text.length]);
      expect(String.fromCharCode(...forms.chars.subarray(forms.charsAt[id]!, forms.charsAt[id]! + forms.length[id]!))).toBe(text);
    }
    expect(forms.idOfWink(8)).toBe(-1);
    expect(forms.idOfWink(10_000_000)).toBe(-1);
  });
});

describe('number and yes/no memos', () => {
  const tableOf = (words: Array<[string, number]>, lexicon?: Lexicon): TokenTable => {
    const table = new TokenTable(words.length, false, lexicon);
    words.forEach(([w, id], i) => table.push(i * 10, i * 10 + w.length, w, 'word', undefined, id));
    return table;
  };

  it('compute once per lexeme id and give back the value computed, any 32-bit integer or a yes/no', () => {
    const calls: string[] = [];
    const values: Record<string, number> = { a: 0, b: -1, c: 0x7fffffff, d: -0x7fffffff, e: 5 };
    const ints = new LexemeInts((text) => (calls.push(text), values[text]!));
    const flags = new LexemeFlags((text) => text === 'b' || text === 'e');
    const lexicon = new Lexicon();
    const words: Array<[string, number]> = [['a', 0], ['b', 1], ['c', 2], ['d', 3], ['e', 70_000], ['a', 0], ['e', 70_000], ['b', 1]];
    const tokens = tableOf(words, lexicon);
    expect(words.map((_, i) => ints.of(tokens, i))).toEqual(words.map(([w]) => values[w]));
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(words.map((_, i) => flags.of(tokens, i))).toEqual(words.map(([w]) => w === 'b' || w === 'e'));
  });

  it('compute every time a value an Int32Array cannot give back exactly, and for tokens without a lexicon', () => {
    let calls = 0;
    const odd = [-0x80000000, 0.5, 2 ** 31, -0];
    const ints = new LexemeInts((text) => (calls++, odd[Number(text)]!));
    const tokens = tableOf([['0', 0], ['1', 1], ['2', 2], ['3', 3], ['0', 0], ['1', 1], ['2', 2], ['3', 3]], new Lexicon());
    const got = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ints.of(tokens, i));
    expect(got.map((v) => Object.is(v, -0) ? '-0' : v)).toEqual([...odd, ...odd].map((v) => Object.is(v, -0) ? '-0' : v));
    expect(calls).toBe(8);
    const bare = tableOf([['0', -1], ['0', -1]]);
    expect([0, 1].map((i) => ints.of(bare, i))).toEqual([-0x80000000, -0x80000000]);
    expect(calls).toBe(10);
  });
});
