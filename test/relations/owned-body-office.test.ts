import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { org, person, relate } from './run.js';

// An office of a body a country owns, the body described before its name (rules/owned-body-office.ts).
describe('an office of a country’s described body, the holder in apposition', () => {
  it('reads "the head of Y’s ruling Z Party, X," as leaderOf and "a spokesman for Y’s powerful Z, X," as memberOf', async () => {
    const head = await relate('The head of Ostland’s ruling Green Party, Lena Ruus, arrived in the town.', [country('Ostland', 'OS'), org('Green Party'), person('Lena Ruus')]);
    expect(head.lines).toContain('Lena Ruus leaderOf Green Party');
    const spokesman = await relate('A spokesman for Ostland’s powerful Guardian Board, Ivo Marek, said so.', [country('Ostland', 'OS'), org('Guardian Board'), person('Ivo Marek')]);
    expect(spokesman.lines).toContain('Ivo Marek memberOf Guardian Board');
  });

  it('gives nothing when the name is no apposition of the office', async () => {
    const { lines } = await relate('The head of Ostland’s ruling party attacked the Green Party, Lena Ruus said.', [country('Ostland', 'OS'), org('Green Party'), person('Lena Ruus')]);
    expect(lines).toEqual([]);
  });
});
