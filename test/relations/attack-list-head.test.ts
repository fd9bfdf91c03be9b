import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');

/** Branch prec25 (issue 13): the words before a list of places are said of every place of it (list-head.ts). */
describe('an advance or an origin read before the head of a place list (attack-target.ts, list-head.ts)', () => {
  it('reads no attack on any place of a list advanced near', async () => {
    const { lines } = await relate('Russian troops slowly advanced through defended areas near Tarnok, Velmy, and Ostrets.', [ru, city('Tarnok'), city('Velmy'), city('Ostrets')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('reads no attack on a place advanced around on several bearings', async () => {
    const { lines } = await relate('Ukrainian units advanced west, north, and northeast of Tarnok on May 3.', [demonym('Ukrainian', 'UA'), city('Tarnok')]);
    expect(attacks(lines)).toEqual([]);
    const attacked = await relate('Ukrainian troops attacked west, north, and northeast of Tarnok on May 3.', [demonym('Ukrainian', 'UA'), city('Tarnok')]);
    expect(attacks(attacked.lines)).toEqual(['Ukrainian attacked Tarnok']);
  });

  it('passes a bracketed aside of an item while walking back the list', async () => {
    const { lines } = await relate('Russian troops made unspecified advances near Tarnok (9km east of Brisk), Velmy, and Ostrets.', [
      ru,
      city('Tarnok'),
      city('Brisk'),
      city('Velmy'),
      city('Ostrets'),
    ]);
    expect(attacks(lines)).toEqual([]);
  });

  it('keeps the attacks of a list that was attacked, even after an advance elsewhere in the sentence', async () => {
    const tried = await relate('Russian troops attempted to advance near Tarnok, Velmy, and Ostrets.', [ru, city('Tarnok'), city('Velmy'), city('Ostrets')]);
    expect(attacks(tried.lines)).toEqual(['Russian attacked Tarnok', 'Russian attacked Velmy', 'Russian attacked Ostrets']);
    const shelled = await relate('Russian troops advanced near Tarnok and shelled Velmy and Ostrets.', [ru, city('Tarnok'), city('Velmy'), city('Ostrets')]);
    expect(attacks(shelled.lines)).toContain('Russian attacked Velmy');
    expect(attacks(shelled.lines)).toContain('Russian attacked Ostrets');
  });

  it('reads no attack on the places an attack came from', async () => {
    const one = await relate('Russian troops conducted assault operations from the direction of Tarnok.', [ru, city('Tarnok')]);
    expect(attacks(one.lines)).toEqual([]);
    const target = await relate('Russian troops attacked Velmy from the direction of Tarnok and Ostrets.', [ru, city('Velmy'), city('Tarnok'), city('Ostrets')]);
    expect(attacks(target.lines)).toEqual(['Russian attacked Velmy']);
    const outOf = await relate('Russian troops attacking out of Tarnok in several directions pushed toward Velmy.', [ru, city('Tarnok'), city('Velmy')]);
    expect(attacks(outOf.lines)).toEqual([]);
  });

  it('reads no attack on the positions an attack is fired from, but one on positions the enemy is driven from', async () => {
    const own = await relate('Russian troops fired on villages across the river, likely from positions in and around Tarnok.', [ru, city('Tarnok')]);
    expect(attacks(own.lines)).toEqual([]);
    const near = await relate('Russian troops attacked from near Tarnok toward Velmy.', [ru, city('Tarnok'), city('Velmy')]);
    expect(attacks(near.lines)).toEqual(['Russian attacked Velmy']);
    const driven = await relate('Ukrainian artillery fire repelled Russian troops from new positions in Tarnok.', [demonym('Ukrainian', 'UA'), ru, city('Tarnok')]);
    expect(attacks(driven.lines)).toContain('Ukrainian attacked Tarnok');
  });

  it('keeps the presence of a unit where its attack came from', async () => {
    const { lines } = await relate('Elements of the 14th Brigade assaulted positions from the direction of Tarnok.', [unit('14th Brigade'), city('Tarnok')]);
    expect(attacks(lines)).toEqual([]);
    expect(lines).toContain('14th Brigade operatesIn Tarnok');
  });
});

/** Branch speed19: dropNonTargets judges each (actor, place) pair once; every statement of the pair gets the verdict. */
describe('several statements of one attack pair (attack-target.ts dropNonTargets)', () => {
  it('drops or keeps every statement of a pair alike', async () => {
    const { doc } = await relate('Russian troops advanced near Tarnok and attacked Velmy.', [ru, city('Tarnok'), city('Velmy')]);
    const { dropNonTargets } = await import('../../src/relations/attack-target.js');
    const attacked = (place: string) => doc.mentions.findIndex((m) => m.text === place);
    const actor = doc.mentions.findIndex((m) => m.text === 'Russian');
    const make = (place: string, rule: string) => ({ subject: actor, object: attacked(place), predicate: 'attacked', rule, confidence: 0.9, sentence: 0, evidence: { start: 0, end: 1 } }) as never;
    const statements = [make('Tarnok', 'a'), make('Velmy', 'a'), make('Tarnok', 'b'), make('Velmy', 'b')];
    const kept = dropNonTargets(doc, statements, (m) => String(m)).filter((r: { predicate: string }) => r.predicate === 'attacked');
    expect(kept.map((r: { object: number; rule: string }) => `${doc.mentions[r.object]!.text} ${r.rule}`)).toEqual(['Velmy a', 'Velmy b']);
  });
});
