import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate } from './run.js';

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

// Branch iswprec3 (issue 13): a named group's people taken or harmed, and a harmed nationality's reduced passive.
describe('a harmed group or a reduced passive as the actor of an attack (harmed-party.ts)', () => {
  it('reads no attack by the group whose people were killed or detained, nor by soldiers wounded in an attack', async () => {
    for (const [text, arg] of [
      ['Border troops say they detained two suspected Blackhand militants during a raid in eastern Tarnok.', org('Blackhand')],
      ['Officials said drones killed a senior Blackhand commander and his guards in an airstrike near Tarnok.', org('Blackhand')],
      ['The minister visited Freedonian soldiers wounded in last week\u2019s bombing near Tarnok.', demonym('Freedonian', 'FR')],
    ] as const) {
      const { lines } = await relate(text, [arg, city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps the group that attacks, its people who kill, and its presence where its people were killed', async () => {
    const attack = await relate('Blackhand militants killed two guards in an attack near Tarnok.', [org('Blackhand'), city('Tarnok')]);
    expect(attack.lines).toContain('Blackhand attacked Tarnok');
    const soldiers = await relate('Freedonian soldiers killed two gunmen in an attack near Tarnok.', [demonym('Freedonian', 'FR'), city('Tarnok')]);
    expect(soldiers.lines).toContain('Freedonian attacked Tarnok');
    const present = await relate('Troops killed 30 suspected Blackhand militants in southern Tarnok on Monday.', [org('Blackhand'), city('Tarnok')]);
    expect(present.lines).toEqual(['Blackhand operatesIn Tarnok']);
  });
});
