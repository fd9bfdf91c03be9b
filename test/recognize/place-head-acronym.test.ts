import { describe, expect, it } from 'vitest';
import { acronymRecognizer } from '../../src/recognize/recognizers/acronym.js';
import { named, recognizeWith } from './run.js';

const acronyms = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(acronymRecognizer, text, earlier);

describe('a place acronym that spells only the head of its name', () => {
  it('defines the acronym from the head words and finds its later uses as the place', async () => {
    const text = 'Crews left the Rivne Nuclear Power Plant (NPP) on Monday. Drones flew over the NPP again.';
    const ms = await acronyms(text, (t) => [named(t, 'Rivne Nuclear Power Plant', 'Place')]);
    expect(ms.map((m) => [m.text, m.type, m.expansion])).toEqual([
      ['NPP', 'Place', 'Rivne Nuclear Power Plant'],
      ['NPP', 'Place', 'Rivne Nuclear Power Plant'],
    ]);
  });

  it('does not define an acronym from a place whose words do not spell it', async () => {
    const text = 'Crews left the Rivne Nuclear Power Plant (ABC) on Monday.';
    expect(await acronyms(text, (t) => [named(t, 'Rivne Nuclear Power Plant', 'Place')])).toEqual([]);
  });
});
