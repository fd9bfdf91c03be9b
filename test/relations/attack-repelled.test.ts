import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';
import { repelledAttackTarget } from '../../src/relations/attack-repelled.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');

/** Branch prec26: the target of a repelled attack is the repelled side's, not the target of the fire that stopped it. */
describe('an attack the actor repelled (attack-target)', () => {
  it('does not make the repelling fire attack the place of the repelled assault', async () => {
    const { lines } = await relate('Officials said Russian mortar fire repelled a Ukrainian infantry assault toward Tarnok on Monday.', [ru, ua, city('Tarnok')]);
    expect(attacks(lines)).not.toContain('Russian attacked Tarnok');
  });

  it('does not make it attack the place of an attempted attack during which it repelled forces', async () => {
    const { lines } = await relate('Officials said Russian mortar fire repelled Ukrainian troops during an attempted attack on Tarnok.', [ru, ua, city('Tarnok')]);
    expect(attacks(lines)).not.toContain('Russian attacked Tarnok');
  });

  it('keeps an attack that drove forces from the place', async () => {
    const { lines } = await relate('Ukrainian troops mounted a counterattack that repelled Russian units from the outskirts of Tarnok.', [ua, ru, city('Tarnok')]);
    expect(attacks(lines)).toContain('Ukrainian attacked Tarnok');
  });

  it('does not read across "and": the attack after the repelled one is the actor\'s own', async () => {
    const { doc } = await relate('Ukrainian forces repelled a Russian assault and then counterattacked toward Tarnok.', [ua, ru, city('Tarnok')]);
    const actor = doc.mentions.find((m) => m.text === 'Ukrainian')!;
    const place = doc.mentions.find((m) => m.text === 'Tarnok')!;
    expect(repelledAttackTarget(doc, actor, place)).toBe(false);
  });
});
