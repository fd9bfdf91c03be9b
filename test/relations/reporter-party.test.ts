import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, republic } from './run.js';

describe('reporter party: "they" after a report\'s "that" is the reporter\'s side', () => {
  it('gives the capture to the nationality of the reporters, not to the force named last', async () => {
    const { lines } = await relate('Ukrainian troops counterattacked near Dolynka. Russian bloggers asserted that they seized Orlivka on Tuesday.', [
      demonym('Ukrainian', 'UA'),
      city('Dolynka'),
      demonym('Russian', 'RU'),
      city('Orlivka'),
    ]);
    expect(lines).toContain('Russian captured Orlivka');
    expect(lines).not.toContain('Ukrainian captured Orlivka');
  });

  it('reads a republic that reports its own capture', async () => {
    const { lines } = await relate('Russian troops shelled Dolynka. Militia units of the Vostok People\'s Republic said that they took control of Orlivka.', [
      demonym('Russian', 'RU'),
      city('Dolynka'),
      { ...republic('Vostok People\'s Republic'), ref: 'test:vpr', refName: "Vostok People's Republic" },
      city('Orlivka'),
    ]);
    expect(lines).toContain("Vostok People's Republic captured Orlivka");
    expect(lines).not.toContain('Russian captured Orlivka');
  });

  it('keeps the last force when the reporter names no party', async () => {
    const { lines } = await relate('Ukrainian troops counterattacked near Dolynka. A local official reported that they liberated Orlivka.', [
      demonym('Ukrainian', 'UA'),
      city('Dolynka'),
      city('Orlivka'),
    ]);
    expect(lines).toContain('Ukrainian captured Orlivka');
  });

  it('still drops a claim the sentence calls false', async () => {
    const { lines } = await relate('Ukrainian troops held Dolynka, and Russian claims that they captured Orlivka are false.', [
      demonym('Ukrainian', 'UA'),
      city('Dolynka'),
      demonym('Russian', 'RU'),
      city('Orlivka'),
    ]);
    expect(lines.filter((l) => l.includes('captured'))).toEqual([]);
  });
});
