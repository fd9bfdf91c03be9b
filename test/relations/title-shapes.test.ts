import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, person, region, relate } from './run.js';

describe('title shapes: field-named ministries, mayoral offices, self-proclaimed bodies, owners', () => {
  it('reads an office between a body and the name, or after "Head of the self-proclaimed"', async () => {
    const minister = await relate('Transnistria First Deputy Information Minister Ivan Rusu claimed the bridge fell.', [
      region('Transnistria'),
      person('Ivan Rusu', 'Deputy Information Minister'),
    ]);
    expect(minister.lines).toEqual(['Ivan Rusu memberOf Transnistria']);
    const mayoral = await relate('Bender Mayoral Advisor Ion Rusu said the bridge fell.', [city('Bender'), person('Ion Rusu', 'Advisor')]);
    expect(mayoral.lines).toEqual(['Ion Rusu memberOf Bender']);
    const proclaimed = await relate('Head of the self-proclaimed Transnistria Republic Ion Rusu said the bridge fell.', [
      region('Transnistria Republic'),
      person('Ion Rusu'),
    ]);
    expect(proclaimed.lines).toEqual(['Ion Rusu leaderOf Transnistria Republic']);
    const owner = await relate('Ion Rusu is the owner of Sheriff Holding.', [person('Ion Rusu'), org('Sheriff Holding')]);
    expect(owner.lines).toEqual(['Ion Rusu leaderOf Sheriff Holding']);
    const milblogger = await relate('Rybar lead milblogger Ion Rusu said the bridge fell.', [org('Rybar'), person('Ion Rusu')]);
    expect(milblogger.lines).toEqual(['Ion Rusu memberOf Rybar']);
  });

  // Branch iswstruct4: "financer", the reports' other spelling of "financier", serves the body and is no office of a country.
  it('reads "Y financer X" as a member of Y, and a country before it as nothing', async () => {
    const body = await relate('Sheriff Group financer Ion Rusu said the bridge fell.', [org('Sheriff Group'), person('Ion Rusu', 'financer')]);
    expect(body.lines).toEqual(['Ion Rusu memberOf Sheriff Group']);
    const country = await relate('Moldovan financer Ion Rusu said the bridge fell.', [demonym('Moldovan', 'MD'), person('Ion Rusu', 'financer')]);
    expect(country.lines).toEqual([]);
  });

  it('reads "the Commander of Y in Z, General X" and "X was an employee of Y"', async () => {
    const inPlace = await relate('Ion Rusu allied with the Commander of the Moldovan Armed Forces in Gagauzia, Army General Petru Lungu.', [
      person('Ion Rusu'),
      org('Moldovan Armed Forces'),
      region('Gagauzia'),
      person('Petru Lungu', 'Army General'),
    ]);
    expect(inPlace.lines).toContain('Petru Lungu leaderOf Moldovan Armed Forces');
    const employee = await relate('Ion Rusu was an employee of Sheriff Holding from 1993 to 2005.', [person('Ion Rusu'), org('Sheriff Holding')]);
    expect(employee.lines).toEqual(['Ion Rusu memberOf Sheriff Holding']);
  });

  it('does not read those words as an office where none is held', async () => {
    // A name listed after the body and its place is no title holder.
    const listed = await relate('Ion Rusu praised the Moldovan Armed Forces in Gagauzia, Petru Lungu and others.', [
      person('Ion Rusu'),
      org('Moldovan Armed Forces'),
      region('Gagauzia'),
      person('Petru Lungu'),
    ]);
    expect(listed.lines.filter((l) => l.includes('leaderOf') || l.includes('memberOf'))).toEqual([]);
    const employer = await relate('Ion Rusu hired an employee of Sheriff Holding in 1993.', [person('Ion Rusu'), org('Sheriff Holding')]);
    expect(employer.lines).toEqual([]);
    const first = await relate('Bender first reported that Ion Rusu left.', [city('Bender'), person('Ion Rusu')]);
    expect(first.lines).toEqual([]);
    const owned = await relate('Ion Rusu is the owner of a house near Sheriff Holding.', [person('Ion Rusu'), org('Sheriff Holding')]);
    expect(owned.lines).toEqual([]);
    // In a list of titled names a title goes with the name after it, not the one before the comma.
    const list = await relate('Ion Rusu, Rybar lead milblogger Ivan Petrov, and others met.', [person('Ion Rusu'), org('Rybar'), person('Ivan Petrov')]);
    expect(list.lines).toEqual(['Ivan Petrov memberOf Rybar']);
    // A milblogger of a nationality holds no office of its state.
    const national = await relate('Moldovan milblogger Ion Rusu said the bridge fell.', [demonym('Moldovan', 'MD'), person('Ion Rusu')]);
    expect(national.lines).toEqual([]);
  });
});
