import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

// Branch iswprec (issue 13): the nationality of the people an attack harmed is not its actor (harmed-party.ts).
describe('a victim\u2019s nationality as the actor of an attack (harmed-party.ts)', () => {
  it('reads no attack by the nationality of those killed, wounded or kidnapped', async () => {
    for (const text of [
      'Gunmen kidnapped a reporter and killed her Freedonian interpreter in an attack in Tarnok last week.',
      'A Freedonian engineer was killed when a roadside bomb struck his truck near Tarnok.',
      'Artillery fire killed two Freedonian civilians in an attack on Tarnok.',
      'Drone strikes killed up to 30 Freedonian servicemen and destroyed a depot in Tarnok.',
      'Three Freedonian soldiers were wounded in an attack in Tarnok.',
    ]) {
      const { lines } = await relate(text, [demonym('Freedonian', 'FR'), city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps civilians and soldiers who attack, and the attacker of a sentence that names victims too', async () => {
    const alone: [string, string][] = [
      ['Freedonian civilians attacked a patrol in occupied Tarnok overnight.', 'Freedonian attacked Tarnok'],
      ['Freedonian soldiers shelled Tarnok on Monday.', 'Freedonian attacked Tarnok'],
    ];
    for (const [text, expected] of alone) {
      const { lines } = await relate(text, [demonym('Freedonian', 'FR'), city('Tarnok')]);
      expect(lines, text).toContain(expected);
    }
    const text = 'Freedonian strikes killed 40 Ruritanian servicemen in Tarnok.';
    const { lines } = await relate(text, [demonym('Freedonian', 'FR'), demonym('Ruritanian', 'RT'), city('Tarnok')]);
    expect(attacks(lines)).toEqual(['Freedonian attacked Tarnok']);
  });
});
