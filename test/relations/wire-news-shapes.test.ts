import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, org, person, region, relate } from './run.js';

// Wire news' shapes of presence, trips, places named by kind and party possessives (issue 13): operatesIn
// (rules/org-force-presence.ts), visited (rules/visit-shapes.ts), locatedIn (rules/place-of-kind.ts), memberOf
// (rules/member-possessive.ts), and the itinerary presents visited-arrival leaves out.
const league = org('Northern League');
const ostland = country('Ostland', 'OS');

describe('an organization’s people at an event in a place (org-force-event-place)', () => {
  it('reads the event between the force noun and the place, and a fronted place', async () => {
    expect((await relate('Two Northern League soldiers died in an explosion in southern Ostland.', [league, ostland])).lines).toEqual([
      'Northern League operatesIn Ostland',
    ]);
    expect((await relate('In Tarnia province, a Northern League convoy came under fire.', [region('Tarnia'), league])).lines).toEqual([
      'Northern League operatesIn Tarnia',
    ]);
  });

  it('gives nothing for a destination, an origin, a plan or a report', async () => {
    for (const text of [
      'Northern League troops were sent last week to Ostland.',
      'Northern League soldiers returned home from Ostland.',
      'Northern League forces will take part in exercises in Ostland.',
      'Northern League monitors said fighting continued in Ostland.',
    ])
      expect((await relate(text, [league, ostland])).lines, text).toEqual([]);
  });
});

describe('a group’s fighters in a place (group-fighters-in-place)', () => {
  const front = org('Red Front');
  it('reads the fighters in the place, after an event, and the place’s possessive', async () => {
    expect((await relate('Red Front militants in Ostland fired rockets.', [front, ostland])).lines).toEqual(['Red Front operatesIn Ostland']);
    expect((await relate('Troops killed five suspected Red Front insurgents Monday in northern Ostland.', [front, ostland])).lines).toEqual([
      'Red Front operatesIn Ostland',
    ]);
    expect((await relate('Aid groups fear Ostland’s growing Red Front insurgency.', [ostland, front])).lines).toEqual(['Red Front operatesIn Ostland']);
  });

  it('gives nothing for a party’s members or supporters, a claim by a network, or fighters sent elsewhere', async () => {
    for (const text of [
      'Red Front supporters in Ostland held a rally.',
      'The Red Front terrorist network claimed the bombings in Ostland.',
      'Red Front fighters plan to move into Ostland.',
    ])
      expect((await relate(text, [front, ostland])).lines, text).toEqual([]);
  });
});

describe('a place named as a group’s stronghold (group-stronghold)', () => {
  const front = org('Red Front');
  it('reads "the X stronghold of Y" and "Y, a known X stronghold"', async () => {
    expect((await relate('Troops entered the Red Front stronghold of Lindar.', [front, city('Lindar')])).lines).toEqual(['Red Front operatesIn Lindar']);
    expect((await relate('The raid took place in Tarnia province - a known Red Front stronghold.', [region('Tarnia'), front])).lines).toEqual([
      'Red Front operatesIn Tarnia',
    ]);
  });

  it('gives nothing for a stronghold of another group near the place', async () => {
    expect((await relate('Troops entered the Red Front stronghold near Lindar.', [front, city('Lindar')])).lines).toEqual([]);
  });
});

describe('an organization’s force now or still in a place (org-force-in-place)', () => {
  it('reads a word of being there and the newer force nouns', async () => {
    expect((await relate('The Northern League troops now in Ostland lack trucks.', [league, ostland])).lines).toEqual(['Northern League operatesIn Ostland']);
    expect((await relate('A bomb went off near a Northern League base in eastern Ostland.', [league, ostland])).lines).toEqual([
      'Northern League operatesIn Ostland',
    ]);
  });
});

describe('a visit named by its noun with "a" (visited-during-visit)', () => {
  const anna = person('Anna Lenz');
  it('reads "during a visit to", "returned from a visit to" and a fronted "During her visit to X, Y …"', async () => {
    expect((await relate('Anna Lenz met business leaders during a visit to Lindar.', [anna, city('Lindar')])).lines).toEqual(['Anna Lenz visited Lindar']);
    expect((await relate('Anna Lenz returned from a four-day visit to Ostland last week.', [anna, ostland])).lines).toEqual(['Anna Lenz visited Ostland']);
    expect((await relate('During her visit to Lindar and Orikhiv, Anna Lenz urged calm.', [city('Lindar'), city('Orikhiv'), anna])).lines.sort()).toEqual([
      'Anna Lenz visited Lindar',
      'Anna Lenz visited Orikhiv',
    ]);
  });

  it('gives nothing for a visit to come, one in someone else’s words, or a country that only modifies a site', async () => {
    for (const [text, mentions] of [
      ['Anna Lenz will meet business leaders during a visit to Lindar.', [anna, city('Lindar')]],
      ['Anna Lenz said the old minister fell badly ill during a visit to Lindar.', [anna, city('Lindar')]],
      ['Anna Lenz spoke during a visit to the main Ostland air base.', [anna, ostland]],
    ] as const)
      expect((await relate(text, [...mentions])).lines, text).toEqual([]);
  });
});

describe('being in a place on a trip (visited-is-in-place)', () => {
  const anna = person('Anna Lenz');
  it('reads the copula with a purpose of the trip', async () => {
    expect((await relate('Anna Lenz is in Lindar for talks with local officials.', [anna, city('Lindar')])).lines).toEqual(['Anna Lenz visited Lindar']);
    expect((await relate('Anna Lenz is in Ostland to meet with regional leaders.', [anna, ostland])).lines).toEqual(['Anna Lenz visited Ostland']);
    expect((await relate('Anna Lenz is in Ostland to try to revive the truce.', [anna, ostland])).lines).toEqual(['Anna Lenz visited Ostland']);
  });

  it('gives nothing without a purpose, or for the host in her own country', async () => {
    expect((await relate('Anna Lenz was in Lindar when the storm hit.', [anna, city('Lindar')])).lines).toEqual([]);
    expect((await relate('Anna Lenz is in Lindar to meet with visiting envoys.', [{ ...anna, ref: 'test:lenz', country: 'OS' }, city('Lindar', 'OS')])).lines).toEqual([]);
  });
});

describe('the visitor named by "visiting" and the city of the meeting (visited-visiting-title)', () => {
  it('reads the city after the visitor, and the city before "his visiting counterpart"', async () => {
    expect((await relate('Talks followed a meeting between the mayor and visiting Ostland envoy Anna Lenz in Lindar.', [ostland, person('Anna Lenz'), city('Lindar')])).lines).toEqual(
      expect.arrayContaining(['Anna Lenz visited Lindar']),
    );
    expect((await relate('Pavel Orlov spoke in Lindar with his visiting counterpart, Anna Lenz.', [person('Pavel Orlov'), city('Lindar'), person('Anna Lenz')])).lines).toEqual(
      expect.arrayContaining(['Anna Lenz visited Lindar']),
    );
  });

  it('gives nothing for a city in another clause, or the visitor’s own city', async () => {
    expect((await relate('The mayor thanked visiting envoy Anna Lenz, who said that talks in Lindar failed.', [person('Anna Lenz'), city('Lindar')])).lines).toEqual([]);
    expect((await relate('A meeting with visiting envoy Anna Lenz in Lindar ended.', [{ ...person('Anna Lenz'), ref: 'test:lenz', country: 'OS' }, city('Lindar', 'OS')])).lines).toEqual([]);
  });
});

describe('trips still to come (visited-arrival, visited-verb)', () => {
  const anna = person('Anna Lenz');
  it('reads a past arrival', async () => {
    expect((await relate('Anna Lenz arrived in Lindar on Tuesday.', [anna, city('Lindar')])).lines).toEqual(['Anna Lenz visited Lindar']);
  });

  it('gives nothing for an itinerary in the present, a modal, a "when" clause or "is to visit"', async () => {
    for (const text of [
      'Anna Lenz then travels to Lindar for the ceremony.',
      'Anna Lenz is expected to arrive in Lindar on Tuesday.',
      'Anna Lenz will raise the issue when she arrives in Lindar.',
      'Anna Lenz is to visit Lindar on Wednesday.',
    ])
      expect((await relate(text, [anna, city('Lindar')])).lines, text).toEqual([]);
  });
});

describe('a place named after its kind and the larger place (place-kind-of-area)', () => {
  it('reads "the central X state of Y", "X’s largest city, Y" and "the X provincial capital, Y"', async () => {
    expect((await relate('Floods hit the central Ostland state of Tarnia.', [ostland, { ...region('Tarnia'), ref: 'test:Tarnia', country: 'OS' }])).lines).toEqual([
      'Tarnia locatedIn Ostland',
    ]);
    expect((await relate('Workers in Ostland’s largest city, Lindar, stayed home.', [ostland, city('Lindar', 'OS')])).lines).toEqual(['Lindar locatedIn Ostland']);
    expect((await relate('They drove from the Tarnia provincial capital, Lindar, to the coast.', [region('Tarnia'), city('Lindar')])).lines).toEqual([
      'Lindar locatedIn Tarnia',
    ]);
  });

  it('reads the smaller place before, placed by the larger one after its kind', async () => {
    const tarnia = { ...region('Tarnia'), ref: 'test:Tarnia', country: 'OS' };
    // (place-in-area reads Lindar in Ostland too: true, though the gold marks only the narrowest place.)
    expect((await relate('He spoke at Lindar, in the central Ostland state of Tarnia.', [city('Lindar', 'OS'), ostland, tarnia])).lines).toEqual(
      expect.arrayContaining(['Lindar locatedIn Tarnia', 'Tarnia locatedIn Ostland']),
    );
  });

  it('reads the larger place’s possessive with words of which part and the kind after the name', async () => {
    const tarnia = { ...region('Tarnia'), ref: 'test:Tarnia', country: 'OS' };
    expect((await relate('Violence rose in Ostland’s troubled Tarnia region.', [ostland, tarnia])).lines).toEqual(['Tarnia locatedIn Ostland']);
  });

  it('gives nothing when the possessive’s place is not the larger one', async () => {
    const tarnia = { ...region('Tarnia'), ref: 'test:Tarnia', country: 'OS' };
    expect((await relate('Violence rose in Tarnia’s troubled Ostland region.', [tarnia, ostland])).lines).toEqual([]);
  });

  it('gives nothing for a route from one place to another', async () => {
    expect((await relate('Troops drove from Ostland toward the city of Lindar.', [ostland, city('Lindar', 'OS')])).lines).toEqual([]);
    expect((await relate('The goods came from Ostland through the port of Lindar.', [ostland, city('Lindar', 'OS')])).lines).toEqual([]);
  });
});

describe('a party named by its member’s possessive (party-of-person)', () => {
  const anna = person('Anna Lenz');
  const unity = org('Unity');
  it('reads "X’s ruling Y party" and "his/her Y party"', async () => {
    expect((await relate('Anna Lenz’s ruling Unity party lost its majority.', [anna, unity])).lines).toEqual(['Anna Lenz memberOf Unity']);
    expect((await relate('Anna Lenz faces a revolt in her Unity party.', [anna, unity])).lines).toEqual(['Anna Lenz memberOf Unity']);
  });

  it('gives nothing for an organization that is no party', async () => {
    expect((await relate('Anna Lenz’s Unity company lost money.', [anna, unity])).lines).toEqual([]);
  });
});

describe('an organization’s possessive on a person (person-of-org-possessive)', () => {
  it('reads "Y’s X" with no title between', async () => {
    expect((await relate('Radio Ostland’s Anna Lenz has this report.', [org('Radio Ostland'), person('Anna Lenz')])).lines).toEqual([
      'Anna Lenz memberOf Radio Ostland',
    ]);
  });

  it('gives nothing for a country’s possessive or a person’s possessive on the organization', async () => {
    expect((await relate('Ostland’s Anna Lenz has this report.', [ostland, person('Anna Lenz')])).lines).toEqual([]);
    expect((await relate('Anna Lenz’s Radio Ostland report aired.', [person('Anna Lenz'), org('Radio Ostland')])).lines).toEqual([]);
  });
});

describe('an organization sending a counted force (org-acts-in-place)', () => {
  it('reads a count of two words before the people sent', async () => {
    expect((await relate('The Northern League has sent some 800 troops to Ostland.', [league, ostland])).lines).toEqual(['Northern League operatesIn Ostland']);
  });

  it('gives nothing for a sending still to come', async () => {
    expect((await relate('The Northern League plans to send some 800 troops to Ostland.', [league, ostland])).lines).toEqual([]);
  });
});
