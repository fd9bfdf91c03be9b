import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ru = (nth = 0) => demonym('Russian', 'RU', nth);
const ua = (nth = 0) => demonym('Ukrainian', 'UA', nth);
const of = (lines: string[], predicate: string) => lines.filter((l) => l.includes(` ${predicate} `)).sort();

/** Branch rel35 (issue 13): a finite past verb of taking, leaving or fighting in a chain of verb phrases (rules/event-chains.ts). */
describe('event chains: the clause subject carried to a past verb (event-chains.ts)', () => {
  it('carries the subject over commas to a capture and a withdrawal', async () => {
    const { doc, lines } = await relate('Russian troops shelled Varnok, seized Telmin, and pulled back from Ostrava Hill on May 3.', [
      ru(),
      city('Varnok'),
      city('Telmin'),
      city('Ostrava Hill'),
    ]);
    expect(of(lines, 'captured')).toEqual(['Russian captured Telmin']);
    expect(of(lines, 'withdrewFrom')).toEqual(['Russian withdrewFrom Ostrava Hill']);
    expect(doc.relations.some((r) => r.rule === 'captured-chain')).toBe(true);
    expect(doc.relations.some((r) => r.rule === 'withdrew-chain')).toBe(true);
  });

  it('reads a past verb after an attempt as done, an infinitive as attempted', async () => {
    const done = await relate('Ukrainian units spent a week trying to cross the river at Varnok and liberated Telmin afterwards.', [ua(), city('Varnok'), city('Telmin')]);
    expect(of(done.lines, 'captured')).toEqual(['Ukrainian captured Telmin']);
    const tried = await relate('Ukrainian units tried to cross the river at Varnok and liberate Telmin.', [ua(), city('Varnok'), city('Telmin')]);
    expect(of(tried.lines, 'captured')).toEqual([]);
  });

  it('takes the defenders as the subject of a taking after the repelled attack', async () => {
    const { lines } = await relate('Ukrainian forces repelled Russian assaults near Varnok and recaptured Telmin.', [ua(), ru(), city('Varnok'), city('Telmin')]);
    expect(of(lines, 'captured')).toEqual(['Ukrainian captured Telmin']);
  });

  it('carries the subject over a plan to a fight that happened', async () => {
    const { doc, lines } = await relate('Ukrainian forces are planning an operation in Varnok Oblast and engaged in fierce battles with Russian forces there.', [
      ua(),
      { text: 'Varnok Oblast', type: 'Place', placeKind: 'AdministrativeArea' },
      ru(),
    ]);
    expect(of(lines, 'foughtAgainst')).toEqual(['Ukrainian foughtAgainst Russian']);
    expect(doc.relations.some((r) => r.rule === 'fought-chain')).toBe(true);
  });

  it('gives nothing under a modal, past a report clause, or to a verb of another subject', async () => {
    const modal = await relate('Russian forces will likely shell Varnok and then seized Telmin.', [ru(), city('Varnok'), city('Telmin')]);
    expect(of(modal.lines, 'captured')).toEqual([]);
    const report = await relate('Ukrainian officials said that Russian forces shelled Varnok and withdrew from Telmin.', [ua(), ru(), city('Varnok'), city('Telmin')]);
    expect(of(report.lines, 'withdrewFrom')).toEqual(['Russian withdrewFrom Telmin']);
    const other = await relate('Russian forces shelled Varnok and Ukrainian forces counterattacked and recaptured Telmin.', [ru(), city('Varnok'), ua(), city('Telmin')]);
    expect(of(other.lines, 'captured')).toEqual(['Ukrainian captured Telmin']);
    const during = await relate('Russian forces shelled Varnok as Ukrainian forces regrouped and retreated from Telmin.', [ru(), city('Varnok'), ua(), city('Telmin')]);
    expect(of(during.lines, 'withdrewFrom')).toEqual(['Ukrainian withdrewFrom Telmin']);
  });

  it('keeps a list of parties as one subject phrase', async () => {
    const { lines } = await relate('Russian and Chechen units shelled Varnok and seized Telmin.', [ru(), demonym('Chechen', 'RU-CE'), city('Varnok'), city('Telmin')]);
    expect(of(lines, 'captured')).toContain('Russian captured Telmin');
  });
});

describe('forces driven off a place do not act next (actor.ts)', () => {
  it('takes the driving party, not the driven forces, as the taker', async () => {
    const { lines } = await relate('Ukrainian forces drove Russian troops north from Varnok and captured Telmin.', [ua(), ru(), city('Varnok'), city('Telmin')]);
    expect(of(lines, 'captured')).toEqual(['Ukrainian captured Telmin']);
  });
});

describe('attacks later in the chain: a fight or a probe in a place (attacked-chain)', () => {
  it('reads the places fought around and probed after "and"', async () => {
    const fought = await relate('Russian troops conducted assaults toward Varnok and fought around Telmin and Ostrava.', [ru(), city('Varnok'), city('Telmin'), city('Ostrava')]);
    expect(of(fought.lines, 'attacked')).toEqual(['Russian attacked Ostrava', 'Russian attacked Telmin', 'Russian attacked Varnok']);
    expect(fought.doc.relations.some((r) => r.rule === 'attacked-chain')).toBe(true);
    const probed = await relate('Russian forces shelled Varnok and conducted one failed reconnaissance-in-force operation near Telmin.', [ru(), city('Varnok'), city('Telmin')]);
    expect(of(probed.lines, 'attacked')).toEqual(['Russian attacked Telmin', 'Russian attacked Varnok']);
  });

  it('gives nothing for a fight of both sides or under a modal', async () => {
    const both = await relate('Russian and Ukrainian forces shelled Varnok and fought around Telmin.', [ru(), ua(), city('Varnok'), city('Telmin')]);
    expect(of(both.lines, 'attacked').filter((l) => l.endsWith('Telmin'))).toEqual([]);
    const modal = await relate('Russian forces will shell Varnok and then fought around Telmin.', [ru(), city('Varnok'), city('Telmin')]);
    expect(of(modal.lines, 'attacked')).toEqual([]);
  });
});
