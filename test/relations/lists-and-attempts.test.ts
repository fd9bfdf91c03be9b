import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, region, relate, unit } from './run.js';

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
  it('keeps attacks that failed', async () => {
    const failed = await relate('Russian infantry tried and failed to advance on the outskirts of Dovhe.', [demonym('Russian', 'RU'), city('Dovhe')]);
    expect(failed.lines).toEqual(['Russian attacked Dovhe']);
    const tried = await relate('Ukrainian units tried but failed to advance near Kalynove.', [demonym('Ukrainian', 'UA'), city('Kalynove')]);
    expect(tried.lines).toEqual(['Ukrainian attacked Kalynove']);
  });

  it('drops captures that failed and attacks that did not happen', async () => {
    // "unable to" says what a force cannot do, not what it tried.
    for (const text of ['Russian troops failed to capture Dovhe.', 'Russian troops were unable to seize Dovhe.', 'Russian troops did not attack Dovhe.', 'Russian troops are unable to attack Dovhe.']) {
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

describe('event objects named by example, past a heading, or before a bare participle', () => {
  it('takes each place an "including"/"notably" list names after a general object', async () => {
    const { lines } = await relate('Russian troops shelled villages along the front line, including Kalynove, Zelene, and Lypove.', [
      demonym('Russian', 'RU'),
      city('Kalynove'),
      city('Zelene'),
      city('Lypove'),
    ]);
    expect(lines).toEqual(['Russian attacked Kalynove', 'Russian attacked Zelene', 'Russian attacked Lypove']);
    const taken = await relate('Ukrainian troops retook several hamlets\u2014notably Kalynove and Zelene.', [demonym('Ukrainian', 'UA'), city('Kalynove'), city('Zelene')]);
    expect(taken.lines).toEqual(['Ukrainian captured Kalynove', 'Ukrainian captured Zelene']);
  });

  it('does not read an example list of another clause, or of people', async () => {
    const other = await relate('Russian troops shelled Dovhe, while Ukrainian officials toured several towns, including Kalynove.', [demonym('Russian', 'RU'), city('Dovhe'), demonym('Ukrainian', 'UA'), city('Kalynove')]);
    expect(other.lines).toEqual(['Russian attacked Dovhe']);
  });

  it('passes over a heading between the origin and the target of an attack', async () => {
    const { lines } = await relate('Russian troops attacked from Dovhe southwest toward Kalynove.', [demonym('Russian', 'RU'), city('Dovhe'), city('Kalynove')]);
    expect(lines).toEqual(['Russian attacked Kalynove']);
  });

  it('reads a participle with its agent right after the place as a passive', async () => {
    const { lines } = await relate('Kalynove, retaken by Ukrainian troops last week, is quiet.', [city('Kalynove'), demonym('Ukrainian', 'UA')]);
    expect(lines).toEqual(['Ukrainian captured Kalynove']);
    const shelled = await relate('A depot in Zelene struck by Ukrainian artillery burned.', [city('Zelene'), demonym('Ukrainian', 'UA')]);
    expect(shelled.lines).toEqual(['Ukrainian attacked Zelene']);
    // Praise is no event; an intention before the participle is none either.
    const praised = await relate('Kalynove, praised by Ukrainian officials, is quiet.', [city('Kalynove'), demonym('Ukrainian', 'UA')]);
    expect(praised.lines).toEqual([]);
  });
});

describe('a list of units that ends in a conjunct naming no unit', () => {
  it('reads every named unit before "and unspecified … troops", tails included, and after it the verb', async () => {
    const { lines } = await relate('Elements of the 5th Army, the 9th Rifle Division of the 2nd Corps, and unspecified airborne troops are concentrated near Zelene.', [
      unit('5th Army'),
      unit('9th Rifle Division'),
      unit('2nd Corps'),
      city('Zelene'),
    ]);
    expect(only(lines, 'operatesIn').sort()).toEqual(['5th Army operatesIn Zelene', '9th Rifle Division operatesIn Zelene']);
  });

  it('reads past "and other unspecified formations" to where the units were sent', async () => {
    const { lines } = await relate('Moscow is sending the 3rd Tank Regiment and other unspecified formations to the Zelene area.', [city('Moscow'), unit('3rd Tank Regiment'), city('Zelene')]);
    expect(lines).toEqual(['3rd Tank Regiment operatesIn Zelene']);
  });

  it('takes no unnamed conjunct after a place, nor one the verb does not follow', async () => {
    const place = await relate('Residents of Dovhe and other villages are concentrated near Zelene.', [city('Dovhe'), city('Zelene')]);
    expect(place.lines).toEqual([]);
    const cut = await relate('The 3rd Tank Regiment lost men, and airborne troops are concentrated near Zelene.', [unit('3rd Tank Regiment'), city('Zelene')]);
    expect(cut.lines).toEqual([]);
  });
});

describe('chains of locative phrases: examples, semicolons, bearings, reference points', () => {
  const places = (...names: string[]) => names.map((n, i) => city(n, undefined, names.slice(0, i).filter((x) => x === n).length));

  it('reads the places after "namely" and after a coordinated bearing, and the reference point they lie off', async () => {
    const { lines } = await relate('Russian troops attacked east of Dovhe, namely near Kalynove and Zelene, and north of Dovhe around Lypove.', [demonym('Russian', 'RU'), ...places('Dovhe', 'Kalynove', 'Zelene', 'Dovhe', 'Lypove')]);
    expect(lines).toEqual(['Russian attacked Dovhe', 'Russian attacked Kalynove', 'Russian attacked Zelene', 'Russian attacked Lypove']);
  });

  it('reads a list of phrases joined by semicolons, "within Nkm" bearings and "and northeast and south of"', async () => {
    const semicolons = await relate('Ukrainian troops repelled Russian assaults near Dovhe; within 20km west of Dovhe near Kalynove and Zelene; and within 9km south of Dovhe near Lypove.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      ...places('Dovhe', 'Dovhe', 'Kalynove', 'Zelene', 'Dovhe', 'Lypove'),
    ]);
    expect(semicolons.lines).toEqual(['Russian attacked Dovhe', 'Russian attacked Kalynove', 'Russian attacked Zelene', 'Russian attacked Lypove']);
    const bearings = await relate('Russian troops attacked west of Kalynove and northeast and south of Zelene.', [demonym('Russian', 'RU'), ...places('Kalynove', 'Zelene')]);
    expect(bearings.lines).toEqual(['Russian attacked Kalynove', 'Russian attacked Zelene']);
  });

  it('ends the chain at a clause after a semicolon, a bare comma or a border', async () => {
    const clause = await relate('Russian troops attacked near Dovhe; Ukrainian troops shelled Kalynove.', [demonym('Russian', 'RU'), city('Dovhe'), demonym('Ukrainian', 'UA'), city('Kalynove')]);
    expect(clause.lines).toEqual(['Russian attacked Dovhe', 'Ukrainian attacked Kalynove']);
    const comma = await relate('Russian troops attacked Dovhe, west of Kalynove.', [demonym('Russian', 'RU'), city('Dovhe'), city('Kalynove')]);
    expect(comma.lines).toEqual(['Russian attacked Dovhe']);
    const border = await relate('Russian troops attacked west of Dovhe in the direction of the Kalynove-Zelene Oblast border.', [demonym('Russian', 'RU'), ...places('Dovhe', 'Kalynove'), region('Zelene Oblast')]);
    expect(border.lines).toEqual(['Russian attacked Dovhe']);
  });
});

describe('a list of locative phrases closed by "and" with a preposition', () => {
  it('reads "in A, along the B-C axis, and around D and E" as five places', async () => {
    const { lines } = await relate('Russian troops attacked in Dovhe, along the Kalynove-Zelene axis, and around Lypove and Hai.', [
      demonym('Russian', 'RU'),
      city('Dovhe'),
      city('Kalynove'),
      city('Zelene'),
      city('Lypove'),
      city('Hai'),
    ]);
    expect(lines).toEqual(['Russian attacked Dovhe', 'Russian attacked Kalynove', 'Russian attacked Zelene', 'Russian attacked Lypove', 'Russian attacked Hai']);
  });

  it('does not read a bare-comma phrase that no "and" with a preposition closes, nor one after the clause ends', async () => {
    const open = await relate('Russian troops shelled Dovhe, near Kalynove, and Ukrainian troops struck Zelene.', [demonym('Russian', 'RU'), city('Dovhe'), city('Kalynove'), demonym('Ukrainian', 'UA'), city('Zelene')]);
    expect(open.lines).toEqual(['Russian attacked Dovhe', 'Ukrainian attacked Zelene']);
    const ended = await relate('Russian troops shelled Dovhe, near Kalynove; and near Zelene officials fled.', [demonym('Russian', 'RU'), city('Dovhe'), city('Kalynove'), city('Zelene')]);
    expect(ended.lines).toEqual(['Russian attacked Dovhe']);
  });
});

describe('a need is no event', () => {
  it('reads no capture that is only required or that a force must make', async () => {
    for (const text of ['Ukrainian troops must retake Kalynove before winter.', 'Ukrainian troops need to retake Kalynove.', 'Ukrainian defense requires retaking Kalynove.']) {
      expect((await relate(text, [demonym('Ukrainian', 'UA'), city('Kalynove')])).lines, text).toEqual([]);
    }
    expect((await relate('Ukrainian troops retook Kalynove.', [demonym('Ukrainian', 'UA'), city('Kalynove')])).lines).toEqual(['Ukrainian captured Kalynove']);
  });
});

describe('"this" before a description refers back like "the"', () => {
  it('reads "this unit" as the last unit named, and "that city" after "said" as no reference', async () => {
    const { lines } = await relate('The 14th Rifle Brigade rested in Dovhe. This unit later redeployed to Kalynove.', [unit('14th Rifle Brigade'), city('Dovhe'), city('Kalynove')]);
    expect(lines).toContain('14th Rifle Brigade operatesIn Kalynove');
    const complementizer = await relate('Russian troops shelled Dovhe. Officials said that city officials attacked nobody.', [demonym('Russian', 'RU'), city('Dovhe')]);
    expect(complementizer.lines).toEqual(['Russian attacked Dovhe']);
  });
});
