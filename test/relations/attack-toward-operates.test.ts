import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

/** Branch rel38 (issue 13): a unit's action at a place an attack heads toward places it there; an advance does not (stage.ts, presence.ts attackedToward). */
describe('operatesIn for a unit acting on an attack toward a place', () => {
  it('reads "repelled Ukrainian attacks toward X" as the defenders at X', async () => {
    const { lines } = await relate('Elements of the 14th Rifle Division repelled Ukrainian attacks toward Tarnok.', [unit('14th Rifle Division'), demonym('Ukrainian', 'UA'), city('Tarnok')]);
    expect(lines).toContain('14th Rifle Division operatesIn Tarnok');
  });

  it('reads presence at a place a unit advances toward (branch dir18)', async () => {
    // Asserted no presence until branch dir18, which reversed it from the read golds (a named unit moving or advancing
    // straight toward X: operatesIn in 3 of 4 sentences; unit-move-destination.ts).
    const { lines } = await relate('Elements of the 14th Rifle Division advanced toward Tarnok.', [unit('14th Rifle Division'), city('Tarnok')]);
    expect(lines).toContain('14th Rifle Division operatesIn Tarnok');
  });
});
