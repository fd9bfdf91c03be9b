import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

describe('an argument found through a description links the sentence\'s own mention when the sentence names it', () => {
  it('moves "the town" from the mention before the sentence to the later mention in the sentence', async () => {
    const text = 'Fighting continued near Tokmak on Monday. Russian forces shelled the town with mortars, damaging homes in central Tokmak.';
    const { doc } = await relate(text, [city('Tokmak', undefined, 0), city('Tokmak', undefined, 1), demonym('Russian', 'RU')]);
    const r = doc.relations.find((x) => x.predicate === 'attacked');
    expect(r).toBeDefined();
    expect(doc.mentions[r!.object]!.start).toBe(text.lastIndexOf('Tokmak'));
    expect(r!.antecedentSentence).toBeUndefined();
  });

  it('keeps the mention before the sentence when the sentence does not name the place', async () => {
    const text = 'Fighting continued near Tokmak on Monday. Russian forces shelled the town with mortars.';
    const { doc } = await relate(text, [city('Tokmak'), demonym('Russian', 'RU')]);
    const r = doc.relations.find((x) => x.predicate === 'attacked');
    expect(r).toBeDefined();
    expect(doc.mentions[r!.object]!.start).toBe(text.indexOf('Tokmak'));
    expect(r!.antecedentSentence).toBeDefined();
  });
});
