import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate, unit } from './run.js';

const only = (lines: string[], predicate: string) => lines.filter((l) => l.includes(` ${predicate} `));

/** Mechanisms over sentence structure (issue 13): each with sentences it must read and near misses it must not. */
describe('the month "May" is no modal', () => {
  it('lets an event dated in May through the stop words of intentions', async () => {
    const { lines } = await relate('Russian troops took a depot on May 12 and kept fighting with Ukrainian marines near Dovhe.', [demonym('Russian', 'RU'), demonym('Ukrainian', 'UA'), city('Dovhe')]);
    expect(only(lines, 'foughtAgainst')).toEqual(['Russian foughtAgainst Ukrainian']);
  });

  it('still reads the modal "may" as an intention', async () => {
    const { lines } = await relate('Russian troops may seize Dovhe.', [demonym('Russian', 'RU'), city('Dovhe')]);
    expect(lines).toEqual([]);
    const reported = await relate('Officials said that Russian troops may soon seize Dovhe in May.', [demonym('Russian', 'RU'), city('Dovhe')]);
    expect(reported.lines).toEqual([]);
  });
});

describe('a failed attack is an attack, a failed capture no capture', () => {
  it('keeps attacks that failed or that the attackers were unable to press', async () => {
    const failed = await relate('Russian troops tried and failed to advance on the outskirts of Dovhe.', [demonym('Russian', 'RU'), city('Dovhe')]);
    expect(failed.lines).toEqual(['Russian attacked Dovhe']);
    const unable = await relate('Ukrainian units were unable to break through near Kalynove.', [demonym('Ukrainian', 'UA'), city('Kalynove')]);
    expect(only(unable.lines, 'attacked')).toEqual([]); // "break through" is no attack verb of the tables
    const unableAttack = await relate('Ukrainian units were unable to advance near Kalynove.', [demonym('Ukrainian', 'UA'), city('Kalynove')]);
    expect(unableAttack.lines).toEqual(['Ukrainian attacked Kalynove']);
  });

  it('drops captures that failed and attacks that did not happen', async () => {
    for (const text of ['Russian troops failed to capture Dovhe.', 'Russian troops were unable to seize Dovhe.', 'Russian troops did not attack Dovhe.']) {
      expect((await relate(text, [demonym('Russian', 'RU'), city('Dovhe')])).lines, text).toEqual([]);
    }
  });
});

describe('coordination: "as well as", "and other … units", "and elements of"', () => {
  it('reads "as well as" as a coordinator of places and of units', async () => {
    const places = await relate('Russian troops shelled Dovhe, as well as Kalynove and Zelene.', [demonym('Russian', 'RU'), city('Dovhe'), city('Kalynove'), city('Zelene')]);
    expect(places.lines).toEqual(['Russian attacked Dovhe', 'Russian attacked Kalynove', 'Russian attacked Zelene']);
    const units = await relate('Elements of the 12th and 31st Tank Regiments as well as of the 4th Rifle Division that had been operating near Zelene were withdrawn.', [
      unit('12th'),
      unit('31st Tank Regiments'),
      unit('4th Rifle Division'),
      city('Zelene'),
    ]);
    expect(only(units.lines, 'operatesIn').sort()).toEqual(['12th operatesIn Zelene', '31st Tank Regiments operatesIn Zelene', '4th Rifle Division operatesIn Zelene']);
  });

  it('takes the named unit before "and other … units" and before "and elements of the …" as a co-actor', async () => {
    const other = await relate('The 9th Assault Battalion and other DNR units attacked Zelene.', [unit('9th Assault Battalion'), org('DNR'), city('Zelene')]);
    expect(only(other.lines, 'attacked').sort()).toEqual(['9th Assault Battalion attacked Zelene', 'DNR attacked Zelene']);
    const elements = await relate('Elements of the 12th Rifle Brigade and elements of the 7th Tank Brigade are operating near Zelene.', [unit('12th Rifle Brigade'), unit('7th Tank Brigade'), city('Zelene')]);
    expect(elements.lines.sort()).toEqual(['12th Rifle Brigade operatesIn Zelene', '7th Tank Brigade operatesIn Zelene']);
  });

  it('does not coordinate over "as well" without its second "as", nor make a coordinated unit part of the other', async () => {
    const asWell = await relate('Russian troops shelled Dovhe as well, and Kalynove residents left.', [demonym('Russian', 'RU'), city('Dovhe'), city('Kalynove')]);
    expect(asWell.lines).toEqual(['Russian attacked Dovhe']);
    const notPart = await relate('The 12th Rifle Brigade and elements of the 7th Tank Brigade rested.', [unit('12th Rifle Brigade'), unit('7th Tank Brigade')]);
    expect(notPart.lines).toEqual([]);
    const part = await relate('The 12th Rifle Brigade is part of the 7th Tank Army.', [unit('12th Rifle Brigade'), unit('7th Tank Army')]);
    expect(part.lines).toEqual(['12th Rifle Brigade partOf 7th Tank Army']);
  });
});
