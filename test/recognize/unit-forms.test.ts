import { describe, expect, it } from 'vitest';
import { unitGrammarRecognizer } from '../../src/recognize/recognizers/unit-grammar.js';
import { recognizeWith, texts } from './run.js';

const units = (text: string) => recognizeWith(unitGrammarRecognizer, text);

// Unit-name forms of branch unit18, with made-up republics, places and units.
describe('unit-grammar: forms of proxy forces and codes', () => {
  it("reads a republic's People's Militia, with its acronym in brackets or without, and with an ordinal", async () => {
    const ms = await units(
      "The Belka People's Republic (BNR) People's Militia claimed gains. The 104th Belka People's Republic (BNR) People's Militia held Dubno. Fighters of the Ostrova Oblast People's Militia trained.",
    );
    expect(texts(ms)).toEqual([
      "Belka People's Republic (BNR) People's Militia",
      "104th Belka People's Republic (BNR) People's Militia",
      "Ostrova Oblast People's Militia",
    ]);
    expect(ms[0]!.canonical).toBe("Belka People's Republic People's Militia");
  });

  it('reads a territorial defense force named by its territory, but not the service in the plural', async () => {
    const ms = await units("The Belka People's Republic (BNR) Territorial Defense Force claimed Dubno. Territorial Defense Forces of Freedonia held.");
    expect(texts(ms)).toEqual(["Belka People's Republic (BNR) Territorial Defense Force"]);
  });

  it('does not make a bracketed acronym part of a name without a republic before it, nor a lower-case echelon a name', async () => {
    const ms = await units("Soldiers of the Belka (BNR) People's Militia and the people's militia of Dubno left. Many Belka People's Republic (BNR) battalions advanced.");
    expect(texts(ms)).toEqual([]);
  });

  it("leaves a proxy republic's acronym before a name of its own outside the unit (People's Militia is the gazetteer's)", async () => {
    const ms = await units("The DNR Belka Battalion and the LNR Dubno Battalion attacked; the LNR People's Militia claimed it.");
    expect(texts(ms)).toEqual(['Belka Battalion', 'Dubno Battalion']);
  });

  it('leaves a lower-case echelon after a code or an abbreviation out of a unit, but keeps it after a name', async () => {
    const ms = await units('Elements of the KORD-12 detachment, other XMD detachments and an unspecified BNR battalion held the Ostrova battalion back.');
    expect(texts(ms)).toEqual(['Ostrova battalion']);
  });

  it('reads no unit from a lower-case spelled ordinal and a lower-case echelon, but does when either is capitalized', async () => {
    const ms = await units('It deployed its seventh detachment and a third battalion tactical group; the Seventh Detachment and the fourth Tank Regiment stayed.');
    expect(texts(ms)).toEqual(['Seventh Detachment', 'fourth Tank Regiment']);
  });

  it('reads an ordinal military base, not a bare or counted one', async () => {
    const ms = await units('Troops of the 915th Military Base in Ostrova and of a military base near Dubno left.');
    expect(texts(ms)).toEqual(['915th Military Base']);
  });
});

describe('unit-grammar: ordinals coordinated by "and/or"', () => {
  it('splits "the Nth and/or Mth ... Brigades" into two units, and leaves a bare "and/or" alone', async () => {
    const ms = await units('The report likely refers to the 915th and/or 916th Separate Rifle Brigades. Ostrova and/or Belka fell.');
    expect(texts(ms)).toEqual(['915th', '916th Separate Rifle Brigades']);
  });
});

describe('unit-grammar: abbreviations a document coins for a unit', () => {
  it('reads "(Nth XYZB)" spelling the unit\'s initials, and the later "Nth XYZB"', async () => {
    const ms = await units('The 915th Separate Guards Rifle Brigade (915th SGRB) lost Ostrova. Later the 915th SGRB withdrew, and the 916th SGRB too.');
    expect(ms.map((m) => [m.text, m.canonical])).toEqual([
      ['915th Separate Guards Rifle Brigade', '915th Separate Guards Rifle Brigade'],
      ['915th SGRB', '915th Separate Guards Rifle Brigade'],
      ['915th SGRB', '915th Separate Guards Rifle Brigade'],
      ['916th SGRB', '916th Separate Guards Rifle Brigade'],
    ]);
  });

  it('reads no abbreviation whose letters are not the initials, nor one of two letters, nor before its definition', async () => {
    const ms = await units('The 915th SGRB left. The 915th Separate Guards Rifle Brigade (915th XYZ) and the 917th Tank Brigade (TB2) held. The 915th XYZ left.');
    expect(texts(ms)).toEqual(['915th Separate Guards Rifle Brigade', '917th Tank Brigade']);
  });
});

describe('unit-grammar: echelons named only by a direction or by a republic', () => {
  it('reads a compass adjective before "Group", but no other name, nor a lower-case group', async () => {
    const ms = await units('The Northern Group commander and the Belka Group met; the southern group of villages and the Ostrova Western Group stayed.');
    expect(texts(ms)).toEqual(['Northern Group']);
    // A numbered group goes on after "Group": no name ends there.
    expect(texts(await units('The 915th Group of Information Operations left.'))).toEqual([]);
  });

  it("reads a republic's Militia, with or without its acronym, but no other militia", async () => {
    const ms = await units("The Belka People's Republic (BNR) Militia and the LNR Militia claimed gains; the Ostrova Militia and the Dubno People's Militia did not.");
    expect(texts(ms)).toEqual(["Belka People's Republic (BNR) Militia", 'LNR Militia', "Dubno People's Militia"]);
  });

  it('reads "Operation Command" as a spelling of Operational Command', async () => {
    const ms = await units('The Eastern Operation Command reported shelling.');
    expect(ms.map((m) => [m.text, m.canonical])).toEqual([['Eastern Operation Command', 'Eastern Operational Command']]);
  });
});

describe('unit-grammar: an ambiguous district abbreviation before a lower-case echelon', () => {
  it('reads the district before "detachments" or "battalion", not before other nouns', async () => {
    const ms = await units('Other WMD detachments held Dubno. The WMD programme of Ostrova ended.');
    expect(ms.map((m) => [m.text, m.canonical])).toEqual([['WMD', 'Western Military District']]);
  });
});
