import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

// gazetteers/curated/wire-news.json: names of international wire news from general knowledge.
describe('the wire-news list', () => {
  it('names regions, rights groups, news agencies, companies and parties', async () => {
    const ms = await places('Human Rights Watch and Xinhua said Yukos and BP met Likud officials in Tibet and Mindanao.');
    expect(find(ms, 'Human Rights Watch')?.type).toBe('Organization');
    expect(find(ms, 'Xinhua')?.type).toBe('Organization');
    expect(find(ms, 'Yukos')?.ref?.source).toBe('wire-news');
    expect(find(ms, 'BP')?.form).toBe('acronym');
    expect(find(ms, 'Likud')?.type).toBe('Organization');
    expect(find(ms, 'Tibet')?.type).toBe('Place');
    expect(find(ms, 'Mindanao')?.type).toBe('Place');
  });

  it('matches an acronym only in capitals, and the press names of countries', async () => {
    const ms = await places('The bp logo faded. Troops left Bosnia for the Congo Republic.');
    expect(find(ms, 'bp')).toBeUndefined();
    expect(find(ms, 'Bosnia')?.ref?.id).toBe('country:BA');
    expect(find(ms, 'Congo Republic')?.ref?.id).toBe('country:CG');
  });
});
