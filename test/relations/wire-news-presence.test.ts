import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { armed, city, org, relate, region } from './run.js';

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

// Branch newsrel4: an outpost or a coalition of the organization, a partner nationality before its forces, and what
// the organization runs in a place after its possessive.
describe('an organization’s outpost or coalition, its forces with a partner, what it runs in a place', () => {
  it('reads an outpost, a led coalition and a refugee mission in a place', async () => {
    expect((await relate('Rebels attacked a Northern League outpost in southeastern Tarnia on Monday.', [org('Northern League'), region('Tarnia')])).lines).toEqual([
      'Northern League operatesIn Tarnia',
    ]);
    expect((await relate('A soldier serving with the Northern League-led coalition in Ostland was hurt.', [org('Northern League'), country('Ostland', 'OS')])).lines).toEqual([
      'Northern League operatesIn Ostland',
    ]);
    expect((await relate('Gunmen fired on the head of the Coastal Union refugee mission in Tarnia.', [org('Coastal Union'), region('Tarnia')])).lines).toEqual([
      'Coastal Union operatesIn Tarnia',
    ]);
  });

  it('reads the organization listed with a nationality before the forces, and gives the nationality nothing', async () => {
    expect((await relate('Officials say Northern League and Ostlandish forces killed 12 insurgents during an operation in Tarnia.', [org('Northern League'), demonym('Ostlandish', 'OS'), region('Tarnia')])).lines).toEqual([
      'Northern League operatesIn Tarnia',
    ]);
    expect((await relate('Northern League and Ostlandish troops from Tarnia arrived.', [org('Northern League'), demonym('Ostlandish', 'OS'), region('Tarnia')])).lines).toEqual([]);
  });

  it('reads what the organization runs in a place after its possessive, with words of kind and a part of the place', async () => {
    expect((await relate('The floods disrupted the Grain Relief Agency’s operations in north Tarnia.', [org('Grain Relief Agency'), region('Tarnia')])).lines).toEqual([
      'Grain Relief Agency operatesIn Tarnia',
    ]);
    expect((await relate('The money will expand Veltron’s research and development center in Ostgrad.', [org('Veltron'), city('Ostgrad')])).lines).toEqual([
      'Veltron operatesIn Ostgrad',
    ]);
  });

  it('gives nothing for a planned post, the seat, or a post sent elsewhere', async () => {
    expect((await relate('The board discussed Veltron’s planned factory in Ostgrad.', [org('Veltron'), city('Ostgrad')])).lines).toEqual([]);
    expect((await relate('Police guarded Veltron’s headquarters in Ostgrad.', [org('Veltron'), city('Ostgrad')])).lines).toEqual([]);
    expect((await relate('Veltron’s plants moved from Tarnia.', [org('Veltron'), region('Tarnia')])).lines).toEqual([]);
  });
});

// Branch newsrel4: the place named after its kind ("in the southern province of X").
describe('an organization’s forces or fighters in a place named after its kind', () => {
  it('reads "the <kind> of X" after "in"', async () => {
    expect((await relate('Northern League troops in the southern province of Tarnia came under fire.', [org('Northern League'), region('Tarnia')])).lines).toEqual([
      'Northern League operatesIn Tarnia',
    ]);
    expect((await relate('Two Northern League soldiers were killed Monday in the eastern Ostlandish town of Kell.', [org('Northern League'), demonym('Ostlandish', 'OS'), city('Kell')])).lines).toEqual([
      'Northern League operatesIn Kell',
    ]);
    expect((await relate('Red Hand militants in the northern city of Kell attacked a police post.', [org('Red Hand'), city('Kell')])).lines).toEqual([
      'Red Hand operatesIn Kell',
    ]);
  });

  it('gives nothing for troops from a place named after its kind, or sent to it', async () => {
    expect((await relate('Northern League troops from the southern province of Tarnia left.', [org('Northern League'), region('Tarnia')])).lines).toEqual([]);
    expect((await relate('Northern League troops will be sent to the southern province of Tarnia.', [org('Northern League'), region('Tarnia')])).lines).toEqual([]);
  });
});

// Branch wireops8: an organization's people as victims of violence at a place named first, and attacks at a place
// claimed by a group named after them.
describe('violence at a place that struck an organization’s people, and attacks there claimed by a group', () => {
  it('reads the victims after violence at a place', async () => {
    expect(
      (await relate('Bombings and clashes in northern and western Ostland have killed six Valdorian civilians and three Northern League soldiers this month.', [org('Northern League'), country('Ostland', 'OS')])).lines,
    ).toEqual(['Northern League operatesIn Ostland']);
  });

  it('gives nothing for fighters in a place who killed people elsewhere, or for victims of a report', async () => {
    expect((await relate('Militants in Ostland have killed two Northern League soldiers.', [org('Northern League'), country('Ostland', 'OS')])).lines).toEqual([]);
    expect(
      (await relate('Fighting in Ostland has killed ten people, officials said, and two Northern League soldiers died in Valdor.', [org('Northern League'), country('Ostland', 'OS'), country('Valdor', 'VD')])).lines,
    ).not.toContain('Northern League operatesIn Ostland');
  });

  it('reads attacks at a place claimed by a group', async () => {
    expect(
      (await relate('A string of bombings in Tarnia was claimed by several armed groups, among them Red Hand fighters.', [org('Red Hand'), region('Tarnia')])).lines,
    ).toEqual(['Red Hand operatesIn Tarnia']);
  });

  it('gives nothing for attacks blamed on a group, or attacks whose claim is denied', async () => {
    expect((await relate('A string of bombings in Tarnia was blamed on the Red Hand.', [org('Red Hand'), region('Tarnia')])).lines).toEqual([]);
    expect((await relate('The attacks in Tarnia were not claimed by the Red Hand.', [org('Red Hand'), region('Tarnia')])).lines).toEqual([]);
  });
});
