import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

describe('a part of a town named by its quarter, its majority or in quotation marks', () => {
  it('reads "control over the majority of the industrial sector of X"', async () => {
    const { lines } = await relate('Belarusian troops have probably established control over the majority of the industrial sector of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual(['Belarusian captured Dolynka']);
  });

  it('reads "seized the industrial zone of X" and a quoted part', async () => {
    const zone = await relate('The 9th Rifle Brigade seized the industrial zone of Dolynka on Friday.', [unit('9th Rifle Brigade'), city('Dolynka')]);
    expect(captures(zone.lines)).toEqual(['9th Rifle Brigade captured Dolynka']);
    const quoted = await relate('Officials confirmed that Belarusian forces captured the “southern outskirts” of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(quoted.lines)).toEqual(['Belarusian captured Dolynka']);
  });

  it('gives no capture for a quarter only held, fought over or aimed at', async () => {
    const held = await relate('Belarusian defenders still hold the industrial zone of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(held.lines)).toEqual([]);
    const failed = await relate('Belarusian forces failed to capture the old town of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(failed.lines)).toEqual([]);
    const aim = await relate('Belarusian forces will likely try to seize the majority of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(aim.lines)).toEqual([]);
  });
});
