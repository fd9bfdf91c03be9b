import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ say what they hold only while data flows one way through them: read → stages → shard →
 * merge → sinks, everything over the shared model. A folder that imports one later in the flow (the graph
 * builder importing the report and the runner, as the first release did) ties stages together that must stream
 * apart. These tests read every import of src/ and check the folder graph.
 */
const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const topFolder = (file: string): string => relative(src, file).split(sep)[0]!;

/** Top-level folder → the other top-level folders its files import (static imports, `import()` and `import('…').T`). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const spec = /(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g;
  for (const file of tsFiles(src)) {
    const from = topFolder(file);
    if (from.endsWith('.ts')) continue; // src/index.ts, the package's entry, re-exports every folder
    const edges = graph.get(from) ?? graph.set(from, new Set()).get(from)!;
    for (const m of readFileSync(file, 'utf8').matchAll(spec)) {
      const to = topFolder(resolve(dirname(file), m[1]!));
      if (to !== from && !to.endsWith('.js')) edges.add(to);
    }
  }
  return graph;
}

/** One cycle among the folders, as a path, or undefined. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('folder imports of src/', () => {
  const graph = folderGraph();

  it('the reader finds the imports it checks (a sanity check of the reader itself)', () => {
    expect(graph.get('pipeline')).toContain('relations');
    expect(graph.get('relations')).toContain('model');
    expect(graph.get('relations')).toContain('stage');
  });

  it('has no cycle between folders', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const withCycle = new Map(graph);
    withCycle.set('model', new Set([...(graph.get('model') ?? []), 'pipeline']));
    expect(findCycle(withCycle)).toEqual(expect.arrayContaining(['model', 'pipeline']));
  });

  it('keeps the model, the stage contract and the graph vocabulary below everything else', () => {
    expect([...(graph.get('model') ?? [])]).toEqual([]);
    expect([...(graph.get('stage') ?? [])]).toEqual(['model']);
    expect([...(graph.get('graph') ?? [])]).toEqual(['model']);
  });

  it('keeps stages out of the runner, the shard, the merge and the sinks', () => {
    const later = ['run', 'shard', 'merge', 'sinks', 'report', 'cli', 'queue', 'pipeline'];
    for (const stage of ['segment', 'tokenize', 'recognize', 'gazetteer', 'dates', 'relations', 'resolve']) {
      expect([...(graph.get(stage) ?? [])].filter((f) => later.includes(f)), stage).toEqual([]);
    }
  });

  it('keeps the writers of the merge from reaching back into the runner or the merge', () => {
    for (const sinkSide of ['sinks', 'shard', 'report']) {
      expect([...(graph.get(sinkSide) ?? [])].filter((f) => f === 'run' || f === 'merge' || f === 'cli'), sinkSide).toEqual([]);
    }
  });
});
