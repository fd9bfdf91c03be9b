import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, person, region, relate, unit } from './run.js';

describe('office positions: a title in a bracket, after a nationality, with its field spelled out', () => {
  it('reads the office in a bracket after the name', async () => {
    const of = await relate('Colonel Ivo Marek (commander of the 14th Rifle Division) was reportedly wounded near Tarno.', [
      person('Ivo Marek', 'Colonel'),
      unit('14th Rifle Division'),
      city('Tarno'),
    ]);
    expect(of.lines).toContain('Ivo Marek leaderOf 14th Rifle Division');
    const possessive = await relate("Ivo Marek (the 14th Rifle Division's deputy commander) was reportedly wounded.", [
      person('Ivo Marek'),
      unit('14th Rifle Division'),
    ]);
    expect(possessive.lines).toEqual(['Ivo Marek memberOf 14th Rifle Division']);
  });

  it('gives no office from a bracket that only places the person or names what he did', async () => {
    const place = await relate('Colonel Ivo Marek (near Tarno) met officers of the 14th Rifle Division.', [
      person('Ivo Marek', 'Colonel'),
      city('Tarno'),
      unit('14th Rifle Division'),
    ]);
    expect(place.lines.filter((l) => l.includes('leaderOf') || l.includes('memberOf'))).toEqual([]);
    const deed = await relate('Ivo Marek (who attacked the 14th Rifle Division) was captured.', [person('Ivo Marek'), unit('14th Rifle Division')]);
    expect(deed.lines.filter((l) => l.includes('leaderOf') || l.includes('memberOf'))).toEqual([]);
  });

  it('passes over a nationality before the body in an apposition', async () => {
    const { lines } = await relate('Ivo Marek, spokesperson for the Valdorian Northern Group of Forces, said the road was cut.', [
      person('Ivo Marek'),
      demonym('Valdorian', 'VD'),
      unit('Northern Group of Forces'),
    ]);
    expect(lines).toEqual(['Ivo Marek memberOf Northern Group of Forces']);
  });

  it('passes over who appointed an administration before its place', async () => {
    const { lines } = await relate('Head of the Valdorian-appointed Tarno Oblast occupation administration Ivo Marek announced the vote.', [
      demonym('Valdorian', 'VD'),
      region('Tarno Oblast'),
      person('Ivo Marek'),
    ]);
    expect(lines).toEqual(['Ivo Marek leaderOf Tarno Oblast']);
  });

  it('reads an office whose field is spelled out in words before the name', async () => {
    const forField = await relate('Valdorian Deputy Prime Minister for Housing and Regional Planning Ivo Marek toured the port.', [
      demonym('Valdorian', 'VD'),
      person('Ivo Marek'),
    ]);
    expect(forField.lines).toEqual(['Ivo Marek memberOf Valdorian']);
    const ofField = await relate('The Tarno Council Head of Housing and Utilities Ivo Marek resigned.', [org('Tarno Council'), person('Ivo Marek')]);
    expect(ofField.lines).toEqual(['Ivo Marek leaderOf Tarno Council']);
  });

  it('reads no office when a clause or another name stands between the title and the person', async () => {
    const clause = await relate('The Valdorian minister of housing said that Ivo Marek resigned.', [demonym('Valdorian', 'VD'), person('Ivo Marek')]);
    expect(clause.lines).toEqual([]);
    const named = await relate('The Tarno Council head of the Orso district office Ivo Marek resigned.', [
      org('Tarno Council'),
      city('Orso'),
      person('Ivo Marek'),
    ]);
    expect(named.lines.filter((l) => l.includes('Tarno Council'))).toEqual([]);
  });

  it('reads a town office across the town\'s region in apposition, and an occupation regime\'s head', async () => {
    const mayor = await relate('Valdorian Mayor of Orso, Tarno Oblast, Ivo Marek said the road was cut.', [
      demonym('Valdorian', 'VD'),
      city('Orso'),
      region('Tarno Oblast'),
      person('Ivo Marek'),
    ]);
    expect(mayor.lines).toContain('Ivo Marek leaderOf Orso');
    const regime = await relate('The head of the Tarno Oblast occupation regime, Ivo Marek, said the road was cut.', [region('Tarno Oblast'), person('Ivo Marek')]);
    expect(regime.lines).toEqual(['Ivo Marek leaderOf Tarno Oblast']);
  });

  it('reads no town office when a verb stands between the region and the name', async () => {
    const { lines } = await relate('The mayor of Orso, Tarno Oblast, said that Ivo Marek left.', [city('Orso'), region('Tarno Oblast'), person('Ivo Marek')]);
    expect(lines.filter((l) => l.includes('Ivo Marek'))).toEqual([]);
  });
});
