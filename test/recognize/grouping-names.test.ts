import { describe, expect, it } from 'vitest';
import { unitGrammarRecognizer } from '../../src/recognize/recognizers/unit-grammar.js';
import { recognizeWith, texts } from './run.js';

const units = (text: string) => recognizeWith(unitGrammarRecognizer, text);

describe('groupings of forces named by direction', () => {
  it('reads a lower-case compass adjective before "group(ing) of forces" as the name', async () => {
    const ms = await units('A new general took over the northern grouping of forces, while the eastern group of forces held.');
    expect(texts(ms)).toEqual(['northern grouping of forces', 'eastern group of forces']);
    expect(ms[0]!.canonical).toBe('Northern Grouping of Forces');
  });

  it('reads a capitalized "Grouping" after a name, but not a lower-case one', async () => {
    expect(texts(await units('He once led the Central Grouping in the war.'))).toEqual(['Central Grouping']);
    expect(texts(await units('Drones hit the Melitopol grouping and the enemy grouping.'))).toEqual([]);
  });

  it('takes no other lower-case adjective, nor a compass word before other echelons', async () => {
    expect(texts(await units('The large grouping of forces and the southern battalion moved.'))).toEqual([]);
  });
});
