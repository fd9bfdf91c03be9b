import { describe, expect, it } from 'vitest';
import { person, relate, unit } from './run.js';

describe('relative agent: "X, whom Y appointed commander of Z" makes X the commander', () => {
  it('gives the office to the appointee, not to who appointed him', async () => {
    const { lines } = await relate('Colonel Pavel Orlov, whom Sergei Volkov appointed commander of the 12th Rifle Brigade last year, was wounded.', [
      person('Pavel Orlov'),
      person('Sergei Volkov'),
      unit('12th Rifle Brigade'),
    ]);
    expect(lines).toContain('Pavel Orlov leaderOf 12th Rifle Brigade');
    expect(lines).not.toContain('Sergei Volkov leaderOf 12th Rifle Brigade');
  });

  it('keeps the appointee of a "who was appointed" clause', async () => {
    const { lines } = await relate('Pavel Orlov, who was appointed commander of the 12th Rifle Brigade in May, was wounded.', [person('Pavel Orlov'), unit('12th Rifle Brigade')]);
    expect(lines).toContain('Pavel Orlov leaderOf 12th Rifle Brigade');
  });

  it('keeps an apposition on the relative clause\'s agent', async () => {
    const { lines } = await relate('The officers whom Sergei Volkov, commander of the 12th Rifle Brigade, dismissed protested.', [
      person('Sergei Volkov'),
      unit('12th Rifle Brigade'),
    ]);
    expect(lines).toContain('Sergei Volkov leaderOf 12th Rifle Brigade');
  });
});
