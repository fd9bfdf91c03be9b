import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, site } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes('captured'));

describe('captures of a part given approximately', () => {
  it('reads "control approximately half of X" and "captured nearly all of X"', async () => {
    const control = await relate('The governor said that Russian forces control approximately half of Tokmak.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(captures(control.lines)).toEqual(['Russian captured Tokmak']);
    const nearly = await relate('Ukrainian forces captured nearly all of Tokmak on May 3.', [demonym('Ukrainian', 'UA'), city('Tokmak')]);
    expect(captures(nearly.lines)).toEqual(['Ukrainian captured Tokmak']);
  });

  it('reads "at least half of X", "the entire northern part of X" and "the frontline village of X"', async () => {
    const least = await relate('Ukrainian forces captured at least half of Tokmak.', [demonym('Ukrainian', 'UA'), city('Tokmak')]);
    expect(captures(least.lines)).toEqual(['Ukrainian captured Tokmak']);
    const entire = await relate('Ukrainian units have taken control of the entire northern part of Zaporizhia Oblast.', [demonym('Ukrainian', 'UA'), region('Zaporizhia Oblast')]);
    expect(captures(entire.lines)).toEqual(['Ukrainian captured Zaporizhia Oblast']);
    const kind = await relate('Russian forces likely captured the frontline village of Tokmak on May 3.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(captures(kind.lines)).toEqual(['Russian captured Tokmak']);
  });

  it('still reads no capture from losing or contesting about half of a place', async () => {
    const lost = await relate('Russian forces lost approximately half of Tokmak.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(captures(lost.lines)).toEqual([]);
    const aim = await relate('Russian forces aim to control approximately half of Tokmak.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(captures(aim.lines)).toEqual([]);
  });
});

describe('"the city" is no named site', () => {
  it('resolves "the city" past a plant named after the town', async () => {
    const { lines } = await relate('Fighting continued in Tokmak. Officials plan to dismantle the Lastivka Plant. Locals praised the role Belarusian forces played in seizing the city.', [
      city('Tokmak'),
      site('Lastivka Plant'),
      demonym('Belarusian', 'BY'),
    ]);
    expect(captures(lines)).toEqual(['Belarusian captured Tokmak']);
  });
});
