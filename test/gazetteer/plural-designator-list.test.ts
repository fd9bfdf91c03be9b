import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/model/document.js';
import { contextPlaceRecognizer } from '../../src/recognize/recognizers/context-place.js';
import { demonymRecognizer } from '../../src/recognize/recognizers/demonym.js';
import { gazetteerRecognizer } from '../../src/recognize/recognizers/gazetteer.js';
import { prepare } from '../helpers/prepare.js';
import { env, places } from './run.js';

async function contextPlaces(text: string): Promise<Mention[]> {
  const doc = await prepare(text);
  const candidates: Mention[] = [];
  for (const factory of [gazetteerRecognizer, demonymRecognizer]) candidates.push(...(await factory({}, env)).recognize(doc, candidates));
  return (await contextPlaceRecognizer({}, env)).recognize(doc, candidates).filter((m) => m.confidence >= 0.5);
}

describe('a list of names ending in a plural designator', () => {
  it('makes each unknown name a place, the capitalized plural inside the span of the last', async () => {
    expect((await contextPlaces('Artillery hit the Zhovtnevyi and Korabelnyi districts overnight.')).map((m) => m.text)).toEqual(['Zhovtnevyi', 'Korabelnyi']);
    const ms = await contextPlaces('Depots burned in the Skadovsky and Oleshkivsky Raions last week.');
    expect(ms.map((m) => m.text)).toEqual(['Skadovsky', 'Oleshkivsky Raions']);
  });

  it('needs the designator right after the list, in the same sentence', async () => {
    expect(await contextPlaces('Yesterday Tavrovsk and Orlenko met in the hall. Districts were quiet.')).toEqual([]);
    expect(await contextPlaces('The Tavrovsk and Orlenko families lived in three districts.')).toEqual([]);
  });
});

describe('an ordinary word before another place name', () => {
  it('qualifies that name and is no place of its own', async () => {
    const ms = await places('Strikes hit depots in Central Kherson Oblast.');
    expect(ms.map((m) => m.text)).toEqual(['Kherson Oblast']);
  });
});

describe('a compass adjective before a member of a list ending in a plural designator', () => {
  it('leaves every member the subdivision the designator names', async () => {
    const ms = await places('Shelling went on in eastern Kharkiv and western Luhansk oblasts overnight.');
    expect(ms.map((m) => [m.text, m.ref?.id])).toEqual([['Kharkiv', 'subdivision:UA-63'], ['Luhansk', 'subdivision:UA-09']]);
    const listed = await places('Troops moved through Sumy, northern Chernihiv, and eastern Kyiv oblasts.');
    expect(listed.map((m) => m.ref?.placeKind)).toEqual(['AdministrativeArea', 'AdministrativeArea', 'AdministrativeArea']);
  });

  it('needs the list joined by "and", "or" or a comma', async () => {
    const ms = await places('Trains from Kharkiv crossed western Luhansk oblasts.');
    expect(ms.map((m) => [m.text, m.ref?.placeKind])).toEqual([['Kharkiv', 'City'], ['Luhansk', 'AdministrativeArea']]);
  });
});
