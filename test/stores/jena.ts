import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../src/model/package-root.js';

const run = promisify(execFile);

/** Debian's libapache-jena-java and a Java runtime (installed by .ci/install-graph-stores.sh). */
export const JENA_CORE = '/usr/share/java/jena-core.jar';
const javaMissing = (): boolean => {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
};

/** Under CI a missing Jena fails the tests; elsewhere they are skipped with a message. */
export const jenaMissing = !existsSync(JENA_CORE) || javaMissing();
export const skipJena = jenaMissing && !process.env.CI;
if (skipJena) process.stderr.write(`Jena tests skipped: no ${JENA_CORE} or no java (install them with .ci/install-graph-stores.sh)\n`);

/**
 * A Jena TDB2 database in a temp folder, driven by Jena's command classes as docs/graph-databases.md runs
 * them (Debian packages Jena without Fuseki, so there is no server: each command is one JVM on the folder).
 */
export interface JenaTdb2 {
  loc: string;
  load(file: string): Promise<void>;
  /** SELECT over the union of the named graphs, as SPARQL 1.1 Query Results JSON text. */
  select(query: string): Promise<string>;
  update(file: string): Promise<void>;
  stop(): void;
}

export function startJena(): JenaTdb2 {
  if (jenaMissing) throw new Error(`Jena is required under CI but ${JENA_CORE} or java is missing: run .ci/install-graph-stores.sh`);
  const classpath = execFileSync('bash', [join(packageRoot(), 'scripts', 'jena-classpath.sh')], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'ng-jena-'));
  const loc = join(dir, 'DB');
  const java = async (...args: string[]): Promise<string> => {
    const { stdout } = await run('java', ['-cp', classpath, ...args], { maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  };
  let queries = 0;
  return {
    loc,
    async load(file) {
      await java('tdb2.tdbloader', '--loc', loc, file);
    },
    async select(query) {
      const file = join(dir, `q${++queries}.rq`);
      writeFileSync(file, query);
      return java('tdb2.tdbquery', '--loc', loc, '--set', 'tdb:unionDefaultGraph=true', '--results=json', '--query', file);
    },
    async update(file) {
      await java('tdb2.tdbupdate', '--loc', loc, '--update', file);
    },
    stop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
