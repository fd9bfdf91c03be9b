import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, site } from './run.js';

const river = site('Tarna River');

/** Branch iswprec4 (issue 13): a river that locates an attack's target is no target (attack-target.ts isWaterCrossed). */
describe('a river in an attack sentence', () => {
  it('gives no attack on a river the target lies across, over, along or on', async () => {
    const across = await relate('Freedonian forces struck both road bridges across the Tarna River on Monday.', [demonym('Freedonian', 'FD'), river]);
    expect(across.lines).not.toContain('Freedonian attacked Tarna River');
    const along = await relate('Freedonian forces continued to shell settlements along the Tarna River.', [demonym('Freedonian', 'FD'), river]);
    expect(along.lines).not.toContain('Freedonian attacked Tarna River');
    const over = await relate('Freedonian forces conducted airstrikes, likely targeting the bridgehead over the Tarna River.', [demonym('Freedonian', 'FD'), river]);
    expect(over.lines).not.toContain('Freedonian attacked Tarna River');
  });

  it('gives no attack on a river whose bank or side the target is on', async () => {
    const side = await relate('Freedonian forces continued routine fire against positions on the opposite side of the Tarna River from Tarnok.', [demonym('Freedonian', 'FD'), river, city('Tarnok')]);
    expect(side.lines).not.toContain('Freedonian attacked Tarna River');
    const coast = await relate('Freedonian forces shelled villages along the west bank coastline of the Tarna River.', [demonym('Freedonian', 'FD'), river]);
    expect(coast.lines).not.toContain('Freedonian attacked Tarna River');
  });

  it('keeps a river after "near" or a bearing, and the town of the same sentence', async () => {
    const near = await relate('Freedonian forces continued to shell positions near the Tarna River.', [demonym('Freedonian', 'FD'), river]);
    expect(near.lines).toContain('Freedonian attacked Tarna River');
    const bearing = await relate('Freedonian forces launched several counterattacks west of the Tarna River.', [demonym('Freedonian', 'FD'), river]);
    expect(bearing.lines).toContain('Freedonian attacked Tarna River');
    const town = await relate('Freedonian forces struck a ferry crossing across the Tarna River in Tarnok.', [demonym('Freedonian', 'FD'), river, city('Tarnok')]);
    expect(town.lines).toContain('Freedonian attacked Tarnok');
    expect(town.lines).not.toContain('Freedonian attacked Tarna River');
  });
});
