import { describe, expect, it } from 'vitest';
import { unitGrammarRecognizer } from '../../src/recognize/recognizers/unit-grammar.js';
import { recognizeWith } from './run.js';

const districts = async (text: string): Promise<string[]> =>
  (await recognizeWith(unitGrammarRecognizer, text)).filter((m) => m.text === 'WMD').map((m) => m.canonical ?? '');

/** An abbreviation that is a common initialism elsewhere ("WMD") needs support before it names its formation. */
describe('an ambiguous unit abbreviation', () => {
  it('names the formation after its full name was written out earlier', async () => {
    expect(await districts('The Western Military District (WMD) moved a brigade north. Later the WMD denied the report.')).toEqual([
      'Western Military District', 'Western Military District',
    ]);
  });

  it('names the formation after a coordinated full name', async () => {
    expect(await districts('In May the Kremlin named new commanders for the Central and Western Military Districts (CMD and WMD).')).toEqual(['Western Military District']);
  });

  it('names the formation before a formation noun', async () => {
    expect(await districts('Two battalions of the 4th Tank Division arrived; WMD units followed them.')).toEqual(['Western Military District']);
    expect(await districts('The 4th Tank Division retreated, and the WMD commander resigned.')).toEqual(['Western Military District']);
  });

  it('stays unlinked in a document that names other units but gives it no support', async () => {
    expect(await districts('The 4th Tank Division retreated. Officials warned of a staged WMD attack near the port.')).toEqual([]);
  });

  it('needs the full name before it, not after', async () => {
    expect(await districts('The 4th Tank Division held. A WMD scare spread. The Western Military District said nothing.')).toEqual([]);
  });
});
