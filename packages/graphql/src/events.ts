// The events subscriptions listen to (turnout, remaining places, import progress…): published
// through one PubSub the server is given, after the change that caused them committed. In memory
// for one process (the default); several processes share one through a distributed event target.

import { createPubSub, type PubSub } from 'graphql-yoga';

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
