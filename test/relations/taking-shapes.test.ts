import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes('captured'));
const withdrawals = (lines: string[]) => lines.filter((l) => l.includes('withdrewFrom'));

describe('a capture or a withdrawal in the past hedged by a modal', () => {
  it('reads "may have captured", "might have taken control of" and "may have withdrawn from"', async () => {
    const may = await relate('Belarusian troops may have captured Orikhiv overnight.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(captures(may.lines)).toEqual(['Belarusian captured Orikhiv']);
    const control = await relate('The 12th Tank Brigade might have taken control of Orikhiv.', [unit('12th Tank Brigade'), city('Orikhiv')]);
    expect(captures(control.lines)).toEqual(['12th Tank Brigade captured Orikhiv']);
    const left = await relate('Belarusian troops may have already withdrawn from Orikhiv.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(withdrawals(left.lines)).toEqual(['Belarusian withdrewFrom Orikhiv']);
  });

  it('reads no capture from a modal before a plain verb, nor from a counterfactual "could have"', async () => {
    for (const text of [
      'Belarusian troops may capture Orikhiv next week.',
      'Belarusian troops could have captured Orikhiv had they attacked earlier.',
      'Belarusian troops may have attempted to capture Orikhiv.',
    ]) {
      const { lines } = await relate(text, [demonym('Belarusian', 'BY'), city('Orikhiv')]);
      expect(captures(lines)).toEqual([]);
    }
  });
});

describe('a capture or a withdrawal the actor made before its main verb', () => {
  it('reads "after capturing X" and "after withdrawing from X" with the clause subject, past places of the main verb', async () => {
    const liberated = await relate('Belarusian troops pressed on toward Tokmak after liberating Orikhiv.', [demonym('Belarusian', 'BY'), city('Tokmak'), city('Orikhiv')]);
    expect(captures(liberated.lines)).toEqual(['Belarusian captured Orikhiv']);
    const paused = await relate('Belarusian troops in Tokmak paused their offensive on May 3 after successfully seizing the town.', [
      demonym('Belarusian', 'BY'),
      city('Tokmak'),
    ]);
    expect(captures(paused.lines)).toEqual(['Belarusian captured Tokmak']);
    const left = await relate('Belarusian troops shelled Tokmak after withdrawing from Orikhiv.', [demonym('Belarusian', 'BY'), city('Tokmak'), city('Orikhiv')]);
    expect(withdrawals(left.lines)).toEqual(['Belarusian withdrewFrom Orikhiv']);
  });

  it('reads no capture planned after another event, and never takes the main verb\'s object for the actor', async () => {
    for (const text of ['Belarusian troops will advance on Tokmak after capturing Orikhiv.', 'Belarusian troops plan to strike Tokmak after capturing Orikhiv.']) {
      const { lines } = await relate(text, [demonym('Belarusian', 'BY'), city('Tokmak'), city('Orikhiv')]);
      expect(captures(lines)).toEqual([]);
    }
    const object = await relate('Belarusian troops pushed Ukrainian forces back from Tokmak after capturing Orikhiv.', [
      demonym('Belarusian', 'BY'),
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
      city('Orikhiv'),
    ]);
    expect(captures(object.lines)).toEqual(['Belarusian captured Orikhiv']);
  });
});

describe('a capture named by a noun with its agent after "by"', () => {
  it('reads the noun after a word that says it happened: a time after it, a report, a celebration', async () => {
    const after = await relate('After the capture of Orikhiv by Belarusian troops, fighting moved south.', [demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(captures(after.lines)).toEqual(['Belarusian captured Orikhiv']);
    const possessive = await relate('Officials confirmed Orikhiv’s liberation by the 12th Tank Brigade.', [city('Orikhiv'), unit('12th Tank Brigade')]);
    expect(captures(possessive.lines)).toEqual(['12th Tank Brigade captured Orikhiv']);
    const fall = await relate('Since the fall of Orikhiv to Belarusian troops, the front has been quiet.', [city('Orikhiv'), demonym('Belarusian', 'BY')]);
    expect(captures(fall.lines)).toEqual(['Belarusian captured Orikhiv']);
  });

  it('reads no capture from a noun phrase that may be a forecast or a thing prevented', async () => {
    for (const text of [
      'The capture of Orikhiv by Belarusian troops would open the road south.',
      'Officials hope to prevent the capture of Orikhiv by Belarusian troops.',
    ]) {
      const { lines } = await relate(text, [city('Orikhiv'), demonym('Belarusian', 'BY')]);
      expect(captures(lines)).toEqual([]);
    }
  });
});
