// The PubSub subscriptions publish through: yoga's in-memory one for a single process, or one whose
// events travel through the shared Redis (@graphql-yoga/redis-event-target), so a subscriber on
// one server hears a mutation on another. While Redis is away an event reaches the subscribers of
// the process that published it, and no other.

import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { SharedRedis } from './redis.js';

/** Topic name → the arguments of `publish` after the topic (yoga's `PubSub` map). */
export type EventMap = Record<string, [unknown] | [string | number, unknown]>;

/** Prefix of the Redis channels events travel on, so one Redis may serve other programs too. */
export const EVENT_CHANNEL_PREFIX = 'gonghui:event:';

/**
 * The PubSub of one server: in memory without `redis`, else through Redis. A publish that Redis
 * refuses (it is away) is delivered to this process's subscribers instead of being lost here too.
 */
export function createEventPubSub<Events extends EventMap>(redis?: SharedRedis): PubSub<Events> {
  if (!redis) return createPubSub<Events>();
  const subscribeClient = redis.subscriber();
  const publishClient = new Proxy(redis.client, {
    get(target, key, receiver) {
      if (key === 'publish') {
        // The event target neither awaits nor catches the publish; a rejection would end the process.
        return (channel: string, message: string) =>
          target.publish(channel, message).catch(() => subscribeClient.emit('message', channel, message));
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Redis;
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  // Topics become channels under EVENT_CHANNEL_PREFIX (yoga composes `topic:id` for per-id topics).
  return createPubSub<Events>({
    eventTarget: {
      addEventListener: (topic, listener) =>
        eventTarget.addEventListener(`${EVENT_CHANNEL_PREFIX}${topic}`, listener),
      removeEventListener: (topic, listener) =>
        eventTarget.removeEventListener(`${EVENT_CHANNEL_PREFIX}${topic}`, listener),
      dispatchEvent: (event) =>
        eventTarget.dispatchEvent(
          new CustomEvent(`${EVENT_CHANNEL_PREFIX}${event.type}`, { detail: (event as CustomEvent).detail }),
        ),
    },
  });
}
