// How many subscriptions one viewer holds open at once (the token's subject, or the client address
// when anonymous), counted in this process: each open subscription holds a connection, a listener on
// the event bus and its memory here, which the rate limit (requests per window) does not bound. A slot
// is taken before the subscription starts and given back when its stream ends however it ends: the
// source completes or fails, the client disconnects (the response stream is cancelled and yoga
// returns the iterator), or it never started. Per process on purpose: see README "Limits".

import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Subscriptions one viewer may hold open at once in one process, unless configured otherwise. */
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_VIEWER = 10;

/** Open subscriptions per key, in this process. */
export class SubscriptionSlots {
  readonly #open = new Map<string, number>();

  /** At most `max` open subscriptions per key. */
  constructor(readonly max: number) {}

  /**
   * Takes a slot of `key` and returns what gives it back (once, however often called); undefined
   * (nothing taken) when all `max` are taken.
   */
  acquire(key: string): (() => void) | undefined {
    const open = this.#open.get(key) ?? 0;
    if (open >= this.max) return undefined;
    this.#open.set(key, open + 1);
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      const left = (this.#open.get(key) ?? 0) - 1;
      if (left > 0) this.#open.set(key, left);
      else this.#open.delete(key);
    };
  }

  /** Subscriptions `key` holds open now. */
  openOf(key: string): number {
    return this.#open.get(key) ?? 0;
  }
}

/** The answer to a subscription over the limit: one error, the stream ends at once. */
function overLimit(max: number): ExecutionResult {
  return {
    errors: [
      new GraphQLError(
        `Too many open subscriptions: at most ${max} at once per viewer; end one (close its stream) before starting another`,
        { extensions: { code: 'SUBSCRIPTION_LIMIT', maxSubscriptions: max } },
      ),
    ],
  };
}

/**
 * Holds every viewer to `slots.max` open subscriptions: a subscription over it is answered with a
 * `SUBSCRIPTION_LIMIT` error and never subscribes. `keyOf` names the viewer of a request (the same key
 * the rate limit counts: token subject, else client address).
 */
export function subscriptionLimitPlugin(
  slots: SubscriptionSlots,
  keyOf: (request: Request, serverContext: unknown) => Promise<string>,
): Plugin {
  return {
    async onSubscribe({ args, setResultAndStopExecution }) {
      const context = args.contextValue as { request: Request };
      const key = await keyOf(context.request, context);
      const release = slots.acquire(key);
      if (release === undefined) {
        setResultAndStopExecution(overLimit(slots.max));
        return;
      }
      return {
        onSubscribeResult: ({ result }) => {
          // A subscription refused before it streams (bad arguments, not allowed) ends here.
          if (!(Symbol.asyncIterator in result)) {
            release();
            return;
          }
          return { onEnd: release };
        },
        onSubscribeError: release,
      };
    },
  };
}
