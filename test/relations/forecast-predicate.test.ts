import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch prec24 (issue 13): a nominal event its own clause calls a forecast or unlikely is none (forecast-predicate.ts). */
describe('a nominal event whose predicate is a forecast', () => {
  it('reads no attack from "will begin", "would be", "remains unlikely", "seems less likely"', async () => {
    const begin = await relate('A Ukrainian counteroffensive toward Tarnok will likely begin next month.', [ua, city('Tarnok')]);
    expect(begin.lines).toEqual([]);
    const would = await relate('Any new Russian assault on Tarnok would be costly.', [ru, city('Tarnok')]);
    expect(would.lines).toEqual([]);
    const unlikely = await relate('Analysts said a renewed Russian offensive on Velmy, in the spring, remains unlikely.', [ru, city('Velmy')]);
    expect(unlikely.lines).toEqual([]);
    const less = await relate('A Russian attack on Velmy from the north seems less likely now.', [ru, city('Velmy')]);
    expect(less.lines).toEqual([]);
  });

  it('reads no attack that is promised or vowed (irrealis.ts FORESEEN)', async () => {
    const promised = await relate('The minister promised a Ukrainian offensive against Tarnok.', [ua, city('Tarnok')]);
    expect(promised.lines).toEqual([]);
    const vowed = await relate('Officials vowed Russian strikes on Velmy in response.', [ru, city('Velmy')]);
    expect(vowed.lines).toEqual([]);
  });

  it('keeps nominal events the predicate takes as real or under way', async () => {
    const go = await relate('Russian attacks on Tarnok will continue.', [ru, city('Tarnok')]);
    expect(go.lines).toEqual(['Russian attacked Tarnok']);
    const led = await relate('Ukrainian strikes on Velmy will complicate Russian logistics.', [ua, city('Velmy')]);
    expect(led.lines).toEqual(['Ukrainian attacked Velmy']);
    const rel = await relate('Russian attacks on Velmy, which began on Monday, will likely fail.', [ru, city('Velmy')]);
    expect(rel.lines).toEqual(['Russian attacked Velmy']);
  });
});
