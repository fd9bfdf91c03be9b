import { describe, expect, it } from 'vitest';
import { unitGrammarRecognizer } from '../../src/recognize/recognizers/unit-grammar.js';
import { recognizeWith, texts } from './run.js';

const units = (text: string) => recognizeWith(unitGrammarRecognizer, text);

/** Names that share one plural unit word: each names a unit of that kind. */
describe('unit-grammar: coordination before a plural unit word', () => {
  it('reads ordinals coordinated before a plural abbreviation ("CAAs")', async () => {
    const ms = await units('Troops of the 8th and 49th CAAs dug in along the canal.');
    expect(ms.map((m) => m.canonical)).toEqual(['8th Combined Arms Army', '49th Combined Arms Army']);
  });

  it('reads a three-item list of ordinals before a plural abbreviation', async () => {
    const ms = await units('Remnants of the 3rd, 11th, and 58th MRDs were rotated out.');
    expect(ms.map((m) => m.canonical)).toEqual(['3rd Motorized Rifle Division', '11th Motorized Rifle Division', '58th Motorized Rifle Division']);
  });

  it('reads names coordinated before a plural named echelon as units', async () => {
    const ms = await units('Marines of the Caspian and Northern Fleets held the port.');
    expect(texts(ms)).toEqual(['Northern Fleets', 'Caspian']);
    expect(ms.map((m) => m.canonical)).toEqual(['Northern Fleet', 'Caspian Fleet']);
  });

  it('reads a comma list of names, multi-word names included', async () => {
    const ms = await units('Sailors from the Caspian, Black Sea, and Pacific Fleets trained together.');
    expect(ms.map((m) => m.canonical).sort()).toEqual(['Black Sea Fleet', 'Caspian Fleet', 'Pacific Fleet']);
  });

  it('leaves a singular echelon alone: "A and B Fleet" is one name or none', async () => {
    const ms = await units('Officers of Finland and the Pacific Fleet met at the port.');
    expect(texts(ms)).toEqual(['Pacific Fleet']);
  });

  it('does not read a lower-case word or an abbreviation plural without an ordinal', async () => {
    const ms = await units('The regional and Northern Fleets staff met; several CAAs were mentioned.');
    expect(texts(ms)).toEqual(['Northern Fleets']);
  });
});
