import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/model/document.js';
import { contextPlaceRecognizer } from '../../src/recognize/recognizers/context-place.js';
import { demonymRecognizer } from '../../src/recognize/recognizers/demonym.js';
import { gazetteerRecognizer } from '../../src/recognize/recognizers/gazetteer.js';
import { prepare } from '../helpers/prepare.js';
import { env } from './run.js';

async function contextPlaces(text: string): Promise<Mention[]> {
  const doc = await prepare(text);
  const candidates: Mention[] = [];
  for (const factory of [gazetteerRecognizer, demonymRecognizer]) candidates.push(...(await factory({}, env)).recognize(doc, candidates));
  // Listed places and those found here, in text order: invented names may be real villages somewhere.
  const found = (await contextPlaceRecognizer({}, env)).recognize(doc, candidates);
  return [...candidates.filter((m) => m.form !== 'demonym'), ...found].filter((m) => m.confidence >= 0.5 && m.type === 'Place').sort((a, b) => a.start - b.start);
}

describe('places after "attacks against" and lists said to be settlements', () => {
  it('reads an attack noun + "against" as a place cue, and the list after it', async () => {
    const ms = await contextPlaces('The enemy renewed ground assaults against Zhovtoplynka, Kozlivtsi, and Dubrynets overnight.');
    expect(ms.map((m) => m.text)).toEqual(['Zhovtoplynka', 'Kozlivtsi', 'Dubrynets']);
  });

  it('reads ", both settlements" after a list as saying its members are places', async () => {
    const ms = await contextPlaces('Residents left Zhovtoplynka and Kozlivtsi, both settlements east of the river.');
    expect(ms.map((m) => m.text)).toEqual(['Zhovtoplynka', 'Kozlivtsi']);
  });

  it('does not take an organization or a person after "against" without an attack noun, nor a list without a tail', async () => {
    expect(await contextPlaces('The court ruled against Tavrovsk and Orlenko on Monday.')).toEqual([]);
    expect(await contextPlaces('The bloggers wrote about Tavrovsk and Orlenko, both famous men.')).toEqual([]);
  });
});

describe('more place cues: "between", a compass word before the area, and the -nke ending', () => {
  it('reads "between X in northwestern Y Oblast" and "in Xnke"', async () => {
    const ms = await contextPlaces('The line runs between Zhovtoplynska Brid in northwestern Kherson Oblast and the coast; a post in Kozlovenke burned.');
    expect(ms.map((m) => m.text)).toEqual(['Zhovtoplynska Brid', 'Kherson Oblast', 'Kozlovenke']);
  });

  it('takes no acronym with a plural ending for a place', async () => {
    const ms = await contextPlaces('Strikes hit Russian GLOCs in northern Kherson Oblast.');
    expect(ms.map((m) => m.text)).toEqual(['Kherson Oblast']);
  });
});
