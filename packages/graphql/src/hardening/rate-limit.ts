// Per-viewer rate limiting of the GraphQL endpoint with rate-limiter-flexible: counted in this
// process, or in the Redis several servers share (GONGHUI_REDIS_URL), with this process's own
// counters as the insurance while Redis is away.

import type { Plugin } from 'graphql-yoga';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { SharedRedis } from '../redis.js';

/** At most `points` requests per `duration` seconds for one key. */
export interface RateLimit {
  /** Requests allowed per window. */
  readonly points: number;
  /** Window length in seconds. */
  readonly duration: number;
}

/** Prefix of the rate-limit counters' keys in the shared Redis. */
export const RATE_LIMIT_KEY_PREFIX = 'gonghui:rate';

/**
 * The limiter of `limit`: in memory, or in `redis` with an in-memory insurance limiter that counts
 * whenever Redis is not ready or a command fails (so the API keeps answering, each process then
 * allowing `limit` on its own).
 */
export function rateLimiter(limit: RateLimit, redis?: SharedRedis): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ points: limit.points, duration: limit.duration });
  if (!redis) return memory;
  return new RateLimiterRedis({
    storeClient: redis.client,
    keyPrefix: RATE_LIMIT_KEY_PREFIX,
    points: limit.points,
    duration: limit.duration,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

/**
 * Counts every request to `endpoint` (a path, or a test of the path) against `keyOf(request)` (the viewer's subject when the
 * token is valid, else the client address) on `limiter` (`rateLimiter(limit, redis)`) before anything
 * is parsed; over the limit the answer is 429 with `Retry-After` and a GraphQL error body. A request
 * `counted(serverContext)` says was counted already (by the compiled read path's fast path) is not
 * counted again.
 */
export function rateLimitPlugin(
  limit: RateLimit,
  endpoint: string | ((pathname: string) => boolean),
  keyOf: (request: Request, serverContext: unknown) => Promise<string>,
  limiter: RateLimiterAbstract,
  counted: (serverContext: unknown) => boolean = () => false,
): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      const limited = typeof endpoint === 'string' ? url.pathname === endpoint : endpoint(url.pathname);
      if (!limited || counted(serverContext)) return;
      try {
        await limiter.consume(await keyOf(request, serverContext));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        const body = JSON.stringify({
          errors: [
            {
              message: `Too many requests: at most ${limit.points} per ${limit.duration} s; retry in ${retryAfter} s`,
              extensions: { code: 'RATE_LIMITED', retryAfter },
            },
          ],
        });
        endResponse(
          new fetchAPI.Response(body, {
            status: 429,
            headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter) },
          }),
        );
      }
    },
  };
}
