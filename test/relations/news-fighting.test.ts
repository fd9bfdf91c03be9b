import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { armed, org, relate } from './run.js';

// foughtAgainst between parties named with wire news' words for fighters (rules/news-fighting.ts).
describe('two sides named with their fighters’ nouns', () => {
  it('reads a clash between two sides', async () => {
    const { lines } = await relate('A clash between Red Hand insurgents and Valdorian soldiers left two dead.', [armed('Red Hand'), demonym('Valdorian', 'VD')]);
    expect(lines).toEqual(['Red Hand foughtAgainst Valdorian']);
  });

  it('reads two sides as the subject of a verb of fighting, and a side that clashed with the other’s fighters', async () => {
    const both = await relate('On Monday, Valdorian forces and Ostlandic gunmen fought fierce battles near the border.', [demonym('Valdorian', 'VD'), demonym('Ostlandic', 'OS')]);
    expect(both.lines).toEqual(['Valdorian foughtAgainst Ostlandic']);
    const clashed = await relate('Red Hand militants clashed with Valdorian police in the capital.', [armed('Red Hand'), demonym('Valdorian', 'VD')]);
    expect(clashed.lines).toEqual(['Red Hand foughtAgainst Valdorian']);
  });

  it('reads a war fought with a party', async () => {
    const { lines } = await relate('The militant Green Front movement fought a 34-day war with Ostland in 2006.', [org('Green Front'), country('Ostland', 'OS')]);
    expect(lines).toEqual(['Green Front foughtAgainst Ostland']);
  });

  it('gives nothing for people who are no fighters, a fight to come, or two countries acting together', async () => {
    expect((await relate('Valdorian officials clashed with Red Hand leaders over the plan.', [demonym('Valdorian', 'VD'), armed('Red Hand')])).lines).toEqual([]);
    expect((await relate('Valdorian troops will clash with Red Hand militants.', [demonym('Valdorian', 'VD'), armed('Red Hand')])).lines).toEqual([]);
    expect((await relate('Valdor and Ostland sealed their borders.', [country('Valdor', 'VD'), country('Ostland', 'OS')])).lines).toEqual([]);
  });
});
