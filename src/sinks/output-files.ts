import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const OUTPUT_FILES = {
  jsonld: 'graph.jsonld',
  nquads: 'graph.nq',
  tsv: 'triples.tsv',
  manifest: 'manifest.json',
  report: 'report.html',
} as const;

/** The run's working folder inside the output folder: shards, and the outputs while they are written. */
export const WORK_DIR = '.newsgraph';
export const workPaths = (outDir: string): { work: string; shards: string; staging: string } => ({
  work: join(outDir, WORK_DIR),
  shards: join(outDir, WORK_DIR, 'shards'),
  staging: join(outDir, WORK_DIR, 'staging'),
});

/** A fresh folder the sinks write into; nothing in it is an output until `publish`. */
export function stagingDir(outDir: string): string {
  const { staging } = workPaths(outDir);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

/**
 * Moves the finished outputs into the output folder. manifest.json (which says `complete: true`) goes
 * first out and last in: between the two, the folder has no manifest, so a process killed half-way never
 * leaves a folder that looks complete. Renames within one folder are atomic and take microseconds; the
 * caller holds SIGINT while they run, so an interrupt leaves the previous outputs or the new ones.
 */
export function publish(outDir: string, staging: string, halfway?: () => void): void {
  rmSync(join(outDir, OUTPUT_FILES.manifest), { force: true });
  const files = Object.values(OUTPUT_FILES).filter((name) => name !== OUTPUT_FILES.manifest);
  files.forEach((name, i) => {
    if (i === files.length >> 1) halfway?.();
    renameSync(join(staging, name), join(outDir, name));
  });
  renameSync(join(staging, OUTPUT_FILES.manifest), join(outDir, OUTPUT_FILES.manifest));
  rmSync(staging, { recursive: true, force: true });
}
