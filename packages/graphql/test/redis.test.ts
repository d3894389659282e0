// Rate limits and events shared through Redis by two servers, and what happens while Redis is
// away: a redis-server of the test's own (apt) is stopped and started again under load; the API
// keeps answering, the limits fall back to each process with one warning, then are shared again;
// events reach the other server's subscribers, only their own while Redis is away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisEventBus } from '../src/events.js';
import { RecentWriters } from '../src/read-routing.js';
import type { Database } from '../src/store/database.js';
import { bearer } from './support/auth.js';
import { createTestDatabase } from './support/database.js';
import { type ServersOnRedis, serversOnRedis } from './support/servers.js';
import { eventually, REDIS_SERVER } from './support/services.js';

const LIMIT = { points: 10, duration: 60 };

// .ci/run installs redis-server, so only a machine without it skips, saying why.
if (REDIS_SERVER === undefined)
  console.warn('Redis rate-limit test skipped: no redis-server (apt-get install redis-server)');

describe.skipIf(REDIS_SERVER === undefined)('rate limits in Redis, two servers', () => {
  let db: Database;
  let two: ServersOnRedis;

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    two = await serversOnRedis(2, { db, rateLimit: LIMIT });
  }, 60_000);

  afterAll(async () => {
    await two?.close();
    await db?.close();
  });

  /** Sends one query to server `i` as `subject`; its HTTP status. */
  const ask = async (i: number, subject: string): Promise<number> => {
    const response = await two.servers[i]?.fetch('http://gonghui.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await bearer([], subject) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await response?.text();
    return response?.status ?? 0;
  };

  /** Six requests to each server, alternating, as `subject`: how many of the twelve were answered 200. */
  const spread = async (subject: string): Promise<number> => {
    let served = 0;
    for (let n = 0; n < 6; n++) for (const i of [0, 1]) if ((await ask(i, subject)) === 200) served++;
    return served;
  };

  it('one viewer gets the limit once across both servers, not once per server', async () => {
    expect(await spread('shared-1')).toBe(LIMIT.points);
    expect(await ask(0, 'shared-1')).toBe(429);
    expect(await ask(1, 'shared-1')).toBe(429);
  });

  it('an event published on one server reaches the subscribers of both; while Redis is away, only its own', async () => {
    const [a, b] = two.connections.map((connection) => redisEventBus(connection));
    if (!a || !b) throw new Error('two pubsubs');
    /** The next event of `org` heard on `pubsub`, once its subscription is in place in Redis. */
    const next = async (pubsub: typeof a, org: string) => {
      const events = pubsub.subscribe('organizationChanged', org)[Symbol.asyncIterator]();
      const first = events.next().then((result) => {
        void events.return?.();
        return result.value as { name: string };
      });
      // Redis has the subscription when a publish to its channel counts a subscriber.
      await eventually(
        async () =>
          (
            await two.connections[0]?.client.pubsub('NUMSUB', `gonghui:event:organizationChanged:${org}`)
          )?.[1] === 1,
        'subscribed in Redis',
      );
      return { first };
    };
    const heardOnA = await next(a, 'org-1');
    b.publish('organizationChanged', 'org-1', { name: '甲' });
    expect(await heardOnA.first).toEqual({ name: '甲' });

    await two.stopRedis();
    const events = a.subscribe('organizationChanged', 'org-2')[Symbol.asyncIterator]();
    const local = events.next();
    a.publish('organizationChanged', 'org-2', { name: '乙' }); // Redis refuses it: delivered here
    expect((await local).value).toEqual({ name: '乙' });
    await events.return?.();

    await two.startRedis();
    const heardAgain = await next(a, 'org-3');
    b.publish('organizationChanged', 'org-3', { name: '丙' });
    expect(await heardAgain.first).toEqual({ name: '丙' });
  });

  it("a viewer's write on one server sends their next query to the primary on the other, for the window only", async () => {
    const [a, b] = two.connections.map((connection) => new RecentWriters(1_000, connection));
    if (!a || !b) throw new Error('two servers');
    await a.wrote('writer');
    expect(await b.recently('writer')).toBe(true);
    expect(await b.recently('reader')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await a.recently('writer')).toBe(false);
    expect(await b.recently('writer')).toBe(false);
  });

  it('keeps answering while Redis stops and starts under load: per-process limits meanwhile, then shared again', async () => {
    // Load: two viewers ask both servers without pause for the whole test; every answer must be 200 or 429.
    const statuses: number[] = [];
    let loading = true;
    const load = (async () => {
      for (let n = 0; loading; n++) statuses.push(await ask(n % 2, `load-${n % 3}`));
    })();

    const logged = two.lines.length;
    await two.stopRedis();
    // Each process now counts alone: a new viewer gets the limit from each of them.
    expect(await spread('alone')).toBe(12);
    expect(await ask(0, 'alone-more')).toBe(200);
    const warnings = two.lines
      .slice(logged)
      .filter((line) => line.level === 40 && /Redis unavailable/.test(line.msg));
    expect(warnings).toHaveLength(2); // one per server and outage, not one per failed reconnect

    await two.startRedis();
    expect(await spread('shared-2')).toBe(LIMIT.points);
    expect(two.lines.slice(logged).filter((line) => /Redis is back/.test(line.msg))).toHaveLength(2);

    loading = false;
    await load;
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
  });
});
