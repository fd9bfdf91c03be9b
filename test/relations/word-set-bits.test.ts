import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/model/package-root.js';
import { relationsStage } from '../../src/relations/stage.js';
import { prepare } from '../helpers/prepare.js';
import { addMentions } from './annotate.js';
import { person } from './run.js';
import { inWordSet, WordSets } from '../../src/relations/word-set-bits.js';
import { compileRules, loadRuleSpecs } from '../../src/relations/compile-rules.js';
import { compilePattern } from '../../src/relations/pattern.js';

/** The matcher tests a word element by the bits of the item's key (word-set-bits.ts), not by a Set look-up. */
describe('word set bits (word-set-bits.ts)', () => {
  it('gives a key the bits of every set that holds it, and none of the others', () => {
    const sets = new WordSets();
    const a = sets.of('zorvel|Quint').set;
    const b = sets.of('quint').set;
    const c = sets.of('plimsy').set;
    const quint = sets.bitsOf('quint');
    expect(inWordSet(quint, a)).toBe(true);
    expect(inWordSet(quint, b)).toBe(true);
    expect(inWordSet(quint, c)).toBe(false);
    expect(inWordSet(sets.bitsOf('zorvel'), b)).toBe(false);
  });

  it('has no bits for a key no set holds', () => {
    expect(new WordSets().bitsOf('unheardofword')).toBeUndefined();
    expect(inWordSet(undefined, 0)).toBe(false);
  });

  it('numbers a word element by its list: the same list shares a number, another list has its own', () => {
    const sets = new WordSets();
    const [p, q] = [compilePattern('S:Person flumbered ?past|by O:City', sets), compilePattern('S:Person trundled past|by O:City', sets)];
    const [r] = [compilePattern('S:Person trundled near O:City', sets)];
    const setOf = (pattern: ReturnType<typeof compilePattern>, k: number) => (pattern.forward[k] as { set: number }).set;
    expect(setOf(p, 1)).toBe(setOf(q, 1));
    expect(setOf(r, 1)).not.toBe(setOf(q, 1));
    expect(inWordSet(sets.bitsOf('past'), setOf(q, 1))).toBe(true);
    expect(inWordSet(sets.bitsOf('near'), setOf(q, 1))).toBe(false);
  });

  it('numbers each rule table on its own: compiling more tables in the process neither widens nor renumbers its sets', () => {
    const builtin = () => compileRules(loadRuleSpecs(['builtin'], packageRoot())).wordSets;
    const first = builtin();
    const own = compileRules([{ name: 'my-wander', predicate: 'visited', confidence: 0.7, patterns: ['S:Person wandered|ambled into|through O:City'] }]).wordSets;
    const second = builtin();
    expect(own.size).toBe(2);
    expect(second.size).toBe(first.size);
    expect(second.bitsOf('visited')).toEqual(first.bitsOf('visited'));
    expect(own.bitsOf('wandered')!.length).toBe(1);
    expect(own.bitsOf('visited')).toBeUndefined();
  });
});

/** The matcher reads a word element and a gap's stop words by these bits: a rule's words and stops still decide a match. */
describe('word elements and gap stops read by the bits (match.ts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-wordbits-'));
  const file = join(dir, 'rules.json');
  writeFileSync(file, JSON.stringify([{ name: 'my-call', predicate: 'metWith', confidence: 0.8, patterns: ['S:Person phoned|rang *3[twice|never] ?up O:Person'] }]));
  const run = async (text: string, mentions: Parameters<typeof addMentions>[1]) => {
    const doc = addMentions(await prepare(text), mentions);
    (await relationsStage({ rules: [file] }, { baseDir: dir, packageRoot: packageRoot() })).run(doc);
    return doc.relations.map((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}`);
  };

  it('matches a word of the element and passes words that are no stop', async () => {
    expect(await run('Ana Velko rang her old friend Ivo Marten.', [person('Ana Velko'), person('Ivo Marten')])).toEqual(['Ana Velko metWith Ivo Marten']);
    expect(await run('Ana Velko phoned her twin Ivo Marten.', [person('Ana Velko'), person('Ivo Marten')])).toEqual(['Ana Velko metWith Ivo Marten']);
    expect(await run('Ana Velko phoned up Ivo Marten.', [person('Ana Velko'), person('Ivo Marten')])).toEqual(['Ana Velko metWith Ivo Marten']);
  });

  it('does not match a word outside the element, nor over a stop word', async () => {
    expect(await run('Ana Velko emailed Ivo Marten.', [person('Ana Velko'), person('Ivo Marten')])).toEqual([]);
    expect(await run('Ana Velko phoned twice Ivo Marten.', [person('Ana Velko'), person('Ivo Marten')])).toEqual([]);
  });
});
