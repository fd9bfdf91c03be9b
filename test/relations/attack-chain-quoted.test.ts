import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();
const fd = demonym('Freedonian', 'FD');
const rt = demonym('Ruritanian', 'RT');

/** Branch rec11a (issue 13): a quoted phrase ends no clause; a gap over mentions passes its marks (match.ts QUOTE_MARKS). */
describe('attacks: a chain of verbs past a quoted phrase', () => {
  it('carries the actor past a quoted phrase to the next verb', async () => {
    const { lines } = await relate('Officials stated that Freedonian forces had \u201cpartial success\u201d in Tokmak, about 20 km north of Orikhiv, and fought in Polohy and Huliaipole.', [fd, city('Tokmak'), city('Orikhiv'), city('Polohy'), city('Huliaipole')]);
    expect(attacks(lines)).toEqual(['Freedonian attacked Huliaipole', 'Freedonian attacked Polohy']);
  });

  it('still stops at another subject, and at a stop word inside the quotes', async () => {
    const other = await relate('Freedonian officials described \u201climited gains\u201d in Tokmak and Ruritanian forces fought in Polohy.', [fd, rt, city('Tokmak'), city('Polohy')]);
    expect(attacks(other.lines)).toEqual(['Ruritanian attacked Polohy']);
    const stop = await relate('Freedonian forces held \u201cpositions which will\u201d hold and then fought in Polohy.', [fd, city('Polohy')]);
    expect(attacks(stop.lines)).toEqual([]);
  });
});
