// Token revocations sent between server processes through the Redis they share (GONGHUI_REDIS_URL):
// the process that stores a revocation publishes it after the commit, and every process subscribed
// applies it at once, so another server refuses the token on its next request instead of at its next
// poll. The message only hurries what the database already holds: a lost one (Redis away, a server
// disconnected) is read by the poll (src/auth/revocation.ts). Whoever may publish on this Redis is
// trusted with it, as with the rate limits, events and response cache it already holds.

import type { Redis } from 'ioredis';
import { REDIS_COMMAND_TIMEOUT_MS, type SharedRedis } from '../redis.js';
import type { RevocationChannel } from './revocation.js';

/** The Redis channel revocations travel on (under the prefix the events use). */
export const REVOCATION_CHANNEL = 'gonghui:revocation';

/** A revocation as it travels: whose tokens, and the cutoff (ISO-8601). */
interface RevocationMessage {
  readonly subject: string;
  readonly revokedBefore: string;
}

/** The message of a revocation. */
function messageOf(subject: string, revokedBefore: Date): string {
  return JSON.stringify({ subject, revokedBefore: revokedBefore.toISOString() } satisfies RevocationMessage);
}

/** The revocation a message carries, or null for one that is not a revocation (ignored). */
function revocationIn(message: string): { subject: string; revokedBefore: Date } | null {
  try {
    const { subject, revokedBefore } = JSON.parse(message) as Partial<RevocationMessage>;
    if (typeof subject !== 'string' || typeof revokedBefore !== 'string') return null;
    const at = new Date(revokedBefore);
    return Number.isNaN(at.getTime()) ? null : { subject, revokedBefore: at };
  } catch {
    return null;
  }
}

/** The channel of each shared Redis (one subscriber connection per Redis, however many servers use it). */
const channels = new WeakMap<SharedRedis, RevocationChannel>();

/**
 * Revocations through `redis`: `publish` sends one (rejects while Redis is away: the caller's poll is
 * the net), `listen` hears every one published by any process on this Redis (its own too) over a
 * subscriber connection made on the first listen, which resubscribes by itself after an outage.
 */
export function redisRevocationChannel(redis: SharedRedis): RevocationChannel {
  let channel = channels.get(redis);
  if (channel === undefined) {
    let subscriber: Redis | undefined;
    const hearers = new Set<(subject: string, revokedBefore: Date) => void>();
    channel = {
      publish: async (subject, revokedBefore) => {
        await redis.client.publish(REVOCATION_CHANNEL, messageOf(subject, revokedBefore));
      },
      listen: (hear) => {
        if (subscriber === undefined) {
          subscriber = redis.subscriber();
          subscriber.on('message', (name: string, message: string) => {
            if (name !== REVOCATION_CHANNEL) return;
            const revocation = revocationIn(message);
            if (revocation !== null) for (const h of hearers) h(revocation.subject, revocation.revokedBefore);
          });
          // Queued until connected; ioredis subscribes again after each reconnection.
          subscriber.subscribe(REVOCATION_CHANNEL).catch(() => undefined);
        }
        hearers.add(hear);
        return () => hearers.delete(hear);
      },
    };
    channels.set(redis, channel);
  }
  return channel;
}

/**
 * Publishes one revocation through `redis` once it is connected (what `gonghui token revoke` does, with a
 * connection of its own): true when Redis took it, false when it was not reachable within `waitMs`.
 */
export async function publishRevocationOnce(
  redis: SharedRedis,
  subject: string,
  revokedBefore: Date,
  waitMs = 2 * REDIS_COMMAND_TIMEOUT_MS,
): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  while (!redis.up && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  try {
    await redisRevocationChannel(redis).publish(subject, revokedBefore);
    return true;
  } catch {
    return false;
  }
}
