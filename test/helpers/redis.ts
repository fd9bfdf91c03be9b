import { REDIS_SERVER, redisMissing } from '../../bench/redis-server.js';

export { startRedis, type PrivateRedis as TestRedis } from '../../bench/redis-server.js';

/**
 * Queue tests run wherever redis-server is installed. Without it they are skipped on a developer's machine
 * (with a message saying so), but under CI a missing server is a failure, never a silent skip: the tests
 * run and startRedis fails with how to install it.
 */
export const skipRedisTests = redisMissing && !process.env.CI;
if (skipRedisTests) process.stderr.write(`queue tests skipped: no redis-server at ${REDIS_SERVER} (install it with .ci/install-redis.sh)\n`);
