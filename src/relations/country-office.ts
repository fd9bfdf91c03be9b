import type { Mention, Predicate } from '../model/document.js';
import { placeRank } from './arg-types.js';
import type { TitleLexicon } from './title-lexicon.js';

/**
 * The predicate an office gives its holder over a country. Only a head of state or government leads a
 * country ("Belarusian President X"); any other leading office ("Ukrainian Commander-in-Chief X", "Russian
 * Chief of the General Staff X") is held in the country's service, as ministers' are: memberOf.
 */
export function predicateOverCountry(titles: TitleLexicon, predicate: Predicate, role: string | undefined, object: Mention): Predicate | undefined {
  if (role === undefined || object.type !== 'Place' || placeRank(object) < 2) return predicate;
  // A journalist or an analyst of a nationality holds no office of its state.
  if (titles.isPrivateCalling(role)) return undefined;
  if (predicate !== 'leaderOf') return predicate;
  return titles.leadsCountry(role) ? predicate : 'memberOf';
}
