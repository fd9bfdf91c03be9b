import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, relate } from './run.js';

const withdrawals = (lines: string[]) => lines.filter((l) => l.includes('withdrewFrom'));
const fr = demonym('Freedonian', 'FR');

// Branch iswprec3 (issue 13): a withdrawal required, authorized, scheduled, ruled out or supposed (withdrawal-to-come.ts).
describe('a withdrawal still to come (withdrawal-to-come.ts)', () => {
  it('reads no withdrawal that is asked for, planned, ruled out, conditional or supposed', async () => {
    for (const text of [
      'He read the group\u2019s demands, which include the release of prisoners and the withdrawal of Freedonian forces from Tarnok.',
      'Lawmakers passed a bill that would authorize the withdrawal of Freedonian troops from Tarnok.',
      'The senate debated a plan that will lead to the withdrawal of Freedonian forces from Tarnok.',
      'The minister has ruled out a withdrawal of Freedonian troops from Tarnok.',
      'The cabinet approved a proposal to delay a withdrawal of Freedonian troops from Tarnok.',
      'The rebels threatened to kill the hostage unless a ransom was paid and Freedonian troops withdrew from Tarnok.',
      'The governor says an immediate withdrawal of Freedonian troops from Tarnok would worsen the situation.',
    ]) {
      const { lines } = await relate(text, [fr, city('Tarnok')]);
      expect(withdrawals(lines), text).toEqual([]);
    }
    const demanded = await relate('The group demanded that Freedonia withdraw its troops from Tarnok by February.', [country('Freedonia', 'FR'), city('Tarnok')]);
    expect(withdrawals(demanded.lines)).toEqual([]);
  });

  it('keeps a withdrawal that took place, also after a list\u2019s "including" or another verb\u2019s "would"', async () => {
    for (const text of [
      'Freedonian troops completed their withdrawal from Tarnok on Friday.',
      'Freedonian troops, including two brigades, withdrew from Tarnok before Monday.',
      'The lull would fit with reports of a withdrawal of Freedonian forces from Tarnok.',
    ]) {
      const { lines } = await relate(text, [fr, city('Tarnok')]);
      expect(withdrawals(lines), text).toEqual(['Freedonian withdrewFrom Tarnok']);
    }
  });

  // Branch iswcap4 (issue 13): an order, a negation further back than two words, a plan after the noun.
  it('reads no withdrawal that was only ordered, is negated further back, or whose clause plans it', async () => {
    for (const text of [
      'Officials ordered a withdrawal of Freedonian troops from Tarnok two days ago.',
      'The reports may not indicate an immediate withdrawal of Freedonian forces from Tarnok.',
      'Demilitarizing the plant without a withdrawal of Freedonian forces from Tarnok changes little.',
      'The Freedonian withdrawal from Tarnok requires that a rear guard hold the line.',
    ]) {
      const { lines } = await relate(text, [fr, city('Tarnok')]);
      expect(withdrawals(lines), text).toEqual([]);
    }
  });

  it('keeps a withdrawal told with a plain past after an order or a negation in another clause', async () => {
    for (const text of [
      'The Freedonian withdrawal from Tarnok required no bridges.',
      'Officials did not comment, but Freedonian troops withdrew from Tarnok on Friday.',
      'The Freedonian withdrawal from Tarnok was orderly.',
    ]) {
      const { lines } = await relate(text, [fr, city('Tarnok')]);
      expect(withdrawals(lines), text).toEqual(['Freedonian withdrewFrom Tarnok']);
    }
  });
});
