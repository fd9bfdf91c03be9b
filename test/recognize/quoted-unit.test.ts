import { describe, expect, it } from 'vitest';
import { quotedUnitRecognizer } from '../../src/recognize/recognizers/quoted-unit.js';
import { named, recognizeWith, texts } from './run.js';

const quoted = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(quotedUnitRecognizer, text, earlier);

describe('quoted-unit: a quoted name next to an echelon word is a unit', () => {
  it('reads names before and after echelons, coordinated names and modifiers', async () => {
    const text = 'Recruits joined the reserve division “Orlan”, the “Sokil” and “Berkut” battalions, and the “Tysa” volunteer sapper company.';
    const ms = await quoted(text);
    expect(texts(ms)).toEqual(['Orlan', 'Sokil', 'Berkut', 'Tysa']);
    expect(ms[0]).toMatchObject({ type: 'MilitaryUnit', recognizer: 'quoted-unit' });
  });

  it('takes a capitalized echelon right after the quote into the span', async () => {
    expect(texts(await quoted('Payments to the “Dnister” Battalion rose.'))).toEqual(['“Dnister” Battalion']);
  });

  it('leaves quoted words without an echelon, and names other recognizers read as people', async () => {
    expect(await quoted('Crowds chanted “Glory” and the “Orlan” slogan spread.')).toEqual([]);
    expect(await quoted('The “Ivan Sirko” battalion formed.', (t) => [named(t, 'Ivan Sirko', 'Person')])).toEqual([]);
  });
});

describe('quoted-unit: a quoted name right before a unit the grammar read', () => {
  it('names that unit, even when the quoted words are a person name', async () => {
    const text = 'Volunteers joined the “Ivan Sirko” Volunteer Tank Battalion.';
    const ms = await quoted(text, (t) => [named(t, 'Ivan Sirko', 'Person'), named(t, 'Volunteer Tank Battalion', 'MilitaryUnit')]);
    expect(texts(ms)).toEqual(['“Ivan Sirko” Volunteer Tank Battalion']);
    expect(ms[0]!.priority).toBeGreaterThan(80);
  });
});
