import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, org, person, region, relate } from './run.js';

// operatesIn for what an organization runs at a place and the duties it carries out there (rules/org-work-in-place.ts).
describe('an organization’s facility or operation in a place', () => {
  it('reads the facility or operation named after the organization', async () => {
    expect((await relate('Tests were run at the Coastal Union research laboratory in Ostland.', [org('Coastal Union'), country('Ostland', 'OS')])).lines).toEqual([
      'Coastal Union operatesIn Ostland',
    ]);
    expect((await relate('Gunmen shelled an Aid Front field hospital in southern Tarnia on Friday.', [org('Aid Front'), region('Tarnia')])).lines).toContain(
      'Aid Front operatesIn Tarnia',
    );
    expect((await relate('The Northern League-led operation in the Tarn Valley has lasted a year.', [org('Northern League'), region('Tarn Valley')])).lines).toEqual([
      'Northern League operatesIn Tarn Valley',
    ]);
  });

  it('gives nothing for a seat, an event it attends, or places offered as alternatives', async () => {
    // "office" and "headquarters" may be the organization's own seat (locatedIn's, not this rule's).
    const seat = await relate('Protesters gathered outside the Coastal Union headquarters in Lindar.', [org('Coastal Union'), city('Lindar')]);
    expect(seat.doc.relations.map((r) => r.rule)).not.toContain('org-facility-in-place');
    expect((await relate('Leaders attended the Coastal Union summit in Lindar.', [org('Coastal Union'), city('Lindar')])).lines).not.toContain(
      'Coastal Union operatesIn Lindar',
    );
    // A facility whose name begins with the organization's is not read as the organization's facility.
    const named = await relate('Patients were moved to the Aid Front Field Hospital in Lindar.', [org('Aid Front'), city('Lindar')]);
    expect(named.doc.relations.map((r) => r.rule)).not.toContain('org-facility-in-place');
    expect(
      (await relate('Volunteers may have passed through Red Hand camps in Ostland or Valdor.', [org('Red Hand'), country('Ostland', 'OS'), country('Valdor', 'VD')])).lines,
    ).toEqual([]);
  });
});

describe('an organization taking over or carrying out duties in a place', () => {
  it('reads the duties it took over, leads or carries out', async () => {
    expect((await relate('The Coastal Union officially assumed security responsibilities in Ostland last week.', [org('Coastal Union'), country('Ostland', 'OS')])).lines).toEqual([
      'Coastal Union operatesIn Ostland',
    ]);
    expect((await relate('The Northern League now leads security operations in southern Tarnia.', [org('Northern League'), region('Tarnia')])).lines).toEqual([
      'Northern League operatesIn Tarnia',
    ]);
  });

  it('gives nothing for duties planned, refused, or named without the organization doing them', async () => {
    expect((await relate('The Coastal Union will assume security responsibilities in Ostland next year.', [org('Coastal Union'), country('Ostland', 'OS')])).lines).toEqual([]);
    expect((await relate('The Coastal Union has not assumed security responsibilities in Ostland.', [org('Coastal Union'), country('Ostland', 'OS')])).lines).toEqual([]);
    expect(
      (await relate('Anna Lenz of the Coastal Union said Valdor assumed security responsibilities in Ostland.', [person('Anna Lenz'), org('Coastal Union'), country('Valdor', 'VD'), country('Ostland', 'OS')])).lines,
    ).not.toContain('Coastal Union operatesIn Ostland');
  });
});

describe('the organization whose duties in a place were taken over', () => {
  it('reads the one the duties were taken from', async () => {
    expect(
      (await relate('The Coastal Union assumed security duties across Ostland from the Northern League.', [org('Coastal Union'), country('Ostland', 'OS'), org('Northern League')])).lines.sort(),
    ).toEqual(['Coastal Union operatesIn Ostland', 'Northern League operatesIn Ostland']);
  });

  it('gives nothing for a helper named after "from", or duties not yet taken over', async () => {
    expect(
      (await relate('The Coastal Union assumed security duties across Ostland with help from the Northern League.', [org('Coastal Union'), country('Ostland', 'OS'), org('Northern League')])).lines,
    ).not.toContain('Northern League operatesIn Ostland');
    expect(
      (await relate('The Coastal Union is to assume security duties across Ostland from the Northern League.', [org('Coastal Union'), country('Ostland', 'OS'), org('Northern League')])).lines,
    ).toEqual([]);
  });
});
