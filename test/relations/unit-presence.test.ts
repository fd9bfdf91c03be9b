import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

/** Where units operate, read from the sentence's structure: each mechanism with a sentence it must read and one it must not. */
describe('operatesIn from relative clauses, bracketed unit lists and a unit\'s zone', () => {
  it('reads a relative clause of the unit ("X, which is operating near Y, …")', async () => {
    const { lines } = await relate('The 41st Army, which is operating near Borova, lost two tanks.', [unit('41st Army'), city('Borova')]);
    expect(lines).toEqual(['41st Army operatesIn Borova']);
  });

  it('reads no presence from a relative clause of a plan or of what happened to the unit elsewhere', async () => {
    const plan = await relate('The 41st Army, which will likely deploy near Borova, is still forming.', [unit('41st Army'), city('Borova')]);
    expect(plan.lines).toEqual([]);
    const object = await relate('The 41st Army, which troops from Borova had trained, rested.', [unit('41st Army'), city('Borova')]);
    expect(object.lines).toEqual([]);
  });

  it('places every unit of a bracketed "including" list where the forces act', async () => {
    const { lines } = await relate('Russian forces (including the 9th Rifle Division and the 12th Tank Regiment) continued attacks near Orlivka and Tonenke.', [
      demonym('Russian', 'RU'),
      unit('9th Rifle Division'),
      unit('12th Tank Regiment'),
      city('Orlivka'),
      city('Tonenke'),
    ]);
    for (const u of ['9th Rifle Division', '12th Tank Regiment']) for (const p of ['Orlivka', 'Tonenke']) expect(lines).toContain(`${u} operatesIn ${p}`);
  });

  it('places no unit of the list when the forces only will act', async () => {
    const { lines } = await relate('Russian forces (including the 9th Rifle Division) will attack Orlivka.', [demonym('Russian', 'RU'), unit('9th Rifle Division'), city('Orlivka')]);
    expect(lines.filter((l) => l.includes('operatesIn'))).toEqual([]);
  });

  it('reads a unit\'s area of responsibility near a place', async () => {
    const { lines } = await relate("Russian forces in the 5th Army's area of responsibility near Staromlynivka shelled positions.", [
      demonym('Russian', 'RU'),
      unit('5th Army'),
      city('Staromlynivka'),
    ]);
    expect(lines).toContain('5th Army operatesIn Staromlynivka');
    const none = await relate("The 5th Army's area of responsibility widened, officials in Staromlynivka said.", [unit('5th Army'), city('Staromlynivka')]);
    expect(none.lines).toEqual([]);
  });
});

describe('coordinated units after "elements of" and chained places', () => {
  it('reads each unit of "elements of the A and B" and each place of a locative chain', async () => {
    const { lines } = await relate('Elements of the 8th Army Corps and 3rd Airborne Division continue to operate on the bank of the Oskil River near Dvorichna.', [
      unit('8th Army Corps'),
      unit('3rd Airborne Division'),
      { text: 'Oskil River', type: 'Place', placeKind: 'Region' },
      city('Dvorichna'),
    ]);
    for (const u of ['8th Army Corps', '3rd Airborne Division']) {
      expect(lines).toContain(`${u} operatesIn Oskil River`);
      expect(lines).toContain(`${u} operatesIn Dvorichna`);
    }
  });

  it('does not take the owner of a unit for a conjunct ("the 3rd Battalion of the 14th Brigade and the 5th Brigade")', async () => {
    const { lines } = await relate('The 3rd Battalion of the 14th Brigade and the 5th Brigade are operating near Lyman.', [
      unit('3rd Battalion'),
      unit('14th Brigade'),
      unit('5th Brigade'),
      city('Lyman'),
    ]);
    expect(lines).toContain('3rd Battalion operatesIn Lyman');
    expect(lines).toContain('5th Brigade operatesIn Lyman');
  });

  it('puts a unit where it acts, not where it heads ("advanced from X toward Y")', async () => {
    const { lines } = await relate('The 1st Tank Army advanced from Izium toward Sloviansk.', [unit('1st Tank Army'), city('Izium'), city('Sloviansk')]);
    expect(lines).toContain('1st Tank Army operatesIn Izium');
    expect(lines).not.toContain('1st Tank Army operatesIn Sloviansk');
  });
});

describe('"where" clauses: the place of the head noun', () => {
  it('places a unit of a "where" clause at the head place', async () => {
    const { lines } = await relate('Russian forces advanced near Brova, where elements of the 14th Brigade are defending.', [demonym('Russian', 'RU'), city('Brova'), unit('14th Brigade')]);
    expect(lines).toContain('14th Brigade operatesIn Brova');
    const planned = await relate('Fighting continued near Brova, where the 14th Brigade will likely deploy.', [city('Brova'), unit('14th Brigade')]);
    expect(planned.lines).toEqual([]);
  });

  it('gives a "where" clause\'s attack the head place only when the attack names no place of its own', async () => {
    const own = await relate('Fighting continued in Zaporizhia Oblast, where Russian forces attacked near Orikhiv.', [region('Zaporizhia Oblast'), demonym('Russian', 'RU'), city('Orikhiv')]);
    expect(own.lines).toEqual(['Russian attacked Orikhiv']);
  });
});

describe('units sent from one place to another', () => {
  it('places the unit where it was sent, not where it came from', async () => {
    const { lines } = await relate('The command transferred elements of the 7th Division from the Kherson direction to the Zaporizhia direction.', [
      unit('7th Division'),
      city('Kherson'),
      city('Zaporizhia'),
    ]);
    expect(lines).toEqual(['7th Division operatesIn Zaporizhia']);
  });
});

describe('more ways a text places a unit', () => {
  it('reads relative clauses without a comma and "all of which", placing verbs, "in the vicinity of", surrendering and passing through', async () => {
    const that = await relate('Elements of the 6th Army that had been operating in Borova were reinforced.', [unit('6th Army'), city('Borova')]);
    expect(that.lines).toContain('6th Army operatesIn Borova');
    const all = await relate('They were joined by the 35th Army and the 106th Division, all of which fought around Brova.', [unit('35th Army'), unit('106th Division'), city('Brova')]);
    expect(all.lines).toEqual(expect.arrayContaining(['35th Army operatesIn Brova', '106th Division operatesIn Brova']));
    const placed = await relate('Russian commanders are concentrating elements of the 41st Army near the southern outskirts of Brova.', [demonym('Russian', 'RU'), unit('41st Army'), city('Brova')]);
    expect(placed.lines).toContain('41st Army operatesIn Brova');
    const vicinity = await relate('Elements of the 90th Division are fighting around Lyman in the vicinity of Brova.', [unit('90th Division'), city('Lyman'), city('Brova')]);
    expect(vicinity.lines).toEqual(expect.arrayContaining(['90th Division operatesIn Lyman', '90th Division operatesIn Brova']));
    const through = await relate('Vehicles of the 35th Brigade traveled through Brova.', [unit('35th Brigade'), city('Brova')]);
    expect(through.lines).toContain('35th Brigade operatesIn Brova');
  });

  it('places no unit a relative clause only plans for, nor one that is merely named near a verb of placing', async () => {
    const plan = await relate('Elements of the 6th Army that will likely operate near Borova are forming.', [unit('6th Army'), city('Borova')]);
    expect(plan.lines).toEqual([]);
    const said = await relate('The 6th Army said that Russian forces are concentrating near Borova.', [unit('6th Army'), demonym('Russian', 'RU'), city('Borova')]);
    expect(said.lines.filter((l) => l.startsWith('6th Army'))).toEqual([]);
  });
});
