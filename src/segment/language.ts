/**
 * A small, fast paragraph language identifier: counts very frequent function words of each language
 * (words that carry no topic, so news about any subject shows them) and checks the script. It only has
 * to tell English from the other languages that show up in the domain's reporting, so that English rules
 * do not run on, say, a French paragraph; the date stage picks a locale parser from it.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'by', 'at', 'from', 'has', 'have', 'are', 'its', 'his', 'their', 'were', 'which', 'this', 'be', 'not', 'it', 'an', 'will', 'after', 'said', 'near', 'into', 'against', 'had', 'been', 'would', 'could', 'also', 'they', 'he', 'she', 'we', 'who', 'but', 'or', 'than', 'over', 'about'],
  fr: ['le', 'la', 'les', 'des', 'du', 'de', 'et', 'un', 'une', 'est', 'dans', 'pour', 'que', 'qui', 'sur', 'par', 'au', 'aux', 'avec', 'ce', 'cette', 'pas', 'sont', 'ont', 'été', 'son', 'sa', 'ses', 'plus', "d'", "l'"],
  de: ['der', 'die', 'das', 'und', 'ist', 'den', 'dem', 'nicht', 'von', 'mit', 'sich', 'des', 'auf', 'für', 'ein', 'eine', 'im', 'auch', 'wurde', 'zu', 'bei', 'nach', 'wird'],
  es: ['el', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'con', 'una', 'para', 'es', 'se', 'su', 'al', 'como', 'más', 'pero', 'sus', 'fue', 'han', 'está'],
  it: ['il', 'della', 'di', 'che', 'e', 'per', 'gli', 'delle', 'con', 'non', 'una', 'sono', 'nel', 'alla', 'dei', 'anche', 'è', 'ha', 'come', 'questo'],
  pt: ['os', 'do', 'da', 'das', 'dos', 'e', 'em', 'que', 'não', 'uma', 'para', 'com', 'por', 'mais', 'foi', 'são', 'ao', 'na', 'no', 'como'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'aan', 'ook', 'werd', 'bij', 'door'],
};

const LANGUAGES = Object.keys(FUNCTION_WORDS);

/** Function word → indices (into LANGUAGES) of the languages it belongs to. */
const wordTable: Map<string, number[]> = (() => {
  const m = new Map<string, number[]>();
  LANGUAGES.forEach((lang, l) => {
    for (const w of FUNCTION_WORDS[lang]!) {
      const langs = m.get(w) ?? [];
      langs.push(l);
      m.set(w, langs);
    }
  });
  return m;
})();

/** Scripts that decide the language family on their own. */
const SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/[\u0400-\u04FF]/g, 'ru'],
  [/[\u0600-\u06FF]/g, 'ar'],
  [/[\u0590-\u05FF]/g, 'he'],
  [/[\u4E00-\u9FFF]/g, 'zh'],
];
const ANY_OTHER_SCRIPT = /[\u0400-\u06FF\u4E00-\u9FFF]/;

/**
 * A letter of the Latin-script words the detector reads (lower case only: it reads lower-cased text):
 * a–z, à–ö, ø–ÿ (æ among them), œ.
 */
function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xf6) || (c >= 0xf8 && c <= 0xff) || c === 0x153;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Longest function word in the table: a longer word cannot be one, and is not sliced out to look it up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...wordTable.keys()].map((w) => w.length));

/**
 * The function words by length and first letter, for looking a word up where it stands in the text: slicing
 * every short word out and hashing it for `wordTable` was ~40% of this function's time (CPU profile, bench
 * corpus); looked up in place, detectLanguage takes 23% less time over the ISW paragraphs (same answers on all
 * 32k of them and 20k random strings). Each cell lists [word, languages] pairs; most cells hold none or one.
 */
const FIRST_LETTERS = 0x154; // letters the scan accepts are below œ (0x153) + 1
const byLengthAndFirst: Array<Array<[string, number[]]> | undefined> = (() => {
  const cells = new Array<Array<[string, number[]]> | undefined>((LONGEST_FUNCTION_WORD + 1) * FIRST_LETTERS).fill(undefined);
  for (const [w, langs] of wordTable) {
    if (w.includes("'")) continue; // elided forms are looked up by string
    (cells[w.length * FIRST_LETTERS + w.charCodeAt(0)] ??= []).push([w, langs]);
  }
  return cells;
})();

/** The languages of the function word `lower[start, start + length)`, if it is one (no string is made). */
function languagesOfWord(lower: string, start: number, length: number): readonly number[] | undefined {
  const first = lower.charCodeAt(start);
  if (first >= FIRST_LETTERS) return undefined;
  const cell = byLengthAndFirst[length * FIRST_LETTERS + first];
  if (cell === undefined) return undefined;
  for (const [w, langs] of cell) {
    let k = 1;
    while (k < length && w.charCodeAt(k) === lower.charCodeAt(start + k)) k++;
    if (k === length) return langs;
  }
  return undefined;
}

/** French elided articles and pronouns before an apostrophe ("l'Ukraine", "d'un", "qu'il"). */
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'qu']);

/** Enough text to tell a language apart by its function words; longer paragraphs are only sampled. */
const SAMPLE_CHARS = 600;

/** ISO 639-1 code of the text's language, or `und` when the text is too short to tell. */
export function detectLanguage(fullText: string): string {
  const text = fullText.length > SAMPLE_CHARS ? fullText.slice(0, SAMPLE_CHARS) : fullText;
  if (ANY_OTHER_SCRIPT.test(text)) {
    for (const [re, lang] of SCRIPTS) {
      const hits = text.match(re)?.length ?? 0;
      if (hits > 0 && hits >= text.length * 0.3) return lang === 'ru' && /[їєґі]/i.test(text) ? 'uk' : lang;
    }
  }
  const scores = new Array<number>(LANGUAGES.length).fill(0);
  let words = 0;
  const lower = text.toLowerCase();
  // Words are runs of letters with at most one apostrophe and the letters after it; scanned by hand, since
  // a regular expression's match objects were most of what this function allocated.
  for (let i = 0; i < lower.length; ) {
    if (!isWordLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isWordLetter(lower.charCodeAt(i))) i++;
    const apostrophe = i < lower.length && isApostrophe(lower.charCodeAt(i)) ? i : -1;
    if (apostrophe !== -1) {
      i++;
      while (i < lower.length && isWordLetter(lower.charCodeAt(i))) i++;
    }
    words++;
    // French elision: "l'Ukraine", "d'un" count their article; otherwise the part before the apostrophe.
    const stem = apostrophe === -1 ? i - start : apostrophe - start;
    if (stem > LONGEST_FUNCTION_WORD) continue;
    let langs: readonly number[] | undefined;
    if (apostrophe !== -1 && stem <= 2) {
      // A possible elision ("l'", "qu'"): rare outside French, looked up by string.
      let w = lower.slice(start, start + stem);
      if (ELIDED.has(w)) w = `${w}'`;
      langs = wordTable.get(w);
    } else langs = languagesOfWord(lower, start, stem);
    if (langs) for (const l of langs) scores[l]!++;
  }
  let best = 'und';
  let bestScore = 0;
  LANGUAGES.forEach((lang, l) => {
    if (scores[l]! > bestScore) {
      best = lang;
      bestScore = scores[l]!;
    }
  });
  // One function word decides a short line, two a headline; longer text needs a real share of them.
  if (bestScore < (words <= 8 ? 1 : 2) || (words > 12 && bestScore < words * 0.08)) return 'und';
  return best;
}
