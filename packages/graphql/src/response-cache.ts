// The response cache (GONGHUI_RESPONSE_CACHE_TTL_MS; off unless set): a query's whole answer kept
// for a while and served again to the same session, with @graphql-yoga/plugin-response-cache — in
// the shared Redis (@envelop/response-cache-redis) when there is one, in this process otherwise.
//
// - Session: the viewer's subject and grants (a token of other scopes is another session), sealed
//   with a key derived from the data key so a cache key cannot be computed from outside. An invalid
//   token is never looked up (the context answers 401).
// - Never cached: members' personal data (and so its audited reveals), the audit log, the ledger,
//   enrollments, ballot papers (per token) and what depends on today's date (UNCACHED); answers with
//   errors; mutations and subscriptions.
// - Invalidation by generation: every mutation, committed or refused, moves a generation number on
//   (INCR in Redis, shared by every server) and the generation is part of every cache key, so a
//   change of any module — a new child in a cached list, a count, a ballot cast — is never served
//   stale. The plugin's own invalidation (by the entities in the mutation's payload) misses those:
//   a payload names the new child, not the parent's cached page, and `castBallot` names no entity.
//   With read replicas the generation moves again when the read-your-writes window ends, so an
//   answer a lagging replica gave meanwhile is never served after it. Writes outside the API (the
//   CLI's import, key rotation) are seen after the TTL at the latest.
// - Redis away: nothing is cached or served from the cache (with one warning), and a generation
//   that could not be moved is moved once Redis is back, before this server caches again.

import { createHash, createHmac } from 'node:crypto';
import { createRedisCache } from '@envelop/response-cache-redis';
import type { Viewer } from '@gonghui/core';
import { type Cache, createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './observe/log.js';
import type { SharedRedis } from './redis.js';

/** Prefix of the cached answers' keys (and of the generation's) in the shared Redis. */
export const RESPONSE_CACHE_KEY_PREFIX = 'gonghui:cache:';

/** The Redis key of the generation every cache key includes. */
export const RESPONSE_CACHE_GENERATION_KEY = `${RESPONSE_CACHE_KEY_PREFIX}generation`;

/** Answers kept in this process's cache without Redis (least recently used beyond it are dropped). */
const MEMORY_ENTRIES = 10_000;

/**
 * Types and fields whose presence in an answer keeps it out of the cache: personal data and its
 * reveals (each reveal must reach the audit log), the audit log, payments, enrollments, ballot papers,
 * and answers computed from today's date.
 */
export const UNCACHED: Readonly<Record<string, 0>> = {
  Member: 0,
  MembershipEvent: 0,
  AuditEntry: 0,
  LedgerEntry: 0,
  Enrollment: 0,
  BallotPaper: 0,
  'Query.termExpiryWatch': 0,
  'Term.composition': 0,
};

/** Options of `responseCachePlugin`. */
export interface ResponseCacheOptions {
  /** How long an answer is served from the cache, in milliseconds. */
  readonly ttlMs: number;
  /** Key the sessions are sealed with (e.g. a subkey of the data key). */
  readonly sessionKey: Buffer;
  /** The shared Redis: answers and the generation live there; absent: in this process. */
  readonly redis?: SharedRedis | undefined;
  /** With read replicas: the read-your-writes window (the generation moves again after it). */
  readonly replicaWindowMs?: number | undefined;
  /** Where the outage warning goes. */
  readonly logger: Logger;
}

/** The generation every cache key includes: moved by each mutation. */
interface Generations {
  /** The current generation, or null when it cannot be known now (Redis away). */
  current(): Promise<string | null>;
  /** Moves the generation on. */
  bump(): Promise<void>;
}

function memoryGenerations(): Generations {
  let generation = 0;
  return {
    current: async () => String(generation),
    bump: async () => {
      generation++;
    },
  };
}

function redisGenerations(redis: SharedRedis, logger: Logger): Generations {
  // A bump Redis refused must happen before anything is served from the cache again.
  let pending = false;
  let warned = false;
  const settle = async (): Promise<boolean> => {
    if (!pending) return true;
    try {
      await redis.client.incr(RESPONSE_CACHE_GENERATION_KEY);
      pending = false;
      return true;
    } catch {
      return false;
    }
  };
  redis.client.on('ready', () => {
    warned = false;
    void settle();
  });
  const away = () => {
    if (warned) return;
    warned = true;
    logger.warn('Redis unavailable: the response cache is off until it is back; answers are computed');
  };
  return {
    async current() {
      if (!redis.up || !(await settle())) {
        away();
        return null;
      }
      try {
        return (await redis.client.get(RESPONSE_CACHE_GENERATION_KEY)) ?? '0';
      } catch {
        away();
        return null;
      }
    },
    async bump() {
      pending = true;
      if (redis.up) await settle();
    },
  };
}

/** A cache whose failures (Redis away) read as misses and skipped writes, never as faults. */
function forgiving(cache: Cache): Cache {
  return {
    get: async (key) => {
      try {
        return await cache.get(key);
      } catch {
        return undefined;
      }
    },
    // No entities: invalidation is by generation, so Redis keeps no ever-growing entity sets.
    set: async (key, result, _entities, ttl) => {
      try {
        await cache.set(key, result, [], ttl);
      } catch {
        // not cached this time
      }
    },
    invalidate: () => undefined,
  };
}

/** The session of `viewer`: its subject and grants, sealed with `key`. */
export function sessionOf(viewer: Viewer, key: Buffer): string {
  const grants = viewer.grants.map((grant) => JSON.stringify(Object.entries(grant).sort())).sort();
  return createHmac('sha256', key)
    .update(JSON.stringify([viewer.subject, grants]))
    .digest('base64url');
}

/**
 * The response cache's plugins for a server whose viewers come from `viewerOf` (it rejects for an
 * invalid token): the cache itself and the generation's move after each mutation.
 */
export function responseCachePlugins(
  options: ResponseCacheOptions,
  viewerOf: (request: Request) => Promise<Viewer>,
): Plugin[] {
  const { redis } = options;
  const generations = redis ? redisGenerations(redis, options.logger) : memoryGenerations();
  const cache = forgiving(
    redis ? createRedisCache({ redis: redis.client }) : createInMemoryCache({ max: MEMORY_ENTRIES }),
  );
  // The session of each request that may use the cache (decided once its parameters are read).
  const sessions = new WeakMap<Request, string>();
  const bump = () => generations.bump();
  return [
    useResponseCache({
      cache,
      ttl: options.ttlMs,
      ttlPerSchemaCoordinate: { ...UNCACHED },
      includeExtensionMetadata: false,
      // Before the session is known (yoga's ETag check) and for a request without one: off.
      enabled: (request) => sessions.has(request),
      session: async (request) => {
        let viewer: Viewer;
        try {
          viewer = await viewerOf(request);
        } catch {
          return null; // not cached: the context answers the bad token
        }
        const generation = await generations.current();
        if (generation === null) return null;
        const session = `${generation}.${sessionOf(viewer, options.sessionKey)}`;
        sessions.set(request, session);
        return session;
      },
      buildResponseCacheKey: ({ documentString, operationName, variableValues, sessionId, request }) => {
        if (documentString === '' || !sessionId) sessions.delete(request);
        const hash = createHash('sha256')
          .update(
            JSON.stringify([documentString, operationName ?? '', variableValues ?? {}, sessionId ?? '']),
          )
          .digest('base64url');
        return `${RESPONSE_CACHE_KEY_PREFIX}${hash}`;
      },
    }),
    {
      onExecute({ args }) {
        if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
        return {
          async onExecuteDone() {
            await bump();
            if (options.replicaWindowMs !== undefined) {
              setTimeout(() => void bump().catch(() => undefined), options.replicaWindowMs).unref();
            }
          },
        };
      },
    },
  ];
}
