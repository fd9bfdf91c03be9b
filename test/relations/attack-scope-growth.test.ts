import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/document.js';
import { prepare } from '../helpers/prepare.js';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth.js';
import { addMentions, demonym, type MentionSpec } from './annotate.js';
import { city, runRelations } from './run.js';

/** "Russian forces shelled Town1, Town2, …": a list of n places the rules state, each one a start of the scope reading. */
async function listDoc(n: number): Promise<Doc> {
  const names = Array.from({ length: n }, (_, i) => `Town${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26) % 26)}${Math.floor(i / 676)}`);
  const text = `Russian forces shelled ${names.join(', ')} and nearby Ostrava.`;
  const specs: MentionSpec[] = [demonym('Russian', 'RU'), ...names.map((t) => city(t)), city('Ostrava')];
  return addMentions(await prepare(text), specs);
}

// The scope reading (scope-places.ts) walks each subject's places once; from every stated place it would be quadratic.
describe('the attack scope reading on a long list', () => {
  it('costs time linear in the list (4× the places, well under the 16× of quadratic work)', async () => {
    const docs = new Map<number, Doc>();
    for (const scale of [1, 4]) docs.set(scale, await listDoc(150 * scale));
    await runRelations(docs.get(1)!);
    const ratio = growthRatio((scale) => {
      const doc = docs.get(scale)!;
      return () => runRelations(doc);
    });
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});
