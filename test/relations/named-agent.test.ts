import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch rel37 (issue 13): an attack noun's agent after "by" is its attacker, not the party before it (named-agent.ts). */
describe('the agent of an attack noun after "by" (named-agent.ts)', () => {
  it('reads no attack by the party that stopped it, whatever the verb', async () => {
    const { lines } = await relate('Ukrainian forces defeated a heliborne assault by Russian airborne units on Tarnok.', [ua, ru, city('Tarnok')]);
    expect(attacks(lines)).not.toContain('Ukrainian attacked Tarnok');
    const named = await relate('Ukrainian forces beat back a night raid by the Kestrel Group on the depot in Tarnok.', [ua, org('Kestrel Group'), city('Tarnok')]);
    expect(attacks(named.lines)).not.toContain('Ukrainian attacked Tarnok');
  });

  it('keeps the attacker named inside the noun phrase: "Russia\'s offensive by", "a Russian assault by"', async () => {
    const owner = await relate('Officials noted the Russian offensive by elements of the 12th Rifle Division into Tarnok.', [ru, unit('12th Rifle Division'), city('Tarnok')]);
    expect(attacks(owner.lines)).toContain('Russian attacked Tarnok');
  });

  it('reads the agent\'s attack after "halting" and "defeating" too (attacked-by-agent)', async () => {
    for (const verb of ['defeated', 'reported halting']) {
      const { lines } = await relate(`Ukrainian forces ${verb} an assault by Russian forces on Tarnok.`, [ua, ru, city('Tarnok')]);
      expect(attacks(lines)).toEqual(['Russian attacked Tarnok']);
    }
  });
});
