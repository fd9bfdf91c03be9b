import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/document.js';
import { demonym } from './annotate.js';
import { city, region, relate, site, unit } from './run.js';

/** The statements of the event-scope reading, as "subject predicate object" lines. */
const scoped = (doc: Doc): string[] =>
  doc.relations.filter((r) => r.rule === 'attacked-scope-place').map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`);

const RU = demonym('Russian', 'RU');

describe('attack scope: the places of a stated attack read on to the clause end', () => {
  it('reads on to a place of a second locative phrase the rules stopped short of', async () => {
    const { doc } = await relate('Russian forces are fighting north of Ivanivka in the vicinity of Petrivka and on the southern outskirts of Stepove.', [
      RU, city('Ivanivka'), city('Petrivka'), city('Stepove'),
    ]);
    expect(scoped(doc)).toContain('Russian attacked Stepove');
  });

  it('reads on to a target site and the town it stands in', async () => {
    const { doc } = await relate('Ukrainian partisans set fire to signal equipment near the Orlovka Depot in Stepove.', [
      demonym('Ukrainian', 'UA'), site('Orlovka Depot'), city('Stepove'),
    ]);
    expect(doc.relations.some((r) => r.predicate === 'attacked' && doc.mentions[r.object]!.text === 'Stepove')).toBe(true);
  });

  it('gives the statement the clause date and the claim of the statement it reads on from', async () => {
    const { doc } = await relate('The ministry claimed that Russian forces are fighting north of Ivanivka in the vicinity of Petrivka and on the southern outskirts of Stepove on May 3.', [
      RU, city('Ivanivka'), city('Petrivka'), city('Stepove'),
    ], [['May 3', '2022-05-03']]);
    const r = doc.relations.find((x) => x.rule === 'attacked-scope-place');
    expect(r).toBeDefined();
    // The clause's date (an index into doc.dates) and who claims it, as the statement it reads on from has them.
    expect(r!.date).toBe(0);
    expect(r!.attribution).toBeDefined();
    const seed = doc.relations.find((x) => x.rule !== 'attacked-scope-place' && x.predicate === 'attacked');
    expect(r!.attribution).toEqual(seed!.attribution);
  });

  it('states nothing when the attack itself is negated', async () => {
    const { doc } = await relate('Russian forces did not fight north of Ivanivka in the vicinity of Petrivka and on the southern outskirts of Stepove.', [
      RU, city('Ivanivka'), city('Petrivka'), city('Stepove'),
    ]);
    expect(doc.relations.filter((r) => r.predicate === 'attacked')).toEqual([]);
  });
});

describe('attack scope guards: a place in the clause that plays another part', () => {
  const places = [RU, city('Ivanivka'), city('Petrivka')];
  const cases: Array<[string, string]> = [
    ['negated', 'Russian forces shelled Ivanivka and not Petrivka.'],
    ['verb-phrase', 'Russian forces shelled Ivanivka and then regrouped in Petrivka.'],
    ['verb-phrase of an irregular verb', 'Russian forces shelled Ivanivka and broke out of the ring near Petrivka.'],
    ['clause-subject', 'Russian forces shelled Ivanivka overnight, and officials in Petrivka reported outages.'],
    ['abutting', 'Russian troops fought in the direction of Ivanivka and Stepove Petrivka, although officials denied it.'],
    ['infinitive', 'Russian forces shelled Ivanivka to cut the road near Petrivka.'],
    ['aside', 'Russian forces shelled Ivanivka (a village near Petrivka) overnight.'],
    ['apposition', 'Russian forces shelled Ivanivka, a suburb of Petrivka.'],
    ['bearing', 'Russian forces shelled Ivanivka on the frontline north of Petrivka.'],
    ['origin', 'Russian forces shelled Ivanivka with artillery from Petrivka.'],
    ['origin of a list', 'Russian forces shelled Ivanivka with artillery from Stepove and Petrivka.'],
    ['origin phrase with a locative', 'Russian forces attacked Ivanivka from positions to the south near Petrivka.'],
    ['destination', 'Russian forces shelled Ivanivka on the way into Petrivka.'],
    ['toward', 'Russian forces shelled Ivanivka on the road toward Petrivka.'],
    ['route', 'Russian forces shelled Ivanivka along the road through Petrivka.'],
    ['hyphen-compound', 'Russian forces shelled Ivanivka on the Petrivka-Stepove road.'],
    ['owner', "Russian forces shelled Ivanivka with Petrivka's old guns."],
    ['modifier', 'Russian forces shelled Ivanivka on the Petrivka bypass.'],
    ['clause end', 'Russian forces shelled Ivanivka, which lies near Petrivka.'],
    ['comparison', 'Russian forces shelled an area of Ivanivka larger than Petrivka.'],
  ];
  for (const [guard, text] of cases) {
    it(`no scope statement past the ${guard} guard`, async () => {
      const { doc } = await relate(text, text.includes('Stepove') ? [...places, city('Stepove')] : places);
      expect(scoped(doc)).not.toContain('Russian attacked Petrivka');
    });
  }

  it('not the wider area a stated place lies in', async () => {
    const a = await relate('Russian forces shelled Ivanivka, Kherson Oblast, overnight.', [RU, city('Ivanivka'), region('Kherson Oblast')]);
    expect(scoped(a.doc)).toEqual([]);
    const b = await relate('Russian forces shelled Ivanivka in northern Kherson Oblast on Monday.', [RU, city('Ivanivka'), region('Kherson Oblast')]);
    expect(scoped(b.doc)).toEqual([]);
  });

  it('not a river', async () => {
    const { doc } = await relate('Russian forces shelled boats near Ivanivka on Monday in the Kalmius River.', [RU, city('Ivanivka'), site('Kalmius River')]);
    expect(scoped(doc)).toEqual([]);
  });

  it('not a place past another party', async () => {
    const { doc } = await relate('Russian forces shelled Ivanivka with the 5th Artillery Brigade in Petrivka.', [RU, city('Ivanivka'), unit('5th Artillery Brigade'), city('Petrivka')]);
    expect(scoped(doc)).toEqual([]);
  });

  it('reads no capture or withdrawal on', async () => {
    const a = await relate('Russian forces captured Ivanivka near the Orlovka Depot in Petrivka.', [RU, city('Ivanivka'), site('Orlovka Depot'), city('Petrivka')]);
    expect(a.doc.relations.filter((r) => r.predicate === 'captured').map((r) => a.doc.mentions[r.object]!.text)).not.toContain('Petrivka');
    const b = await relate('Russian forces withdrew from Ivanivka near the Orlovka Depot in Petrivka.', [RU, city('Ivanivka'), site('Orlovka Depot'), city('Petrivka')]);
    expect(b.doc.relations.filter((r) => r.predicate === 'withdrewFrom').map((r) => b.doc.mentions[r.object]!.text)).not.toContain('Petrivka');
  });
});
