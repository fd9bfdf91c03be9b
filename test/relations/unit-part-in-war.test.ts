import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, person, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

/** Branch rel34 (issue 13): a unit's part in a war or in operations at a place puts it there (builtin.ts unit-in-place). */
describe('a unit’s role in a war or operations at a place', () => {
  it('reads the part named by a noun, whoever wages the war and however weighty the part', async () => {
    for (const text of [
      'Observers stressed the Dolynka Battalion’s outsized role in the war in Tarnok.',
      'The ministry ignored the Dolynka Battalion’s involvement in Marko’s war in Tarnok.',
      'The involvement of the Dolynka Battalion in offensive operations around Tarnok grew.',
      'The commitment of the Dolynka Battalion’s assault infantry to the fight around Tarnok surprised observers.',
      'Dolynka Battalion fighters continue to play a key role in Russian operations near Tarnok.',
      'The Dolynka Battalion is playing a largely attritional role in operations near Tarnok.',
    ]) {
      const { lines } = await relate(text, [
        armed('Dolynka Battalion'),
        ...(text.includes('Marko') ? [person('Marko')] : []),
        ...(text.includes('Russian') ? [demonym('Russian', 'RU')] : []),
        city('Tarnok'),
      ]);
      expect(presence(lines), text).toEqual(['Dolynka Battalion operatesIn Tarnok']);
    }
  });

  it('reads no part in planning, politics or a war still to come', async () => {
    for (const text of [
      'The 5th Army’s role in recruitment drives worried officials in Tarnok.',
      'The 5th Army’s role in the war debate was discussed by officials in Tarnok.',
      'The 5th Army will play a key role in future operations near Tarnok.',
      'The 5th Army’s role in planning the operations alarmed officials in Tarnok.',
    ]) {
      const { lines } = await relate(text, [unit('5th Army'), city('Tarnok')]);
      expect(presence(lines), text).toEqual([]);
    }
  });
});
