import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
/** A self-proclaimed republic as the gazetteer names it. */
const polity = { text: 'KNR', type: 'Place', placeKind: 'Region', ref: 'test:KNR', refName: "Kastor People's Republic" } as const;

/** Branch rel31 (issue 13): "this area" is no self-proclaimed republic named as a party (anaphora.ts isArea). */
describe('"this area" after a republic named as a party (anaphora.ts)', () => {
  it('does not read the republic as the area', async () => {
    const { lines } = await relate('The commander of the KNR Falcon Battalion said that the Russian offensive in this area was too early.', [polity, unit('Falcon Battalion'), demonym('Russian', 'RU')]);
    expect(attacks(lines)).toEqual([]);
  });

  it('still reads an oblast named before as the area', async () => {
    const { lines } = await relate('Fighting continued in Lakeside Oblast. Russian forces attacked in this area on May 3.', [region('Lakeside Oblast'), demonym('Russian', 'RU')]);
    expect(attacks(lines)).toEqual(['Russian attacked Lakeside Oblast']);
  });

  it('reads no area named before the sentences that moved on to other places (anaphora.ts movedOn)', async () => {
    const { lines } = await relate(
      'The brigade moved to Velmy, Lakeside Oblast. Troops repelled attacks on Dubki and Lipki. Bloggers said that Ukrainian units attacked in this area toward Tarnok.',
      [city('Velmy'), region('Lakeside Oblast'), city('Dubki'), city('Lipki'), demonym('Ukrainian', 'UA'), city('Tarnok')],
    );
    expect(attacks(lines)).not.toContain('Ukrainian attacked Lakeside Oblast');
    expect(attacks(lines)).toContain('Ukrainian attacked Tarnok');
  });
});
