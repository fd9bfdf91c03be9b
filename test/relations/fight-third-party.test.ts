import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes('foughtAgainst'));
const fr = demonym('Freedonian', 'FR');
const rt = demonym('Ruritanian', 'RT');

// Branch iswprec3 (issue 13): coordinated parties whose fight takes a third party are one side (fought-sides.ts).
describe('coordinated parties fighting a third party (fought-sides.ts fightTakesThirdParty)', () => {
  it('reads no fight between allies that fight, clash with or battle against someone else', async () => {
    for (const text of [
      'Freedonian and Ruritanian troops are fighting a resurgent Blackhand in the south.',
      'Freedonian and Ruritanian troops clash regularly with insurgents near Tarnok.',
      'Freedonian and Ruritanian forces are fighting daily battles against Blackhand in the east.',
    ]) {
      const { lines } = await relate(text, [fr, rt, org('Blackhand'), city('Tarnok')].filter((a) => text.includes(a.text)));
      expect(fights(lines).filter((l) => l.includes('Freedonian') && l.includes('Ruritanian')), text).toEqual([]);
    }
  });

  it('keeps the two sides of a fight at a place, of a battle they fought, and of one with each other', async () => {
    for (const text of [
      'Freedonian and Ruritanian forces clashed near Tarnok on Monday.',
      'Freedonian and Ruritanian forces fought a fierce battle near Tarnok.',
      'Freedonian and Ruritanian troops clashed with each other near Tarnok.',
    ]) {
      const { lines } = await relate(text, [fr, rt, city('Tarnok')]);
      expect(fights(lines), text).toEqual(['Freedonian foughtAgainst Ruritanian']);
    }
  });
});
