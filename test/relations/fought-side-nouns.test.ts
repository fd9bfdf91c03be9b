import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes('foughtAgainst'));

describe('losses inflicted on the other side named by nationality and elements, officers or ground forces (fought-forces)', () => {
  it('reads the side as elements, officers, or ground forces', async () => {
    const elements = await relate('Sylvanian troops reported defeating several Freedonian elements west of Belka.', [
      demonym('Sylvanian', 'SY'),
      demonym('Freedonian', 'FD'),
      city('Belka'),
    ]);
    expect(fights(elements.lines)).toEqual(['Sylvanian foughtAgainst Freedonian']);
    const officers = await relate('Sylvanian units inflicted heavy losses on Freedonian officers near Belka.', [
      demonym('Sylvanian', 'SY'),
      demonym('Freedonian', 'FD'),
      city('Belka'),
    ]);
    expect(fights(officers.lines)).toEqual(['Sylvanian foughtAgainst Freedonian']);
    const ground = await relate('Sylvanian forces inflicted damage on Freedonian ground forces near Belka.', [demonym('Sylvanian', 'SY'), demonym('Freedonian', 'FD'), city('Belka')]);
    expect(fights(ground.lines)).toEqual(['Sylvanian foughtAgainst Freedonian']);
  });

  it('reads no fight for elements only planned against, or for things of the side', async () => {
    for (const text of [
      'Sylvanian forces will likely attempt to defeat Freedonian elements near Belka.',
      'Sylvanian forces are unable to defeat Freedonian elements near Belka.',
      'Sylvanian forces destroyed several Freedonian positions near Belka.',
    ]) {
      const { lines } = await relate(text, [demonym('Sylvanian', 'SY'), demonym('Freedonian', 'FD'), city('Belka')]);
      expect(fights(lines), text).toEqual([]);
    }
  });
});
