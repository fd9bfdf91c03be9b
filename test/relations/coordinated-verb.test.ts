import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const fd = demonym('Freedonian', 'FD');
const sy = demonym('Sylvanian', 'SY');
const of = (lines: string[], predicate: string) => lines.filter((l) => l.includes(` ${predicate} `)).sort();

/** Branch rec19 (issue 13): two verbs joined before one object; the first verb's rule reads past the second (coordinated-verb.ts). */
describe('a verb joined to a second verb before its object', () => {
  it('reads an attempt through "and failed"', async () => {
    const { lines } = await relate('Freedonian forces tried and failed to seize Ostrova on May 3.', [fd, city('Ostrova')]);
    expect(of(lines, 'attacked')).toEqual(['Freedonian attacked Ostrova']);
  });

  it('reads a capture through a second verb, with and without quotes', async () => {
    const plain = await relate('Freedonian forces are consolidating and fortifying positions in Ostrova, Belka, and Dubno.', [fd, city('Ostrova'), city('Belka'), city('Dubno')]);
    expect(of(plain.lines, 'captured')).toEqual(['Freedonian captured Belka', 'Freedonian captured Dubno', 'Freedonian captured Ostrova']);
    const quoted = await relate('Officials said Freedonian troops were \u201cconsolidating\u201d and \u201cfortifying\u201d their positions in Ostrova.', [fd, city('Ostrova')]);
    expect(of(quoted.lines, 'captured')).toEqual(['Freedonian captured Ostrova']);
  });

  it('reads nothing through a second verb that undoes the first', async () => {
    const { lines } = await relate('Whole Freedonian companies mutinied and refused to launch assaults on Ostrova.', [fd, city('Ostrova')]);
    expect(of(lines, 'attacked')).toEqual([]);
  });

  it('leaves a list of three verbs and the second verb\'s own reading as they are', async () => {
    const three = await relate('Freedonian forces regrouped, rested and fortified positions in Ostrova.', [fd, city('Ostrova')]);
    expect(of(three.lines, 'captured')).toEqual([]);
    const second = await relate('Freedonian forces surrounded and captured Ostrova.', [fd, city('Ostrova')]);
    expect(of(second.lines, 'captured')).toEqual(['Freedonian captured Ostrova']);
  });

  it('adds no statement the first reading made already, nor one past a clause', async () => {
    const same = await relate('Freedonian forces shelled and struck Ostrova.', [fd, city('Ostrova')]);
    expect(of(same.lines, 'attacked')).toEqual(['Freedonian attacked Ostrova']);
    const other = await relate('The 915th Freedonian Rifle Regiment regrouped and rested while Sylvanian forces shelled Ostrova.', [unit('915th Freedonian Rifle Regiment'), sy, city('Ostrova')]);
    expect(other.lines.filter((l) => l.startsWith('915th'))).toEqual([]);
  });
});
