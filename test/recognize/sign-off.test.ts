import { describe, expect, it } from 'vitest';
import { speakerNameRecognizer } from '../../src/recognize/recognizers/speaker-name.js';
import { named, recognizeWith, texts } from './run.js';

const speakers = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(speakerNameRecognizer, text, earlier);

// people/sign-off.ts: "<outlet>'s <Name Name> reports." hands over to a correspondent.
describe('a correspondent’s sign-off', () => {
  it('reads the name after an outlet’s possessive before "reports" or "has more"', async () => {
    expect(texts(await speakers("QTV's Dana Orvel reports. Later, QTV's Bay Kessar has more."))).toEqual(['Dana Orvel', 'Bay Kessar']);
    const listed = (t: string) => [named(t, 'Zarnet', 'Organization')];
    expect(texts(await speakers("Zarnet's Ilka Morrow reports from the border.", listed))).toEqual(['Ilka Morrow']);
  });

  it('leaves a place’s possessive, a name another candidate claims, and "reports" before an object', async () => {
    const place = (t: string) => [named(t, 'Velmora', 'Place', { placeKind: 'City' as const })];
    expect(texts(await speakers("Velmora's Dana Orvel reports.", place))).toEqual([]);
    const org = (t: string) => [named(t, 'Security Council', 'Organization', { confidence: 0.9 })];
    expect(texts(await speakers("QTV's Security Council reports.", org))).toEqual([]);
    expect(texts(await speakers("QTV's Dana Orvel reports heavy losses."))).toEqual([]);
  });
});
