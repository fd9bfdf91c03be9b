import nlp from 'compromise';
import type { GazetteerFile } from '../entry.js';

/** Abbreviations the lexicon tags as organizations that name none ("inc", "dept"). */
const NOT_NAMES = new Set(['dept', 'univ', 'assn', 'inc', 'ltd', 'co', 'corp', 'bros']);
const TAGS = new Set(['Organization', 'SportsTeam']);

/**
 * Companies, broadcasters, bands and sports teams from the lexicon of the `compromise` npm package (v14, MIT
 * licence; a dependency, read when the index is built): every entry tagged `Organization` or `SportsTeam`,
 * minus bare company-form abbreviations. Entries are lower case there; the display name capitalizes each
 * word (matching is by folded key and needs capitals in the text). `keep` drops names that are ordinary
 * English words or people's names (the build passes the common-word test), which would need evidence.
 */
export function companiesFile(keep: (name: string) => boolean): GazetteerFile {
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
  const names = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (!tags.some((t) => TAGS.has(t)) || NOT_NAMES.has(word) || word.replace(/[^\p{L}]/gu, '').length < 3) continue;
    const name = word.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    if (keep(name)) names.add(name);
  }
  return {
    name: 'companies',
    source: 'compromise npm package v14 lexicon (MIT licence): entries tagged Organization or SportsTeam',
    licence: 'MIT',
    entries: [...names].sort().map((name) => ({ name, type: 'Organization' as const })),
  };
}
