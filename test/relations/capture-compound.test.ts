import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, region, relate, site } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

// Branch ev10 (issue 13): a capture folded into a compound before a town's name (rules/capture-compound.ts).
describe('a capture in a compound before a town (captured-compound)', () => {
  it('reads "A-occupied X", "A-liberated X", "the A-seized town of X", a site, whatever the clause is about', async () => {
    const a = await relate('A new school opened in Russian-occupied Tarnok on Monday.', [demonym('Russian', 'RU'), city('Tarnok')]);
    expect(captures(a.lines)).toEqual(['Russian captured Tarnok']);
    const b = await relate('Refugees returned last week to Ukrainian-liberated Velykyi Brid, west of Tarnok.', [demonym('Ukrainian', 'UA'), city('Velykyi Brid'), city('Tarnok')]);
    expect(captures(b.lines)).toEqual(['Ukrainian captured Velykyi Brid']);
    const c = await relate('Officials spoke about the Freedonian-seized town of Tarnok.', [demonym('Freedonian', 'FD'), city('Tarnok')]);
    expect(captures(c.lines)).toEqual(['Freedonian captured Tarnok']);
    const d = await relate('Inspectors visited the Russian-occupied Stepove Power Plant on Friday.', [demonym('Russian', 'RU'), site('Stepove Power Plant')]);
    expect(captures(d.lines)).toEqual(['Russian captured Stepove Power Plant']);
  });

  it('reads no capture for a region or a country so qualified, a list, a holding, or an annexation', async () => {
    const region_ = await relate('Teachers left Russian-occupied Stepove Oblast in spring.', [demonym('Russian', 'RU'), region('Stepove Oblast')]);
    expect(captures(region_.lines)).toEqual([]);
    const land = await relate('Hospitals in Russian-occupied Freedonia lack staff.', [demonym('Russian', 'RU'), country('Freedonia', 'FD')]);
    expect(captures(land.lines)).toEqual([]);
    const list = await relate('Schools reopened in Russian-occupied Tarnok and Velykyi Brid on Monday.', [demonym('Russian', 'RU'), city('Tarnok'), city('Velykyi Brid')]);
    expect(captures(list.lines)).toEqual([]);
    for (const word of ['held', 'controlled', 'annexed']) {
      const text = `A new school opened in Ukrainian-${word} Tarnok on Monday.`;
      const held = await relate(text, [demonym('Ukrainian', 'UA'), city('Tarnok')]);
      expect(captures(held.lines), text).toEqual([]);
    }
  });
});
