import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, site } from './run.js';

const ua = demonym('Ukrainian', 'UA');

describe('attacks: water the target lies in, on or across is no target (water-target.ts)', () => {
  it('drops the river or sea a target lies in, a crossing of a river, and a list of rivers', async () => {
    const boats = await relate('Ukrainian forces struck Russian boats in the Velna River.', [ua, site('Velna River')]);
    expect(boats.lines).not.toContain('Ukrainian attacked Velna River');
    const island = await relate('Ukrainian forces struck Russian positions on Kora Island in the Grey Sea.', [ua, site('Kora Island'), site('Grey Sea')]);
    expect(island.lines).not.toContain('Ukrainian attacked Grey Sea');
    const crossings = await relate('Ukrainian forces continued to target Russian crossings of the Velna River.', [ua, site('Velna River')]);
    expect(crossings.lines).not.toContain('Ukrainian attacked Velna River');
    const rivers = await relate('Ukrainian forces targeted Russian barge crossings across the Velna and Sorna rivers.', [ua, site('Velna'), site('Sorna')]);
    expect(rivers.lines.filter((l) => l.includes('attacked'))).toEqual([]);
    const delta = await relate('Ukrainian forces shelled Russian positions in Dolmeny in the Velna River delta.', [ua, city('Dolmeny'), site('Velna River')]);
    expect(delta.lines).toContain('Ukrainian attacked Dolmeny');
    expect(delta.lines).not.toContain('Ukrainian attacked Velna River');
  });

  it('keeps a bearing from the river and a place in a list followed by other words', async () => {
    const bearing = await relate('Ukrainian forces counterattacked west of the Velna River.', [ua, site('Velna River')]);
    expect(bearing.lines).toContain('Ukrainian attacked Velna River');
    const town = await relate('Ukrainian forces shelled Russian positions in Dolmeny and Orbino.', [ua, city('Dolmeny'), city('Orbino')]);
    expect(town.lines).toEqual(expect.arrayContaining(['Ukrainian attacked Dolmeny', 'Ukrainian attacked Orbino']));
  });
});
