import { describe, expect, it } from 'vitest';
import { organizationRecognizer } from '../../src/recognize/recognizers/organization.js';
import { recognizeWith, texts } from './run.js';

const orgs = (text: string) => recognizeWith(organizationRecognizer, text);

describe('organization: an office qualifier before a body is the title’s, not the name’s (orgs/parse.ts OFFICE_QUALIFIERS)', () => {
  it('leaves "Deputy" and "Acting" out of the body the capitalized run names', async () => {
    expect(texts(await orgs('Deputy Poltava Regional Administration Head Ivan Petrenko spoke on Monday.'))).toEqual(['Poltava Regional Administration']);
    expect(texts(await orgs('Acting Poltava Regional Administration Head Ivan Petrenko spoke on Monday.'))).toEqual(['Poltava Regional Administration']);
    // A head alone after the qualifier is a common noun: "the Deputy Police Chief" names no body.
    expect(texts(await orgs('Ivan Petrenko, the Deputy Police Chief of the town, spoke on Monday.'))).toEqual([]);
  });

  it('keeps capitalized words that begin bodies’ names', async () => {
    expect(texts(await orgs('The Presidential Administration and the Executive Committee met on Monday.'))).toEqual(['Presidential Administration', 'Executive Committee']);
    expect(texts(await orgs('Poltava Regional Administration Head Ivan Petrenko spoke on Monday.'))).toEqual(['Poltava Regional Administration']);
  });
});
