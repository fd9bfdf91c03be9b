import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, person, region, relate, site, unit } from './run.js';

// Own sentences (made up): the recall mechanisms of presence, place lists, visits.
describe('operatesIn: a second verb phrase of the same unit', () => {
  it('places the unit at the place of its second phrase, also through a list of units', async () => {
    const two = await relate('The 14th Brigade is deployed in Orikhiv and is also holding positions around Tokmak.', [
      unit('14th Brigade'),
      city('Orikhiv'),
      city('Tokmak'),
    ]);
    expect(two.lines.sort()).toEqual(['14th Brigade operatesIn Orikhiv', '14th Brigade operatesIn Tokmak']);
    const list = await relate('The 14th Brigade and the 9th Regiment fought near Orikhiv and later regrouped near Tokmak.', [
      unit('14th Brigade'),
      unit('9th Regiment'),
      city('Orikhiv'),
      city('Tokmak'),
    ]);
    expect(list.lines.filter((l) => l.endsWith('Tokmak')).sort()).toEqual(['14th Brigade operatesIn Tokmak', '9th Regiment operatesIn Tokmak']);
  });

  it('gives the second place to no one when "and" opens a clause with a new subject or a plan', async () => {
    const other = await relate('The 14th Brigade fought near Orikhiv and the 9th Regiment operated near Tokmak.', [
      unit('14th Brigade'),
      city('Orikhiv'),
      unit('9th Regiment'),
      city('Tokmak'),
    ]);
    expect(other.lines).not.toContain('14th Brigade operatesIn Tokmak');
    const plan = await relate('The 14th Brigade fought near Orikhiv and may redeploy near Tokmak.', [unit('14th Brigade'), city('Orikhiv'), city('Tokmak')]);
    expect(plan.lines.filter((l) => l.includes('operatesIn'))).toEqual(['14th Brigade operatesIn Orikhiv']);
    // Asserted no presence until branch dir18, which reversed it from the read golds (a named unit moving or advancing
    // straight toward X: operatesIn in 3 of 4 sentences; unit-move-destination.ts).
    const toward = await relate('The 14th Brigade fought near Orikhiv and advanced toward Tokmak.', [unit('14th Brigade'), city('Orikhiv'), city('Tokmak')]);
    expect(toward.lines.filter((l) => l.includes('operatesIn')).sort()).toEqual(['14th Brigade operatesIn Orikhiv', '14th Brigade operatesIn Tokmak']);
    const heading = await relate('The 14th Brigade fought near Orikhiv and is heading toward Tokmak.', [unit('14th Brigade'), city('Orikhiv'), city('Tokmak')]);
    expect(heading.lines.filter((l) => l.includes('operatesIn'))).toEqual(['14th Brigade operatesIn Orikhiv']);
  });
});

describe('unit lists: a conjunct opened by a modified part noun', () => {
  it('reads "and naval infantry elements of the B" and "reserves of the B" as conjuncts of the list', async () => {
    const naval = await relate('Elements of the 14th Brigade and naval infantry elements of the 9th Regiment are active near Tokmak.', [
      unit('14th Brigade'),
      unit('9th Regiment'),
      city('Tokmak'),
    ]);
    expect(naval.lines.sort()).toEqual(['14th Brigade operatesIn Tokmak', '9th Regiment operatesIn Tokmak']);
    const reserves = await relate('The 14th Brigade, reserves of the 9th Regiment, and the 3rd Battalion are active near Tokmak.', [
      unit('14th Brigade'),
      unit('9th Regiment'),
      unit('3rd Battalion'),
      city('Tokmak'),
    ]);
    expect(reserves.lines.sort()).toEqual(['14th Brigade operatesIn Tokmak', '3rd Battalion operatesIn Tokmak', '9th Regiment operatesIn Tokmak']);
  });

  it('does not join a unit named after a verb to the list before it', async () => {
    const verb = await relate('The 14th Brigade praised fresh elements of the 9th Regiment active near Tokmak.', [unit('14th Brigade'), unit('9th Regiment'), city('Tokmak')]);
    expect(verb.lines).not.toContain('14th Brigade operatesIn Tokmak');
  });
});

describe('locatedIn: a list closed by "and" before ", Region"', () => {
  it('locates each town of the list, and not past a region inside it', async () => {
    const list = await relate('Officials closed schools in Tokmak, Vasylivka, and Orikhiv, Zaporizhzhia Oblast.', [
      city('Tokmak'),
      city('Vasylivka'),
      city('Orikhiv'),
      region('Zaporizhzhia Oblast'),
    ]);
    expect(list.lines.sort()).toEqual(['Orikhiv locatedIn Zaporizhzhia Oblast', 'Tokmak locatedIn Zaporizhzhia Oblast', 'Vasylivka locatedIn Zaporizhzhia Oblast']);
    const pairs = await relate('Shells hit Sarny, Rivne Oblast, and Tokmak, Zaporizhzhia Oblast.', [
      city('Sarny'),
      region('Rivne Oblast'),
      city('Tokmak'),
      region('Zaporizhzhia Oblast'),
    ]);
    expect(pairs.lines.sort()).toEqual(['Sarny locatedIn Rivne Oblast', 'Tokmak locatedIn Zaporizhzhia Oblast']);
  });
});

describe('visited: what is visited at a place', () => {
  it('reads "visited <things> in Y" and "X’s <qualified> visit to Y"', async () => {
    const colonies = await relate('Pavel Orlov visited two prisons in Orikhiv last week.', [person('Pavel Orlov'), city('Orikhiv')]);
    expect(colonies.lines).toEqual(['Pavel Orlov visited Orikhiv']);
    const visit = await relate('Orlov’s unannounced frontline visit to Orikhiv drew attention.', [person('Orlov'), city('Orikhiv')]);
    expect(visit.lines).toEqual(['Orlov visited Orikhiv']);
  });

  it('does not read a place of a clause or a past between', async () => {
    const clause = await relate('Pavel Orlov visited soldiers who fought in Orikhiv.', [person('Pavel Orlov'), city('Orikhiv')]);
    expect(clause.lines).toEqual([]);
    const from = await relate('Pavel Orlov visited refugees from Orikhiv.', [person('Pavel Orlov'), city('Orikhiv')]);
    expect(from.lines).toEqual([]);
    const site_ = await relate('Pavel Orlov praised the Orikhiv Plant.', [person('Pavel Orlov'), site('Orikhiv Plant')]);
    expect(site_.lines).toEqual([]);
  });
});

describe('place anaphora: a bearing\'s reference point is not what "the town" stands for', () => {
  it('refers "the settlement" to the place a bearing locates, with both sentences as evidence', async () => {
    const text = 'Footage showed ruins in Orikhiv (20km south of Tokmak). Russian forces shelled the settlement again.';
    const { doc, lines } = await relate(text, [city('Orikhiv'), city('Tokmak'), demonym('Russian', 'RU')]);
    expect(lines).toEqual(['Russian attacked Orikhiv']);
    expect(doc.relations[0]!.antecedentSentence).toBe(0);
  });

  it('keeps a bearing\'s place as the antecedent when no place before it is located', async () => {
    const { lines } = await relate('Troops took ground west of Tokmak. Russian forces shelled the town again.', [
      city('Tokmak'),
      demonym('Russian', 'RU'),
    ]);
    expect(lines).toEqual(['Russian attacked Tokmak']);
  });
});

describe('visited-noun: a qualified visit', () => {
  it('reads a dated or qualified visit but not one still to come', async () => {
    const dated = await relate('Orlov’s March 3 visit to Orikhiv drew attention.', [person('Orlov'), city('Orikhiv')]);
    expect(dated.lines).toEqual(['Orlov visited Orikhiv']);
    const upcoming = await relate('Orlov’s upcoming visit to Orikhiv drew attention.', [person('Orlov'), city('Orikhiv')]);
    expect(upcoming.lines).toEqual([]);
  });
});

describe('operatesIn: whose positions are held, whose post is struck', () => {
  it('places a unit reinforcing positions named by a nationality, not one formed to reinforce them', async () => {
    const russian = demonym('Russian', 'RU');
    const held = await relate('Elements of the 14th Brigade were reinforcing Russian positions around Tokmak.', [unit('14th Brigade'), russian, city('Tokmak')]);
    expect(held.lines).toEqual(['14th Brigade operatesIn Tokmak']);
    const purpose = await relate('Moscow formed the 14th Brigade to reinforce Russian positions around Tokmak.', [unit('14th Brigade'), russian, city('Tokmak')]);
    expect(purpose.lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });

  it('places the unit whose materiel or post was hit at the place, also past a bracket and "at an unspecified location"', async () => {
    const btg = await relate('Artillery inflicted losses on a BTG of the 9th Regiment (of the 3rd Division) at an unspecified location in Zaporizhzhia Oblast.', [
      unit('9th Regiment'),
      unit('3rd Division'),
      region('Zaporizhzhia Oblast'),
    ]);
    expect(btg.lines).toContain('9th Regiment operatesIn Zaporizhzhia Oblast');
    const purpose = await relate('Partisans destroyed a column of the 9th Regiment to prevent an assault near Tokmak.', [unit('9th Regiment'), city('Tokmak')]);
    expect(purpose.lines).toEqual([]);
  });
});
