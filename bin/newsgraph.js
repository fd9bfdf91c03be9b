#!/usr/bin/env node
// Thin launcher: the CLI is compiled TypeScript in dist/ (built by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('newsgraph: the compiled CLI is missing (dist/). Run `npm ci` or `npm run build` in the package folder.\n');
  process.exit(2);
}
// A reader that closes the pipe early (`newsgraph query … | head`) ends the command as SIGPIPE ends a Unix
// tool: quietly, exit code 141 (128 + SIGPIPE), which `set -o pipefail` still sees. Node ignores SIGPIPE, so
// without this the next write to stdout threw an unhandled EPIPE with a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(141);
  throw err;
});
const { run } = await import(main.href);
process.exitCode = await run(process.argv);
