// Per-viewer rate limiting of the GraphQL endpoint with rate-limiter-flexible.

import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** At most `points` requests per `duration` seconds for one key. */
export interface RateLimit {
  /** Requests allowed per window. */
  readonly points: number;
  /** Window length in seconds. */
  readonly duration: number;
}

/**
 * The client's address: as the socket sees it, or — behind `trustedProxies` reverse proxies that each
 * append the address they saw to `X-Forwarded-For` — the entry that many places from its end (entries
 * further left are the client's own claims and are never trusted). 'unknown' outside node:http.
 */
export function clientAddress(serverContext: unknown, request: Request, trustedProxies = 0): string {
  const socket =
    (serverContext as { req?: IncomingMessage } | undefined)?.req?.socket?.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return socket;
  const forwarded = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return forwarded[forwarded.length - trustedProxies] ?? socket;
}

/**
 * Counts every request to `endpoint` against `keyOf(request)` (the viewer's subject when the
 * token is valid, else the client address) before anything is parsed; over the limit the answer
 * is 429 with `Retry-After` and a GraphQL error body.
 */
export function rateLimitPlugin(
  limit: RateLimit,
  endpoint: string,
  keyOf: (request: Request, serverContext: unknown) => Promise<string>,
): Plugin {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.duration });
  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
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
