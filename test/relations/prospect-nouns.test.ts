import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch rel31 (issue 13): an attack named as a threat, a plan or as impending is none yet (irrealis.ts, cues.ts). */
describe('an attack as a prospect (irrealis.ts THREAT_HEADS, cues.ts)', () => {
  it('reads no attack from "offensive threat", "offensive preparations", "an impending assault"', async () => {
    const threat = await relate('Russian troops are responding to the Ukrainian counteroffensive threat in Lakeside Oblast.', [ru, ua, region('Lakeside Oblast')]);
    expect(attacks(threat.lines)).toEqual([]);
    const preparations = await relate('Bloggers reported Ukrainian offensive preparations west of Tarnok.', [ua, city('Tarnok')]);
    expect(attacks(preparations.lines)).toEqual([]);
    const impending = await relate('The effort is not synchronized with an impending Russian assault on Tarnok.', [ru, city('Tarnok')]);
    expect(attacks(impending.lines)).toEqual([]);
  });

  it('keeps offensive operations that are under way', async () => {
    const { lines } = await relate('Ukrainian counteroffensive operations in Lakeside Oblast continued on May 3.', [ua, region('Lakeside Oblast')]);
    expect(attacks(lines)).toEqual(['Ukrainian attacked Lakeside Oblast']);
  });
});
