import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

describe('a capture noun whose clause only weighs or supposes the capture', () => {
  it('gives no capture for "the X capture of Y is of critical importance" nor "… is key to …"', async () => {
    const weighed = await relate('Officials noted that the Belarusian capture of Dolynka is of critical importance to the offensive.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(weighed.lines)).toEqual([]);
    const key = await relate('The Belarusian seizure of Dolynka remains key to any advance on Verba.', [demonym('Belarusian', 'BY'), city('Dolynka'), city('Verba')]);
    expect(captures(key.lines)).toEqual([]);
  });

  it('gives no capture for "a X capture of Y would allow …"', async () => {
    const { lines } = await relate('A Belarusian capture of Dolynka would allow an advance on Verba.', [demonym('Belarusian', 'BY'), city('Dolynka'), city('Verba')]);
    expect(captures(lines)).toEqual([]);
  });

  it('keeps a capture noun whose clause tells what the capture did or was', async () => {
    const did = await relate('The Belarusian capture of Dolynka on May 2 allowed an advance on Verba.', [demonym('Belarusian', 'BY'), city('Dolynka'), city('Verba')]);
    expect(captures(did.lines)).toEqual(['Belarusian captured Dolynka']);
    const was = await relate("The 9th Rifle Brigade's capture of Dolynka was a tactical success.", [unit('9th Rifle Brigade'), city('Dolynka')]);
    expect(captures(was.lines)).toEqual(['9th Rifle Brigade captured Dolynka']);
  });

  // Branch iswcap4 (issue 13): a relative clause on the place that calls the capture unlikely.
  it('gives no capture for "the X seizure of Y, which is unlikely to occur, …"', async () => {
    const { lines } = await relate('Even the Belarusian seizure of Dolynka, which is unlikely to occur soon, would change little.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual([]);
  });

  it('keeps a capture noun whose relative clause on the place says something else', async () => {
    const { lines } = await relate('The Belarusian seizure of Dolynka, which is a small village, allowed an advance.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
  });
});
