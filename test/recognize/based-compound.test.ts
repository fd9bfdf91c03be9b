import { describe, expect, it } from 'vitest';
import { organizationRecognizer } from '../../src/recognize/recognizers/organization.js';
import { named, recognizeWith, texts } from './run.js';

// "the Geneva-based World Health Organization": where a body is based, or who backs it, is no word of its name
// (the wire-news conventions annotate "the [Geneva]-based [X]" → locatedIn(X, Geneva)).
describe('a capitalized "-based" or "-backed" compound before an organization', () => {
  it('stays outside the organization’s span', async () => {
    expect(texts(await recognizeWith(organizationRecognizer, 'The Valdor-based Coastal Health Organization said so.'))).toEqual(['Coastal Health Organization']);
    expect(texts(await recognizeWith(organizationRecognizer, 'The Ostland-backed Northern Defense Council met.'))).toEqual(['Northern Defense Council']);
  });

  it('keeps a hyphenated name word that is capitalized throughout', async () => {
    expect(texts(await recognizeWith(organizationRecognizer, 'The Valdor-Ostland Health Organization said so.'))).toEqual(['Valdor-Ostland Health Organization']);
  });
});

// A curated region whose name ends in an organization head-word is the region ("the West Bank"): the head-word
// rule gives no organization of the same span.
describe('a curated region with a head-word', () => {
  it('gives no organization of the region’s span', async () => {
    const region = (t: string) => [named(t, 'West Bank', 'Place', { placeKind: 'Region', ref: { id: 'test:west-bank', name: 'West Bank', type: 'Place', placeKind: 'Region', source: 'regions' } })];
    expect(texts(await recognizeWith(organizationRecognizer, 'Troops raided the West Bank town of Nablus.', region))).toEqual([]);
    expect(texts(await recognizeWith(organizationRecognizer, 'The World Bank said so.'))).toEqual(['World Bank']);
  });
});
