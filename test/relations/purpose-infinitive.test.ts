import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const events = (lines: string[]) => lines.filter((l) => l.includes(' attacked ') || l.includes(' foughtAgainst '));
const ru = demonym('Russian', 'RU');

/** Branch rel37 (issue 13): forces sent "to fight" somewhere have not fought there yet (purpose-infinitive.ts). */
describe('forces sent to act (purpose-infinitive.ts)', () => {
  it('reads no attack by a unit sent, deployed or redeployed to fight or attack', async () => {
    const division = unit('12th Rifle Division');
    const cases: Array<[string, ReturnType<typeof unit>[]]> = [
      ['The Russian command sent the 12th Rifle Division to fight near Tarnok.', [ru, division, city('Tarnok')]],
      ['Russian commanders deployed elements of the 12th Rifle Division to attack Tarnok.', [ru, division, city('Tarnok')]],
      ['The 12th Rifle Division was redeployed to storm Tarnok last week.', [division, city('Tarnok')]],
      ['A conscript from Pelm joined the 12th Rifle Division to fight near Tarnok.', [city('Pelm'), division, city('Tarnok')]],
    ];
    for (const [text, mentions] of cases) {
      const { lines } = await relate(text, mentions);
      expect(events(lines)).toEqual([]);
    }
  });

  it('keeps where the unit was sent (operatesIn), only the event is dropped', async () => {
    const { lines } = await relate('The Russian command sent the 12th Rifle Division to fight near Tarnok.', [ru, unit('12th Rifle Division'), city('Tarnok')]);
    expect(lines).toContain('12th Rifle Division operatesIn Tarnok');
  });

  it('reads no attack by forces that send others to resume an offensive', async () => {
    const { lines } = await relate('Russian forces redeployed additional units to resume offensive operations near Tarnok.', [ru, city('Tarnok')]);
    expect(events(lines)).toEqual([]);
  });

  it('keeps the attack when the forces act themselves: "continued to fight", "moved to attack"', async () => {
    for (const text of ['Russian forces continued to fight near Tarnok.', 'Russian forces moved to attack Tarnok on May 4.']) {
      const { lines } = await relate(text, [ru, city('Tarnok')]);
      expect(events(lines)).toEqual(['Russian attacked Tarnok']);
    }
  });

  it('keeps the sender\'s own operations that new forces are sent to support', async () => {
    const { lines } = await relate('Russian forces are deploying additional troops to support offensive operations near Tarnok.', [ru, city('Tarnok')]);
    expect(events(lines)).toEqual(['Russian attacked Tarnok']);
  });

  it('keeps a "to" before a noun or a gerund: the fighting is stated', async () => {
    const gerund = await relate('Russia committed its naval infantry reserves to fighting in Tarnok.', [{ text: 'Russia', type: 'Place', placeKind: 'Country' }, city('Tarnok')]);
    expect(events(gerund.lines)).toEqual(['Russia attacked Tarnok']);
    const noun = await relate('Russian forces deployed newly mobilized personnel to offensive operations near Tarnok.', [ru, city('Tarnok')]);
    expect(events(noun.lines)).toEqual(['Russian attacked Tarnok']);
  });

  it('keeps an effort that happened: the "to" is the effort\'s, not the sending verb\'s', async () => {
    const { lines } = await relate('Russian forces allocated significant resources in a costly effort to seize Tarnok.', [ru, city('Tarnok')]);
    expect(events(lines)).toEqual(['Russian attacked Tarnok']);
  });

});
