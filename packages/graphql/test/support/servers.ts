// In-process gonghui servers for tests: a request whose answer must carry no error, and servers
// sharing a Redis of the test's own (each with its own connection, as separate processes would have).
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { expect } from 'vitest';
import { connectRedis, type SharedRedis } from '../../src/redis.js';
import { createGonghuiYoga, type ServerOptions } from '../../src/server.js';
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
  readonly lines: { level: number; msg: string }[];
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
  const lines: { level: number; msg: string }[] = [];
  const capture = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = pino({ level: 'info' }, capture);
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
