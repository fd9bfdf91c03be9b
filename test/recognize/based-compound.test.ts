import { describe, expect, it } from 'vitest';
import { organizationRecognizer } from '../../src/recognize/recognizers/organization.js';
import { recognizeWith, texts } from './run.js';

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
