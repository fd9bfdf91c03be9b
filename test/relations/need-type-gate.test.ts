import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/model/package-root.js';
import { NeedPositions } from '../../src/relations/requirements.js';
import { relationsStage } from '../../src/relations/stage.js';
import { prepare } from '../helpers/prepare.js';
import { addMentions } from './annotate.js';
import { city, org, person } from './run.js';

/**
 * A pattern whose mention need asks for types no mention of the sentence has is not live there, and its window is
 * not looked for (requirements.ts NeedPositions.fillLive, lacksTypes): the sentence's type bits tell first.
 */
describe('the type bits of a pattern\'s mention needs (requirements.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-needtypes-'));
  const file = join(dir, 'rules.json');
  writeFileSync(file, JSON.stringify([{ name: 'my-visit', predicate: 'visited', confidence: 0.8, patterns: ['S:Person toured O:City'] }]));
  const run = async (text: string, mentions: Parameters<typeof addMentions>[1]) => {
    const doc = addMentions(await prepare(text), mentions);
    (await relationsStage({ rules: [file] }, { baseDir: dir, packageRoot: packageRoot() })).run(doc);
    return doc.relations.map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`);
  };
  afterEach(() => vi.restoreAllMocks());

  it('looks for the window when the sentence has mentions of every type asked, and matches', async () => {
    const windows = vi.spyOn(NeedPositions.prototype as unknown as { findWindow: () => void }, 'findWindow');
    expect(await run('Minister Ana Velko toured Orbino on Monday.', [person('Ana Velko'), city('Orbino')])).toEqual(['Ana Velko visited Orbino']);
    expect(windows).toHaveBeenCalled();
  });

  it('skips the window when no mention is of a type a need asks (an organization, no person)', async () => {
    const windows = vi.spyOn(NeedPositions.prototype as unknown as { findWindow: () => void }, 'findWindow');
    expect(await run('The Velko Foundation toured Orbino on Monday.', [org('Velko Foundation'), city('Orbino')])).toEqual([]);
    expect(windows).not.toHaveBeenCalled();
  });

  // The first two type masks are read with the gates (word-info.ts gatesOf): a pattern lacking its types is passed over
  // before its own need lists are read, and lacksTypes is left for a pattern with a third mask (the gates say whether
  // there is one).
  it('passes over a pattern lacking its types at the gate, and leaves lacksTypes to patterns with a third mask', async () => {
    const lacks = vi.spyOn(NeedPositions.prototype as unknown as { lacksTypes: () => boolean }, 'lacksTypes');
    expect(await run('The Velko Foundation toured Orbino on Monday.', [org('Velko Foundation'), city('Orbino')])).toEqual([]);
    expect(lacks).not.toHaveBeenCalled();
    expect(await run('Minister Ana Velko toured Orbino on Monday.', [person('Ana Velko'), city('Orbino')])).toEqual(['Ana Velko visited Orbino']);
    expect(lacks).not.toHaveBeenCalled();
  });

  describe('a pattern with three typed mention needs', () => {
    const three = join(dir, 'three.json');
    writeFileSync(three, JSON.stringify([{ name: 'my-escorted-visit', predicate: 'visited', confidence: 0.8, patterns: ['S:Person toured O:City with ?the _:Org'] }]));
    const runThree = async (text: string, mentions: Parameters<typeof addMentions>[1]) => {
      const doc = addMentions(await prepare(text), mentions);
      (await relationsStage({ rules: [three] }, { baseDir: dir, packageRoot: packageRoot() })).run(doc);
      return doc.relations.map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`);
    };

    it('tests the third mask when the first two pass, and matches when its type is there', async () => {
      const lacks = vi.spyOn(NeedPositions.prototype as unknown as { lacksTypes: () => boolean }, 'lacksTypes');
      expect(await runThree('Ana Velko toured Orbino with the Velko Foundation.', [person('Ana Velko'), city('Orbino'), org('Velko Foundation')])).toEqual(['Ana Velko visited Orbino']);
      expect(lacks).toHaveBeenCalled();
    });

    it('finds no window when the third type is missing', async () => {
      const windows = vi.spyOn(NeedPositions.prototype as unknown as { findWindow: () => void }, 'findWindow');
      expect(await runThree('Ana Velko toured Orbino with her aides.', [person('Ana Velko'), city('Orbino')])).toEqual([]);
      expect(windows).not.toHaveBeenCalled();
    });
  });
});
