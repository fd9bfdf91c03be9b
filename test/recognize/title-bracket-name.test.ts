import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { named, recognizeWith, texts } from './run.js';

// A title whose complement ends in a bracketed acronym, then the holder's name right after the bracket.
describe('a name after the bracket that closes a title complement', () => {
  it('reads the full name, or a rank chain and the name, after the bracket', async () => {
    const a = 'Spokesperson for the Moldovan Border Police Service (MBPS) Radu Ceban said that the crossing closed.';
    const ms = await recognizeWith(personRecognizer, a, (t) => [named(t, 'Moldovan Border Police Service', 'Organization'), named(t, 'MBPS', 'Organization')]);
    expect(texts(ms)).toEqual(['Radu Ceban']);
    const b = 'Commander of the Western Naval Base (WNB) Rear Admiral Oleksiy Neizhpapa visited the port.';
    const mb = await recognizeWith(personRecognizer, b, (t) => [named(t, 'Western Naval Base', 'MilitaryUnit'), named(t, 'WNB', 'MilitaryUnit')]);
    expect(texts(mb)).toEqual(['Oleksiy Neizhpapa']);
  });

  it('takes no single word after the bracket for a name', async () => {
    const a = 'The head of the Regional Council (RC) Monday said nothing.';
    expect(texts(await recognizeWith(personRecognizer, a, (t) => [named(t, 'Regional Council', 'Organization'), named(t, 'RC', 'Organization')]))).toEqual([]);
  });
});
