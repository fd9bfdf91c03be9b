import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { armed, city, org, person, relate } from './run.js';

// Wire-news shapes of the second pass (issue 13): killing a side's fighters, meetings with the place before
// "with" or in a clause about the meeting, meetings only offered, offices of the opposition, a mediator, a
// counsel, a body led by a person, and a place taken by an organization.
describe('one side’s fighters killed the other’s (news-fighting.ts)', () => {
  it('reads troops that killed a named party’s fighters, also with a partner or the singular', async () => {
    expect((await relate('Valdorian and coalition troops killed five suspected Red Hand insurgents on Monday.', [demonym('Valdorian', 'VD'), armed('Red Hand')])).lines).toEqual([
      'Valdorian foughtAgainst Red Hand',
    ]);
    expect((await relate('Officials say Valdorian troops have shot dead an Ostlandic militant near the camp.', [demonym('Valdorian', 'VD'), demonym('Ostlandic', 'OS')])).lines).toEqual([
      'Valdorian foughtAgainst Ostlandic',
    ]);
    const both = await relate('Valdorian and Northern League forces killed ten Red Hand rebels.', [demonym('Valdorian', 'VD'), org('Northern League'), armed('Red Hand')]);
    expect(both.lines.sort()).toEqual(['Northern League foughtAgainst Red Hand', 'Valdorian foughtAgainst Red Hand']);
  });

  it('gives nothing for civilians or officials killed, for killers who are no fighters, or for a killing to come', async () => {
    expect((await relate('Valdorian troops killed three Ostlandic civilians.', [demonym('Valdorian', 'VD'), demonym('Ostlandic', 'OS')])).lines).toEqual([]);
    expect((await relate('Valdorian officials killed two Red Hand fighters.', [demonym('Valdorian', 'VD'), armed('Red Hand')])).lines).toEqual([]);
    expect((await relate('Valdorian troops will kill Red Hand fighters.', [demonym('Valdorian', 'VD'), armed('Red Hand')])).lines).toEqual([]);
    expect((await relate('Crowds protested the Valdorian army’s killing of three Ostlandic policemen.', [demonym('Valdorian', 'VD'), demonym('Ostlandic', 'OS')])).lines).toEqual([]);
  });
});

describe('meetings in wire news’ shapes (meeting-shapes.ts)', () => {
  it('reads "met in Y on Monday with" and a clause said in a meeting', async () => {
    const place = await relate('Anna Lenz met in Valdor City Monday with Vice President Pavel Orlov and Adviser Ion Rusu.', [
      person('Anna Lenz'),
      city('Valdor City'),
      person('Pavel Orlov', 'Vice President'),
      person('Ion Rusu', 'Adviser'),
    ]);
    expect(place.lines.filter((l) => l.includes('metWith')).sort()).toEqual(['Anna Lenz metWith Ion Rusu', 'Anna Lenz metWith Pavel Orlov']);
    const during = await relate('Anna Lenz voiced support Thursday during a meeting with President Pavel Orlov.', [person('Anna Lenz'), person('Pavel Orlov', 'President')]);
    expect(during.lines).toEqual(['Anna Lenz metWith Pavel Orlov']);
    const apposition = await relate('Anna Lenz spoke in a meeting with the visiting head of Ostland’s parliament, Pavel Orlov.', [
      person('Anna Lenz'),
      country('Ostland', 'OS'),
      person('Pavel Orlov'),
    ]);
    expect(apposition.lines.filter((l) => l.includes('metWith'))).toEqual(['Anna Lenz metWith Pavel Orlov']);
  });

  it('reads no meeting before it was had, in a phone call, or only offered or slated', async () => {
    const people = [person('Anna Lenz'), person('Pavel Orlov', 'President')];
    expect((await relate('Anna Lenz spoke shortly before a meeting with President Pavel Orlov.', people)).lines).toEqual([]);
    expect((await relate('Anna Lenz spoke in a phone call with President Pavel Orlov.', people)).lines).toEqual(['Anna Lenz communicatedWith Pavel Orlov']);
    expect((await relate('Anna Lenz was slated to meet with President Pavel Orlov.', people)).lines).toEqual([]);
    expect((await relate('Anna Lenz says she is prepared to meet with President Pavel Orlov.', people)).lines).toEqual([]);
    expect((await relate('Anna Lenz will meet in Valdor City with President Pavel Orlov.', [...people, city('Valdor City')])).lines.filter((l) => l.includes('metWith'))).toEqual([]);
  });
});

describe('offices in wire news (titles.ts, commands-verb)', () => {
  it('an opposition leader neither leads nor serves the country; a president does', async () => {
    expect((await relate('Valdorian opposition leader Anna Lenz says the vote was rigged.', [demonym('Valdorian', 'VD'), person('Anna Lenz', 'opposition leader')])).lines).toEqual([]);
    expect((await relate('Valdorian President Anna Lenz says the vote was fair.', [demonym('Valdorian', 'VD'), person('Anna Lenz', 'President')])).lines).toEqual([
      'Anna Lenz leaderOf Valdorian',
    ]);
  });

  it('a mediator and a counsel serve who sent them; an exiled chief still leads', async () => {
    expect((await relate('Valdorian mediator Anna Lenz said the talks ended.', [demonym('Valdorian', 'VD'), person('Anna Lenz', 'mediator')])).lines).toEqual([
      'Anna Lenz memberOf Valdorian',
    ]);
    expect((await relate('The president named Green House Counsel Anna Lenz to the court.', [org('Green House'), person('Anna Lenz', 'Counsel')])).lines).toEqual([
      'Anna Lenz memberOf Green House',
    ]);
    expect((await relate('Red Hand’s exiled political chief Anna Lenz arrived.', [armed('Red Hand'), person('Anna Lenz', 'exiled political chief')])).lines).toEqual([
      'Anna Lenz leaderOf Red Hand',
    ]);
  });

  it('reads the body’s kind between its name and the office, but a militant’s or a rebel’s office serves no state', async () => {
    expect((await relate('A commander says Green Front terror network chief Anna Lenz is alive.', [org('Green Front'), person('Anna Lenz')])).lines).toEqual([
      'Anna Lenz leaderOf Green Front',
    ]);
    expect((await relate('A former Valdorian militant commander, Anna Lenz, spoke.', [demonym('Valdorian', 'VD'), person('Anna Lenz')])).lines).toEqual([]);
    expect((await relate('Valdorian rebel leader Anna Lenz spoke.', [demonym('Valdorian', 'VD'), person('Anna Lenz', 'rebel leader')])).lines).toEqual([]);
  });

  it('reads the head of an organization’s force where it serves, and its top commander in a region, named after a comma', async () => {
    const head = await relate('The head of the Green League peacekeeping force in southern Ostland, General Anna Lenz, spoke.', [org('Green League'), country('Ostland', 'OS'), person('Anna Lenz', 'General')]);
    expect(head.lines.filter((l) => !l.includes('operatesIn'))).toEqual(['Anna Lenz leaderOf Green League']);
    expect((await relate('The top Green League commander in the region, General Anna Lenz, spoke.', [org('Green League'), person('Anna Lenz', 'General')])).lines).toEqual([
      'Anna Lenz leaderOf Green League',
    ]);
  });

  it('gives nothing for the head of an organization’s office, or an official in a place who is not named there', async () => {
    const office = await relate('The head of the Green League liaison office in southern Ostland, Anna Lenz, spoke.', [org('Green League'), country('Ostland', 'OS'), person('Anna Lenz')]);
    expect(office.lines.filter((l) => !l.includes('operatesIn'))).toEqual([]);
    expect((await relate('Green League troops in the region, Anna Lenz said, are tired.', [org('Green League'), person('Anna Lenz')])).lines).toEqual([]);
  });

  it('reads "X, of the opposition Y Party," as membership, not "X, of the Y Party’s critics"', async () => {
    expect((await relate('Anna Lenz, of the opposition Green Party, said talks would resume.', [person('Anna Lenz'), org('Green Party')])).lines).toEqual([
      'Anna Lenz memberOf Green Party',
    ]);
    expect((await relate('Anna Lenz, of the opposition, praised the Green Party.', [person('Anna Lenz'), org('Green Party')])).lines).toEqual([]);
  });

  it('reads "X led the leftist Y movement", not "X led the attack on Y"', async () => {
    expect((await relate('Anna Lenz led the leftist Green Front movement against the rebels.', [person('Anna Lenz'), org('Green Front')])).lines).toEqual([
      'Anna Lenz leaderOf Green Front',
    ]);
    expect((await relate('Anna Lenz led the final attack on Green Front positions.', [person('Anna Lenz'), org('Green Front')])).lines).toEqual([]);
  });
});

describe('an organization that took a place operates there (presence.ts)', () => {
  it('reads a place taken, not one only claimed', async () => {
    const took = await relate('Green Front, which took control of Port Ilsa two months ago, says it will reform the police.', [org('Green Front'), city('Port Ilsa')]);
    expect(took.lines.sort()).toEqual(['Green Front captured Port Ilsa', 'Green Front operatesIn Port Ilsa']);
    const claimed = await relate('The Green Front claimed to have taken control of Port Ilsa.', [org('Green Front'), city('Port Ilsa')]);
    expect(claimed.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });

  it('reads no presence from the organization’s possessive before a capture', async () => {
    const nominal = await relate('The Green Front’s fixation on the capture of Port Ilsa will cost it dearly.', [org('Green Front'), city('Port Ilsa')]);
    expect(nominal.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });
});

describe('two groups named by their fighters at a place (org-force-presence.ts)', () => {
  it('places each group of a coordinated pair, and none whose fighters were only sent there', async () => {
    const both = await relate('Green Front and Red Hand fighters killed Monday in southern Ostland were buried.', [org('Green Front'), org('Red Hand'), country('Ostland', 'OS')]);
    expect(both.lines.sort()).toEqual(['Green Front operatesIn Ostland', 'Red Hand operatesIn Ostland']);
    const sent = await relate('Green Front and Red Hand fighters were sent to Ostland.', [org('Green Front'), org('Red Hand'), country('Ostland', 'OS')]);
    expect(sent.lines).toEqual([]);
  });
});

describe('an ally after "and its" (alliances.ts, ally-before-name)', () => {
  it('reads "X and its regional ally Y", not "X and its allies" or "X and its neighbour Y"', async () => {
    expect((await relate('Talks with Valdor and its regional ally Ostland were urged.', [country('Valdor', 'VD'), country('Ostland', 'OS')])).lines).toEqual(['Valdor allyOf Ostland']);
    expect((await relate('Talks with Valdor and its allies in Ostland were urged.', [country('Valdor', 'VD'), country('Ostland', 'OS')])).lines).toEqual([]);
    expect((await relate('Talks with Valdor and its neighbour Ostland were urged.', [country('Valdor', 'VD'), country('Ostland', 'OS')])).lines).toEqual([]);
  });
});

describe('an attack on forces named by who leads them (events.ts, attacked-place)', () => {
  it('reads "attacking Y-led forces in X", not forces only said to be led', async () => {
    const led = await relate('Red Hand insurgents have been attacking Valdor-led forces in Ostland.', [armed('Red Hand'), country('Valdor', 'VD'), country('Ostland', 'OS')]);
    expect(led.lines.filter((l) => l.includes('attacked'))).toEqual(['Red Hand attacked Ostland']);
    const notAttacked = await relate('Red Hand insurgents have been watching Valdor-led forces in Ostland.', [armed('Red Hand'), country('Valdor', 'VD'), country('Ostland', 'OS')]);
    expect(notAttacked.lines.filter((l) => l.includes('attacked'))).toEqual([]);
  });
});
