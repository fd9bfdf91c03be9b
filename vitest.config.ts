import { defineConfig } from 'vitest/config';

/**
 * Test folders whose files run the pipeline in-process and start nothing: they share one process per
 * fork (`--no-isolate`, see package.json's `test`). Each of their files loads the pipeline (rules,
 * gazetteer, wink model), which in a fresh process per file cost 78 s of a 268 s run on 2 cores; shared,
 * these folders take ~14 s. Vitest 3.2 ignores `isolate: false` set on one project of several
 * (vitest-dev/vitest#6258), hence two invocations instead of one config switch.
 */
const inProcess = ['relations', 'recognize', 'recognize-core', 'dates', 'tokenize', 'segment', 'resolve', 'gazetteer', 'eval', 'pipeline', 'model', 'graph', 'sinks', 'read', 'run', 'merge'].map((d) => `test/${d}/**/*.test.ts`);
/**
 * Growth checks (test/helpers/growth.ts) time 1× against 4× the work in CPU time, which includes V8's
 * garbage collection: in a process whose heap other files have filled, a linear resolver measured 8.3× (bound
 * 8). They run in a fresh process per file, with the `processes` project. So does the run's memory check
 * (test/run/run-memory-growth.test.ts), whose heap the other files moved by up to ~0.5 MB.
 */
const growthChecks = 'test/**/*-growth.test.ts';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two test files at a time (vitest's default on 2 cores is one): most files spend their time in CLI
    // children, browsers and database servers, so the second fork fills the idle core. Full run on 2 cores:
    // 285 s with one fork, 185 s with two (load 1-3.4).
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      { extends: true, test: { name: 'in-process', include: inProcess, exclude: [growthChecks] } },
      { extends: true, test: { name: 'processes', include: ['test/**/*.test.ts'], exclude: inProcess } },
      { extends: true, test: { name: 'growth', include: [growthChecks] } },
    ],
  },
});
