import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

describe('attack wording: spellings and losses', () => {
  it('reads a reconnaissance in force spelled without hyphens', async () => {
    const { lines } = await relate('A Ukrainian mechanized platoon conducted a reconnaissance in force near Ivanivka on Sunday.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(lines).toContain('Ukrainian attacked Ivanivka');
  });

  it('does not read a reconnaissance report as one in force', async () => {
    const { lines } = await relate('Ukrainian drones conducted reconnaissance in Ivanivka on Sunday.', [demonym('Ukrainian', 'UA'), city('Ivanivka')]);
    expect(lines).not.toContain('Ukrainian attacked Ivanivka');
  });

  it('gives a unit its side destroyed foughtAgainst, not attacked', async () => {
    const { lines } = await relate('Ukrainian forces destroyed the Russian 40th Tank Regiment.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), unit('40th Tank Regiment')]);
    expect(lines).not.toContain('Ukrainian attacked 40th Tank Regiment');
  });

  it('still reads a unit that was struck as attacked', async () => {
    const { lines } = await relate('Ukrainian forces struck the Russian 40th Tank Regiment.', [demonym('Ukrainian', 'UA'), demonym('Russian', 'RU'), unit('40th Tank Regiment')]);
    expect(lines).toContain('Ukrainian attacked 40th Tank Regiment');
  });
});
