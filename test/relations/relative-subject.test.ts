import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch rel37 (issue 13): a relative clause's subject is no actor of the main clause's next verb (relative-subject.ts). */
describe('the subject of a relative clause (relative-subject.ts)', () => {
  it('does not read the relative clause\'s subject as the actor of the verb after it', async () => {
    const { lines } = await relate('Russian forces attacked Tarnok, which Ukrainian forces liberated in March, and shelled Pelm.', [ru, city('Tarnok'), ua, city('Pelm')]);
    expect(attacks(lines)).toContain('Russian attacked Tarnok');
    expect(attacks(lines)).not.toContain('Ukrainian attacked Pelm');
  });

  it('does the same after "where" and with an adverb after the link', async () => {
    const { lines } = await relate('Russian troops struck Tarnok, where Ukrainian troops hold positions, and then shelled Pelm.', [ru, city('Tarnok'), ua, city('Pelm')]);
    expect(attacks(lines)).not.toContain('Ukrainian attacked Pelm');
  });

  it('keeps the relative clause\'s own attack, also over a list of modifiers', async () => {
    const own = await relate('Russian forces shelled Tarnok, where Ukrainian forces counterattacked near Pelm.', [ru, city('Tarnok'), ua, city('Pelm')]);
    expect(attacks(own.lines)).toContain('Ukrainian attacked Pelm');
    const list = await relate('Fighting continued near Tarnok, where Ukrainian forces attacked the northern, western, and southern outskirts of Pelm.', [city('Tarnok'), ua, city('Pelm')]);
    expect(attacks(list.lines)).toContain('Ukrainian attacked Pelm');
  });

  it('keeps an actor after a "that" of a report, whose clause goes on over a list', async () => {
    const { lines } = await relate('Officials reported that Russian troops conducted air, missile, and artillery strikes on Pelm.', [ru, city('Pelm')]);
    expect(attacks(lines)).toEqual(['Russian attacked Pelm']);
  });
});

/** Branch rel36 (issue 13): the same for every event predicate, and the chain past the clause keeps the main subject. */
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

