// The Redis that several `gonghui serve` processes share (GONGHUI_REDIS_URL): rate-limit counters,
// subscription events and read-your-writes marks. ioredis reconnects by itself; while Redis is away
// every user of it falls back to what one process can do alone, and the change is logged once
// each way (a warning when it goes, an info line when it is back).

import { Redis } from 'ioredis';
import type { Logger } from './observe/log.js';

/** Longest wait between two reconnection attempts, in milliseconds. */
export const REDIS_MAX_RECONNECT_DELAY_MS = 2_000;

/** How long one command may take before it counts as failed (the caller then falls back), in milliseconds. */
export const REDIS_COMMAND_TIMEOUT_MS = 1_000;

/** The shared Redis: a command connection, subscriber connections on demand, and whether it is up. */
export interface SharedRedis {
  /** The connection for commands; it fails fast (no offline queue) while Redis is away. */
  readonly client: Redis;
  /** Whether the command connection is ready right now. */
  readonly up: boolean;
  /** A new connection for SUBSCRIBE (it queues while Redis is away and resubscribes after a reconnect); closed with the rest. */
  subscriber(): Redis;
  /** Closes every connection (pending commands fail). Idempotent. */
  close(): Promise<void>;
}

/** The URL with its password removed, for log lines. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'the configured Redis';
  }
}

/**
 * Connects to the Redis at `url` (redis:// or rediss://). The returned object is usable at once:
 * until the first connection is ready, callers see `up === false` and fall back like during an outage.
 */
export function connectRedis(url: string, logger: Logger): SharedRedis {
  const where = shown(url);
  const options = {
    // Reconnect forever, 100 ms more after each failure, at most REDIS_MAX_RECONNECT_DELAY_MS apart.
    retryStrategy: (attempt: number) => Math.min(attempt * 100, REDIS_MAX_RECONNECT_DELAY_MS),
    connectionName: 'gonghui',
  };
  const client = new Redis(url, {
    ...options,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
  });
  const subscribers: Redis[] = [];
  let wasUp = false;
  let warned = false;
  let closed = false;
  client.on('ready', () => {
    wasUp = true;
    if (warned) logger.info({ redis: where }, 'Redis is back: rate limits and events are shared again');
    else logger.info({ redis: where }, 'Redis connected: rate limits and events shared between servers');
    warned = false;
  });
  const lost = (error?: Error) => {
    if (warned || closed) return;
    warned = true;
    logger.warn(
      { redis: where, err: error?.message },
      wasUp
        ? 'Redis unavailable: rate limits fall back to this process alone, events reach only its own subscribers, until it is back (reconnecting)'
        : 'Redis not reachable: rate limits are per process until it is (reconnecting)',
    );
  };
  // ioredis emits 'error' on every failed attempt; one warning per outage is enough.
  client.on('error', (error: Error) => lost(error));
  client.on('close', () => {
    if (wasUp) lost();
  });
  return {
    client,
    get up() {
      return client.status === 'ready';
    },
    subscriber() {
      const connection = new Redis(url, { ...options, maxRetriesPerRequest: null });
      connection.on('error', () => {}); // the command connection reports the outage
      subscribers.push(connection);
      return connection;
    },
    async close() {
      closed = true;
      // disconnect, not QUIT: a QUIT queued while Redis is away would wait for it.
      for (const connection of [client, ...subscribers]) connection.disconnect();
    },
  };
}
