import { describe, expect, it } from 'vitest';
import { unitGrammarRecognizer } from '../../src/recognize/recognizers/unit-grammar.js';
import { demonym, named, recognizeWith, texts } from './run.js';

const units = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(unitGrammarRecognizer, text, earlier);

describe('unit-grammar', () => {
  it('reads ordinal + modifiers + type words + echelon', async () => {
    const ms = await units('Shelling by the 64th Separate Motorized Rifle Brigade and the 3rd Guards Tank Army continued near the river.');
    expect(texts(ms)).toEqual(['64th Separate Motorized Rifle Brigade', '3rd Guards Tank Army']);
    expect(ms.every((m) => m.type === 'MilitaryUnit' && m.form === 'name' && m.priority === 80)).toBe(true);
  });

  it('normalizes spelling variants, spelled ordinals and "Gds" in the canonical name', async () => {
    const ms = await units('Soldiers of the 12th Gds Motor Rifle Regiment joined the Fourth Tank Division on Monday.');
    expect(ms.map((m) => m.canonical)).toEqual(['12th Guards Motorized Rifle Regiment', '4th Tank Division']);
  });

  it('expands abbreviations after an ordinal', async () => {
    const ms = await units('Elements of the 29th CAA and the 7th Gds MRD redeployed.');
    expect(ms.map((m) => [m.text, m.canonical, m.form])).toEqual([
      ['29th CAA', '29th Combined Arms Army', 'acronym'],
      ['7th Gds MRD', '7th Guards Motorized Rifle Division', 'acronym'],
    ]);
  });

  it('keeps a place-named qualifier inside the unit name', async () => {
    const ms = await units("Fighters of the 2nd Luhansk People's Republic Army Corps shelled the village.");
    expect(texts(ms)).toEqual(["2nd Luhansk People's Republic Army Corps"]);
  });

  it('splits "X of the Y" into two units', async () => {
    const ms = await units('The 2nd Battalion of the 155th Naval Infantry Brigade withdrew.');
    expect(texts(ms)).toEqual(['2nd Battalion', '155th Naval Infantry Brigade']);
  });

  it('reads bracketed abbreviations, former names and parents as their own mentions', async () => {
    const text = "The 8th Combined Arms Army (CAA, formerly the 3rd Donetsk People's Republic Army Corps [DPR AC], Southern Military District [SMD]) attacked.";
    const ms = await units(text);
    expect(ms.map((m) => [m.text, m.form, m.expansion ?? null])).toEqual([
      ['8th Combined Arms Army', 'name', null],
      ['CAA', 'acronym', '8th Combined Arms Army'],
      ["3rd Donetsk People's Republic Army Corps", 'name', null],
      ['DPR AC', 'acronym', "3rd Donetsk People's Republic Army Corps"],
      ['Southern Military District', 'name', null],
      ['SMD', 'acronym', 'Southern Military District'],
    ]);
  });

  it('reads named formations without an ordinal and leaves the demonym out', async () => {
    const text = 'The Russian Northern Fleet and the Caspian Flotilla sailed while the Belarusian 103rd Airborne Brigade waited.';
    const ms = await units(text, (t) => [demonym(t, 'Russian', 'RU'), demonym(t, 'Belarusian', 'BY')]);
    expect(ms.map((m) => [m.text, m.nationality ?? null])).toEqual([
      ['Northern Fleet', 'country:RU'],
      ['Caspian Flotilla', null],
      ['103rd Airborne Brigade', 'country:BY'],
    ]);
  });

  it('reads a named unit with a lower-case echelon, but not a count or an adjective', async () => {
    const ms = await units('Fighters of the Aidar battalion held the bridge. Two battalions and Kremlin-backed battalions left.');
    expect(ms.map((m) => [m.text, m.canonical])).toEqual([['Aidar battalion', 'Aidar Battalion']]);
    expect(ms[0]!.confidence).toBeLessThan(0.7);
  });

  it('carries the gazetteer record of a curated unit with the same span', async () => {
    const text = 'The Caspian Flotilla sailed.';
    const ref = { id: 'unit:caspian-flotilla', name: 'Caspian Flotilla', type: 'MilitaryUnit' as const };
    const ms = await units(text, (t) => [named(t, 'Caspian Flotilla', 'MilitaryUnit', { ref })]);
    expect(ms.map((m) => [m.text, m.ref?.id])).toEqual([['Caspian Flotilla', 'unit:caspian-flotilla']]);
  });

  it('does not fire on ordinals, echelon words or abbreviations out of context', async () => {
    const ms = await units('On the 3rd day the army and its divisions met; the 21st century began. The WMD inspectors left. First, the Brigade said nothing.');
    expect(ms).toEqual([]);
  });

  it('leaves an office word before a named unit out of its name', async () => {
    const ms = await units('The order was signed by Deputy Northern Military District commander Ivan Petrov and by Acting Arctic Fleet commander Oleg Sidorov.');
    expect(texts(ms)).toEqual(['Northern Military District', 'Arctic Fleet']);
    // Other capitalized words before the echelon stay in the name.
    const named = await units('The Pacific Fleet and the Far Northern Military District held drills.');
    expect(texts(named)).toEqual(['Pacific Fleet', 'Far Northern Military District']);
  });
});
