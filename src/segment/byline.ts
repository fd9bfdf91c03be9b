/**
 * Tells an author line ("By Jane Doe", "Ana Ruiz, Tomas K. Berg, and Lee Min-jun") from a headline. Reports
 * often open with their authors' names on a line of its own; it has the shape of a headline (short, no
 * final period, capitalized words) but it is not one, so the segment stage must not record it as the
 * article's headline.
 *
 * A byline is an optional "By"/"Written by" followed by personal names joined by commas, "and" or "&".
 * A name is two to five capitalized words — given names, initials ("W."), particles ("de", "van", "al-"),
 * and a generational suffix ("Jr.") — and never a word that is common in headlines. Without "By", two
 * names at least are needed: one name alone on a line is as likely a headline ("Kyiv Mayor Speaks").
 */
const LEAD = /^(?:written\s+)?by\s+/i;
const SEPARATOR = /\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/i;
/** A capitalized word with lower-case letters after its first ("Kagan", "McArdle", "O'Neill", "Min-jun"); not an acronym. */
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*$/u;
const INITIAL = /^(?:\p{Lu}\.){1,2}$/u;
const PARTICLE = new Set(['de', 'da', 'del', 'der', 'di', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'ter']);
const SUFFIX = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
/**
 * Capitalized words that make a title-case line a headline and never stand in a person's name; the
 * check is what keeps "Talks Resume, Troops Withdraw" from reading as two names.
 */
const NOT_IN_NAMES = new Set(
  (
    'The A An Of In On At To For From With After Before Over Under Into As Is Are Was Were Be Has Have Had Says Said Say New Old ' +
    'Update Report Assessment Analysis Campaign War Talks Deal Forces Troops Army Attack Attacks Strike Strikes News Daily Weekly ' +
    'Key Takeaways Front Line Offensive Ministry President Minister Government City Region Oblast North South East West Russian ' +
    'Ukrainian American European Kremlin Warns Meets Visits Signs Resume Withdraw Advance Advances Day Week Month Year Morning Evening ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ET GMT UTC'
  ).split(' '),
);
const MAX_NAMES = 12;

export function isBylineLine(line: string): boolean {
  let text = line.trim();
  if (text.length === 0 || text.length > 400 || /\d/.test(text)) return false;
  const lead = LEAD.exec(text);
  if (lead) text = text.slice(lead[0].length);
  const names = text.split(SEPARATOR).filter((part) => part !== '');
  if (names.length === 0 || names.length > MAX_NAMES || (!lead && names.length < 2)) return false;
  return names.every(isPersonalName);
}

function isPersonalName(part: string): boolean {
  const words = part.split(/\s+/);
  const core = SUFFIX.has(words.at(-1)!) ? words.slice(0, -1) : words;
  if (core.length < 2 || core.length > 5) return false;
  let named = 0;
  for (const w of core) {
    if (PARTICLE.has(w) || /^(?:al|el)-\p{Lu}/u.test(w)) continue;
    if (INITIAL.test(w)) continue;
    if (NOT_IN_NAMES.has(w)) return false;
    if (!NAME_WORD.test(w)) return false;
    named++;
  }
  // A name has a given name or surname that is a word, not only initials ("J. R." is not a name).
  // Initials and particles stand between names, not at the end ("Kagan, W." is not a name).
  return named >= 1 && NAME_WORD.test(core.at(-1)!.replace(/^(?:al|el)-/, ''));
}
