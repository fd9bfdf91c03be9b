import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two test files at a time (vitest's default on 2 cores is one): most files spend their time in CLI
    // children, browsers and database servers, so the second fork fills the idle core. Full run on 2 cores:
    // 285 s with one fork, 185 s with two (load 1-3.4).
    maxWorkers: 2,
    minWorkers: 1,
  },
});
