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
