import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's redis-server (installed by .ci/install-redis.sh); REDIS_SERVER points elsewhere if needed. */
export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server';
export const redisMissing = !existsSync(REDIS_SERVER);

export interface PrivateRedis {
  url: string;
  port: number;
  /** Saves the data to the test's folder and stops the server (as an operator's restart would), then starts it again on the same port. */
  restart(downMs: number): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** One command over a raw connection (no client library needed for PING and SHUTDOWN). */
function command(port: number, line: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = new Socket();
    let reply = '';
    socket.once('error', fail);
    socket.on('data', (d) => {
      reply += d.toString();
      if (reply.endsWith('\r\n')) socket.end();
    });
    socket.on('close', () => done(reply));
    socket.connect(port, '127.0.0.1', () => socket.write(`${line}\r\n`));
  });
}

async function untilReady(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    if ((await command(port, 'PING').catch(() => '')).startsWith('+PONG')) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('redis-server did not answer PING within 10 s');
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));
}

/**
 * A private redis-server (for the queue tests and bench/queue.ts) on a free loopback port: no snapshots, no append-only file (persistence off), its
 * folder a temporary one. Stopped by its pid.
 */
export async function startRedis(): Promise<PrivateRedis> {
  if (redisMissing) throw new Error(`redis-server is missing at ${REDIS_SERVER}: run .ci/install-redis.sh`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ng-redis-'));
  const launch = async (): Promise<ChildProcess> => {
    const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'], { stdio: 'ignore' });
    await untilReady(port, child);
    return child;
  };
  let child = await launch();
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    async restart(downMs) {
      const old = child;
      await command(port, 'SHUTDOWN SAVE').catch(() => '');
      await exited(old);
      await new Promise((r) => setTimeout(r, downMs));
      child = await launch();
    },
    async stop() {
      if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
      await exited(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
