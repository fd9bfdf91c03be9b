import { describe, expect, it } from 'vitest';
import { country, demonym, type MentionSpec } from './annotate.js';
import { city, org, region, relate, unit } from './run.js';

const RULE = 'unit-place-cooccurrence';

/** The operatesIn statements of a sentence as "unit → place [rule]". */
async function presence(text: string, mentions: MentionSpec[]): Promise<string[]> {
  const { doc } = await relate(text, mentions);
  return doc.relations.filter((r) => r.predicate === 'operatesIn').map((r) => `${doc.mentions[r.subject]!.text} → ${doc.mentions[r.object]!.text} [${r.rule}]`);
}

describe('the broad reading of operatesIn: a named unit, a presence word, a place after it (unit-place-cooccurrence)', () => {
  it('places a unit by a word of presence, fighting or losses between it and the place', async () => {
    expect(await presence('Freedonian forces took prisoners from the 2nd Tank Division at unspecified locations around Lipki on Monday.', [demonym('Freedonian', 'FD'), unit('2nd Tank Division'), city('Lipki')])).toContain(
      `2nd Tank Division → Lipki [${RULE}]`,
    );
    expect(await presence('Footage showed burned tanks of the 7th Assault Regiment after the battle outside Lipki.', [unit('7th Assault Regiment'), city('Lipki')])).toContain(`7th Assault Regiment → Lipki [${RULE}]`);
    expect(await presence('Only 19 of the 120 men belonging to the 9th Rifle Division came back from the battle for Dubki.', [unit('9th Rifle Division'), city('Dubki')])).toContain(`9th Rifle Division → Dubki [${RULE}]`);
  });

  it('keeps the date and the claim of the clause, as every statement', async () => {
    const { doc } = await relate(
      'Freedonian officials claimed that their forces took prisoners from the 2nd Tank Division at unspecified locations around Lipki on March 3.',
      [demonym('Freedonian', 'FD'), unit('2nd Tank Division'), city('Lipki')],
      [['March 3', '2022-03-03']],
    );
    const r = doc.relations.find((x) => x.rule === RULE);
    expect(r).toBeDefined();
    expect(r!.attribution?.cue).toBe('claimed');
    expect(r!.date).toBeDefined();
  });

  it('places only what follows the first presence word after the unit, for each unit of a list alike', async () => {
    // The word after the first place: only the second is placed; the word before both: both are.
    const after = await presence('Footage of the 7th Assault Regiment circulated in Dubki after the battle outside Lipki.', [unit('7th Assault Regiment'), city('Dubki'), city('Lipki')]);
    expect(after).toContain(`7th Assault Regiment → Lipki [${RULE}]`);
    expect(after).not.toContain(`7th Assault Regiment → Dubki [${RULE}]`);
    expect(await presence('Footage of the 7th Assault Regiment circulated in Lipki after the battle outside Dubki.', [unit('7th Assault Regiment'), city('Lipki'), city('Dubki')])).toContain(
      `7th Assault Regiment → Dubki [${RULE}]`,
    );
    const listed = await presence('Freedonian forces took prisoners from the 2nd Tank Division and the 3rd Tank Division at unspecified locations around Lipki on Monday.', [
      demonym('Freedonian', 'FD'),
      unit('2nd Tank Division'),
      unit('3rd Tank Division'),
      city('Lipki'),
    ]);
    expect(listed).toEqual(expect.arrayContaining([`2nd Tank Division → Lipki [${RULE}]`, `3rd Tank Division → Lipki [${RULE}]`]));
  });

  it('needs a word of presence between the two names, and the place after the unit', async () => {
    expect(await presence('The 2nd Tank Division and volunteers from the region gathered pictures of Lipki.', [unit('2nd Tank Division'), city('Lipki')])).toEqual([]);
    expect(await presence('In Lipki, officials praised the 2nd Tank Division for its losses.', [city('Lipki'), unit('2nd Tank Division')])).toEqual([]);
    // A nationality or a country is never placed (guidelines: no operatesIn for them).
    expect(await presence('Freedonian soldiers complained about their losses near Lipki.', [demonym('Freedonian', 'FD'), city('Lipki')])).toEqual([]);
  });

  // One sentence per guard (cooccurrence-guards.ts), each with a presence word between the unit and the place.
  const guarded: Array<[string, string, MentionSpec[]]> = [
    ['ownName: a place compounded into an owner', 'Soldiers of the 9th Rifle Division complained that their losses were blamed on Lipki-based volunteers.', [unit('9th Rifle Division'), city('Lipki')]],
    ['ownerOfSomeUnit: the place owns another unit', "Soldiers of the 9th Rifle Division complained that their losses were blamed on Lipki's 3rd Battalion.", [unit('9th Rifle Division'), city('Lipki'), unit('3rd Battalion')]],
    ['parentOfUnitBefore: the parent of the unit acting', 'Elements of the 4th Brigade of the 2nd Army fought hard near Dubki.', [unit('4th Brigade'), unit('2nd Army'), city('Dubki')]],
    ['origin: where it came from', 'The 9th Rifle Division moved its artillery from Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['headedToward: where a move heads', 'Soldiers of the 9th Rifle Division complained about losses on their long march toward Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['withdrawnTo: where a withdrawal goes', 'The 9th Rifle Division finally withdrew to Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['raisedIn: where it was formed', 'Soldiers of the 9th Rifle Division complained about losses in a unit that was formed in Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['bearing: a reference point', 'Soldiers of the 9th Rifle Division complained about losses in fields 20 km west of central Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['country: a whole country', 'Soldiers of the 9th Rifle Division complained about their losses in Freedonia.', [unit('9th Rifle Division'), country('Freedonia', 'FD')]],
    ['areaOfPlace: a region locating a town', 'The 9th Rifle Division suffered losses near Lipki, Dubki Oblast.', [unit('9th Rifle Division'), city('Lipki'), region('Dubki Oblast')]],
    ['bracket: an aside', 'The 9th Rifle Division (which fought near Lipki) was disbanded.', [unit('9th Rifle Division'), city('Lipki')]],
    ['otherActor: another unit nearer the place', 'The 9th Rifle Division lost ground after the 3rd Tank Army arrived in Lipki.', [unit('9th Rifle Division'), unit('3rd Tank Army'), city('Lipki')]],
    ['clauseBreak: a new clause', 'The 9th Rifle Division suffered losses; fighting continued in Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['purpose: what the unit is for', 'Soldiers of the 9th Rifle Division complained about losses and orders to guard Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['against: the target of an action', 'Soldiers of the 9th Rifle Division complained about losses and a campaign against Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['speaker: the unit says it', 'The 9th Rifle Division stated that fighting continues in Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['parentOrArmy: a superior named for a subordinate', 'The 4th Brigade, part of the 2nd Army, lost many vehicles near Dubki.', [unit('4th Brigade'), unit('2nd Army'), city('Dubki')]],
    ['ownerOfPeople: the place owns forces', 'The 9th Rifle Division fought Lipki troops.', [unit('9th Rifle Division'), city('Lipki')]],
    ['notStatedAsFact: a forecast', 'The 9th Rifle Division will likely deploy to Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['alternatives: either place', 'Soldiers of the 9th Rifle Division complained about losses near Lipki or Dubki.', [unit('9th Rifle Division'), city('Lipki'), city('Dubki')]],
    ['otherClause: the place opens its own clause', 'The 9th Rifle Division fought for a week, and Lipki fell.', [unit('9th Rifle Division'), city('Lipki')]],
    ['otherClause: a relative clause on another noun', 'The 9th Rifle Division lost the trucks that were supplying Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['warOrTime: the war in a country', 'Soldiers of the 9th Rifle Division complained about losses in the war in Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['warOrTime: the time of another event', 'Soldiers of the 9th Rifle Division complained about losses long before the fall of Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['notTheForce: the dead of the unit', 'Officials received the bodies of 9th Rifle Division fighters in Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['notTheForce: the unit as what is hit', 'Artillery destroyed the 9th Rifle Division, then fighting moved to Lipki.', [unit('9th Rifle Division'), city('Lipki')]],
    ['objectOfActor: another actor acts on the unit', 'The Freedonian Ministry disbanded the 9th Rifle Division after losses in Lipki.', [org('Freedonian Ministry'), unit('9th Rifle Division'), city('Lipki')]],
  ];
  it.each(guarded)('does not state it past a guard (%s)', async (_name, text, mentions) => {
    expect((await presence(text, mentions)).filter((l) => l.endsWith(`[${RULE}]`))).toEqual([]);
  });

  it('states nothing a rule already stated for the pair in the sentence', async () => {
    const lines = await presence('The 9th Rifle Division is operating near Lipki.', [unit('9th Rifle Division'), city('Lipki')]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(RULE);
  });
});
