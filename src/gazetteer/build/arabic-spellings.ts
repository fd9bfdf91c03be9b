/**
 * The English press's spellings of Arabic place names that GeoNames romanizes another way
 * (gazetteers/curated/arabic-place-spellings.json): the article assimilated to a sun letter written "al"
 * ("Jisr ash Shughur" → "Jisr al Shughur") or the article's "e" forms ("Dayr az Zawr" → "Dayr ez Zawr"), the
 * article dropped ("Al Qamishli" → "Qamishli"), generic words spelled the press's way ("Tall" → "Tel", "Ayn" →
 * "Ain", "Dayr" → "Deir"), the marks of ʿayn and hamza dropped or read as a long "a" ("Tall Rif`at" → "Tel
 * Rifat", "Tel Rifaat"), doubled consonants written single and an "s" between vowels written double ("`Ayn `Isa"
 * → "Ain Issa"), and the last word's ending spelled the press's way ("Zuwarah" → "Zuwara", "Makhmur" →
 * "Makhmour", "Zawr" → "Zor"). Rules of romanization, not names: no spelling is listed by hand.
 */
export interface ArabicSpellingRules {
  countries: string[];
  articles: string[];
  sunArticles: string[];
  /** An article → its other spellings inside a name ("az" → "ez", "al" → "el"). */
  articleSpellings?: Record<string, string[]>;
  wordSpellings: Record<string, string[]>;
  /** The last word's ending → the press's endings for it ("iyah" → "iya", "ur" → "our"), longest ending first. */
  endings?: Record<string, string[]>;
  finalAh: boolean;
  /** Characters GeoNames writes for ʿayn and hamza ("Rif`at", "Ra's"). */
  marks?: string;
  /** Consonants the press doubles between two vowels ("Isa" → "Issa"). */
  doubledBetweenVowels?: string;
  minLength: number;
}

/** Bounds the spellings made of one name whatever the rules hold. */
const MAX_SPELLINGS = 24;
const LETTERS = /[^\p{L}]/gu;
const VOWELS = 'aeiou';

export class ArabicSpellings {
  private readonly countries: ReadonlySet<string>;
  private readonly articles: ReadonlySet<string>;
  private readonly sunArticles: ReadonlySet<string>;
  private readonly articleSpellings: ReadonlyMap<string, readonly string[]>;
  private readonly wordSpellings: ReadonlyMap<string, readonly string[]>;
  private readonly endings: readonly [string, readonly string[]][];
  private readonly marks: RegExp | undefined;
  private readonly markBeforeA: RegExp | undefined;
  private readonly doubled: RegExp | undefined;
  private readonly geminate = /([b-df-hj-np-tv-z])\1/g;

  constructor(private readonly rules: ArabicSpellingRules) {
    this.countries = new Set(rules.countries);
    this.articles = new Set(rules.articles);
    this.sunArticles = new Set(rules.sunArticles);
    this.articleSpellings = new Map(Object.entries(rules.articleSpellings ?? {}));
    this.wordSpellings = new Map(Object.entries(rules.wordSpellings));
    this.endings = Object.entries(rules.endings ?? {}).sort((a, b) => b[0].length - a[0].length);
    const marks = rules.marks ? `[${rules.marks.replace(/[\\\]^-]/g, '\\$&')}]` : undefined;
    this.marks = marks ? new RegExp(marks, 'g') : undefined;
    // A mark between a consonant and "a" is read as a long "a" ("Rif`at" → "Rifaat", "Sa`d" is not: no vowel after).
    this.markBeforeA = marks ? new RegExp(`(?<=[b-df-hj-np-tv-z])${marks}(?=a)`, 'gi') : undefined;
    this.doubled = rules.doubledBetweenVowels ? new RegExp(`(?<=[${VOWELS}])([${rules.doubledBetweenVowels}])(?=[${VOWELS}])`, 'gi') : undefined;
  }

  appliesTo(country: string): boolean {
    return this.countries.has(country);
  }

  /** The press spellings of one GeoNames name, other than the name itself; at least `minLength` letters each. */
  spellings(name: string): string[] {
    const words = name.split(/[ -]+/).filter((w) => w !== '');
    if (words.length === 0) return [];
    const bare = (w: string): string => w.toLowerCase().replace(LETTERS, '');
    let forms: string[][] = [words];
    const seen = new Set([words.join(' ')]);
    const add = (make: (ws: string[]) => string[] | undefined): void => {
      for (const ws of forms.slice()) {
        const made = make(ws);
        if (!made || forms.length >= MAX_SPELLINGS || seen.has(made.join(' '))) continue;
        seen.add(made.join(' '));
        forms.push(made);
      }
    };
    const eachWord = (change: (w: string, i: number, ws: string[]) => string): ((ws: string[]) => string[] | undefined) => (ws) => {
      const changed = ws.map(change);
      return changed.some((w, i) => w !== ws[i]) ? changed : undefined;
    };
    const inside = (ws: string[], i: number): boolean => i < ws.length - 1;
    // Marks first, so that the word rules below see "Ayn" in "`Ayn" and "Ras" in "Ra's".
    const marks = this.marks;
    const markBeforeA = this.markBeforeA;
    if (marks && markBeforeA) {
      add(eachWord((w) => w.replace(markBeforeA, 'a').replace(marks, '')));
      add(eachWord((w) => w.replace(marks, '')));
      // The marked spelling itself is what GeoNames has already; only the unmarked ones are built on.
      if (forms.length > 1) forms = forms.slice(1);
    }
    // "ash" before a name inside it is the press's "al": never the name's last word.
    add(eachWord((w, i, ws) => (inside(ws, i) && this.sunArticles.has(bare(w)) ? (i === 0 ? 'Al' : 'al') : w)));
    for (const [article, spellings] of this.articleSpellings) {
      for (const spelling of spellings) add(eachWord((w, i, ws) => (i > 0 && inside(ws, i) && bare(w) === article ? spelling : w)));
    }
    for (const [word, spellings] of this.wordSpellings) {
      for (const spelling of spellings) add(eachWord((w) => (bare(w) === word ? spelling : w)));
    }
    add((ws) => (ws.length > 1 && this.articles.has(bare(ws[0]!)) ? ws.slice(1) : undefined));
    if (this.rules.finalAh) add((ws) => (/ah$/.test(ws[ws.length - 1]!) ? [...ws.slice(0, -1), ws[ws.length - 1]!.slice(0, -1)] : undefined));
    for (const [ending, spellings] of this.endings) {
      for (const spelling of spellings) {
        add((ws) => {
          const last = ws[ws.length - 1]!;
          // The ending of a longer word only: "Ur" alone is a name, not an ending.
          return last.length > ending.length && last.toLowerCase().endsWith(ending) ? [...ws.slice(0, -1), last.slice(0, -ending.length) + spelling] : undefined;
        });
      }
    }
    add(eachWord((w) => w.replace(this.geminate, '$1')));
    const doubled = this.doubled;
    if (doubled) add(eachWord((w, i, ws) => (bare(w).length > 2 && !(inside(ws, i) && this.articles.has(bare(w))) ? w.replace(doubled, '$1$1') : w)));
    const out = new Set<string>();
    for (const ws of forms) {
      const spelled = ws.join(' ');
      if (spelled !== words.join(' ') && spelled.replace(LETTERS, '').length >= this.rules.minLength) out.add(spelled);
    }
    return [...out];
  }
}
