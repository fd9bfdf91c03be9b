import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const md = demonym('Moldavian', 'MD');
const wallachia = country('Wallachia', 'WL');

/** Branch rec11a (issue 13): the agent of an invasion of a place acts whatever phrase holds the invasion (invasion-agent.ts). */
describe('attacks: the agent of an invasion inside another phrase', () => {
  it('reads the nationality or the possessive owning "invasion of X" as the attacker', async () => {
    for (const text of [
      'The envoy spoke on the second week of the Moldavian invasion of Wallachia.',
      'Students marched in protest of the Moldavian invasion of Wallachia.',
      'Two hundred reservists refused to take part in the Moldavian invasion of Wallachia.',
    ]) {
      const { lines } = await relate(text, [md, wallachia]);
      expect(attacks(lines), text).toEqual(['Moldavian attacked Wallachia']);
    }
    const possessive = await relate('The drills ended a year prior to Moldavia\u2019s full-scale invasion of Wallachia.', [country('Moldavia', 'MD'), wallachia]);
    expect(attacks(possessive.lines)).toEqual(['Moldavia attacked Wallachia']);
  });

  it('reads no attack when a prospect owns the invasion or the noun takes no place', async () => {
    for (const text of [
      'Diplomats weighed the possibility of a Moldavian invasion of Wallachia.',
      'Officials warned of the potential of a Moldavian invasion of Wallachia.',
      'Observers saw no preparations for a Moldavian invasion of Wallachia.',
      'The envoy spoke on the second week of the Moldavian invasion in Wallachia.',
    ]) {
      const { lines } = await relate(text, [md, wallachia]);
      expect(attacks(lines), text).toEqual([]);
    }
  });
});
