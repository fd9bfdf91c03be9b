/**
 * The English press's spellings of Arabic place names that GeoNames romanizes another way
 * (gazetteers/curated/arabic-place-spellings.json): the article assimilated to a sun letter written "al"
 * ("Jisr ash Shughur" → "Jisr al Shughur"), the article dropped ("Al Qamishli" → "Qamishli"), generic words
 * spelled the press's way ("Tall" → "Tel", "Ayn" → "Ain") and the feminine ending "-ah" written "-a"
 * ("Zuwarah" → "Zuwara"). Rules of romanization, not names: no spelling is listed by hand.
 */
export interface ArabicSpellingRules {
  countries: string[];
  articles: string[];
  sunArticles: string[];
  wordSpellings: Record<string, string[]>;
  finalAh: boolean;
  minLength: number;
}

/** Bounds the spellings made of one name whatever the rules hold. */
const MAX_SPELLINGS = 24;
const LETTERS = /[^\p{L}]/gu;

export class ArabicSpellings {
  private readonly countries: ReadonlySet<string>;
  private readonly articles: ReadonlySet<string>;
  private readonly sunArticles: ReadonlySet<string>;
  private readonly wordSpellings: ReadonlyMap<string, readonly string[]>;

  constructor(private readonly rules: ArabicSpellingRules) {
    this.countries = new Set(rules.countries);
    this.articles = new Set(rules.articles);
    this.sunArticles = new Set(rules.sunArticles);
    this.wordSpellings = new Map(Object.entries(rules.wordSpellings));
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
    const add = (make: (ws: string[]) => string[] | undefined): void => {
      for (const ws of forms.slice()) {
        const made = make(ws);
        if (made && forms.length < MAX_SPELLINGS) forms.push(made);
      }
    };
    // "ash" before a name inside it is the press's "al": never the name's last word.
    add((ws) => (ws.some((w, i) => i < ws.length - 1 && this.sunArticles.has(bare(w))) ? ws.map((w, i) => (i < ws.length - 1 && this.sunArticles.has(bare(w)) ? (i === 0 ? 'Al' : 'al') : w)) : undefined));
    for (const [word, spellings] of this.wordSpellings) {
      for (const spelling of spellings) add((ws) => (ws.some((w) => bare(w) === word) ? ws.map((w) => (bare(w) === word ? spelling : w)) : undefined));
    }
    add((ws) => (ws.length > 1 && this.articles.has(bare(ws[0]!)) ? ws.slice(1) : undefined));
    if (this.rules.finalAh) add((ws) => (/ah$/.test(ws[ws.length - 1]!) ? [...ws.slice(0, -1), ws[ws.length - 1]!.slice(0, -1)] : undefined));
    forms = forms.slice(1);
    const out = new Set<string>();
    for (const ws of forms) {
      const spelled = ws.join(' ');
      if (spelled !== name && spelled.replace(LETTERS, '').length >= this.rules.minLength) out.add(spelled);
    }
    return [...out];
  }
}
