import { Queue } from 'bullmq';
import { checkRunName, connect, QUEUE_NAME } from './connection.js';
import { RunStore, type RunMeta } from './run-store.js';
import type { JobData } from './jobs.js';

export interface OpenRun {
  store: RunStore;
  queue: Queue<JobData>;
  meta: RunMeta;
}

/** Opens an existing run (for `status` and `merge`), runs `use`, and closes the connections whatever happens. */
export async function withRun<T>(url: string, run: string, use: (open: OpenRun) => Promise<T>): Promise<T> {
  const redis = connect(url);
  const queue = new Queue<JobData>(QUEUE_NAME, { connection: redis });
  queue.on('error', () => {});
  try {
    const store = new RunStore(redis, checkRunName(run));
    const meta = await store.meta();
    if (!meta) throw new Error(`no run "${run}" in ${url}`);
    return await use({ store, queue, meta });
  } finally {
    await queue.close();
    redis.disconnect();
  }
}
