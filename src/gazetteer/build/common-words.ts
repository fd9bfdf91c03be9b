import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nlp from 'compromise';

/**
 * Which words are ordinary English words or people's names, from data rather than by hand: a place named
 * "Split", "Police" or "Mary" must show more evidence than one named "Kramatorsk".
 *
 * - ordinary words: the lower-case lexemes of wink-eng-lite-web-model's lexicon (≈87k entries; proper
 *   nouns such as "london" are not in it, nouns like "army" and "opportunity" are);
 * - people's names: compromise's lexicon entries tagged as first or last names;
 * - plus the curated lists in gazetteers/curated/common-words.json (words and names news text uses that
 *   the two lexicons miss);
 * - minus compromise's place names (City, Country, Region): "kiev" is in wink's lexicon for the dish, but
 *   capitalized it is the city.
 */
export interface CommonWords {
  words: Set<string>;
  personNames: Set<string>;
}

const require = createRequire(import.meta.url);

function winkLexemes(): string[] {
  const main = require.resolve('wink-eng-lite-web-model');
  const modelFile = join(dirname(main), 'languages', 'cur', 'models', 'eng-core-web-model.json');
  const model = JSON.parse(readFileSync(modelFile, 'utf8')) as { features: { lexeme: { list: string[] } } };
  return model.features.lexeme.list.filter((w) => /^[a-z]{2,}$/.test(w));
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region']);

function compromiseWords(tagSet: ReadonlySet<string>): string[] {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const out: string[] = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    if ((Array.isArray(tags) ? tags : [tags]).some((t) => tagSet.has(t)) && /^[a-z]{2,}$/.test(word)) out.push(word);
  }
  return out;
}

export interface CuratedCommonWords {
  source: string;
  words: string[];
  personNames: string[];
  /** Names that are place names in the data but should never be matched as places. */
  notPlaces: string[];
}

export function loadCommonWords(curated: CuratedCommonWords, extraPersonNames: Iterable<string>): CommonWords {
  const words = new Set(winkLexemes());
  for (const w of curated.words) words.add(w.toLowerCase());
  const personNames = new Set(compromiseWords(NAME_TAGS));
  for (const w of curated.personNames) personNames.add(w.toLowerCase());
  for (const w of extraPersonNames) personNames.add(w);
  for (const place of compromiseWords(PLACE_TAGS)) {
    words.delete(place);
    personNames.delete(place);
  }
  return { words, personNames };
}
