import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/recognize/resolve-overlaps.js';
import { demonymRecognizer } from '../../src/recognize/recognizers/demonym.js';
import { gazetteerRecognizer } from '../../src/recognize/recognizers/gazetteer.js';
import { prepare } from '../helpers/prepare.js';
import { env } from './run.js';

async function demonyms(text: string) {
  const doc = await prepare(text);
  return (await demonymRecognizer({}, env)).recognize(doc, []);
}

describe('demonym recognizer', () => {
  it('links nationality adjectives and plurals to their country with the lowest priority', async () => {
    const ms = await demonyms('The Russian President spoke after Syrians and Israeli officials met Belarusian envoys.');
    expect(ms.map((m) => [m.text, m.ref?.id])).toEqual([
      ['Russian', 'country:RU'], ['Syrians', 'country:SY'], ['Israeli', 'country:IL'], ['Belarusian', 'country:BY'],
    ]);
    expect(ms[0]).toMatchObject({ form: 'demonym', type: 'Place', placeKind: 'Country', priority: 10, recognizer: 'demonym' });
  });

  it('links the nationality words of regions to the region (curated regional-demonyms.json), not to a country', async () => {
    const ms = await demonyms('Chechen units and Transnistrian officials met Abkhaz envoys; Crimean and Dagestani delegates spoke.');
    expect(ms.map((m) => [m.text, m.ref?.id, m.placeKind])).toEqual([
      ['Chechen', 'subdivision:RU-CE', 'AdministrativeArea'],
      ['Transnistrian', 'region:transnistria', 'Region'],
      ['Abkhaz', 'region:abkhazia', 'Region'],
      ['Crimean', 'region:crimea', 'Region'],
      ['Dagestani', 'subdivision:RU-DA', 'AdministrativeArea'],
    ]);
    // The region's own name stays a name, and a word that only contains the region's name is no demonym.
    expect(await demonyms('Chechnya and Transnistria held talks in a Crimeaan town.')).toEqual([]);
  });

  it('ignores lower-case words and words that are not demonyms', async () => {
    expect(await demonyms('He spoke russian badly at the Embassy.')).toEqual([]);
  });

  it('loses overlaps to a name that contains it', async () => {
    const text = 'The Russian Volunteer Corps claimed the raid.';
    const doc = await prepare(text);
    const candidates = [...(await demonymRecognizer({}, env)).recognize(doc, [])];
    candidates.push(...(await gazetteerRecognizer({}, env)).recognize(doc, candidates));
    expect(resolveOverlaps(candidates, 0.5).map((m) => [m.text, m.type])).toEqual([['Russian Volunteer Corps', 'MilitaryUnit']]);
  });
});
