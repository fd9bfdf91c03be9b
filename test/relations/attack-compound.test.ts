import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const ru = demonym('Russian', 'RU');

/** Branch prec24 (issue 13): "a strike group", "assault detachments" name forces, no attack (attack-compound.ts). */
describe('an attack word that names a kind of force is no attack', () => {
  it('reads no attack from forming or moving a strike group or assault detachments', async () => {
    const group = await relate('Russian troops are assembling a strike group in southern Velmy Oblast.', [ru, region('Velmy Oblast')]);
    expect(group.lines).toEqual([]);
    const purpose = await relate('Russian troops created an assault grouping to conduct offensive operations in Tarnok.', [ru, city('Tarnok')]);
    expect(purpose.lines).toEqual([]);
    const reach = await relate('Russian forces are still far from striking distance of Tarnok.', [ru, city('Tarnok')]);
    expect(reach.lines).toEqual([]);
    const moved = await relate('Russian commanders moved two assault detachments near Tarnok.', [ru, city('Tarnok')]);
    expect(moved.lines).toEqual([]);
  });

  it('keeps attacks by such a force and attacks on it', async () => {
    const by = await relate('Russian assault groups attacked Tarnok overnight.', [ru, city('Tarnok')]);
    expect(by.lines).toEqual(['Russian attacked Tarnok']);
    const coordinated = await relate('Russian volunteers and assault detachments stormed Tarnok.', [ru, city('Tarnok')]);
    expect(coordinated.lines).toEqual(['Russian attacked Tarnok']);
    const on = await relate('Russian artillery struck a Ukrainian group near Tarnok.', [ru, city('Tarnok')]);
    expect(on.lines).toEqual(['Russian attacked Tarnok']);
    const drones = await relate('Russian forces launched strike drones at Tarnok.', [ru, city('Tarnok')]);
    expect(drones.lines).toEqual(['Russian attacked Tarnok']);
  });
});
