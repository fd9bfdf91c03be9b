import { Redis } from 'ioredis';

/** The one BullMQ queue every run's jobs go to; a job carries its run's name, its id starts with it. */
export const QUEUE_NAME = 'newsgraph';

/** A run's name: also the prefix of its job ids and Redis keys, so no `:` (BullMQ refuses it in job ids). */
export function checkRunName(run: string): string {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(run)) throw new Error(`--run must be 1–100 letters, digits, "_", "." or "-", got "${run}"`);
  return run;
}

/**
 * A Redis connection from a `redis://HOST:PORT/DB` URL. `maxRetriesPerRequest: null` (which BullMQ requires)
 * makes a command wait while Redis is down or restarting and run when ioredis has reconnected, instead of
 * failing: a worker or a waiting merge rides out a Redis restart.
 */
export function connect(url: string): Redis {
  if (!/^rediss?:\/\//.test(url)) throw new Error(`--redis must be a redis:// URL (redis://HOST:PORT/DB), got "${url}"`);
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
  // Errors while reconnecting are expected (Redis restarting); ioredis retries by itself.
  redis.on('error', () => {});
  return redis;
}
