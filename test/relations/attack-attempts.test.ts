import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack attempts: an attempt to advance to a place attacks it', () => {
  it('reads "attempted to advance to" and "tried and failed to advance to", with a list', async () => {
    const a = await relate('Ukrainian forces unsuccessfully attempted to advance to Ivanivka and Petrivka on Monday.', [
      demonym('Ukrainian', 'UA'),
      city('Ivanivka'),
      city('Petrivka'),
    ]);
    expect(attacks(a.lines)).toEqual(expect.arrayContaining(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Petrivka']));
    const b = await relate('Officials said that Russian units tried and failed to advance to Stepove.', [demonym('Russian', 'RU'), city('Stepove')]);
    expect(attacks(b.lines)).toEqual(['Russian attacked Stepove']);
  });

  it('does not read a plain advance, nor a forecast of an attempt', async () => {
    const a = await relate('Ukrainian forces advanced to Ivanivka on Monday.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual([]);
    const b = await relate('Russian troops will likely continue attempting to advance to Stepove.', [demonym('Russian', 'RU'), city('Stepove')]);
    expect(attacks(b.lines)).toEqual([]);
  });

  it('reads an attack that partly succeeded, by a force or a nationality', async () => {
    const a = await relate('Ukrainian troops had partial success near Ivanivka and Petrivka on Monday.', [demonym('Ukrainian', 'UA'), city('Ivanivka'), city('Petrivka')]);
    expect(attacks(a.lines).sort()).toEqual(['Ukrainian attacked Ivanivka', 'Ukrainian attacked Petrivka']);
    const b = await relate('The 3rd Rifle Brigade has reportedly made limited gains in Stepove.', [unit('3rd Rifle Brigade'), city('Stepove')]);
    expect(attacks(b.lines)).toEqual(['3rd Rifle Brigade attacked Stepove']);
    const c = await relate('Freedonian forces kept up their pressure all week and secured minor gains around Ivanivka.', [demonym('Freedonian', 'FD'), city('Ivanivka')]);
    expect(attacks(c.lines)).toEqual(['Freedonian attacked Ivanivka']);
  });

  it('does not read a success of a company, nor an unqualified one', async () => {
    const a = await relate('Acme Holdings had some success in Ivanivka with its new product.', [org('Acme Holdings'), city('Ivanivka')]);
    expect(attacks(a.lines)).toEqual([]);
    const b = await relate('Russian forces had success in Stepove.', [demonym('Russian', 'RU'), city('Stepove')]);
    expect(attacks(b.lines)).toEqual([]);
    const c = await relate('Russian forces may make some gains near Stepove next month.', [demonym('Russian', 'RU'), city('Stepove')]);
    expect(attacks(c.lines)).toEqual([]);
  });
});
