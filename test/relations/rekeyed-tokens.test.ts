import { describe, expect, it } from 'vitest';
import { prepare } from '../helpers/prepare.js';
import { emptyItems, isRekeyed, sentenceItems, tokenKey, tokenMayRekey } from '../../src/relations/items.js';

/**
 * sentenceItems reads a token's key string only where its word item may be keyed apart from the token (items.ts
 * tokenMayRekey, per word form): the items of all other words carry their token's key unread.
 */
describe('tokens whose items may be rekeyed (items.ts tokenMayRekey)', () => {
  const keysOf = async (text: string) => {
    const doc = await prepare(text);
    const items = sentenceItems(doc, 0, 0, 0, emptyItems());
    return { doc, items };
  };

  it('marks the apostrophe, "may" and the hedging modals, and rekeys them where items.ts does', async () => {
    const { doc, items } = await keysOf('The scouts’ convoy may have shelled Varnok in May, and they might return.');
    const marked = [];
    for (let i = 0; i < items.length; i++) if (tokenMayRekey(doc, items.token[i]!)) marked.push(tokenKey(doc, items.token[i]!));
    expect(marked).toEqual(["'", 'may', 'may', 'might']);
    expect(items.keys.filter(isRekeyed)).toEqual(["'s", 'may-have', 'May']);
  });

  it('marks no other word, and their items keep their tokens\' keys', async () => {
    const { doc, items } = await keysOf('Quiet patrols crossed the Brenvel river at dawn on Tuesday.');
    for (let i = 0; i < items.length; i++) {
      expect(tokenMayRekey(doc, items.token[i]!)).toBe(false);
      expect(items.keys[i]).toBe(tokenKey(doc, items.token[i]!));
    }
  });
});
