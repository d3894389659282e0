// The events subscriptions listen to (turnout, remaining places, import progress…): published
// through one PubSub the server is given, after the change that caused them committed. In memory
// for one process (the default); several processes share one through the Redis they share
// (@graphql-yoga/redis-event-target), so a subscriber on one server hears a mutation on another.
// While Redis is away an event reaches the subscribers of the process that published it, and no other.

import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { SharedRedis } from './redis.js';

/**
 * The topics and their payloads: `[payload]` for one channel, `[id, payload]` for a channel per id
 * (e.g. per activity). A module adds its topics by declaration merging:
 * `declare module '../events.js' { interface EventTopics { 'activity.places': [id: string, places: Places] } }`.
 */
export interface EventTopics {
  [topic: string]: [] | [unknown] | [string | number, unknown];
}

/** The publish/subscribe bus of a server. */
export type EventBus = PubSub<EventTopics>;

/** A bus for one process: subscribers get the events published in the same process. */
export function memoryEventBus(): EventBus {
  return createPubSub<EventTopics>();
}

/** Prefix of the Redis channels events travel on, so one Redis may serve other programs too. */
export const EVENT_CHANNEL_PREFIX = 'gonghui:event:';

/**
 * A bus shared by every server on `redis`. A publish that Redis refuses (it is away) is delivered
 * to this process's subscribers instead of being lost here too.
 */
export function redisEventBus(redis: SharedRedis): EventBus {
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
  return createPubSub<EventTopics>({
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
