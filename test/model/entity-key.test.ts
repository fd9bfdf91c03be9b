import { describe, expect, it } from 'vitest';
import { entityKey, normalizeName } from '../../src/model/entity-key.js';

describe('normalizeName', () => {
  it('makes spelling variants of one name meet', () => {
    expect(normalizeName('Al-Sharaa')).toBe('al-sharaa');
    expect(normalizeName('Al Sharaa')).toBe('al-sharaa');
    expect(normalizeName('al\u2011Sharaa')).toBe('al-sharaa');
    expect(normalizeName('Hay’at Tahrir')).toBe('hayat-tahrir');
    expect(normalizeName('Zełenskyy')).toBe('zelenskyy');
    expect(normalizeName('Érdoğan ')).toBe('erdogan');
  });

  it('keeps letters of other scripts and tells different names apart', () => {
    expect(normalizeName('Киев')).toBe('киев');
    expect(normalizeName('Beridze')).not.toBe(normalizeName('Berdize'));
  });
});

describe('entityKey', () => {
  it('uses the gazetteer id when there is one', () => {
    expect(entityKey({ type: 'Place', name: 'Kyiv', ref: { id: 'geonames:703448', name: 'Kyiv', type: 'Place' } })).toBe('geonames:703448');
  });

  it('otherwise prefixes the normalized name with the type', () => {
    expect(entityKey({ type: 'Person', name: 'Tamar Beridze' })).toBe('person:tamar-beridze');
    expect(entityKey({ type: 'MilitaryUnit', name: '19th Army Corps' })).toBe('unit:19th-army-corps');
    expect(entityKey({ type: 'Organization', name: 'Free Caucasus Front' })).toBe('org:free-caucasus-front');
    expect(entityKey({ type: 'Place', name: 'Tuzla' })).toBe('place:tuzla');
  });
});
