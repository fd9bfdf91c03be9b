import { PhraseTable, phraseWords } from '../lexical/phrase-table.js';
import { ruleData } from '../lexical/rule-data.js';
import type { EntityType } from '../../model/document.js';

/** What a word or phrase is inside a unit name. */
export type UnitRole = 'modifier' | 'qualifier' | 'type' | 'echelon';

export interface UnitPart {
  role: UnitRole;
  /** Normalized spelling written into canonical names. */
  canonical: string;
  /** Echelons only: confidence of a proper name in front of it without an ordinal ("Black Sea Fleet"); 0 = never. */
  named?: number;
  /** Echelons only: takes a name only when capitalized itself ("Southern Grouping", not "the Kherson grouping"). */
  capitalOnly?: boolean;
  /** Echelons only: a lower-case compass adjective right before is its name ("the western grouping of forces"). */
  compassName?: boolean;
  /** Echelons only: named by one compass adjective and nothing else ("Southern Group", not "Wagner Group"). */
  compassOnly?: boolean;
  /** Echelons only: named by a proxy republic (a qualifier or its acronym) and nothing else ("XNR Militia"). */
  qualifiedOnly?: boolean;
  /** Came from an abbreviation ("CAA"): the mention's form becomes `acronym`. */
  abbreviation?: boolean;
  /** Abbreviations only: the exact spelling required (they are matched case-sensitively). */
  exact?: string;
}

export interface StandaloneAbbreviation {
  abbr: string;
  name: string;
  type: EntityType;
  ambiguous: boolean;
  /** Words of the abbreviation's other sense; one of them near it means that sense ("WMD" by "weapons"). */
  otherSense: ReadonlySet<string>;
}

export interface UnitLexicon {
  phrases: PhraseTable<UnitPart>;
  /** Abbreviations that name a formation on their own ("SMD"), by exact spelling. */
  standalone: Map<string, StandaloneAbbreviation>;
}

interface Named {
  name: string;
  variants?: string[];
}
interface EchelonRow {
  name: string;
  plural?: string;
  variants?: string[];
  named?: number;
  capitalOnly?: boolean;
  compassName?: boolean;
  compassOnly?: boolean;
  qualifiedOnly?: boolean;
}
interface AbbreviationRow {
  abbr: string;
  inUnit?: string;
  standalone?: { name: string; type: EntityType };
  ambiguous?: boolean;
  otherSense?: string[];
}

/** Builds the unit grammar's lexicon from the curated tables in `gazetteers/rules/`. */
export function loadUnitLexicon(): UnitLexicon {
  const phrases = new PhraseTable<UnitPart>();
  const { echelons } = ruleData<{ echelons: EchelonRow[] }>('unit-echelons.json');
  const { types } = ruleData<{ types: Named[] }>('unit-types.json');
  const { modifiers, qualifiers } = ruleData<{ modifiers: Named[]; qualifiers: Named[] }>('unit-modifiers.json');
  const { abbreviations } = ruleData<{ abbreviations: AbbreviationRow[] }>('unit-abbreviations.json');

  // Echelons first: a phrase listed twice keeps its first role, and "Army" must stay an echelon.
  for (const e of echelons) {
    const part: UnitPart = { role: 'echelon', canonical: e.name, named: e.named ?? 0 };
    if (e.capitalOnly) part.capitalOnly = true;
    if (e.compassName) part.compassName = true;
    if (e.compassOnly) part.compassOnly = true;
    if (e.qualifiedOnly) part.qualifiedOnly = true;
    for (const spelling of [e.name, ...(e.variants ?? [])]) phrases.add(spelling, part);
    if (e.plural) phrases.add(e.plural, part);
  }
  const addNamed = (rows: Named[], role: UnitRole): void => {
    for (const r of rows) for (const spelling of [r.name, ...(r.variants ?? [])]) phrases.add(spelling, { role, canonical: r.name });
  };
  addNamed(types, 'type');
  addNamed(modifiers, 'modifier');
  addNamed(qualifiers, 'qualifier');

  const standalone = new Map<string, StandaloneAbbreviation>();
  for (const a of abbreviations) {
    if (a.standalone) standalone.set(a.abbr, { abbr: a.abbr, ...a.standalone, ambiguous: a.ambiguous === true, otherSense: new Set(a.otherSense ?? []) });
    if (!a.inUnit) continue;
    // The role of an abbreviation is the role of the last part of what it stands for: "CAA" ends a unit
    // name like "Army" does, "DNR" qualifies it like "Donetsk People's Republic".
    const last = lastRole(phrases, a.inUnit);
    if (!last) throw new Error(`unit-abbreviations.json: "${a.abbr}" stands for "${a.inUnit}", which the unit tables do not parse`);
    phrases.add(a.abbr, { role: last.role, canonical: a.inUnit, named: last.named, abbreviation: true, exact: a.abbr });
    // "the 20th and 35th CAAs": an echelon's abbreviation takes the plural -s as its expansion does (an
    // echelon row's `plural`), so coordinated ordinals can share it. Rows that list a plural keep theirs.
    const plural = `${a.abbr}s`;
    if (last.role === 'echelon' && !abbreviations.some((b) => b.abbr === plural)) {
      phrases.add(plural, { role: last.role, canonical: a.inUnit, named: last.named, abbreviation: true, exact: plural });
    }
  }
  return { phrases, standalone };
}

function lastRole(phrases: PhraseTable<UnitPart>, expansion: string): UnitPart | undefined {
  const words = phraseWords(expansion).map((key) => ({ key }));
  let i = 0;
  let last: UnitPart | undefined;
  while (i < words.length) {
    const m = phrases.match(words, i, words.length);
    if (!m) return undefined;
    last = m.value;
    i += m.length;
  }
  return last;
}
