/**
 * Folding makes spelling variants of one name meet: case, diacritics (Durrës/Durres), apostrophe variants
 * and transliteration apostrophes (Kramators'k/Kramatorsk, Hay'at/Hayat). Names in the index and words of
 * the text go through the same function, so they compare as plain strings.
 */

/** Letters NFD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŀ: 'l', ŧ: 't',
};

/** Apostrophe look-alikes, including the modifier letters transliterations use for the soft sign. */
const APOSTROPHES = /['’‘ʼʻ`´ʹ′"”]/g;
const MARKS = /\p{M}/gu;
const SPECIAL = /[łøđðþßæœıħŀŧ]/g;

/** True when every UTF-16 unit of `s` is ASCII (the common case, folded with toLowerCase alone). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Spellings that romanizations of Ukrainian and Russian names disagree on and that no English word uses:
 * "Zaporizhzhia"/"Zaporizhia", "Avdiyivka"/"Avdiivka". Folded to one form on both sides of a lookup.
 */
const TRANSLITERATION = /zhzh|iyi/g;
const TRANSLITERATION_FOLD: Readonly<Record<string, string>> = { zhzh: 'zh', iyi: 'ii' };

/** Applies the transliteration folds to an already lower-cased word. */
export function foldTransliteration(lower: string): string {
  return lower.length > 5 && (lower.includes('zhzh') || lower.includes('iyi')) ? lower.replace(TRANSLITERATION, (m) => TRANSLITERATION_FOLD[m] ?? m) : lower;
}

/** Folds one word (no spaces): lower case, no diacritics, no apostrophes, one transliteration. */
export function foldWord(word: string): string {
  if (isAscii(word)) {
    const lower = word.toLowerCase();
    return foldTransliteration(lower.indexOf("'") === -1 && lower.indexOf('`') === -1 ? lower : lower.replace(APOSTROPHES, ''));
  }
  return foldTransliteration(
    word
      .toLowerCase()
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c)
      .replace(APOSTROPHES, ''),
  );
}

/** The folded form of the possessive clitic ("’s", "'s"), kept as its own token so it stays outside spans. */
export const POSSESSIVE = "'s";
