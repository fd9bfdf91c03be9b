import { describe, expect, it } from 'vitest';
import { entityKey, normalizeName } from '../../src/model/entity-key.js';
import { provisionalKey } from '../../src/relations/provisional-key.js';
import { mentionAt } from '../helpers/mention.js';

describe('provisionalKey (provisional-key.ts)', () => {
  it('is the record id of a linked mention', () => {
    const m = mentionAt(0, 4, { text: 'Kyiv', ref: { id: 'geonames:703448', name: 'Kyiv', type: 'Place' } });
    expect(provisionalKey(m)).toBe('geonames:703448');
  });

  it('is the entity key of the normal form of an unlinked name, by its canonical form when it has one', () => {
    for (const [type, text] of [['Place', 'Velyka Novosilka'], ['Organization', 'Al-Sharaa Front'], ['Person', 'Łukasz Nowak'], ['MilitaryUnit', '3rd  Army Corps']] as const) {
      const m = mentionAt(0, text.length, { type, text });
      expect(provisionalKey(m)).toBe(entityKey({ type, name: normalizeName(text) }));
    }
    const canonical = mentionAt(0, 3, { type: 'Organization', text: 'MoD', canonical: 'Ministry of Defense' });
    expect(provisionalKey(canonical)).toBe(entityKey({ type: 'Organization', name: normalizeName('Ministry of Defense') }));
  });

  it('keys the same text of two types apart, and gives the same key again for the same text', () => {
    const place = mentionAt(0, 5, { type: 'Place', text: 'Wagner' });
    const org = mentionAt(0, 5, { type: 'Organization', text: 'Wagner' });
    expect(provisionalKey(place)).not.toBe(provisionalKey(org));
    expect(provisionalKey(mentionAt(9, 14, { type: 'Place', text: 'Wagner' }))).toBe(provisionalKey(place));
  });
});
