import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

describe('parts of a place left vague, and a capture noun after another verb', () => {
  it('reads "captured unspecified northern portions of X" as a capture of a part', async () => {
    const { lines } = await relate('Belarusian forces captured unspecified northern portions of Dolynka on May 2.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
  });

  it('reads "seized some parts of X"', async () => {
    const { lines } = await relate('The 9th Rifle Brigade seized some parts of Dolynka.', [unit('9th Rifle Brigade'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['9th Rifle Brigade captured Dolynka']);
  });

  it('gives no capture to the subject of "and discussing the capture of X"', async () => {
    const { lines } = await relate('The 9th Rifle Brigade published a long video about its winter training near the river in the north and discussed the capture of Dolynka as if it had happened.', [unit('9th Rifle Brigade'), city('Dolynka')]);
    expect(captures(lines)).toEqual([]);
  });

  it('still reads a conjoined verb of taking', async () => {
    const { lines } = await relate('Belarusian forces shelled Verba and reportedly captured Dolynka.', [demonym('Belarusian', 'BY'), city('Verba'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
  });
});

describe('a capture noun in another noun phrase of a list', () => {
  it('gives the forces of the first noun phrase no capture named by the second', async () => {
    const { lines } = await relate('Officials doubted the claimed encirclement of Belarusian forces or the liberation of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual([]);
  });

  it('still reads a nationality’s liberation of a place', async () => {
    const { lines } = await relate('The Belarusian liberation of Dolynka surprised observers.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
  });
});
