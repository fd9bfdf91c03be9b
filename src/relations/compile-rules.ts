import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { PipelineConfigError } from '../stage/options.js';
import type { RelationRuleSpec } from './rule-spec.js';
import { testTakes } from './arg-types.js';
import { wordKey } from './items.js';
import { compilePattern, PatternError, withNamedGaps, type CompiledPattern } from './pattern.js';
import { WordSets } from './word-set-bits.js';
import { builtinRules } from './rules/builtin.js';
import { NeedTable, numberNeeds, type PatternNeeds } from './requirements.js';

export interface CompiledRule {
  spec: RelationRuleSpec;
  patterns: CompiledPattern[];
  /** The spec's blockers as item keys. */
  blockers: ReadonlySet<string> | undefined;
  /** A pattern of the rule takes a civil organization for its subject: a rule written for organizations, not units. */
  forOrganizations: boolean;
}

export interface IndexedPattern {
  rule: CompiledRule;
  pattern: CompiledPattern;
  /** Numbers the pattern for NeedPositions (requirements.ts), once per pattern whatever its anchor keys. */
  id: number;
  /** The pattern's needs, numbered in CompiledRules.needs. */
  needs: PatternNeeds;
  /**
   * One word need of the pattern (its first), or -1 when it has none: a sentence without that need's words has
   * no anchor for the pattern, which NeedPositions.fillLive tells from one stamp before finding a window.
   */
  gate: number;
  /** Its second word need, or -1: a second stamp, before a window is found. */
  secondGate: number;
}

/** Anchor key → the (rule, pattern) pairs anchored on it, in rule order. */
export type RuleIndex = ReadonlyMap<string, ReadonlyArray<IndexedPattern>>;

export interface CompiledRules {
  index: RuleIndex;
  needs: NeedTable;
  /** The patterns' word sets, numbered for this table alone (word-set-bits.ts). */
  wordSets: WordSets;
}

const STAGE = 'stage "relations"';
const RULE_KEYS = new Set(['name', 'predicate', 'patterns', 'confidence', 'byRole', 'requireRole', 'symmetric', 'containment', 'notInList', 'blockers', 'notByHost', 'actor', 'actorOpensClause', 'localOffice', 'leadingOffice', 'atThePlace', 'oneSide', 'closedList', 'nominalAgent', 'namedGap']);
const FLAGS = ['byRole', 'requireRole', 'symmetric', 'containment', 'notInList', 'notByHost', 'actor', 'actorOpensClause', 'localOffice', 'leadingOffice', 'atThePlace', 'oneSide', 'closedList', 'nominalAgent', 'namedGap'];

/** Checks one rule read from a user's JSON file, naming the file and the rule in any error. */
function checkSpec(raw: unknown, where: string): RelationRuleSpec {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new PipelineConfigError(STAGE, `${where}: a rule must be an object`);
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!RULE_KEYS.has(k)) throw new PipelineConfigError(STAGE, `${where}: unknown rule key "${k}"`);
  if (typeof r.name !== 'string' || r.name === '') throw new PipelineConfigError(STAGE, `${where}: "name" must be a non-empty string`);
  if (typeof r.predicate !== 'string' || r.predicate === '') throw new PipelineConfigError(STAGE, `${where} (${r.name}): "predicate" must be a string`);
  if (!Array.isArray(r.patterns) || r.patterns.length === 0 || r.patterns.some((p) => typeof p !== 'string')) {
    throw new PipelineConfigError(STAGE, `${where} (${r.name}): "patterns" must be a non-empty array of strings`);
  }
  if (typeof r.confidence !== 'number' || r.confidence < 0 || r.confidence > 1) {
    throw new PipelineConfigError(STAGE, `${where} (${r.name}): "confidence" must be a number in [0, 1]`);
  }
  for (const k of FLAGS) {
    if (r[k] !== undefined && typeof r[k] !== 'boolean') throw new PipelineConfigError(STAGE, `${where} (${r.name}): "${k}" must be true or false`);
  }
  if (r.blockers !== undefined && (!Array.isArray(r.blockers) || r.blockers.some((w) => typeof w !== 'string'))) {
    throw new PipelineConfigError(STAGE, `${where} (${r.name}): "blockers" must be an array of words`);
  }
  return r as unknown as RelationRuleSpec;
}

/** Loads the rule sets an option names: "builtin", or paths (relative to the pipeline file) of JSON arrays. */
export function loadRuleSpecs(sources: readonly string[], baseDir: string): RelationRuleSpec[] {
  const specs: RelationRuleSpec[] = [];
  for (const source of sources) {
    if (source === 'builtin') {
      specs.push(...builtinRules);
      continue;
    }
    const file = isAbsolute(source) ? source : resolve(baseDir, source);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new PipelineConfigError(STAGE, `cannot read rule file ${file} (${(err as Error).message})`);
    }
    if (!Array.isArray(raw)) throw new PipelineConfigError(STAGE, `rule file ${file} must hold a JSON array of rules`);
    raw.forEach((r, i) => specs.push(checkSpec(r, `${file} rule ${i}`)));
  }
  const names = new Set<string>();
  for (const s of specs) {
    if (names.has(s.name)) throw new PipelineConfigError(STAGE, `rule name "${s.name}" is used twice`);
    names.add(s.name);
  }
  return specs;
}

/** A subject element of the pattern takes civil organizations. */
function subjectTakesCivilOrgs(pattern: CompiledPattern): boolean {
  return [...pattern.forward, ...pattern.backward].some((e) => (e.kind === 'mention' || e.kind === 'pronoun') && e.bind === 'S' && testTakes(e.accepts, 'CivilOrg'));
}

/** Compiles rules and indexes their patterns by anchor key, once per pipeline. */
export function compileRules(specs: readonly RelationRuleSpec[]): CompiledRules {
  const index = new Map<string, IndexedPattern[]>();
  const table = new NeedTable();
  const wordSets = new WordSets();
  for (const spec of specs) {
    let patterns: CompiledPattern[];
    try {
      patterns = spec.patterns.map((text) => (spec.namedGap ? withNamedGaps(compilePattern(text, wordSets)) : compilePattern(text, wordSets)));
    } catch (err) {
      if (err instanceof PatternError) throw new PipelineConfigError(STAGE, `rule "${spec.name}": ${err.message}`);
      throw err;
    }
    const rule = { spec, patterns, blockers: spec.blockers ? new Set(spec.blockers.map(wordKey)) : undefined, forOrganizations: patterns.some(subjectTakesCivilOrgs) };
    for (const pattern of patterns) {
      const needs = numberNeeds(table, pattern.needs);
      const first = needs.numbers[0];
      const gate = first !== undefined && table.tests[first] === undefined ? first : -1;
      const second = needs.numbers[1];
      const secondGate = gate >= 0 && second !== undefined && table.tests[second] === undefined ? second : -1;
      const indexed: IndexedPattern = { rule, pattern, id: table.patterns++, needs, gate, secondGate };
      for (const key of pattern.anchorKeys) {
        const list = index.get(key) ?? [];
        list.push(indexed);
        index.set(key, list);
      }
    }
  }
  return { index, needs: table, wordSets };
}
