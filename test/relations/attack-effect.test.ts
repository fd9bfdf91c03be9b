import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');

/** Branch prec26: an attack named only as the cause of damage names no actor; the clause's subject did not make it. */
describe('damage from an attack (attack-target)', () => {
  it('does not make the subject attack the place of the damage', async () => {
    const { lines } = await relate('Russian forces reduced their use of a depot with visible damage from strikes in Tarnok last month.', [ru, city('Tarnok')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('keeps the actor named right before the attack noun', async () => {
    const { lines } = await relate('Residents reported damage from Russian missile strikes in Tarnok on Monday.', [ru, city('Tarnok')]);
    expect(attacks(lines)).toEqual(['Russian attacked Tarnok']);
  });

  it('keeps an actor that struck the place and damaged something', async () => {
    const { lines } = await relate('Russian forces struck Tarnok and damaged a depot with heavy fire.', [ru, city('Tarnok')]);
    expect(attacks(lines)).toEqual(['Russian attacked Tarnok']);
  });
});
