import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { org, person, relate, unit } from './run.js';

// "Y replaced the head of Z, W, with V": the office the rules read for W is also V's (guidelines: both held it).
describe('succession: whoever replaced an office holder holds the office too', () => {
  it('reads "replaced Z Commander W with V" and the passive "was replaced by V"', async () => {
    const active = await relate('The council replaced Eastern Command Commander Ivo Marek with the former commander of the 9th Corps Pavel Dorn.', [
      org('Eastern Command'),
      person('Ivo Marek', 'Commander'),
      unit('9th Corps'),
      person('Pavel Dorn'),
    ]);
    expect(active.lines).toContain('Ivo Marek leaderOf Eastern Command');
    expect(active.lines).toContain('Pavel Dorn leaderOf Eastern Command');
    expect(active.lines).toContain('Pavel Dorn leaderOf 9th Corps');
    const passive = await relate('Eastern Command Commander Ivo Marek was reportedly replaced by Pavel Dorn.', [
      org('Eastern Command'),
      person('Ivo Marek', 'Commander'),
      person('Pavel Dorn'),
    ]);
    expect(passive.lines).toContain('Pavel Dorn leaderOf Eastern Command');
  });

  it('reads the holder in an apposition that says who he is', async () => {
    const { lines } = await relate('Officials replaced the head of the Grain Council, Valdorian economist Ivo Marek, with Pavel Dorn on Monday.', [
      org('Grain Council'),
      demonym('Valdorian', 'VD'),
      person('Ivo Marek'),
      person('Pavel Dorn'),
    ]);
    expect(lines).toContain('Ivo Marek leaderOf Grain Council');
    expect(lines).toContain('Pavel Dorn leaderOf Grain Council');
  });

  it('gives nothing to a person met or praised, nor without a replacing verb', async () => {
    const met = await relate('Eastern Command Commander Ivo Marek met with Pavel Dorn.', [org('Eastern Command'), person('Ivo Marek', 'Commander'), person('Pavel Dorn')]);
    expect(met.lines).not.toContain('Pavel Dorn leaderOf Eastern Command');
    const other = await relate('The council praised Eastern Command Commander Ivo Marek, and replaced its chairman with Pavel Dorn.', [
      org('Eastern Command'),
      person('Ivo Marek', 'Commander'),
      person('Pavel Dorn'),
    ]);
    expect(other.lines).not.toContain('Pavel Dorn leaderOf Eastern Command');
  });
});
