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

/** The default of `gonghui serve`: 600 requests per 60 s per viewer, ten a second on average. */
export const DEFAULT_RATE_LIMIT = '600/60';

/** Parses `GONGHUI_RATE_LIMIT`: `600/60` is 600 requests per 60 seconds; `0` means no limit (null). */
export function parseRateLimit(text: string): RateLimit | null {
  if (text.trim() === '0') return null;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const points = Number(match?.[1]);
  const duration = Number(match?.[2]);
  if (!match || points < 1 || duration < 1) {
    throw new Error(`GONGHUI_RATE_LIMIT must look like 600/60 (requests/seconds) or 0 (off), got '${text}'`);
  }
  return { points, duration };
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

/** Parses `GONGHUI_TRUSTED_PROXIES`: how many reverse proxies in front of the server append to X-Forwarded-For. */
export function parseTrustedProxies(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 0;
  if (!/^\d{1,2}$/.test(text.trim())) {
    throw new Error(
      `GONGHUI_TRUSTED_PROXIES must be the number of proxies in front of the server (0–99), got '${text}'`,
    );
  }
  return Number(text.trim());
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
