import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/model/document.js';
import { contextPlaceRecognizer } from '../../src/recognize/recognizers/context-place.js';
import { demonymRecognizer } from '../../src/recognize/recognizers/demonym.js';
import { gazetteerRecognizer } from '../../src/recognize/recognizers/gazetteer.js';
import { prepare } from '../helpers/prepare.js';
import { env } from './run.js';

/** Runs the gazetteer and demonym recognizers first, as the default pipeline does, then context-place. */
async function contextPlaces(text: string): Promise<Mention[]> {
  const doc = await prepare(text);
  const candidates: Mention[] = [];
  for (const factory of [gazetteerRecognizer, demonymRecognizer]) candidates.push(...(await factory({}, env)).recognize(doc, candidates));
  return (await contextPlaceRecognizer({}, env)).recognize(doc, candidates).filter((m) => m.confidence >= 0.5);
}

describe('context-place recognizer', () => {
  it('finds unlisted villages after combat verbs and directions', async () => {
    const ms = await contextPlaces('Russian troops seized Kovalivske, 12km west of Bakhmut, and shelled the outskirts of Hlybokivka.');
    expect(ms.map((m) => m.text)).toEqual(['Kovalivske', 'Hlybokivka']);
    expect(ms[0]).toMatchObject({ type: 'Place', recognizer: 'context-place', priority: 20 });
    expect(ms[0]!.ref).toBeUndefined();
  });

  it('uses a distance in brackets and list membership with a known place', async () => {
    const ms = await contextPlaces('Assaults were repelled near Avdiivka and Tarasivske, and at Pryvilnivka (18km south of Kreminna).');
    expect(ms.map((m) => m.text)).toEqual(['Tarasivske', 'Pryvilnivka']);
  });

  it('does not fire on sentence starts, months, common words or names already proposed', async () => {
    const ms = await contextPlaces('Zarichnivka was quiet. Talks resumed in March in Parliament, and troops withdrew near Kyiv.');
    expect(ms).toEqual([]);
  });

  it('finds a sentence\'s first name when only a place is said to undergo what follows', async () => {
    const ms = await contextPlaces('Zarichnivka and Hlynne were shelled by artillery. Kovalivske remains contested. Brovka, 12km west of Bakhmut, was quiet.');
    expect(ms.map((m) => m.text)).toEqual(['Zarichnivka', 'Hlynne', 'Kovalivske', 'Brovka']);
    // A person's surname at a sentence start is none: what follows is no place's predicate.
    expect(await contextPlaces('Mashovets was appointed commander. Sorokivets remains skeptical. Hlynne was quiet.')).toEqual([]);
  });

  it('does not fire on a person named before a possessive or on first names', async () => {
    const ms = await contextPlaces('The decree was drafted in Sorokin’s office and signed near Oleksandr later.');
    expect(ms).toEqual([]);
  });

  it('reads the base forms of taking verbs and the places of operations as cues', async () => {
    const ms = await contextPlaces('The brigade launched an assault to capture Holubivske and failed to seize Marianivka. Its battalions are operating in Krasnoshchokove.');
    expect(ms.map((m) => m.text)).toEqual(['Holubivske', 'Marianivka', 'Krasnoshchokove']);
    // A person after "to meet" or a company after "operating in" a sector is no place.
    const none = await contextPlaces('The minister flew to capital talks to meet Sorokin. Banks operating in Europe complained.');
    expect(none).toEqual([]);
  });
});

describe('context-place: islands and provinces named after their kind', () => {
  it('reads "the southern island of X" and "the province of X" as places', async () => {
    const ms = await contextPlaces('Rebels hid on the southern island of Telvana, and settlers founded the province of Qartani.');
    expect(ms.map((m) => m.text)).toEqual(['Telvana', 'Qartani']);
  });

  it('needs the kind right before "of", and a capitalized name after it', async () => {
    expect((await contextPlaces('The memory of Telvana stayed.')).map((m) => m.text)).toEqual([]);
    expect((await contextPlaces('Ships left the island of the Telvana clan.')).map((m) => m.text)).toEqual([]);
  });
});

describe('context-place: a person’s title is no toponym', () => {
  it('"Mr. X and Mr. Y" after a surname some town bears gives no place "Mr"', async () => {
    const ms = await contextPlaces('Mr. Kherson and Mr. Velmar met in March.');
    expect(ms.map((m) => m.text)).not.toContain('Mr');
  });

  it('an unknown word in the same list position is still a place', async () => {
    const ms = await contextPlaces('Shelling hit Kherson and Velmarivka overnight.');
    expect(ms.map((m) => m.text)).toContain('Velmarivka');
  });

  it('reads an unlisted name before an area\'s capitalized word as the area, not one in lower case or after a common word', async () => {
    const ms = await contextPlaces('The brigade is based in Budyonnovsk, Zharkovsky Krai, and recruits in Velmarivska Oblast.');
    expect(ms.map((m) => [m.text, m.placeKind])).toEqual([
      ['Zharkovsky Krai', 'AdministrativeArea'],
      ['Velmarivska Oblast', 'AdministrativeArea'],
    ]);
    // No area word, a lower-case one, or an English word before it: no place.
    expect(await contextPlaces('The brigade is based in Budyonnovsk, Zharkovsky said, and recruits in the Velmarivska oblast.')).toEqual([]);
    expect(await contextPlaces('He spoke of the Frontier Krai as a novel.')).toEqual([]);
  });
});
