import { describe, expect, it } from 'vitest';
import type { MentionSpec } from './annotate.js';
import { relate } from './run.js';

/** Branch loc9 (issue 13): locatedIn stated loosely and confirmed by the gazetteer (known-containment.ts). */
const RULE = 'place-in-known-area';

/** A town of the gazetteer lying in the subdivision `within` of country `country`. */
const town = (text: string, within: string, country = 'OS', nth = 0): MentionSpec => ({ text, type: 'Place', placeKind: 'City', ref: `geonames:${text}`, country, within, nth });
const oblast = (text: string, code: string, country = 'OS'): MentionSpec => ({ text, type: 'Place', placeKind: 'AdministrativeArea', ref: `subdivision:${code}`, country });
const land = (text: string, code: string): MentionSpec => ({ text, type: 'Place', placeKind: 'Country', ref: `country:${code}` });

/** The statements of the rule, as "subject locatedIn object". */
async function known(text: string, mentions: MentionSpec[]): Promise<string[]> {
  const { doc } = await relate(text, mentions);
  return doc.relations.filter((r) => r.rule === RULE).map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`).sort();
}

describe('a place in a wider one, stated loosely and known to the gazetteer (place-in-known-area)', () => {
  it('reads a town and the subdivision or the country the gazetteer puts it in', async () => {
    const list = 'Sappers cleared Orbino, Kravets, or any other town in Velna Oblast.';
    expect(await known(list, [town('Orbino', 'subdivision:OS-VE'), town('Kravets', 'subdivision:OS-VE'), oblast('Velna Oblast', 'OS-VE')])).toEqual(['Kravets locatedIn Velna Oblast', 'Orbino locatedIn Velna Oblast']);
    expect(await known('Officials closed the Orbino detention center in occupied Velna Oblast.', [town('Orbino', 'subdivision:OS-VE'), oblast('Velna Oblast', 'OS-VE')])).toEqual(['Orbino locatedIn Velna Oblast']);
    expect(await known('Residents of Kravets (a village in the far west of Ostland) left on Monday.', [town('Kravets', 'subdivision:OS-VE'), land('Ostland', 'OS')])).toEqual(['Kravets locatedIn Ostland']);
    expect(await known('Fortifications rose in Velna and Dolna oblasts in Ostland.', [oblast('Velna', 'OS-VE'), oblast('Dolna', 'OS-DO'), land('Ostland', 'OS')])).toEqual(['Dolna locatedIn Ostland', 'Velna locatedIn Ostland']);
  });

  it('reads nothing where the gazetteer puts the town elsewhere, or its namesake abroad', async () => {
    // Kravets lies in another oblast by the gazetteer: only Orbino is read.
    const list = 'Sappers cleared Orbino, Kravets, or any other town in Velna Oblast.';
    expect(await known(list, [town('Orbino', 'subdivision:OS-VE'), town('Kravets', 'subdivision:OS-DO'), oblast('Velna Oblast', 'OS-VE')])).toEqual(['Orbino locatedIn Velna Oblast']);
    expect(await known('Officials closed the Orbino detention center in occupied Velna Oblast.', [town('Orbino', 'subdivision:OS-DO'), oblast('Velna Oblast', 'OS-VE')])).toEqual([]);
    // The gazetteer chose a namesake in another country: nothing is known of the pair.
    expect(await known('Residents of Kravets (a village in the far west of Ostland) left on Monday.', [town('Kravets', 'subdivision:WL-01', 'WL'), land('Ostland', 'OS')])).toEqual([]);
  });

  it('reads nothing across a finite verb, a new clause, a compound or a coordinated phrase', async () => {
    const cases: Array<[string, MentionSpec[]]> = [
      ['Troops left Orbino and shelled villages in Velna Oblast.', [town('Orbino', 'subdivision:OS-VE'), oblast('Velna Oblast', 'OS-VE')]],
      ['Troops held Orbino, which officials say is calm, and villages in Velna Oblast.', [town('Orbino', 'subdivision:OS-VE'), oblast('Velna Oblast', 'OS-VE')]],
      ['Patrols continued along the Orbino-Kravets road in western Velna Oblast.', [town('Orbino', 'subdivision:OS-VE'), town('Kravets', 'subdivision:OS-VE'), oblast('Velna Oblast', 'OS-VE')]],
      ['Troops attacked north of Orbino and in western Velna Oblast.', [town('Orbino', 'subdivision:OS-VE'), oblast('Velna Oblast', 'OS-VE')]],
      ['Officials discussed the fate of Orbino, given the situation in Velna Oblast.', [town('Orbino', 'subdivision:OS-VE'), oblast('Velna Oblast', 'OS-VE')]],
      ['Guards took refugees from Orbino to a camp in Kravets, Velna Oblast.', [town('Orbino', 'subdivision:OS-VE'), town('Kravets', 'subdivision:OS-DO'), oblast('Velna Oblast', 'OS-VE')]],
    ];
    for (const [text, mentions] of cases) expect.soft(await known(text, mentions), text).toEqual([]);
  });
});
