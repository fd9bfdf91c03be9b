import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));
const by = demonym('Belarusian', 'BY');

// Branch iswcap4 (issue 13): securing a place is taking it (annotation guidelines), in the verb's shapes of capturing.
describe('a place secured (CAPTURES, rules/events.ts)', () => {
  it('reads a capture from "secured X", "securing X" and "after securing X"', async () => {
    for (const text of [
      'Belarusian forces secured Dolynka on March 2.',
      'Belarusian forces previously secured the northern outskirts of Dolynka.',
      'Belarusian forces are rapidly advancing north, securing Dolynka.',
      'Belarusian forces resumed operations toward Verba after securing Dolynka on March 2.',
    ]) {
      const { lines } = await relate(text, [by, city('Dolynka'), ...(text.includes('Verba') ? [city('Verba')] : [])]);
      expect(captures(lines), text).toEqual(['Belarusian captured Dolynka']);
    }
  });

  it('reads none from gains or access secured, from an aim to secure, from a negation, or from a mistaken belief', async () => {
    for (const text of [
      'Belarusian forces secured small gains on the outskirts of Dolynka.',
      'Belarusian forces secured access to roads near Dolynka.',
      'Belarusian forces attacked Verba to secure Dolynka.',
      'Belarusian forces have not yet secured Dolynka.',
      'Some bloggers said that Belarusian units thought that they had successfully secured Dolynka.',
    ]) {
      const { lines } = await relate(text, [by, city('Dolynka'), ...(text.includes('Verba') ? [city('Verba')] : [])]);
      expect(captures(lines), text).toEqual([]);
    }
  });
});
