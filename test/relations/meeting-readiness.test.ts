import { describe, expect, it } from 'vitest';
import { person, relate } from './run.js';

const meetings = (lines: string[]) => lines.filter((l) => l.includes('metWith'));

// Branch iswprec2 (issue 13): a meeting one is slated, prepared, ready or willing to hold has not taken place.
describe('a meeting one is slated, prepared, ready or willing to hold (MEETING_TO_COME)', () => {
  it('reads no meeting still to come', async () => {
    for (const text of [
      'Envoy Ivo Marek was slated to meet with Foreign Minister Pavel Orso and several lawmakers.',
      'President Ivo Marek says he is prepared to meet with President Pavel Orso to ease the dispute.',
      'Ivo Marek said he is ready to meet Pavel Orso at any time.',
      'Ivo Marek is willing to meet with Pavel Orso next month.',
    ]) {
      const { lines } = await relate(text, [person('Ivo Marek'), person('Pavel Orso')]);
      expect(meetings(lines), text).toEqual([]);
    }
  });

  it('keeps a meeting that took place', async () => {
    for (const text of [
      'Envoy Ivo Marek met with Foreign Minister Pavel Orso and several lawmakers.',
      'Ivo Marek, well prepared, met with Pavel Orso on Monday.',
    ]) {
      const { lines } = await relate(text, [person('Ivo Marek'), person('Pavel Orso')]);
      expect(meetings(lines), text).toEqual(['Ivo Marek metWith Pavel Orso']);
    }
  });
});
