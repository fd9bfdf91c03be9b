import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { armed, city, relate, unit } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes('foughtAgainst'));

describe('an attack repelled whose attacker is named before the noun', () => {
  it('reads "repelled a <group> assault" and "repelled the <unit>\'s attacks"', async () => {
    const group = await relate('The 12th Tank Brigade repelled a Varta Group assault near Orikhiv.', [unit('12th Tank Brigade'), armed('Varta Group'), city('Orikhiv')]);
    expect(fights(group.lines)).toEqual(['12th Tank Brigade foughtAgainst Varta Group']);
    const possessive = await relate('Ukrainian forces repelled the 7th Rifle Regiment’s attacks near Orikhiv.', [demonym('Ukrainian', 'UA'), unit('7th Rifle Regiment'), city('Orikhiv')]);
    expect(fights(possessive.lines)).toEqual(['Ukrainian foughtAgainst 7th Rifle Regiment']);
  });

  it('reads no fight with a nationality named before the noun, nor with an assault not repelled', async () => {
    const nationality = await relate('The 12th Tank Brigade repelled a Belarusian assault near Orikhiv.', [unit('12th Tank Brigade'), demonym('Belarusian', 'BY'), city('Orikhiv')]);
    expect(fights(nationality.lines)).toEqual([]);
    const failed = await relate('The 12th Tank Brigade failed to repel a Varta Group assault near Orikhiv.', [unit('12th Tank Brigade'), armed('Varta Group'), city('Orikhiv')]);
    expect(fights(failed.lines)).toEqual([]);
  });
});

describe('losses inflicted on a counted subunit of a named party', () => {
  it('reads "destroyed a company of the <unit>" and "routed two battalions of the <unit>"', async () => {
    for (const text of ['Ukrainian forces destroyed a company of the 7th Rifle Regiment near Orikhiv.', 'Ukrainian forces routed two battalions of the 7th Rifle Regiment near Orikhiv.']) {
      const { lines } = await relate(text, [demonym('Ukrainian', 'UA'), unit('7th Rifle Regiment'), city('Orikhiv')]);
      expect(fights(lines)).toEqual(['Ukrainian foughtAgainst 7th Rifle Regiment']);
    }
  });

  it('reads no fight from a thing of the party destroyed', async () => {
    const { lines } = await relate('Ukrainian forces destroyed a depot of the 7th Rifle Regiment near Orikhiv.', [demonym('Ukrainian', 'UA'), unit('7th Rifle Regiment'), city('Orikhiv')]);
    expect(fights(lines)).toEqual([]);
  });
});
