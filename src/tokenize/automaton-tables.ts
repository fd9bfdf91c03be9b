/**
 * wink-nlp's pattern automaton (`wink-nlp/src/automaton.js`, MIT) with its transitions read from typed arrays.
 *
 * wink keeps a machine as objects keyed by event: `fsm[state][token]`, and reads two of them for every token
 * of a document (the token's transition and the state's `otherwise` one). The keys are token uids and large
 * constants (a hint is 1,080,000 + k, `otherwise` 2,070,003), so the objects hold their entries in V8's
 * dictionary mode and every read is a hash probe: the two reads were ~10% of the tokenize stage's CPU profile
 * over the 294 ISW reports (the sentence-boundary machine; see docs/speed-history.md, `speedpipe6`).
 *
 * Here the machine's events are numbered once, when its model is imported: a token becomes its event's number
 * (0 for a token no state has a transition on, nearly every word) through a byte table, and the transitions
 * and `otherwise` states are read from Int32Arrays by (state, event number). `recognize` is wink's loop line by
 * line with those reads in place of the objects'; a machine used any other way (learning, pattern
 * substitutions, a detection callback, text tokens) is left to wink's own `recognize`.
 */

/** wink's machine methods this module touches. */
interface Machine {
  recognize: (tokens: ArrayLike<number>, transformToken?: unknown, param?: unknown) => unknown[];
  importJSON: (json: string) => void;
  setPatternSwap: (patterns: unknown) => void;
  setOnPatternDetectionFn: (fn: unknown) => void;
  learn: (...args: unknown[]) => unknown;
}

type Cache = { lookup(text: string): number[] | null };
type AutomatonFactory = (cache?: Cache | null, token2Ignore?: unknown) => Machine;
type Transform = (token: number, cache: unknown, param: unknown, i: number) => number;

/** wink's end-of-stream token and `otherwise` event in native (numeric) mode (automaton.js's constants). */
const EOS_TOKEN = 2070000;
const OTHERWISE = 2070003;
/** Events below this are numbered through a byte table; the rest (rare) through a Map. */
const TABLE_LIMIT = 1 << 21;

/** A machine's model as tables (see the module comment). */
class Tables {
  /** Event number of each token below TABLE_LIMIT (0: no state has a transition on it). */
  readonly eventOf: Uint8Array;
  readonly bigEvents = new Map<number, number>();
  /** Next state by state * width + event number (0: the root). */
  readonly next: Int32Array;
  /** Each state's `otherwise` state (0: none). */
  readonly otherwise: Int32Array;
  readonly terminal: Uint8Array;
  readonly width: number;

  constructor(
    fsm: Record<string, Record<string, number>>,
    readonly terminalStates: Record<string, string>,
    readonly markedStates: Record<string, [number, number]>,
    readonly customPropertyAtStates: Record<string, unknown>,
  ) {
    const events: number[] = [];
    const numbered = new Map<number, number>();
    let states = 1;
    for (const [state, row] of Object.entries(fsm)) {
      states = Math.max(states, Number(state) + 1);
      for (const [event, to] of Object.entries(row)) {
        states = Math.max(states, to + 1);
        const e = Number(event);
        if (e !== OTHERWISE && !numbered.has(e)) numbered.set(e, events.push(e));
      }
    }
    for (const s of Object.keys(terminalStates)) states = Math.max(states, Number(s) + 1);
    this.eventOf = new Uint8Array(Math.min(TABLE_LIMIT, Math.max(...events.filter((e) => e < TABLE_LIMIT), 0) + 1));
    // The `otherwise` key is an event like any other for a token that equals it (wink reads `fsm[state][t]`).
    numbered.set(OTHERWISE, events.push(OTHERWISE));
    this.width = events.length + 1;
    for (const [e, n] of numbered) {
      if (e < this.eventOf.length) this.eventOf[e] = n;
      else this.bigEvents.set(e, n);
    }
    this.next = new Int32Array(states * this.width);
    this.otherwise = new Int32Array(states);
    this.terminal = new Uint8Array(states);
    for (const [state, row] of Object.entries(fsm)) {
      const s = Number(state);
      for (const [event, to] of Object.entries(row)) {
        const e = Number(event);
        this.next[s * this.width + numbered.get(e)!] = to || 0;
        if (e === OTHERWISE) this.otherwise[s] = to || 0;
      }
    }
    for (const [s, name] of Object.entries(terminalStates)) if (name) this.terminal[Number(s)] = 1;
  }

  /** The event number of token `t` (a typed array read is undefined for an index outside it: negative, fractional, large). */
  eventNumber(t: number): number {
    const n = this.eventOf[t];
    return n !== undefined ? n : (this.bigEvents.get(t) ?? 0);
  }
}

/**
 * Whether the model's events can be numbered by a byte table: integer events and states, and at most
 * MAX_EVENTS distinct events (the sentence-boundary machine has 15; a machine with more, such as wink's
 * named-entity one, keeps wink's loop).
 */
function tableModel(fsm: Record<string, Record<string, number>>): boolean {
  const events = new Set<string>();
  for (const row of Object.values(fsm)) {
    for (const [event, to] of Object.entries(row)) {
      if (!/^\d+$/.test(event) || !Number.isInteger(to) || to < 0) return false;
      events.add(event);
    }
  }
  return events.size <= MAX_EVENTS;
}

/** Events a byte table numbers (0 is no event; one number is kept for `otherwise`). */
const MAX_EVENTS = 254;

export function withTableAutomata(original: AutomatonFactory): AutomatonFactory {
  return (cache, token2Ignore) => {
    const machine = original(cache, token2Ignore);
    // Native mode only (a cache: numeric tokens); wink's keyLF, computed as automaton.js does.
    if (cache === undefined || cache === null) return machine;
    const keyLF = cache.lookup(token2Ignore === undefined ? '\n' : (token2Ignore as string))![0];
    const ownRecognize = machine.recognize;
    let tables: Tables | undefined;
    // What sends a call to wink's own loop: substitutions set, a detection callback, a model changed by learning.
    let substitutions = false;
    let callback = false;
    let learnt = false;
    const { importJSON, setPatternSwap, setOnPatternDetectionFn, learn } = machine;
    machine.importJSON = (json) => {
      importJSON(json);
      const model = JSON.parse(json) as [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>, Record<string, unknown>];
      tables = tableModel(model[2]) ? new Tables(model[2], model[3], model[4], model[5]) : undefined;
      learnt = false;
    };
    machine.setPatternSwap = (patterns) => {
      setPatternSwap(patterns);
      substitutions = !!patterns && Array.isArray(patterns);
    };
    machine.setOnPatternDetectionFn = (fn) => {
      setOnPatternDetectionFn(fn);
      callback = !!fn;
    };
    machine.learn = (...args) => {
      learnt = true;
      return learn(...args);
    };
    machine.recognize = (tokens, transformToken, param) => {
      if (tables === undefined || substitutions || callback || learnt) return ownRecognize(tokens, transformToken, param);
      return recognize(tables, keyLF!, tokens, typeof transformToken === 'function' ? (transformToken as Transform) : null, cache, param);
    };
    return machine;
  };
}

/** wink's `recognize` (automaton.js), without substitutions or a detection callback, transitions from `tables`. */
function recognize(tables: Tables, keyLF: number, tokens: ArrayLike<number>, transformTokenFn: Transform | null, cache: unknown, param: unknown): unknown[] {
  const { next, otherwise, terminal, width } = tables;
  const length = tokens.length;
  const patterns: unknown[] = [];
  let first = 0;
  let state = 0;
  let ns = 0;
  let lastOtherwiseIndex = 0;
  let lastOtherwiseState = 0;
  let t: number;
  for (let i = 0; i <= length; i += 1) {
    for (let j = i; j <= length; j += 1) {
      t = j === length ? EOS_TOKEN : tokens[j]!;
      if (t === keyLF) continue;
      if (transformTokenFn && j < length) t = transformTokenFn(t, cache, param, j);
      ns = next[state * width + tables.eventNumber(t)]!;
      if (!state && ns) first = j;
      if (terminal[ns]) {
        pushMatch(tables, patterns, [first, j, ns]);
        i = j;
        j = length + 100;
        ns = 0;
        lastOtherwiseState = 0;
      } else if (ns === 0) {
        if (lastOtherwiseState) {
          pushMatch(tables, patterns, [first, lastOtherwiseIndex, lastOtherwiseState]);
          i = lastOtherwiseIndex;
          j = length + 100;
          ns = 0;
          lastOtherwiseState = 0;
        } else {
          j = length + 100;
        }
      }
      state = ns;
      if (otherwise[state]) {
        lastOtherwiseIndex = j;
        lastOtherwiseState = otherwise[state]!;
      }
    }
  }
  return patterns;
}

/** wink's `pushMatch2Patterns` without the detection callback. */
function pushMatch(tables: Tables, patterns: unknown[], match: [number, number, number | string]): void {
  const m0 = match[2] as number;
  if (tables.terminalStates[m0] === '0') return;
  const mark = tables.markedStates[m0];
  if (mark) {
    match[0] += mark[0];
    match[1] -= mark[1];
  }
  match[2] = tables.terminalStates[m0]!;
  patterns.push(match);
}
