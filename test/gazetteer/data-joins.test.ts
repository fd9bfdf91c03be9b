import { describe, expect, it } from 'vitest';
import { demonymRecognizer } from '../../src/recognize/recognizers/demonym.js';
import { prepare } from '../helpers/prepare.js';
import { env, find, places } from './run.js';

async function demonyms(text: string) {
  return (await demonymRecognizer({}, env)).recognize(await prepare(text), []);
}

describe('subdivisions whose ISO code CLDR has replaced keep their English name', () => {
  it('Tibet is named by its English name, written under an old ISO code', async () => {
    const ms = await places('Pilgrims walked across Tibet toward the border.');
    expect(find(ms, 'Tibet')?.ref?.id).toBe('subdivision:CN-54');
  });

  it('a code CLDR never renamed keeps its name as before (Sichuan), and no alias invents a name', async () => {
    const ms = await places('Rain fell in Sichuan and over the Lorvan plateau.');
    expect(find(ms, 'Sichuan')?.ref?.id).toBe('subdivision:CN-51');
    expect(find(ms, 'Lorvan')).toBeUndefined();
  });
});

describe('a demonym that is also the country’s press name is read as the name', () => {
  it('"the Vatican" is a place name, not a nationality word', async () => {
    const text = 'Pilgrims gathered in the Vatican on Sunday.';
    expect(find(await places(text), 'Vatican')?.ref?.id).toBe('country:VA');
    expect(await demonyms(text)).toEqual([]);
  });

  it('an ordinary demonym stays a demonym and names no place', async () => {
    const text = 'Thai officials met Syrian envoys.';
    expect((await demonyms(text)).map((m) => m.text)).toEqual(['Thai', 'Syrian']);
    expect(await places(text)).toEqual([]);
  });
});
