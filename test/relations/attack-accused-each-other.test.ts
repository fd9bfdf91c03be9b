import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, site } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch iswatk4: two sides blaming each other name both as attackers (rules/attack-accusation.ts). */
describe('two sides accusing each other of an attack (attacked-accused-each-other)', () => {
  it('reads both sides of "accused each other of shelling X"', async () => {
    const { lines } = await relate('Ukrainian and Russian officials accused each other of shelling the Tarnok Power Plant on May 3.', [ru, ua, site('Tarnok Power Plant')]);
    expect(attacks(lines)).toEqual(['Russian attacked Tarnok Power Plant', 'Ukrainian attacked Tarnok Power Plant']);
  });

  it('reads "traded accusations of striking X" and a place after what was hit', async () => {
    const { lines } = await relate('Ukrainian and Russian sources again traded accusations of striking a substation in Ivanivka.', [ua, ru, city('Ivanivka')]);
    expect(attacks(lines)).toEqual(['Russian attacked Ivanivka', 'Ukrainian attacked Ivanivka']);
  });

  it('reads no attack from accusations of something else', async () => {
    const { lines } = await relate('Ukrainian and Russian officials accused each other of stealing grain in Ivanivka.', [ru, ua, city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('reads no attack from accusations of a plan to attack', async () => {
    const { lines } = await relate('Ukrainian and Russian officials accused each other of planning to shell Ivanivka.', [ru, ua, city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('reads no attack when the accusations are negated', async () => {
    const { lines } = await relate('Russian and Ukrainian officials did not accuse each other of shelling Ivanivka.', [ru, ua, city('Ivanivka')]);
    expect(attacks(lines)).toEqual([]);
  });
});
