import type { DocResult } from '../../src/model/doc-result.js';
import { makeDoc, type EntitySpec } from './make-docs.js';

/** Original fixture reporting (invented people and events) shared by the report and query tests. */
const KHARKIV: EntitySpec = {
  key: 'geonames:706483',
  type: 'Place',
  name: 'Kharkiv',
  aliases: ['Kharkov'],
  ref: { id: 'geonames:706483', name: 'Kharkiv', type: 'Place', placeKind: 'City', sameAs: ['https://sws.geonames.org/706483/'], source: 'fixture' },
};
const KUPIANSK: EntitySpec = { key: 'geonames:704422', type: 'Place', name: 'Kupiansk', ref: { id: 'geonames:704422', name: 'Kupiansk', type: 'Place', placeKind: 'City' } };
const VANTU: EntitySpec = { key: 'person:aurel-vantu', type: 'Person', name: 'Aurel Vantu', aliases: ['Vantu'] };
const BRIGADE: EntitySpec = { key: 'unit:47th-mechanized-brigade', type: 'MilitaryUnit', name: '47th Mechanized Brigade' };

/** The astral character in front shifts UTF-16 against code point offsets; the last sentence tries to break out of the data script. */
export const FRONT_TEXT =
  '📍 Kharkiv front. Defence Minister Aurel Vantu visited Kharkiv on 12 March 2026 to inspect air defences. ' +
  'The 47th Mechanized Brigade is operating near Kupiansk, the regional governor said. ' +
  'Vantu met with Mayor Ilse Brandt in Kharkiv. The duty log ended with </script><!-- and nothing else.';

export function frontDoc(): DocResult {
  return makeDoc({
    path: 'assessments/front.txt',
    title: 'Kharkiv front',
    text: FRONT_TEXT,
    entities: [KHARKIV, VANTU, BRIGADE, KUPIANSK, { key: 'person:ilse-brandt', type: 'Person', name: 'Ilse Brandt' }],
    mentions: [
      { text: 'Kharkiv', key: KHARKIV.key },
      { text: 'Aurel Vantu', key: VANTU.key, recognizer: 'person-title' },
      { text: 'Kharkiv', key: KHARKIV.key, nth: 1 },
      { text: '47th Mechanized Brigade', key: BRIGADE.key, recognizer: 'unit-grammar' },
      { text: 'Kupiansk', key: KUPIANSK.key },
      { text: 'Vantu', key: VANTU.key, nth: 1 },
      { text: 'Ilse Brandt', key: 'person:ilse-brandt', recognizer: 'person-title' },
      { text: 'Kharkiv', key: KHARKIV.key, nth: 2 },
    ],
    dates: [{ text: '12 March 2026', value: '2026-03-12' }],
    relations: [
      { s: 1, p: 'visited', o: 2, rule: 'visit-verb', confidence: 0.85, date: 0 },
      { s: 3, p: 'operatesIn', o: 4, rule: 'unit-operates-near', confidence: 0.7, claimedBy: { text: 'the regional governor' } },
      { s: 5, p: 'metWith', o: 6, rule: 'met-with', confidence: 0.75 },
    ],
  });
}

export const WIRE_TEXT =
  'Foreign Minister Dana Okafor arrived in Kharkiv on Tuesday. Okafor held talks with Aurel Vantu about grain corridors. ' +
  'The Ministry of Defence said the 47th Mechanized Brigade had pulled back from Kupiansk.';

export function wireDoc(): DocResult {
  const ministry: EntitySpec = { key: 'org:ministry-of-defence', type: 'Organization', name: 'Ministry of Defence' };
  return makeDoc({
    path: 'diplomacy/wire.jsonl',
    recordId: 'w-17',
    text: WIRE_TEXT,
    entities: [{ key: 'person:dana-okafor', type: 'Person', name: 'Dana Okafor', aliases: ['Okafor'] }, KHARKIV, VANTU, ministry, BRIGADE, KUPIANSK],
    mentions: [
      { text: 'Dana Okafor', key: 'person:dana-okafor' },
      { text: 'Kharkiv', key: KHARKIV.key },
      { text: 'Okafor', key: 'person:dana-okafor', nth: 1 },
      { text: 'Aurel Vantu', key: VANTU.key },
      { text: 'Ministry of Defence', key: ministry.key },
      { text: '47th Mechanized Brigade', key: BRIGADE.key },
      { text: 'Kupiansk', key: KUPIANSK.key },
    ],
    dates: [{ text: 'Tuesday', value: '2026-03-17' }],
    relations: [
      { s: 0, p: 'visited', o: 1, rule: 'arrival-verb', confidence: 0.8, date: 0 },
      { s: 2, p: 'metWith', o: 3, rule: 'held-talks', confidence: 0.75 },
      { s: 5, p: 'operatesIn', o: 6, rule: 'unit-operates-near', confidence: 0.55, claimedBy: { text: 'The Ministry of Defence', mention: 4 } },
    ],
  });
}
