import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { recognizeWith, texts } from './run.js';

const people = (text: string) => recognizeWith(personRecognizer, text);

// Two titles joined by "and" before one name are both that person's ("officer and milblogger X").
describe('two titles joined by "and" before a name', () => {
  it('reads both into the role, also with a lower-case qualifier before the second', async () => {
    const a = await people('The former officer and milblogger Arkadiy Belenko claimed that the bridge fell.');
    expect(texts(a)).toEqual(['Arkadiy Belenko']);
    expect(a[0]!.role?.text).toBe('former officer and milblogger');
    const b = await people('Lithuanian parliamentarian and military expert Rimantas Zukas said so.');
    expect(texts(b)).toEqual(['Rimantas Zukas']);
    expect(b[0]!.role?.text).toBe('parliamentarian and military expert');
  });

  it('does not join a title to what is no title, nor two people', async () => {
    expect(texts(await people('The officer and the soldiers left.'))).toEqual([]);
    const two = await people('President Ana Vrabie and Defense Minister Petru Lungu spoke.');
    expect(two.map((m) => [m.text, m.role?.text])).toEqual([
      ['Ana Vrabie', 'President'],
      ['Petru Lungu', 'Defense Minister'],
    ]);
  });

  it('reads an office serving another office as one role: "Mayor’s Advisor X"', async () => {
    const a = await people('The Mayor’s Advisor Halyna Levko said that the bridge was closed.');
    expect(texts(a)).toEqual(['Halyna Levko']);
    expect(a[0]!.role?.text).toBe('Mayor’s Advisor');
    // A possessive before what is no title leaves the first title alone.
    expect(texts(await people('The Mayor’s office said nothing.'))).toEqual([]);
  });
});
