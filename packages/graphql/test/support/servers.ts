// In-process gonghui servers for tests: a request whose answer must carry no error, and servers
// sharing one Redis (each with its own connection, as separate processes would have).
import { expect } from 'vitest';
import type { Logger } from '../../src/observe/log.js';
import { connectRedis, type SharedRedis } from '../../src/redis.js';
import { createGonghuiYoga, type ServerOptions } from '../../src/server.js';
import { adminBearer, testAuth } from './auth.js';
import { eventually } from './services.js';

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

/** `count` servers with `options`, each with its own connection to the Redis at `url`; resolves once all are connected. */
export async function serversOnRedis(
  count: number,
  url: string,
  logger: Logger,
  options: Omit<ServerOptions, 'auth' | 'logger' | 'redis'>,
): Promise<{ servers: Yoga[]; connections: SharedRedis[] }> {
  const servers: Yoga[] = [];
  const connections: SharedRedis[] = [];
  for (let i = 0; i < count; i++) {
    const redis = connectRedis(url, logger);
    connections.push(redis);
    servers.push(createGonghuiYoga({ ...options, auth: await testAuth(), logger, redis }));
  }
  await eventually(() => connections.every((c) => c.up), 'every server connected to Redis');
  return { servers, connections };
}
