import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const of = (lines: string[], predicate: string) => lines.filter((l) => l.includes(` ${predicate} `));

describe('the subject of a relative clause does not act in the main clause after it', () => {
  it('gives the verb after "X, which <actor> <verb> …," no subject from the relative clause', async () => {
    const captured = await relate('Belarusian forces shelled Dolynka, which Lithuanian forces liberated last year, and captured Verba on May 3.', [demonym('Belarusian', 'BY'), city('Dolynka'), demonym('Lithuanian', 'LT'), city('Verba')]);
    expect(of(captured.lines, 'captured')).not.toContain('Lithuanian captured Verba');
    expect(of(captured.lines, 'captured')).toContain('Lithuanian captured Dolynka');
    const left = await relate('Belarusian forces attacked Dolynka, which Lithuanian forces liberated last year, and withdrew from Verba.', [demonym('Belarusian', 'BY'), city('Dolynka'), demonym('Lithuanian', 'LT'), city('Verba')]);
    expect(of(left.lines, 'withdrewFrom')).not.toContain('Lithuanian withdrewFrom Verba');
  });

  it('still reads the relative clause itself and a clause opened by "that"', async () => {
    const rel = await relate('Officials visited Dolynka, which Lithuanian forces liberated last year.', [city('Dolynka'), demonym('Lithuanian', 'LT')]);
    expect(of(rel.lines, 'captured')).toEqual(['Lithuanian captured Dolynka']);
    const that = await relate('Officials reported that Belarusian forces shelled Dolynka, Verba, and Lozova.', [city('Dolynka'), demonym('Belarusian', 'BY'), city('Verba'), city('Lozova')]);
    expect(of(that.lines, 'attacked')).toContain('Belarusian attacked Lozova');
  });

  it('gives the verb after the relative clause the main clause\'s subject (a chain past an aside)', async () => {
    const captured = await relate('Belarusian forces shelled Dolynka, which Lithuanian forces liberated last year, and captured Verba on May 3.', [demonym('Belarusian', 'BY'), city('Dolynka'), demonym('Lithuanian', 'LT'), city('Verba')]);
    expect(of(captured.lines, 'captured')).toContain('Belarusian captured Verba');
    const left = await relate('Belarusian forces attacked Dolynka, which Lithuanian forces liberated last year, and withdrew from Verba.', [demonym('Belarusian', 'BY'), city('Dolynka'), demonym('Lithuanian', 'LT'), city('Verba')]);
    expect(of(left.lines, 'withdrewFrom')).toEqual(['Belarusian withdrewFrom Verba']);
    const plan = await relate('Belarusian forces shelled Dolynka, which Lithuanian forces liberated last year, and will likely capture Verba.', [demonym('Belarusian', 'BY'), city('Dolynka'), demonym('Lithuanian', 'LT'), city('Verba')]);
    expect(of(plan.lines, 'captured')).toEqual(['Lithuanian captured Dolynka']);
  });
});

