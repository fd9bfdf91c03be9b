import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, region, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch iswatk4: an acronym in brackets after the words it abbreviates, passed by a gap (match.ts acronymGlossEnd). */
describe('an acronym glossing the target words before the place (attacked-place)', () => {
  it('passes "(GLOCs)" inside what was hit', async () => {
    const { lines } = await relate('Ukrainian drones kept on striking Russian military ground lines of communication (GLOCs) and depots in Tarnok Oblast.', [ua, ru, region('Tarnok Oblast')]);
    expect(attacks(lines)).toContain('Ukrainian attacked Tarnok Oblast');
  });

  it('passes a gloss of letters and digits', async () => {
    const { lines } = await relate('Ukrainian forces struck Russian command-and-control (C2) nodes near Ivanivka.', [ua, ru, city('Ivanivka')]);
    expect(attacks(lines)).toContain('Ukrainian attacked Ivanivka');
  });

  it('does not pass a bracket of lower-case words', async () => {
    const { lines } = await relate('Ukrainian forces struck Russian supply routes (reportedly several) near Ivanivka.', [ua, ru, city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('does not pass a recognized name in brackets', async () => {
    const { lines } = await relate('Ukrainian forces struck the Russian Navy (VMF) depots near Ivanivka.', [ua, ru, org('VMF'), city('Ivanivka')]);
    expect(attacks(lines)).not.toContain('Ukrainian attacked Ivanivka');
  });

  it('does not pass a gloss that follows a capitalized name rather than lower-case words', async () => {
    const { lines } = await relate('Ukrainian forces struck Russian Tarnok Group (TG) depots near Ivanivka.', [ua, ru, city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });
});

describe('fighting for a place (attacked-place)', () => {
  it('reads fighting for a town as an attack on it', async () => {
    const { lines } = await relate('Russian forces are fighting for Ivanivka.', [ru, city('Ivanivka')]);
    expect(attacks(lines)).toContain('Russian attacked Ivanivka');
  });

  it('reads fighting for control of a country as an attack on it', async () => {
    const { lines } = await relate('Russian forces are fighting for control of Freedonia.', [ru, { text: 'Freedonia', type: 'Place', placeKind: 'Country' }]);
    expect(attacks(lines)).toContain('Russian attacked Freedonia');
  });

  it('does not read fighting for a country as an attack on it (a side fought for)', async () => {
    const { lines } = await relate('Ukrainian prisoners are now fighting for Freedonia.', [ua, { text: 'Freedonia', type: 'Place', placeKind: 'Country' }]);
    expect(attacks(lines)).toEqual([]);
  });
});
