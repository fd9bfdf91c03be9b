import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const russian = demonym('Russian', 'RU');
const ukrainian = demonym('Ukrainian', 'UA');
const river = (text: string) => ({ text, type: 'Place' as const, placeKind: 'Region' as const });

/** Precision guards of the event rules: words that look like an event and are not one. */
describe('withdrawals: the river bank, the heading', () => {
  it('reads no withdrawal from "the left bank of X", but still from "left X"', async () => {
    const bank = await relate('Russian forces built new trenches on the left bank of the Vorskla River.', [russian, river('Vorskla River')]);
    expect(bank.lines).toEqual([]);
    const units = await relate('Russian units moved reserves to the left bank of the Vorskla River.', [russian, river('Vorskla River')]);
    expect(units.lines).toEqual([]);
    const left = await relate('Ukrainian forces left Brova on Tuesday.', [ukrainian, city('Brova')]);
    expect(left.lines).toEqual(['Ukrainian withdrewFrom Brova']);
  });

  it('reads no withdrawal from the place a retreat heads for', async () => {
    const toward = await relate('Russian forces retreated in the direction of Brova.', [russian, city('Brova')]);
    expect(toward.lines).toEqual([]);
    const from = await relate('Russian forces retreated from Hlynne in the direction of Brova.', [russian, city('Hlynne'), city('Brova')]);
    expect(from.lines).toEqual(['Russian withdrewFrom Hlynne']);
  });
});

describe('control: the verb, not the noun phrase', () => {
  it('reads who controls a place from the verb or from a verb of holding before the noun', async () => {
    const verb = await relate('Russian forces currently control Brova.', [russian, city('Brova')]);
    expect(verb.lines).toEqual(['Russian captured Brova']);
    const part = await relate('Russian forces control most of Brova.', [russian, city('Brova')]);
    expect(part.lines).toEqual(['Russian captured Brova']);
    const holding = await relate('Ukrainian forces have full control of Brova.', [ukrainian, city('Brova')]);
    expect(holding.lines).toEqual(['Ukrainian captured Brova']);
  });

  it('reads no capture from a nationality that only qualifies the noun "control"', async () => {
    const threat = await relate('The counterattacks east of Hlynne are threatening Russian control of Brova.', [city('Hlynne'), russian, city('Brova')]);
    expect(threat.lines.filter((l) => l.includes('captured'))).toEqual([]);
    const verify = await relate('Observers could not verify Russian control of Brova.', [russian, city('Brova')]);
    expect(verify.lines).toEqual([]);
    const fire = await relate('The strikes were meant to disrupt Ukrainian fire control over Brova.', [ukrainian, city('Brova')]);
    expect(fire.lines).toEqual([]);
  });
});

describe('attacks: forecasts and clauses between the attack and the place', () => {
  it('reads no attack from a forecast named by an adjective', async () => {
    const future = await relate('Kyiv must prepare to protect itself against a future Russian attack on Brova.', [city('Kyiv'), russian, city('Brova')]);
    expect(future.lines).toEqual([]);
    const putative = await relate('Officials prepared shelters ahead of a putative Russian assault on Brova.', [russian, city('Brova')]);
    expect(putative.lines).toEqual([]);
  });

  it('does not carry an attack over a clause of another actor to its place', async () => {
    const as = await relate('Russian forces conducted local counterattacks as Ukrainian forces continued offensive operations in the Brova area.', [russian, ukrainian, city('Brova')]);
    expect(as.lines).toEqual(['Ukrainian attacked Brova']);
    const same = await relate('Russian forces conducted limited counterattacks on Ukrainian positions in the Brova area.', [russian, ukrainian, city('Brova')]);
    expect(same.lines).toEqual(['Russian attacked Brova']);
  });

  it('takes no name after "in eastern" for the actor', async () => {
    const eastern = await relate('Moscow continued operations in eastern Ukraine as it worked to rebuild units withdrawn from Brova.', [city('Moscow'), { text: 'Ukraine', type: 'Place', placeKind: 'Country' }, city('Brova')]);
    expect(eastern.lines.filter((l) => l.includes('withdrewFrom'))).toEqual([]);
  });
});

describe('presence: a deployment only planned or readied', () => {
  it('reads no operatesIn from "may send", "is preparing to deploy", "will deploy"', async () => {
    const may = await relate('Russian forces may commit elements of the 9th Tank Army to Brova in the coming weeks.', [russian, unit('9th Tank Army'), city('Brova')]);
    expect(may.lines).toEqual([]);
    const preparing = await relate('A battalion of the 77th Brigade is preparing to deploy to Brova.', [unit('77th Brigade'), city('Brova')]);
    expect(preparing.lines).toEqual([]);
    const will = await relate('The 77th Brigade will likely redeploy to Brova next month.', [unit('77th Brigade'), city('Brova')]);
    expect(will.lines).toEqual([]);
  });

  it('still reads a deployment that happened', async () => {
    const sent = await relate('Russian forces sent elements of the 9th Tank Army to Brova.', [russian, unit('9th Tank Army'), city('Brova')]);
    expect(sent.lines).toEqual(['9th Tank Army operatesIn Brova']);
    const redeployed = await relate('The 77th Brigade was redeployed from Hlynne to Brova.', [unit('77th Brigade'), city('Hlynne'), city('Brova')]);
    expect(redeployed.lines).toContain('77th Brigade operatesIn Brova');
  });
});

describe('forecasts after the event, brackets of list members', () => {
  it('reads no attack that a time to come places in the future', async () => {
    const coming = await relate('Observers expect a Ukrainian counteroffensive near Brova in the coming weeks.', [ukrainian, city('Brova')]);
    expect(coming.lines).toEqual([]);
    const past = await relate('Ukrainian forces conducted a counteroffensive near Brova in recent weeks.', [ukrainian, city('Brova')]);
    expect(past.lines).toEqual(['Ukrainian attacked Brova']);
  });

  it('gives a later bracket only to the list member it follows', async () => {
    const mentions = [unit('3rd Regiment'), unit('5th Division'), unit('7th Regiment'), unit('9th Division')];
    const own = await relate('The 3rd Regiment (of the 5th Division) and the 7th Regiment (of the 9th Division) moved.', mentions);
    expect(own.lines.filter((l) => l.includes('partOf')).sort()).toEqual(['3rd Regiment partOf 5th Division', '7th Regiment partOf 9th Division']);
    const shared = await relate('The 3rd Regiment and the 7th Regiment (both of the 9th Division) moved.', [unit('3rd Regiment'), unit('7th Regiment'), unit('9th Division')]);
    expect(shared.lines.filter((l) => l.includes('partOf')).sort()).toEqual(['3rd Regiment partOf 9th Division', '7th Regiment partOf 9th Division']);
  });
});

describe('claims the text calls false after the event', () => {
  it('reads no capture or withdrawal from reports called false or incorrect after them', async () => {
    const falseAfter = await relate('Claims that Russian forces captured Brova are likely false.', [russian, city('Brova')]);
    expect(falseAfter.lines).toEqual([]);
    const incorrect = await relate('Reports that Ukrainian forces withdrew from Brova are incorrect.', [ukrainian, city('Brova')]);
    expect(incorrect.lines).toEqual([]);
  });

  it('still reads a false-flag attack as an attack', async () => {
    const flag = await relate('Russian operatives likely conducted a false-flag attack on Brova.', [russian, city('Brova')]);
    expect(flag.lines).toEqual(['Russian attacked Brova']);
    const later = await relate('Russian forces shelled Brova in a false flag operation.', [russian, city('Brova')]);
    expect(later.lines).toEqual(['Russian attacked Brova']);
  });
});
