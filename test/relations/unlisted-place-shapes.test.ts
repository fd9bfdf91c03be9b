import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

// Shapes of place names unseen text has and no list holds (rec33): "the capture of X", named works and islands,
// qualified village names followed by a designator or a distance. Invented sentences and village names.
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'shapes.txt', source: { path: '/shapes.txt', relPath: 'shapes.txt', sha256: '' }, text });
const places = (doc: Doc): string[] => doc.mentions.filter((m) => m.type === 'Place' && m.form === 'name').map((m) => m.text);
const lines = (doc: Doc, predicate: string): string[] =>
  doc.relations.filter((r) => r.predicate === predicate).map((r) => `${doc.mentions[r.subject]!.text} -> ${doc.mentions[r.object]!.text}`);

describe('context-place: a noun of taking or hitting a place before "of"', () => {
  it('reads the name after "the capture of", "the encirclement of" and "the shelling of" as a place', () => {
    expect(places(run('A milblogger claimed that the capture of Hlybotsvit opens the road west.'))).toEqual(['Hlybotsvit']);
    expect(places(run('The encirclement of Zorivske continued on Monday.'))).toEqual(['Zorivske']);
    expect(places(run('Officials condemned the shelling of Korchuhy.'))).toEqual(['Korchuhy']);
  });

  it('leaves a person after such a noun and an ordinary word', () => {
    expect(places(run('They demanded the capture of Ivanov by the police.'))).toEqual([]);
    expect(places(run('The capture of Territory matters.'))).toEqual([]);
  });

  it('reads the object of "force concentrations in X" as a place', () => {
    const doc = run('Ukrainian forces struck Russian force concentrations in Korchuhy on Monday.');
    expect(places(doc)).toEqual(['Korchuhy']);
    expect(lines(doc, 'attacked')).toEqual(['Ukrainian -> Korchuhy']);
  });
});

describe('context-place: fighting for, moving from and to, operations concentrated on, a region in brackets', () => {
  it('reads the place after "fighting for", "advance from", "withdrew to" and "concentrated on"', () => {
    expect(places(run('Both sides are engaged in heavy fighting for Hlybotsvit.'))).toEqual(['Hlybotsvit']);
    expect(places(run('Russian forces tried to advance from Korchuhy on Monday.'))).toEqual(['Korchuhy']);
    expect(places(run('Russian forces withdrew to Korchuhy on Monday.'))).toEqual(['Korchuhy']);
    expect(places(run('Russian operations are concentrated on Zorivske.'))).toEqual(['Zorivske']);
  });

  it('reads a name before a region in brackets with a compass word as a place in it', () => {
    const doc = run('Russian engineers have been working in Korchuhy (southern Kherson Oblast) since May.');
    expect(places(doc)).toEqual(['Korchuhy', 'Kherson Oblast']);
    expect(lines(doc, 'locatedIn')).toEqual(['Korchuhy -> Kherson Oblast']);
  });

  it('leaves "for" and "to" after other words', () => {
    expect(places(run('They voted for Korchuhy in the election.'))).toEqual([]);
    expect(places(run('The letter was sent to Korchuhy yesterday.'))).toEqual([]);
  });
});

describe('facility-place: works, mines, ports and islands', () => {
  it('types a named refinery, factory, coal mine, port and island as one place each', () => {
    const doc = run('Russian forces launched assaults on the Zorivske Oil Refinery and seized the Hlybotsvit Rubber Factory.');
    expect(places(doc)).toEqual(['Zorivske Oil Refinery', 'Hlybotsvit Rubber Factory']);
    expect(lines(doc, 'attacked')).toContain('Russian -> Zorivske Oil Refinery');
    expect(lines(doc, 'captured')).toContain('Russian -> Hlybotsvit Rubber Factory');
    expect(places(run('Ukrainian troops withdrew from the Korchuhy Coal Mine.'))).toEqual(['Korchuhy Coal Mine']);
    expect(places(run('Drones struck the Korchuhy Port and Velyki Zorivski Island.'))).toEqual(['Korchuhy Port', 'Velyki Zorivski Island']);
  });

  it('leaves a name a list holds whole to the list, with its record', () => {
    const snake = run('Russian forces fortified positions on Snake Island.').mentions.find((m) => m.text === 'Snake Island');
    expect(snake?.recognizer).toBe('gazetteer');
    expect(snake?.ref).toBeDefined();
  });
});

describe('qualified-place: a designator or a distance after the name, and more qualifiers', () => {
  it('reads a qualified name before "settlement" or a distance in brackets as one place', () => {
    expect(places(run('Ukrainian forces seized the Sukhyi Korchuhy settlement.'))).toEqual(['Sukhyi Korchuhy']);
    expect(places(run('Fighting continued for Mali Korchuhy (18km west of Lyman).'))).toContain('Mali Korchuhy');
  });

  it('reads dry, green, black and crooked qualifiers like the others', () => {
    const doc = run('Russian forces shelled Zelena Korchuhy, Chorna Hlybotsvit, and Kryva Zorivka.');
    expect(places(doc)).toEqual(['Zelena Korchuhy', 'Chorna Hlybotsvit', 'Kryva Zorivka']);
  });

  it('leaves a qualifier before an unknown word with nothing around it', () => {
    expect(places(run('Sukhyi Korchuhy wrote about it.'))).toEqual([]);
  });
});

describe("units: the proxy republics' People's Militia", () => {
  it("types People's Militia as a unit after the republic's name or acronym, which stays a place", () => {
    const doc = run('The LNR People’s Militia claimed that its 7th Brigade shelled Kreminna.');
    expect(doc.mentions.find((m) => m.text === 'People’s Militia')?.type).toBe('MilitaryUnit');
    expect(doc.mentions.find((m) => m.text === 'LNR')?.type).toBe('Place');
  });

  it('reads a brigade of the militia as part of it and the militia as an actor', () => {
    const doc = run('Footage showed the 9th Brigade of the DNR People’s Militia attacking near Marinka.');
    expect(lines(doc, 'partOf')).toEqual(['9th Brigade -> People’s Militia']);
    expect(lines(run("The People's Militia conducted assaults near Vuhledar on Monday."), 'attacked')).toEqual(["People's Militia -> Vuhledar"]);
  });
});

describe("organizations: a nation's armed service named by its demonym", () => {
  it('reads "the Belarusian Air Force" and "the Moldovan Navy" as organizations with the demonym in the span', () => {
    const doc = run('The Belarusian Air Force and the Moldovan Navy held drills.');
    expect(doc.mentions.filter((m) => m.type === 'Organization').map((m) => m.text)).toEqual(['Belarusian Air Force', 'Moldovan Navy']);
    expect(lines(run('Commander of the Belarusian Air Force Major General Ivan Petrov visited Minsk.'), 'leaderOf')).toEqual(['Ivan Petrov -> Belarusian Air Force']);
  });

  it('leaves other heads after a demonym alone', () => {
    expect(run('The Belarusian government held drills.').mentions.filter((m) => m.type === 'Organization')).toEqual([]);
  });
});

describe('person: a given name before a big city of a country the text names is no person', () => {
  it('keeps "Melitopol" a place after an outlet named "Ria Melitopol", and in the rest of the document', () => {
    const doc = run('Ukrainian outlet “Ria Melitopol” reported explosions. Russian officials moved families to Melitopol.');
    expect(doc.mentions.filter((m) => m.type === 'Person')).toEqual([]);
    expect(places(doc)).toContain('Melitopol');
  });

  it('keeps a person whose surname is an alternate name of a city abroad', () => {
    const doc = run('Russian Commissioner Maria Lvova-Belova spoke in Moscow.');
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Maria Lvova-Belova']);
  });
});
