import { describe, expect, it } from 'vitest';
import { prepare } from '../helpers/prepare.js';
import { addMentions, type MentionSpec } from './annotate.js';
import { line, runRelations } from './run.js';

/** Branch prec25 (issue 13): a small settlement linked to a namesake abroad lies in the region the text names (homonym-link.ts). */
const located = async (text: string, specs: MentionSpec[], population?: number): Promise<string[]> => {
  const doc = addMentions(await prepare(text), specs);
  if (population !== undefined) doc.mentions.find((m) => m.text === specs[0]!.text)!.ref!.population = population;
  await runRelations(doc);
  return doc.relations.filter((r) => r.predicate === 'locatedIn').map((r) => line(doc, r));
};
const abroad = (text: string): MentionSpec => ({ text, type: 'Place', placeKind: 'City', ref: `test:${text}`, country: 'RT' });
const region = (text: string): MentionSpec => ({ text, type: 'Place', placeKind: 'AdministrativeArea', ref: `test:${text}`, country: 'UA' });
const land = (text: string): MentionSpec => ({ text, type: 'Place', placeKind: 'Country', ref: `country:RT`, country: 'RT' });

describe('a village linked to a namesake abroad (homonym-link.ts)', () => {
  it('lies in the oblast the text names, small or of unknown size', async () => {
    expect(await located('Ukrainian forces repelled a raid near Tarnok, Brisk Oblast, on May 3.', [abroad('Tarnok'), region('Brisk Oblast')], 900)).toEqual(['Tarnok locatedIn Brisk Oblast']);
    expect(await located('Ukrainian forces repelled a raid near Tarnok, Brisk Oblast, on May 3.', [abroad('Tarnok'), region('Brisk Oblast')])).toEqual(['Tarnok locatedIn Brisk Oblast']);
  });

  it('keeps the country check for a large town, a region not named as one, and a country', async () => {
    expect(await located('Ukrainian forces repelled a raid near Tarnok, Brisk Oblast, on May 3.', [abroad('Tarnok'), region('Brisk Oblast')], 400000)).toEqual([]);
    expect(await located('Children from Tarnok, Brisky, and other towns traveled abroad.', [abroad('Tarnok'), region('Brisky')], 900)).toEqual([]);
    expect(await located('Officials in Tarnok, Ukraine, reported explosions.', [abroad('Tarnok'), { ...land('Ukraine'), ref: 'country:UA', country: 'UA' }], 900)).toEqual([]);
  });
});
