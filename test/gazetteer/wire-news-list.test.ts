import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

// gazetteers/curated/wire-news.json: names of international wire news from general knowledge.
describe('the wire-news list', () => {
  it('names regions, international bodies, news agencies, companies and parties', async () => {
    const ms = await places('The International Crisis Group and Kyodo said Rosneft and ETA officials met in Luzon and the Niger Delta.');
    expect(find(ms, 'International Crisis Group')?.type).toBe('Organization');
    expect(find(ms, 'Kyodo')?.type).toBe('Organization');
    expect(find(ms, 'Rosneft')?.ref?.source).toBe('wire-news');
    expect(find(ms, 'ETA')?.form).toBe('acronym');
    expect(find(ms, 'Luzon')?.type).toBe('Place');
    expect(find(ms, 'Niger Delta')?.type).toBe('Place');
  });

  it('matches an acronym only in capitals, and the press names of countries', async () => {
    const ms = await places('The eta of the ship slipped. Troops left Bosnia for the Congo Republic.');
    expect(find(ms, 'eta')).toBeUndefined();
    expect(find(ms, 'Bosnia')?.ref?.id).toBe('country:BA');
    expect(find(ms, 'Congo Republic')?.ref?.id).toBe('country:CG');
  });
});
