import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { winkModel } from '../../src/tokenize/wink-model.js';

/**
 * wink's English model assembled with its core read without the published reader's copies (wink-model.ts) must
 * be that model: the same core, the same parts, and an instance made from it reads a text as wink as published.
 */
describe('wink model with the core read once (wink-model.ts)', () => {
  it('gives the core model wink-eng-lite-web-model gives, whole', () => {
    const ours = winkModel().core() as unknown as Record<string, unknown>;
    const published = model.core() as unknown as Record<string, unknown>;
    expect(Object.keys(ours)).toEqual(Object.keys(published));
    expect(ours.lexicon).toBeInstanceOf(Uint32Array);
    expect((ours.lexicon as Uint32Array).length).toBeGreaterThan(100_000);
    expect(isDeepStrictEqual(ours, published)).toBe(true);
  });

  it('gives a fresh core on each call, as wink does (wink changes the one it is given)', () => {
    const built = winkModel();
    const a = built.core() as unknown as { features: { lexeme: { index: number } } };
    const b = built.core() as unknown as { features: { lexeme: { index: number } } };
    expect(a).not.toBe(b);
    a.features.lexeme.index += 5;
    expect(b.features.lexeme.index).toBe(a.features.lexeme.index - 5);
  });

  it('gives every instance the same pattern meta-model: the published `metaCER` grows its machines at each call', () => {
    const built = winkModel() as unknown as { metaCER: () => { machines: string } };
    const first = built.metaCER();
    for (let k = 0; k < 20; k++) expect(winkModel().metaCER()).toBe(first);
    // Twenty instances of a model made here, each read as the first one reads (the published loader fails by then).
    const text = 'Ostrova and Belka lie near Dubno.';
    const values = (nlp: ReturnType<typeof winkNLP>) => nlp.readDoc(text).tokens().out(nlp.its.value);
    const expected = values(winkNLP(winkModel(), ['sbd']));
    for (let k = 0; k < 20; k++) expect(values(winkNLP(winkModel(), ['sbd']))).toEqual(expected);
  });

  it('tells a changed core from the published one (the comparison above can fail)', () => {
    const ours = winkModel().core() as unknown as { lexicon: Uint32Array };
    ours.lexicon[7] = ours.lexicon[7]! ^ 1;
    expect(isDeepStrictEqual(ours, model.core())).toBe(false);
  });

  it('has the published parts and add-ons, and an instance of it reads as wink as published', () => {
    const built = winkModel() as unknown as Record<string, unknown>;
    const published = model as unknown as Record<string, unknown>;
    // The package's own loader functions, but `metaCER`, which is not idempotent (it stringifies its machines in place).
    expect(Object.keys(built).sort()).toEqual(Object.keys(published).sort());
    for (const part of ['sbd', 'pos', 'ner', 'negation', 'sa', 'featureFn']) expect(built[part]).toBe(published[part]);
    expect(built.core).not.toBe(published.core);
    const addons = built.addons as Record<string, unknown>;
    const publishedAddons = published.addons as Record<string, unknown>;
    expect(Object.keys(addons)).toEqual(Object.keys(publishedAddons));
    for (const name of ['stem', 'lemmatize', 'readabilityStats']) expect(addons[name]).toBe(publishedAddons[name]);
    const text = 'Colonel Ivo Marsk’s brigade left Delvany at 5:30 p.m.; officials didn’t say why. Talks resume Monday.';
    const read = (nlp: ReturnType<typeof winkNLP>) => {
      const doc = nlp.readDoc(text);
      return [doc.tokens().out(nlp.its.value), doc.tokens().out(nlp.its.pos), doc.sentences().out(nlp.its.span), doc.tokens().out(nlp.its.stem)];
    };
    expect(read(winkNLP(built as unknown as typeof model, ['sbd', 'pos']))).toEqual(read(winkNLP(model, ['sbd', 'pos'])));
  });
});
