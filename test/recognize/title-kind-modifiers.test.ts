import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { recognizeWith, texts } from './run.js';

const people = (text: string) => recognizeWith(personRecognizer, text);

// Branch newsrel4: "political", "spiritual", "religious" and "top" before an office belong to the role, as "senior" and
// "acting" do, so the body before them is the office's ("Red Hand political leader X" → leaderOf Red Hand).
describe('a kind of office before the title word', () => {
  it('reads "political", "spiritual" and "top" into the role', async () => {
    const a = await people('Red Hand political leader Anna Lenz spoke on Monday.');
    expect(texts(a)).toEqual(['Anna Lenz']);
    expect(a[0]!.role?.text).toBe('political leader');
    const b = await people('The movement’s spiritual leader Petru Lungu was killed.');
    expect(b[0]!.role?.text).toBe('spiritual leader');
    const c = await people('Their top commander Ivo Brandt resigned.');
    expect(c[0]!.role?.text).toBe('top commander');
  });

  it('makes no title of the modifier alone', async () => {
    const a = await people('The political Anna Lenz spoke.');
    expect(texts(a)).toEqual(['Anna Lenz']);
    expect(a[0]!.role).toBeUndefined();
  });
});
