#!/usr/bin/env node
// Thin launcher: the CLI is compiled TypeScript in dist/ (built by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('newsgraph: the compiled CLI is missing (dist/). Run `npm ci` or `npm run build` in the package folder.\n');
  process.exit(2);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv);
