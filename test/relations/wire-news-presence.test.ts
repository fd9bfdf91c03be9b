import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { armed, org, relate, region } from './run.js';

// operatesIn for a civil organization's force or mission in a place (rules/org-force-presence.ts).
describe('an organization’s peacekeepers, troops or mission in a place', () => {
  it('reads the force noun after the organization, with "-led" and a kind of force between', async () => {
    expect((await relate('Some 6,000 Northern League peacekeepers in Ostland keep the truce.', [org('Northern League'), country('Ostland', 'OS')])).lines).toEqual([
      'Northern League operatesIn Ostland',
    ]);
    expect((await relate('Valdor took over the Northern League-led stabilization force in Ostland.', [country('Valdor', 'VD'), org('Northern League'), country('Ostland', 'OS')])).lines).toEqual([
      'Northern League operatesIn Ostland',
    ]);
    expect((await relate('The training is part of the Coastal Union monitoring mission in southern Tarnia.', [org('Coastal Union'), region('Tarnia')])).lines).toEqual([
      'Coastal Union operatesIn Tarnia',
    ]);
  });

  it('gives nothing for troops sent to a place, troops from a place, or a force not in a place', async () => {
    expect((await relate('The Northern League wants to send peacekeepers to Ostland.', [org('Northern League'), country('Ostland', 'OS')])).lines).toEqual([]);
    expect((await relate('Northern League troops from Ostland arrived.', [org('Northern League'), country('Ostland', 'OS')])).lines).toEqual([]);
    expect((await relate('Northern League peacekeepers praised Ostland.', [org('Northern League'), country('Ostland', 'OS')])).lines).toEqual([]);
  });

  it('leaves armed organizations to their own rule', async () => {
    const { doc } = await relate('Red Hand forces in Tarnia attacked.', [armed('Red Hand'), region('Tarnia')]);
    expect(doc.relations.map((r) => r.rule)).not.toContain('org-force-in-place');
  });
});

// Branch newsrel3: the place after an article, and a force or mission named for the place it serves.
describe('an organization’s force in "the" place, or a peacekeeping force for a place', () => {
  it('reads the place after an article and after "for"', async () => {
    expect((await relate('A blast hit a Northern League base in the Tarn Valley on Monday.', [org('Northern League'), region('Tarn Valley')])).lines).toEqual([
      'Northern League operatesIn Tarn Valley',
    ]);
    expect((await relate('The commander of the Northern League peacekeeping force for Ostland spoke.', [org('Northern League'), country('Ostland', 'OS')])).lines).toEqual([
      'Northern League operatesIn Ostland',
    ]);
    expect((await relate('Members of a Northern League mission for southern Tarnia arrived.', [org('Northern League'), region('Tarnia')])).lines).toEqual([
      'Northern League operatesIn Tarnia',
    ]);
  });

  it('gives nothing for troops "for" a place, or a force sent to one', async () => {
    expect((await relate('Northern League troops for Ostland were promised.', [org('Northern League'), country('Ostland', 'OS')])).lines).toEqual([]);
    expect((await relate('The Northern League will send a force to the Tarn Valley.', [org('Northern League'), region('Tarn Valley')])).lines).toEqual([]);
  });
});
