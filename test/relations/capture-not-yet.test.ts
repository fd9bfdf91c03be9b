import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));
const by = demonym('Belarusian', 'BY');

// Branch iswcap4 (issue 13): progress toward a capture and a capture given up are no captures (FOCUS, rules/events.ts),
// also after a coordinator ("steady but painful progress in seizing X").
describe('a capture progressed toward or given up', () => {
  it('gives no capture for progress in seizing a place, nor for one given up', async () => {
    for (const text of [
      'Belarusian forces continued to make slow but probably costly progress in seizing the town of Dolynka on May 2.',
      'Belarusian forces continued shelling and slow progress in capturing Dolynka.',
      'Analysts assess that Belarusian units have given up on encircling or seizing Dolynka.',
    ]) {
      const { lines } = await relate(text, [by, city('Dolynka')]);
      expect(captures(lines), text).toEqual([]);
    }
  });

  it('keeps a capture conjoined after another verb, and one made after progress elsewhere', async () => {
    for (const text of [
      'Belarusian forces made steady progress near Verba and then seized Dolynka on May 2.',
      'Belarusian forces shelled Verba but later captured Dolynka.',
    ]) {
      const { lines } = await relate(text, [by, city('Dolynka'), city('Verba')]);
      expect(captures(lines), text).toEqual(['Belarusian captured Dolynka']);
    }
  });
});
