import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

/** Branch rel31 (issue 13): a unit gathering forces for an attack is not yet at its target (attack-gathered-for.ts, operatesIn). */
describe('a unit gathering forces for an attack (attack-gathered-for.ts)', () => {
  it('reads no presence at the target of the attack it gathers for', async () => {
    for (const text of ['The 12th Rifle Brigade is massing forces for an offensive on Tarnok.', 'The 12th Rifle Brigade is recruiting volunteers for offensive operations in Tarnok.']) {
      const { lines } = await relate(text, [unit('12th Rifle Brigade'), city('Tarnok')]);
      expect(presence(lines), text).toEqual([]);
    }
  });

  it('keeps the place where it gathers', async () => {
    const { lines } = await relate('The 12th Rifle Brigade is massing forces near Velmy for an offensive on Tarnok.', [unit('12th Rifle Brigade'), city('Velmy'), city('Tarnok')]);
    expect(presence(lines)).toEqual(['12th Rifle Brigade operatesIn Velmy']);
  });
});
