import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch prec24 (issue 13): a party after a verb of preventing or a forecast enabling does not act (prevented-actor.ts). */
describe('a party that is prevented, deterred, provoked or only to be enabled does not act', () => {
  it('reads no event done by the object of prevent, deter, provoke', async () => {
    const prevent = await relate('Ukrainian troops dug in to prevent Russian forces from capturing Tarnok.', [ua, ru, city('Tarnok')]);
    expect(prevent.lines).toEqual([]);
    const deter = await relate('The strikes aimed to deter Russian troops from shelling Tarnok.', [ru, city('Tarnok')]);
    expect(deter.lines).toEqual([]);
    const further = await relate('Russian units dug in to prevent further Ukrainian counterattacks toward Tarnok.', [ru, ua, city('Tarnok')]);
    expect(further.lines).toEqual([]);
    const provoke = await relate('Officials said the shelling tried to “provoke” Ukrainians into striking Velmy.', [ua, city('Velmy')]);
    expect(provoke.lines).toEqual([]);
  });

  it('reads no event after a forecast or counterfactual enabling, but keeps one that was enabled', async () => {
    const will = await relate('The new bridge will likely allow Russian forces to seize Tarnok.', [ru, city('Tarnok')]);
    expect(will.lines).toEqual([]);
    const could = await relate('The crossing could have allowed Ukrainian troops to attack Velmy.', [ua, city('Velmy')]);
    expect(could.lines).toEqual([]);
    const did = await relate('The crossing allowed Ukrainian troops to attack Velmy.', [ua, city('Velmy')]);
    expect(did.lines).toEqual(['Ukrainian attacked Velmy']);
  });

  it('keeps the event of the party that prevents', async () => {
    const { lines } = await relate('Ukrainian forces shelled Velmy to prevent a crossing.', [ua, city('Velmy')]);
    expect(lines).toEqual(['Ukrainian attacked Velmy']);
  });
});

/** Branch prev18 (issue 13): a past "prevented/stopped A from attacking X" is an attack attempted and stopped (prevented-actor.ts). */
describe('an attack stopped in the past is an attack, a prevention planned or forecast is none', () => {
  const fd = demonym('Freedonian', 'FD');
  const sy = demonym('Sylvanian', 'SY');
  const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
  const named = (text: string, ...places: string[]) => [...(text.includes('Sylvanian') ? [sy] : []), fd, ...places.map((p) => city(p))];

  it('reads attacked(A, X) from a past "prevented/stopped A from attacking / conducting assaults near X"', async () => {
    for (const text of [
      'Sylvanian officials claimed that artillery fire prevented Freedonian forces from attacking toward Ostrova and Belka.',
      'Sylvanian drones prevented Freedonian troops from conducting assaults near Ostrova and Belka on May 3.',
      'A Sylvanian blogger claimed that Sylvanian troops stopped Freedonian forces from conducting assaults near Ostrova and Belka.',
    ]) {
      const { lines } = await relate(text, named(text, 'Ostrova', 'Belka'));
      expect(attacks(lines).filter((l) => l.startsWith('Freedonian')), text).toEqual(['Freedonian attacked Ostrova', 'Freedonian attacked Belka']);
    }
  });

  it('reads nothing from a purpose, a forecast, a counterfactual, a participle or a nominal plan', async () => {
    for (const text of [
      'Sylvanian forces dug in to prevent Freedonian forces from attacking toward Ostrova.',
      'Sylvanian drones will stop Freedonian troops from conducting assaults near Ostrova.',
      'Earlier drone strikes could have prevented Freedonian forces from attacking near Ostrova.',
      'Sylvanian forces are preventing Freedonian troops from attacking near Ostrova.',
      'Sylvanian strikes prevented further Freedonian forces from attacking near Ostrova.',
      'Sylvanian forces prevented Freedonian attacks on Ostrova.',
    ]) {
      const { lines } = await relate(text, named(text, 'Ostrova'));
      expect(attacks(lines).filter((l) => l.startsWith('Freedonian')), text).toEqual([]);
    }
  });

  it('reads no capture and no attack when the prevented act is a capture or no attack', async () => {
    const capture = await relate('Sylvanian forces prevented Freedonian forces from capturing Ostrova.', [sy, fd, city('Ostrova')]);
    expect(capture.lines.filter((l) => l.startsWith('Freedonian'))).toEqual([]);
    const merge = await relate('Sylvanian forces prevented Freedonian forces from merging their offensives near Ostrova.', [sy, fd, city('Ostrova')]);
    expect(attacks(merge.lines).filter((l) => l.startsWith('Freedonian'))).toEqual([]);
  });
});
