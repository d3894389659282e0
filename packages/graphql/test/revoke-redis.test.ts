// Revocations published through the Redis several servers share: two servers over separate database
// handles (as two processes have) and a redis-server of the test's own; both poll every 60 s, so a
// token refused by the other server within a second was refused through Redis, not through the poll.
// Redis away: the revocation is stored and applied by the poll, nothing rejects unhandled; Redis back:
// messages flow again. The CLI publishes too, and says when it could not.

import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVOCATION_CHANNEL } from '../src/auth/revocation-channel.js';
import { main } from '../src/cli.js';
import { connectRedis, type SharedRedis } from '../src/redis.js';
import { createGonghuiYoga } from '../src/server.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { adminBearer, testAuth } from './support/auth.js';
import {
  createTestDatabase,
  TEST_DATA_KEY,
  testAuditKey,
  testPersonalData,
  testPostgresUrl,
} from './support/database.js';
import { capturedLogger, type LogLine, type Yoga } from './support/servers.js';
import { eventually, REDIS_SERVER, type TestRedis, testRedis } from './support/services.js';

const MISSING = REDIS_SERVER === undefined || testPostgresUrl() === undefined;
// .ci/run installs redis-server and sets TEST_DATABASE_URL, so only a machine without them skips.
if (MISSING) console.warn('revocations through Redis skipped: needs redis-server and TEST_DATABASE_URL');

const REVOKE = `mutation ($input: RevokeTokensInput!) {
  revokeTokens(input: $input) { revocation { subject revokedBefore } errors { code } }
}`;

/** A token of `subject` issued five seconds ago (so any revocation from now on refuses it). */
async function issuedBefore(subject: string): Promise<string> {
  const auth = await testAuth();
  const jwt = new SignJWT({ roles: [{ role: 'MEMBER', memberId: 'm-1' }] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 5)
    .setExpirationTime('10m');
  return `Bearer ${await jwt.sign(auth.sign?.key as Uint8Array)}`;
}

/** A server: its database handle, its own Redis connection and its yoga. */
interface Server {
  readonly db: Database;
  readonly redis: SharedRedis;
  readonly yoga: Yoga;
}

describe.skipIf(MISSING)('token revocations through Redis, two servers on separate handles', () => {
  let redis: TestRedis;
  let a: Server;
  let b: Server;
  const lines: LogLine[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  /** A server over `db` polling every `pollMs`, with its own connection to the test's Redis. */
  const serverOn = async (db: Database, pollMs: number): Promise<Server> => {
    const logger = capturedLogger(lines);
    const connection = connectRedis(redis.url, logger);
    const yoga = createGonghuiYoga({
      db,
      auth: await testAuth(),
      logger,
      redis: connection,
      revocationPollMs: pollMs,
    });
    return { db, redis: connection, yoga };
  };
  /** Another handle on `a`'s database, as another process opens it. */
  const otherHandle = () =>
    openDatabase({ url: a.db.description, personalData: testPersonalData, auditKey: testAuditKey });
  /** The status of `{ __typename }` asked of `server` with `token`. */
  const status = async (server: Server, token: string): Promise<number> => {
    const response = await server.yoga.fetch('http://gonghui.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: token },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await response.text();
    return response.status;
  };
  /** Revokes `subject`'s tokens through `server`'s revokeTokens (as the admin); the stored cutoff. */
  const revokeOn = async (server: Server, subject: string): Promise<string> => {
    const response = await server.yoga.fetch('http://gonghui.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await adminBearer() },
      body: JSON.stringify({ query: REVOKE, variables: { input: { subject, reason: 'left the union' } } }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    return body.data.revokeTokens.revocation.revokedBefore;
  };
  /** Resolves once every connection listed is subscribed to the revocation channel in Redis. */
  const subscribed = (count: number) =>
    eventually(
      async () => (await a.redis.client.pubsub('NUMSUB', REVOCATION_CHANNEL))[1] === count,
      `${count} subscribers on ${REVOCATION_CHANNEL}`,
      15_000,
    );

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    redis = await testRedis();
    await redis.start();
    a = await serverOn(await createTestDatabase('postgres'), 60_000);
    b = await serverOn(await otherHandle(), 60_000);
    await eventually(() => a.redis.up && b.redis.up, 'both servers connected to Redis');
  }, 60_000);

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    for (const server of [b, a]) {
      await server?.redis.close();
      await server?.db.close();
    }
    await redis?.stop();
  });

  it('a token revoked on A is refused by B on its next request, though B polls every 60 s', async () => {
    const token = await issuedBefore('officer-li');
    expect(await status(b, token)).toBe(200); // B has loaded its copy: the revocation is not in it yet
    await subscribed(2);
    const revokedBefore = await revokeOn(a, 'officer-li');
    // The mutation answers once Redis took the message (and after sealing its audit entry): B's very
    // next request is refused (it was in 3 runs of 3 at load 12; B's poll would take up to 60 s).
    expect(await status(b, token)).toBe(401);
    expect(b.db.revocations().cutoffOf('officer-li')).toBe(Math.floor(Date.parse(revokedBefore) / 1000));
  });

  it('Redis away: the revocation is stored, refused at once on A, by the poll elsewhere; nothing rejects unhandled', async () => {
    const token = await issuedBefore('officer-zhao');
    const polling = await serverOn(await otherHandle(), 200);
    try {
      expect(await status(polling, token)).toBe(200);
      await redis.stop();
      await eventually(
        () => !a.redis.up && !b.redis.up && !polling.redis.up,
        'every server noticed Redis is gone',
      );
      await revokeOn(a, 'officer-zhao');
      expect(await a.db.prisma.tokenRevocation.count({ where: { subject: 'officer-zhao' } })).toBe(1);
      expect(await status(a, token)).toBe(401);
      expect(lines.some((line) => line.msg.startsWith('publishing a token revocation failed'))).toBe(true);
      // The server polling every 200 ms reads it from the database; B (every 60 s) has not yet.
      await eventually(async () => (await status(polling, token)) === 401, 'the poll applied it', 5_000);
      expect(await status(b, token)).toBe(200);
      // Back: each subscriber connection subscribes again by itself, and messages flow again.
      await redis.start();
      await eventually(
        () => a.redis.up && b.redis.up && polling.redis.up,
        'every server reconnected',
        15_000,
      );
      await subscribed(3);
      const later = await issuedBefore('officer-qian');
      expect(await status(b, later)).toBe(200);
      await revokeOn(a, 'officer-qian');
      await eventually(() => b.db.revocations().cutoffOf('officer-qian') !== undefined, 'B heard it', 2_000);
      expect(await status(b, later)).toBe(401);
    } finally {
      await polling.redis.close();
      await polling.db.close();
    }
    expect(unhandled).toEqual([]);
  }, 60_000);

  it('gonghui token revoke publishes through GONGHUI_REDIS_URL, and says so when Redis is not reachable', async () => {
    const token = await issuedBefore('cli-leaver');
    expect(await status(b, token)).toBe(200);
    await subscribed(2);
    const revoke = async (subject: string, redisUrl: string): Promise<string> => {
      const saved = { ...process.env };
      Object.assign(process.env, {
        DATABASE_URL: a.db.description,
        GONGHUI_DATA_KEY: TEST_DATA_KEY,
        GONGHUI_REDIS_URL: redisUrl,
      });
      const written: string[] = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((chunk: string) =>
        written.push(String(chunk)) > 0) as typeof process.stdout.write;
      try {
        await main(['token', 'revoke', '--subject', subject, '--reason', 'left the union']);
      } finally {
        process.stdout.write = write;
        for (const key of ['DATABASE_URL', 'GONGHUI_DATA_KEY', 'GONGHUI_REDIS_URL']) {
          if (saved[key] === undefined) delete process.env[key];
          else process.env[key] = saved[key];
        }
      }
      return written.join('');
    };
    expect(await revoke('cli-leaver', redis.url)).toContain('published through GONGHUI_REDIS_URL');
    await eventually(() => b.db.revocations().cutoffOf('cli-leaver') !== undefined, 'B heard it', 2_000);
    expect(await status(b, token)).toBe(401);
    // Nothing listens on port 1: stored all the same, and the operator is told the servers poll it.
    const unreachable = await revoke('cli-absent', 'redis://127.0.0.1:1');
    expect(unreachable).toContain('GONGHUI_REDIS_URL was not reachable');
    expect(await a.db.prisma.tokenRevocation.count({ where: { subject: 'cli-absent' } })).toBe(1);
  }, 30_000);
});
