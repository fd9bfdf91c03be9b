import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const left = (lines: string[]) => lines.filter((l) => l.includes(' withdrewFrom '));

describe('forces leaving or evacuating a place named right after the verb', () => {
  it('reads "are leaving X" and "evacuated X"', async () => {
    const leaving = await relate('Belarusian forces are leaving Dolynka ahead of the offensive.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(left(leaving.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
    const evacuated = await relate('Belarusian troops have reportedly evacuated Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(left(evacuated.lines)).toEqual(['Belarusian withdrewFrom Dolynka']);
  });

  it('reads "retreated to Y after abandoning X"', async () => {
    const { lines } = await relate('The 9th Rifle Brigade retreated to Verba after abandoning Dolynka.', [unit('9th Rifle Brigade'), city('Verba'), city('Dolynka')]);
    expect(left(lines)).toEqual(['9th Rifle Brigade withdrewFrom Dolynka']);
  });

  it('gives no withdrawal to forces that keep others from leaving, nor to an evacuated area as an adjective', async () => {
    const kept = await relate('Belarusian forces are prohibiting civilians from leaving Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(left(kept.lines)).toEqual([]);
    const adjective = await relate('Officials do not allow Belarusian inhabitants to go back to the evacuated zones of Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(left(adjective.lines)).toEqual([]);
    const authorities = await relate('Belarusian occupation authorities evacuated Dolynka last week.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(left(authorities.lines)).toEqual([]);
  });
});
