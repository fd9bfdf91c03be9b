import { Option, type Command } from 'commander';
import { DEFAULT_REDIS } from './enqueue.js';

/** How long a stopping worker waits for its jobs in hand (a batch takes about a second). */
const STOP_GRACE_MS = 30_000;

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Queue mode: process jobs of every run from Redis until stopped (SIGTERM/SIGINT finish the jobs in hand first).')
    .option('--redis <url>', 'Redis of the queue (or $NEWSGRAPH_REDIS)', DEFAULT_REDIS)
    .addOption(new Option('-c, --concurrency <n>', 'jobs at once, each in a worker thread').default(1).argParser(Number))
    .addOption(
      new Option('--stalled-interval <ms>', "how long a job's lock lasts and how often stalled jobs are looked for: a killed worker's job runs again after about twice this")
        .default(30000)
        .argParser(Number),
    )
    .action(async (opts: { redis: string; concurrency: number; stalledInterval: number }) => {
      if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1) throw new Error('--concurrency must be a whole number ≥ 1');
      if (!Number.isInteger(opts.stalledInterval) || opts.stalledInterval < 100) throw new Error('--stalled-interval must be a whole number of milliseconds ≥ 100');
      const [{ connect }, { startWorker }] = await Promise.all([import('../queue/connection.js'), import('../queue/worker.js')]);
      const redis = connect(opts.redis);
      const say = (line: string): void => void process.stderr.write(`${line}\n`);
      const { worker, close } = startWorker(redis, { concurrency: opts.concurrency, stalledInterval: opts.stalledInterval, say });
      await worker.waitUntilReady();
      say(`worker ${process.pid}: ready (${opts.concurrency} at once)`);
      await new Promise<void>((done) => {
        const stop = (): void => {
          say(`worker ${process.pid}: stopping after the jobs in hand`);
          // A job still in hand after the grace period is left to BullMQ's stalled check (another worker takes it).
          const grace = new Promise<void>((r) => setTimeout(r, STOP_GRACE_MS).unref());
          void Promise.race([close(), grace]).finally(() => {
            redis.disconnect();
            const cpu = process.cpuUsage(); // all threads of the process
            say(`worker ${process.pid}: stopped (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`);
            done();
            process.exit(0); // nothing to wait for: any connection still open (BullMQ's blocking one) must not keep the process
          });
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
    });
}
