import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { armed, org, person, relate, republic } from './run.js';

const allies = (lines: string[]) => lines.filter((l) => l.includes('allyOf'));

describe('alliances named by the noun', () => {
  it('reads "<leader> ally <name>" in a list of titles', async () => {
    const { lines } = await relate('The Abkhazia Head and Kremlin insider Oleg Sidorov and Lukashenko ally Ivan Petrov spoke on May 2.', [
      republic('Abkhazia'),
      person('Oleg Sidorov'),
      person('Lukashenko'),
      person('Ivan Petrov'),
    ]);
    expect(allies(lines)).toEqual(['Lukashenko allyOf Ivan Petrov']);
  });

  it('reads "<leader>\'s close ally and <second title> <name>" past a name in the second title', async () => {
    const { lines } = await relate("A deputy posed with Lukashenko's close ally and owner of the Redut Group Ivan Petrov in Minsk.", [
      person('Lukashenko'),
      armed('Redut Group'),
      person('Ivan Petrov'),
    ]);
    expect(lines).toContain('Lukashenko allyOf Ivan Petrov');
    expect(lines).not.toContain('Lukashenko allyOf Redut Group');
  });

  it('reads an alliance formed with a partner named after his office', async () => {
    const { lines } = await relate('Analysts said that Ivan Petrov formed an alliance with the new commander of the Western Group, Colonel General Oleg Sidorov.', [
      person('Ivan Petrov'),
      org('Western Group'),
      person('Oleg Sidorov', 'Colonel General'),
    ]);
    expect(lines).toContain('Ivan Petrov allyOf Oleg Sidorov');
  });

  it('reads no ally from a plural, a rival or an alliance refused', async () => {
    const plural = await relate('Georgia and its allies condemned the vote.', [country('Georgia', 'GE')]);
    expect(allies(plural.lines)).toEqual([]);
    const rival = await relate('Reporters met Lukashenko rival Ivan Petrov.', [person('Lukashenko'), person('Ivan Petrov')]);
    expect(allies(rival.lines)).toEqual([]);
    const refused = await relate('Ivan Petrov did not form an alliance with Oleg Sidorov.', [person('Ivan Petrov'), person('Oleg Sidorov')]);
    expect(allies(refused.lines)).toEqual([]);
  });
});
