import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes('foughtAgainst'));

/**
 * The words between the two sides' fighting and what it is for may name where it happens: a place between the
 * fighting word and "to push", a place between the forces and "exchanged fire".
 */
describe('fighting read over a place named in between', () => {
  it('reads fighting to press the other side past the place of the clashes', async () => {
    const { lines } = await relate('Belarusian troops engaged in clashes south and southwest of Orikhiv to drive Ukrainian forces back from the river.', [
      demonym('Belarusian', 'BY'),
      city('Orikhiv'),
      demonym('Ukrainian', 'UA'),
    ]);
    expect(fights(lines)).toEqual(['Belarusian foughtAgainst Ukrainian']);
  });

  it('reads two sides exchanging fire past the place where they stand', async () => {
    const { lines } = await relate('Ukrainian and Belarusian units near Orikhiv reportedly exchanged mortar fire overnight.', [
      demonym('Ukrainian', 'UA'),
      demonym('Belarusian', 'BY'),
      city('Orikhiv'),
    ]);
    expect(fights(lines)).toEqual(['Ukrainian foughtAgainst Belarusian']);
  });

  it('still reads no fight past a place when the words are a plan or no fire is traded', async () => {
    const plan = await relate('Belarusian troops may engage in clashes near Orikhiv to drive Ukrainian forces back.', [
      demonym('Belarusian', 'BY'),
      city('Orikhiv'),
      demonym('Ukrainian', 'UA'),
    ]);
    expect(fights(plan.lines)).toEqual([]);
    const prisoners = await relate('Ukrainian and Belarusian officials near Orikhiv exchanged prisoners on Monday.', [
      demonym('Ukrainian', 'UA'),
      demonym('Belarusian', 'BY'),
      city('Orikhiv'),
    ]);
    expect(fights(prisoners.lines)).toEqual([]);
  });
});
