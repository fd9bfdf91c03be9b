import { describe, expect, it } from 'vitest';
import { city, org, region, relate, site } from './run.js';

describe('locatedIn: sites in towns, outlets of a place, counted appositions, districts, bracketed regions', () => {
  it('puts a named site in the town after "in", but not a town in a town', async () => {
    const plant = await relate('Troops stored trucks at the Khmelnytskyi Nuclear Power Plant (KhNPP) in occupied Netishyn.', [
      site('Khmelnytskyi Nuclear Power Plant'),
      site('KhNPP'),
      city('Netishyn'),
    ]);
    expect(plant.lines).toEqual(['Khmelnytskyi Nuclear Power Plant locatedIn Netishyn']);
    const bridge = await relate('Strikes damaged the Darnytskyi Bridge in Kyiv.', [site('Darnytskyi Bridge'), city('Kyiv')]);
    expect(bridge.lines).toEqual(['Darnytskyi Bridge locatedIn Kyiv']);
    // A village of no known kind is no site: "in" between two towns is no containment.
    const village = await relate('Shelling hit Pisky in Kyiv.', [site('Pisky'), city('Kyiv')]);
    expect(village.lines).toEqual([]);
  });

  it('locates an outlet named by its place, not an outlet merely mentioned after one', async () => {
    const outlet = await relate('The Volyn Oblast local outlet Volyn Post reported the losses.', [region('Volyn Oblast'), org('Volyn Post')]);
    expect(outlet.lines).toEqual(['Volyn Post locatedIn Volyn Oblast']);
    const told = await relate('Officials in Volyn Oblast told Volyn Post about the losses.', [region('Volyn Oblast'), org('Volyn Post')]);
    expect(told.lines).toEqual([]);
  });

  it('locates each place of a counted apposition and of "districts of", and a place in a bracketed compass region', async () => {
    const two = await relate('Aid reached Sarny and Dubno, two towns in Rivne Oblast with small populations.', [city('Sarny'), city('Dubno'), region('Rivne Oblast')]);
    expect(two.lines.sort()).toEqual(['Dubno locatedIn Rivne Oblast', 'Sarny locatedIn Rivne Oblast']);
    const districts = await relate('Shells hit the Podil and Obolon districts of Kyiv.', [site('Podil'), site('Obolon'), city('Kyiv')]);
    expect(districts.lines.sort()).toEqual(['Obolon locatedIn Kyiv', 'Podil locatedIn Kyiv']);
    const bracket = await relate('Trucks gathered in Sarny (northern Rivne Oblast).', [city('Sarny'), region('Rivne Oblast')]);
    expect(bracket.lines).toEqual(['Sarny locatedIn Rivne Oblast']);
    const described = await relate('Unrest grew in Gagauzia (an autonomous territory in southern Moldova), officials said.', [
      region('Gagauzia'),
      { text: 'Moldova', type: 'Place', placeKind: 'Country' },
    ]);
    expect(described.lines).toEqual(['Gagauzia locatedIn Moldova']);
    const fromThere = await relate('Unrest grew in Gagauzia (with help from agents in Moldova), officials said.', [
      region('Gagauzia'),
      { text: 'Moldova', type: 'Place', placeKind: 'Country' },
    ]);
    expect(fromThere.lines).toEqual([]);
    // Two towns "with" a region are no containment, nor are "two towns" that sit in another sentence part.
    const with_ = await relate('Aid reached Sarny and Dubno, two towns with ties to Rivne Oblast.', [city('Sarny'), city('Dubno'), region('Rivne Oblast')]);
    expect(with_.lines).toEqual([]);
    const toward = await relate('Trucks left Sarny (toward Rivne Oblast).', [city('Sarny'), region('Rivne Oblast')]);
    expect(toward.lines).toEqual([]);
  });
});
