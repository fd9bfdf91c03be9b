import { describe, expect, it } from 'vitest';
import { demonym, country } from './annotate.js';
import { city, relate } from './run.js';

const events = (lines: string[]) => lines.filter((l) => /captured|withdrewFrom|foughtAgainst/.test(l));

describe('an event in a clause of condition or of a time to come', () => {
  it('gives no capture or withdrawal after "if", "unless", "whether" or "if and when"', async () => {
    const cases = [
      'Officials said the bridge matters if Belarusian troops capture Dolynka this winter.',
      'The dam will be mined if and when the Belarusians abandon Dolynka.',
      'It remains unclear whether Belarusian forces captured Dolynka.',
      'Supplies will run out unless Belarusian troops retake Dolynka.',
    ];
    for (const text of cases) {
      const { lines } = await relate(text, [demonym(/Belarusians?/.exec(text)![0], 'BY'), city('Dolynka')]);
      expect(events(lines), text).toEqual([]);
    }
  });

  it('gives none after "until" or "once" with a verb not in the past', async () => {
    const { lines } = await relate('Maps will not change until Belarusian forces capture Dolynka as a whole.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(events(lines)).toEqual([]);
  });

  it('keeps a capture told in the past after "until" or "before"', async () => {
    const until = await relate('Ukrainian troops held the line until Belarusian forces captured Dolynka in May.', [demonym('Ukrainian', 'UA'), demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(events(until.lines)).toContain('Belarusian captured Dolynka');
    const before = await relate('The bridge was destroyed before Belarusian forces took Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(events(before.lines)).toContain('Belarusian captured Dolynka');
  });

  it('keeps a capture whose clause opens with another word', async () => {
    const { lines } = await relate('Local officials confirmed that Belarusian forces captured Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(events(lines)).toEqual(['Belarusian captured Dolynka']);
  });
});

describe('abilities and lines passed are no events of their nationality', () => {
  it('gives no fight for what an army is capable of', async () => {
    const { lines } = await relate('He wants Belarus to build an army capable of fighting Poland.', [country('Belarus', 'BY'), country('Poland', 'PL')]);
    expect(events(lines)).toEqual([]);
  });

  it('does not take the nationality of the lines broken through for the taker', async () => {
    const { lines } = await relate('Ukrainian forces broke through Belarusian lines and captured Dolynka.', [demonym('Ukrainian', 'UA'), demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(events(lines)).not.toContain('Belarusian captured Dolynka');
  });
});

describe('nationalities that name no party', () => {
  it('gives no capture to the nationality of regions listed before an occupied place', async () => {
    const { lines } = await relate('Teenagers were brought from various Belarusian regions and occupied Dolynka Oblast.', [demonym('Belarusian', 'BY'), { text: 'Dolynka Oblast', type: 'Place', placeKind: 'AdministrativeArea' }]);
    expect(events(lines)).toEqual([]);
  });

  it('gives no capture to forces whose evacuation is named', async () => {
    const { lines } = await relate('Officials are overseeing the evacuation of Ukrainian forces from the plant and the overall capture of Dolynka.', [demonym('Ukrainian', 'UA'), city('Dolynka')]);
    expect(events(lines)).toEqual([]);
  });

  // Forces pushed away from a place left it (branch rec15b, as the guidelines' "pushed B back from X"; forced-away.test.ts);
  // forces only drawn away from it were moved by no one's pushing.
  it('gives no withdrawal to forces only drawn away from a place', async () => {
    const { lines } = await relate('Belarusian forces drew Ukrainian forces away from Dolynka.', [demonym('Belarusian', 'BY'), demonym('Ukrainian', 'UA'), city('Dolynka')]);
    expect(events(lines)).toEqual([]);
  });
});

describe('a capture in a clause opened inside the taker’s words, and control only kept', () => {
  it('gives no capture for "… once they capture X" after the forces', async () => {
    const { lines } = await relate('Belarusian forces blew up the bridges, which will prevent Belarusian forces from crossing the river themselves once they capture Dolynka.', [
      demonym('Belarusian', 'BY'),
      demonym('Belarusian', 'BY', 1),
      city('Dolynka'),
    ]);
    expect(events(lines)).toEqual([]);
  });

  it('gives no capture for forces that remain in control of a place', async () => {
    const { lines } = await relate('ISW assesses that Ukrainian forces remain in control of the center of Dolynka.', [demonym('Ukrainian', 'UA'), city('Dolynka')]);
    expect(events(lines)).toEqual([]);
  });
});
