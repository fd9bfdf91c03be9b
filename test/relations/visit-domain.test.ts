import { describe, expect, it } from 'vitest';
import { city, org, person, relate } from './run.js';

const visits = (lines: string[]) => lines.filter((l) => l.includes(' visited '));

/** Branch prec26: by the guidelines only a person visits (visited | PER → LOC). */
describe('who can visit', () => {
  it('does not make an organization that arrived in a town a visitor', async () => {
    const { lines } = await relate('The Arctic Safety Council arrived in Tarnok on Monday.', [org('Arctic Safety Council'), city('Tarnok')]);
    expect(visits(lines)).toEqual([]);
  });

  it('still makes a person who arrived there a visitor', async () => {
    const { lines } = await relate('Lena Varga arrived in Tarnok on Monday.', [person('Lena Varga'), city('Tarnok')]);
    expect(visits(lines)).toEqual(['Lena Varga visited Tarnok']);
  });

  it('keeps the person of a list that also names an organization', async () => {
    const { lines } = await relate('Lena Varga and the Arctic Safety Council traveled to Tarnok on Monday.', [person('Lena Varga'), org('Arctic Safety Council'), city('Tarnok')]);
    expect(visits(lines)).toEqual(['Lena Varga visited Tarnok']);
  });
});
