import type { Redis } from 'ioredis';
import { DocketError, EXIT, oneLine } from '../../errors.ts';

/** Milliseconds the first connection may take before the URL is reported unreachable. */
const CONNECT_TIMEOUT_MS = 5000;

/** The URL as given, checked: `redis://HOST:PORT` (or `rediss://` for TLS, with an optional `/DB`). */
export function checkRedisUrl(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^rediss?:$/.test(parsed.protocol) || !parsed.hostname)
    throw new DocketError(`--redis ${shownUrl(url)} is not a Redis URL: give it as redis://HOST:PORT (e.g. redis://127.0.0.1:6379)`, EXIT.usage);
  return url;
}

/**
 * A connection to Redis for BullMQ, once Redis has answered: a URL that does not answer within
 * 5 s is a fatal error saying what to do. Afterwards the connection retries for ever: when Redis
 * goes away, commands wait, `notice` says so once (with `meanwhile`: what becomes of the work), and
 * says again when Redis is back.
 */
export async function connectRedis(url: string, notice: (line: string) => void, meanwhile: string): Promise<Redis> {
  checkRedisUrl(url);
  // Loaded here, not at start: a local ingest (the CLI's usual run) never loads the Redis client.
  const { Redis } = await import('ioredis');
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // The first error says why (refused, password, protected mode); the rejection only says the connection closed.
  let first: unknown;
  probe.on('error', (err) => (first ??= err));
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    const why = oneLine(first ?? err);
    const shown = shownUrl(url);
    if (/NOAUTH/.test(why)) throw new DocketError(`Redis at ${shown} wants a password: give it as redis://:PASSWORD@HOST:PORT`, EXIT.fatal);
    if (/WRONGPASS|invalid password/i.test(why)) throw new DocketError(`Redis at ${shown} refused the password: check PASSWORD in redis://:PASSWORD@HOST:PORT`, EXIT.fatal);
    const { hostname, port } = new URL(url);
    // Redis refuses other machines unless it has a password (protected mode): say how to start it for them.
    const remote = !['127.0.0.1', 'localhost', '[::1]'].includes(hostname) ? ' --bind ADDRESS --requirepass PASSWORD, and give redis://:PASSWORD@HOST:PORT' : '';
    throw new DocketError(`cannot reach Redis at ${shown} (${why}): start it (redis-server --port ${port || 6379}${remote}) or give the right --redis URL, then run again`, EXIT.fatal);
  } finally {
    probe.disconnect();
  }
  // BullMQ needs maxRetriesPerRequest: null (its workers block on Redis); commands then wait for a reconnection.
  const redis = new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 200, 2000) });
  let lost = false;
  redis.on('error', () => undefined);
  redis.on('close', () => {
    if (lost) return;
    lost = true;
    notice(`Redis at ${shownUrl(url)} went away: waiting for it to come back (start redis-server again); ${meanwhile}`);
  });
  redis.on('ready', () => {
    if (!lost) return;
    lost = false;
    notice(`Redis at ${shownUrl(url)} is back: resuming`);
  });
  return redis;
}

/** Closes a connection without waiting for a Redis that may be gone. */
export function closeRedis(redis: Redis): void {
  redis.removeAllListeners('close');
  redis.disconnect();
}

/** The URL as messages show it: a password replaced by `***`. */
export function shownUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:@/]*:)[^@/]*@/, '$1***@');
}
