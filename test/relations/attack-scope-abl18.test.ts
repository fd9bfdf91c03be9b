import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/document.js';
import { addMentions, demonym, type MentionSpec } from './annotate.js';
import { prepare } from '../helpers/prepare.js';
import { sentenceItems } from '../../src/relations/items.js';
import { namesTargetOwner } from '../../src/relations/target-owner.js';
import { inHyphenCompound } from '../../src/relations/actor.js';
import { city, relate, unit } from './run.js';

/** The places the event-scope reading (scope-places.ts) states for an attack, as "subject attacked object" lines. */
const scoped = (doc: Doc): string[] =>
  doc.relations.filter((r) => r.rule === 'attacked-scope-place').map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`);

const FD = demonym('Freedonian', 'FD');
const SY = demonym('Sylvanian', 'SY');

/** Branch abl18: two scope guards narrowed after measuring each guard on the guideline-alone golds. */
describe('attack scope: an attempt toward places is an attempted advance on them', () => {
  it('reads on to the places an attempted advance heads for', async () => {
    const { doc } = await relate('Freedonian units are attempting to attack near Ostrova northward toward Belka, Dubno, and Karvin.', [
      FD, city('Ostrova'), city('Belka'), city('Dubno'), city('Karvin'),
    ]);
    expect(scoped(doc)).toEqual(expect.arrayContaining(['Freedonian attacked Belka', 'Freedonian attacked Dubno', 'Freedonian attacked Karvin']));
  });

  it('not without an attempt, nor to an origin after the heading', async () => {
    const road = await relate('Freedonian forces shelled Ostrova on the road toward Belka.', [FD, city('Ostrova'), city('Belka')]);
    expect(scoped(road.doc)).not.toContain('Freedonian attacked Belka');
    const origin = await relate('Freedonian forces struck Ostrova and are continuing attempts to push toward Belka from positions near Dubno and Karvin.', [
      FD, city('Ostrova'), city('Belka'), city('Dubno'), city('Karvin'),
    ]);
    expect(scoped(origin.doc)).not.toContain('Freedonian attacked Dubno');
    expect(scoped(origin.doc)).not.toContain('Freedonian attacked Karvin');
  });
});

describe('attack scope: the owner of a target is no other party', () => {
  it('reads on past a nationality owning the target', async () => {
    const { doc } = await relate('Freedonian troops shelled Ostrova and Sylvanian positions in the nearby villages of Belka and Dubno.', [
      FD, city('Ostrova'), SY, city('Belka'), city('Dubno'),
    ]);
    expect(scoped(doc)).toEqual(expect.arrayContaining(['Freedonian attacked Belka', 'Freedonian attacked Dubno']));
  });

  it('counts a nationality, a name after "of" and the rest of its list as owners, no other name', async () => {
    const owners = async (text: string, mentions: MentionSpec[]): Promise<string[]> => {
      const doc = addMentions(await prepare(text), mentions);
      const items = sentenceItems(doc, 0, 0, doc.mentions.length);
      const out: string[] = [];
      for (let p = 0; p < items.length; p++) {
        const m = items.mention[p]!;
        if (m >= 0 && doc.mentions[m]!.type !== 'Place' && namesTargetOwner(doc, items, p, doc.mentions[m]!)) out.push(doc.mentions[m]!.text);
      }
      return out;
    };
    const list = await owners('Freedonian forces struck Ostrova and command posts of the 915th and 916th Rifle Regiments in Belka.', [
      FD, city('Ostrova'), unit('915th'), unit('916th Rifle Regiments'), city('Belka'),
    ]);
    expect(list).toEqual(['915th', '916th Rifle Regiments']);
    const partner = await owners('Freedonian forces shelled Ostrova with the 915th Artillery Brigade and the 916th Rifle Regiment in Belka.', [
      city('Ostrova'), unit('915th Artillery Brigade'), unit('916th Rifle Regiment'), city('Belka'),
    ]);
    expect(partner).toEqual([]);
  });

  it('not past a unit named as an instrument or a partner', async () => {
    const { doc } = await relate('Freedonian forces shelled Ostrova with the 915th Artillery Brigade in Belka.', [FD, city('Ostrova'), unit('915th Artillery Brigade'), city('Belka')]);
    expect(scoped(doc)).toEqual([]);
  });
});

describe('a hyphen with a space after it is a dash, no compound (branch abl18)', () => {
  it('keeps the place before a dash as the event place', async () => {
    const { lines } = await relate('Freedonian forces shelled Ostrova and Belka- both about 12km west of Dubno.', [
      FD, city('Ostrova'), city('Belka'), city('Dubno'),
    ]);
    expect(lines).toContain('Freedonian attacked Belka');
  });

  it('still reads a suspended compound and a joined one as compounds', async () => {
    const doc = addMentions(await prepare('Freedonian forces shelled Ostrova- and Belka-based depots near the Dubno-Karvin road.'), [
      FD, city('Ostrova'), city('Belka'), city('Dubno'), city('Karvin'),
    ]);
    const compound = doc.mentions.filter((m) => inHyphenCompound(doc, m)).map((m) => m.text);
    expect(compound).toEqual(['Ostrova', 'Belka', 'Dubno', 'Karvin']);
  });
});
