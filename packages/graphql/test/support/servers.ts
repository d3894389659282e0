// In-process gonghui servers for tests: a request whose answer must carry no error, and servers
// sharing a Redis of the test's own (each with its own connection, as separate processes would have).
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { expect } from 'vitest';
import { connectRedis, type SharedRedis } from '../../src/redis.js';
import { createGonghuiYoga, type RunningServer, type ServerOptions, startServer } from '../../src/server.js';
import type { Database } from '../../src/store/database.js';
import { adminBearer, testAuth } from './auth.js';
import { eventually, testRedis } from './services.js';

/** A yoga instance of the gonghui API. */
export type Yoga = ReturnType<typeof createGonghuiYoga>;

/** Posts `query` to `yoga` (as the admin when `admin`, else anonymously); its `data`, failing the test on any error. */
export async function dataOf(
  yoga: Yoga,
  query: string,
  variables: object,
  admin: boolean,
): Promise<Record<string, any>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (admin) headers.authorization = await adminBearer();
  const response = await yoga.fetch('http://gonghui.test/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as Record<string, any>;
}

/** Servers sharing a redis-server of the test's own (started), with what they log. */
export interface ServersOnRedis {
  /** The servers, in order. */
  readonly servers: Yoga[];
  /** Each server's own connection to the Redis. */
  readonly connections: SharedRedis[];
  /** Their log lines (info and up), parsed. */
  readonly lines: LogLine[];
  /** Stops the Redis; resolves once every server noticed it is gone. */
  stopRedis(): Promise<void>;
  /** Starts the Redis again; resolves once every server reconnected by itself. */
  startRedis(): Promise<void>;
  /** Closes the connections and stops the Redis. */
  close(): Promise<void>;
}

/**
 * A redis-server of the test's own on a free port, and `count` servers with `options`, each with its
 * own connection to it (as separate processes would have) and one captured logger; resolves once all
 * are connected.
 */
export async function serversOnRedis(
  count: number,
  options: Omit<ServerOptions, 'auth' | 'logger' | 'redis'>,
): Promise<ServersOnRedis> {
  const redis = await testRedis();
  await redis.start();
  const lines: LogLine[] = [];
  const logger = capturedLogger(lines);
  const servers: Yoga[] = [];
  const connections: SharedRedis[] = [];
  for (let i = 0; i < count; i++) {
    const connection = connectRedis(redis.url, logger);
    connections.push(connection);
    servers.push(createGonghuiYoga({ ...options, auth: await testAuth(), logger, redis: connection }));
  }
  await eventually(() => connections.every((c) => c.up), 'every server connected to Redis');
  return {
    servers,
    connections,
    lines,
    stopRedis: async () => {
      await redis.stop();
      await eventually(() => connections.every((c) => !c.up), 'every server noticed Redis is gone');
    },
    startRedis: async () => {
      await redis.start();
      await eventually(() => connections.every((c) => c.up), 'every server reconnected by itself', 15_000);
    },
    close: async () => {
      for (const connection of connections) await connection.close();
      await redis.stop();
    },
  };
}

/** A log line, parsed. */
export type LogLine = { readonly level: number; readonly msg: string } & Record<string, unknown>;

/** A logger (`level` and up, default info) whose lines are parsed into `lines`. */
export function capturedLogger(lines: LogLine[], level = 'info') {
  return pino(
    { level },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
}

/** What request lines say apart from their id and duration (of the lines `keep` keeps): what the fast-path differentials compare. */
export function requestFacts(lines: readonly LogLine[], keep: (line: LogLine) => boolean = () => true) {
  return lines
    .filter((line) => line.msg === 'request' && keep(line))
    .map(({ method, path, operation, operationType, status, viewer, errors }) => ({
      method,
      path,
      operation,
      operationType,
      status,
      viewer,
      errors,
    }));
}

/** Two HTTP servers over `db`, as in production, with a rate limit of 100,000 a minute: one with the compiled path's fast path in front of yoga, one without the compiled path; each one's log lines. */
export interface FastAndNormal {
  readonly fast: RunningServer;
  readonly normal: RunningServer;
  readonly fastLines: LogLine[];
  readonly normalLines: LogLine[];
  /** Closes both. */
  close(): Promise<void>;
}

/** Starts the servers of `FastAndNormal` on free ports. */
export async function fastAndNormalServers(db: Database): Promise<FastAndNormal> {
  const fastLines: LogLine[] = [];
  const normalLines: LogLine[] = [];
  const options = {
    db,
    auth: await testAuth(),
    production: true,
    rateLimit: { points: 100_000, duration: 60 },
  };
  const fast = await startServer({ ...options, port: 0, logger: capturedLogger(fastLines) });
  const normal = await startServer({
    ...options,
    port: 0,
    logger: capturedLogger(normalLines),
    compiledReads: false,
  }).catch(async (error: unknown) => {
    await fast.close();
    throw error;
  });
  expect(fast.fastPath).toBeDefined();
  expect(normal.fastPath).toBeUndefined();
  return {
    fast,
    normal,
    fastLines,
    normalLines,
    close: async () => {
      await Promise.all([fast.close(), normal.close()]);
    },
  };
}
