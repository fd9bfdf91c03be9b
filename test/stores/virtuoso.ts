import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.js';

const run = promisify(execFile);

/** Debian's virtuoso-opensource (installed by .ci/install-graph-stores.sh). */
export const VIRTUOSO = '/usr/bin/virtuoso-t';
export const ISQL = '/usr/bin/isql-vt';

/**
 * Virtuoso tests run wherever the package is installed; without it they are skipped on a developer's
 * machine (with a message), but under CI a missing server is a failure, never a silent skip.
 */
export const virtuosoMissing = !existsSync(VIRTUOSO) || !existsSync(ISQL);
export const skipVirtuoso = virtuosoMissing && !process.env.CI;
if (skipVirtuoso) process.stderr.write(`Virtuoso tests skipped: no ${VIRTUOSO} (install it with .ci/install-graph-stores.sh)\n`);

/** A Virtuoso instance of its own: database in a temp folder, SQL and HTTP on free loopback ports. */
export interface Virtuoso {
  dir: string;
  sqlPort: number;
  httpPort: number;
  /** The SPARQL endpoint (query and, after the grant in start(), update). */
  endpoint: string;
  pid: number;
  /** Runs SQL through isql-vt; throws on any "*** Error" (isql-vt itself exits 0 on SQL errors). */
  isql(sql: string): Promise<string>;
  /** SELECT over HTTP, SPARQL 1.1 Query Results JSON text. */
  select(query: string): Promise<string>;
  stop(): Promise<void>;
}

/** virtuoso.ini of a private instance; DirsAllowed lets ld_dir read the outputs written under the temp folder. */
function ini(dir: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
DirsAllowed = ., ${tmpdir()}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 300
`;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Starts an instance and waits until it answers SQL; a new database takes ~15 s to create here. */
export async function startVirtuoso(): Promise<Virtuoso> {
  if (virtuosoMissing) throw new Error(`Virtuoso is required under CI but ${VIRTUOSO} is missing: run .ci/install-graph-stores.sh`);
  const dir = mkdtempSync(join(tmpdir(), 'ng-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'virtuoso.ini'), ini(dir, sqlPort, httpPort));
  // In the foreground Virtuoso writes its log to stdout, not to ErrorLogFile.
  const log = join(dir, 'server.log');
  const logFd = openSync(log, 'w');
  const child: ChildProcess = spawn(VIRTUOSO, ['+configfile', join(dir, 'virtuoso.ini'), '+foreground'], { cwd: dir, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let waited = 0; !(existsSync(log) && readFileSync(log, 'utf8').includes('Server online at')); waited += 250) {
    if (exited || waited > 90_000) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '(no log)';
      child.kill('SIGKILL');
      throw new Error(`Virtuoso did not start: ${tail}`);
    }
    await sleep(250);
  }
  const endpoint = `http://127.0.0.1:${httpPort}/sparql`;
  const isql = async (sql: string): Promise<string> => {
    const file = join(dir, 'run.sql');
    writeFileSync(file, sql);
    const { stdout, stderr } = await run(ISQL, [`127.0.0.1:${sqlPort}`, 'dba', 'dba', file], { maxBuffer: 64 * 1024 * 1024 });
    const out = stdout + stderr;
    if (/\*\*\* Error/.test(out)) throw new Error(`isql-vt: ${out.slice(out.indexOf('*** Error'), out.indexOf('*** Error') + 600)}`);
    return out;
  };
  // The HTTP endpoint runs queries as the SPARQL user, who may not update until granted.
  await isql('GRANT SPARQL_UPDATE TO "SPARQL";\n');
  return {
    dir,
    sqlPort,
    httpPort,
    endpoint,
    pid: child.pid!,
    isql,
    async select(query) {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
        body: new URLSearchParams({ query }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`Virtuoso ${res.status}: ${text.slice(0, 600)}`);
      return text;
    },
    async stop() {
      await isql('shutdown;\n').catch(() => undefined);
      for (let waited = 0; !exited && waited < 20_000; waited += 100) await sleep(100);
      if (!exited) process.kill(child.pid!, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Bulk load of one graph.nq, as docs/graph-databases.md gives it: quads without a graph would go to
 * `fallbackGraph`. Throws when DB.DBA.LOAD_LIST records an error for the file (isql-vt does not say).
 */
export async function bulkLoad(v: Virtuoso, outDir: string, fallbackGraph: string): Promise<void> {
  const out = await v.isql(
    `ld_dir('${outDir}', 'graph.nq', '${fallbackGraph}');\nrdf_loader_run();\ncheckpoint;\n` +
      `SELECT ll_file, ll_state, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '${outDir}/%' AND (ll_state <> 2 OR ll_error IS NOT NULL);\n`,
  );
  if (!/\n0 Rows\./.test(out)) throw new Error(`Virtuoso bulk load of ${outDir} failed: ${out.slice(-1500)}`);
}
