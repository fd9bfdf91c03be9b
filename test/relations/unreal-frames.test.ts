import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, org, relate } from './run.js';

const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch prec24 (issue 13): an event only thought of, or only possible, is none (actor.ts OWNING_HEADS, events.ts IRREALIS "can"). */
describe('an idea, an ability or a "can" is no event', () => {
  it('reads no attack by a party after "the idea of", "the ability of"', async () => {
    const idea = await relate('Commentators rejected the idea of Russian forces attacking Tarnok from the north.', [ru, city('Tarnok')]);
    expect(idea.lines).toEqual([]);
    const ability = await relate('Analysts doubted the ability of Ukrainian troops to recapture Velmy soon.', [ua, city('Velmy')]);
    expect(ability.lines).toEqual([]);
  });

  it('reads no attack that a party only can make', async () => {
    const can = await relate('The buildup shows that Ukrainian forces can conduct assaults near Velmy.', [ua, city('Velmy')]);
    expect(can.lines).toEqual([]);
    const assesses = await relate('Troops gathered in Tarnok, which the Westbrook Institute assesses can support an offensive in Velmy.', [org('Westbrook Institute'), city('Tarnok'), city('Velmy')]);
    expect(assesses.lines.filter((l) => l.includes(' attacked '))).toEqual([]);
  });

  it('reads no attack on a place the words of a plan stand before (events.ts PLAN_WORDS)', async () => {
    const plan = await relate('Russian troops focused on improving their tactical positions and on preparing for offensive operations toward Tarnok.', [ru, city('Tarnok')]);
    expect(plan.lines).toEqual([]);
    const did = await relate('Russian troops improved their tactical positions near Tarnok.', [ru, city('Tarnok')]);
    expect(did.lines).toEqual(['Russian attacked Tarnok']);
  });

  it('keeps the attacks of forces named after "of" as their actor, and those that happened', async () => {
    const elements = await relate('Footage of Russian forces attacking Tarnok circulated on Monday.', [ru, city('Tarnok')]);
    expect(elements.lines).toEqual(['Russian attacked Tarnok']);
    const did = await relate('Ukrainian forces conducted assaults near Velmy.', [ua, city('Velmy')]);
    expect(did.lines).toEqual(['Ukrainian attacked Velmy']);
  });
});
