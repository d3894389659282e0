// Revoking bearer tokens: every token of a subject issued at or before a cutoff is refused with 401,
// cached or not, in this process at once and in another within the poll interval; a cutoff never
// moves earlier. The mutations, the CLI, subscriptions, uploads and import resume: revoke-*.test.ts.

import { isRevoked } from '@gonghui/core';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRevocations } from '../src/auth/revocation.js';
import { signToken, viewerFromAuthorization } from '../src/auth/token.js';
import { createGonghuiYoga } from '../src/server.js';
import { auditSealer } from '../src/store/audit.js';
import { type Database, openDatabase } from '../src/store/database.js';
import {
  purgeRevocations,
  REVOCATION_POLL_MARK,
  revocationsSince,
  storeRevocation,
} from '../src/store/token-revocation.js';
import { testAuth } from './support/auth.js';
import {
  countQueries,
  createTestDatabase,
  testAuditKey,
  testBackends,
  testPersonalData,
} from './support/database.js';
import { eventually } from './support/services.js';

/** A token of `subject` (SYSTEM_ADMIN) with the given `iat` and `nbf` (seconds; null: left out). */
async function tokenIssued(subject: string, iat: number | null, nbf: number | null = null): Promise<string> {
  const auth = await testAuth();
  const jwt = new SignJWT({ roles: [{ role: 'SYSTEM_ADMIN' }] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setExpirationTime('10m');
  if (iat !== null) jwt.setIssuedAt(iat);
  if (nbf !== null) jwt.setNotBefore(nbf);
  return `Bearer ${await jwt.sign(auth.sign?.key as Uint8Array)}`;
}

/** Revocations that read nothing from a database (applied by hand). */
function inMemory(): TokenRevocations {
  const revocations = new TokenRevocations(async () => ({ rows: [], at: new Date() }), 60_000);
  void revocations.start();
  return revocations;
}

const now = Math.floor(Date.now() / 1000) - 60;

describe('a revocation cutoff', () => {
  it('refuses a token issued one second before or in the cutoff second, accepts one issued a second after', async () => {
    const revocations = inMemory();
    await revocations.ready;
    // The cutoff lies inside second `now` (half a second into it).
    revocations.apply('alice', new Date(now * 1000 + 500));
    const auth = await testAuth();
    for (const iat of [now - 1, now]) {
      await expect(
        viewerFromAuthorization(await tokenIssued('alice', iat), auth, revocations),
        `iat ${iat - now}`,
      ).rejects.toThrow(/revoked/);
    }
    const after = await viewerFromAuthorization(await tokenIssued('alice', now + 1), auth, revocations);
    expect(after.subject).toBe('alice');
    // Another subject is not concerned.
    expect(
      (await viewerFromAuthorization(await tokenIssued('bob', now - 1), auth, revocations)).subject,
    ).toBe('bob');
    expect(isRevoked(now + 1, now)).toBe(false);
  });

  it('counts a token without iat as issued at its nbf, and refuses one with neither (its lifetime has no bound)', async () => {
    const revocations = inMemory();
    await revocations.ready;
    const auth = await testAuth();
    const neither = await tokenIssued('carol', null);
    await expect(viewerFromAuthorization(neither, auth, revocations)).rejects.toThrow(
      /says not when it was issued \(no iat or nbf claim\)/,
    );
    revocations.apply('carol', new Date(now * 1000));
    await expect(
      viewerFromAuthorization(await tokenIssued('carol', null, now), auth, revocations),
    ).rejects.toThrow(/revoked/);
    expect(
      (await viewerFromAuthorization(await tokenIssued('carol', null, now + 1), auth, revocations)).subject,
    ).toBe('carol');
  });

  it('refuses a token verified (and cached) before it was revoked, and says when in the 401', async () => {
    const revocations = inMemory();
    await revocations.ready;
    const auth = await testAuth();
    const token = await tokenIssued('dave', now);
    const viewer = await viewerFromAuthorization(token, auth, revocations);
    expect(await viewerFromAuthorization(token, auth, revocations)).toBe(viewer); // from the cache
    revocations.apply('dave', new Date(now * 1000));
    await expect(viewerFromAuthorization(token, auth, revocations)).rejects.toThrow(
      `every token of its subject issued at or before ${new Date(now * 1000).toISOString()} is refused`,
    );
  });

  it('never moves earlier', async () => {
    const revocations = inMemory();
    revocations.apply('erin', new Date(now * 1000));
    revocations.apply('erin', new Date((now - 100) * 1000));
    expect(revocations.cutoffOf('erin')).toBe(now);
  });

  it('bounds the lifetime of a token: exactly the max accepted, a second more refused, and gonghui token refuses a longer --ttl', async () => {
    const auth = { ...(await testAuth()), maxLifetime: 600 };
    const issued = Math.floor(Date.now() / 1000);
    const living = (seconds: number) =>
      new SignJWT({ roles: [] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('ivan')
        .setIssuer(auth.issuer)
        .setAudience(auth.audience)
        .setIssuedAt(issued)
        .setExpirationTime(issued + seconds)
        .sign(auth.sign?.key as Uint8Array);
    expect((await viewerFromAuthorization(`Bearer ${await living(600)}`, auth)).subject).toBe('ivan');
    await expect(viewerFromAuthorization(`Bearer ${await living(601)}`, auth)).rejects.toThrow(
      'the token lives 601 s from its issue, longer than GONGHUI_TOKEN_MAX_LIFETIME (600 s) allows',
    );
    await expect(signToken(auth, { subject: 'ivan', grants: [], ttl: '11m' })).rejects.toThrow(
      '--ttl 11m is longer than GONGHUI_TOKEN_MAX_LIFETIME (600 s)',
    );
    const longest = await signToken(auth, { subject: 'ivan', grants: [], ttl: '10m' });
    expect((await viewerFromAuthorization(`Bearer ${longest}`, auth)).subject).toBe('ivan');
  });

  it('forgets a revocation older than the max lifetime (it refuses no valid token), keeping one exactly at it', async () => {
    const copy = new TokenRevocations(async () => ({ rows: [], at: new Date() }), 60_000, undefined, 3_600);
    copy.apply('kept', new Date((now - 3_600) * 1000 + 999));
    copy.apply('gone', new Date((now - 3_601) * 1000 + 999));
    copy.apply('recent', new Date(now * 1000));
    copy.prune(now);
    expect([copy.cutoffOf('kept'), copy.cutoffOf('gone'), copy.cutoffOf('recent')]).toEqual([
      now - 3_600,
      undefined,
      now,
    ]);
    // Each poll prunes (by the clock): a stale row it reads, or one published late, is dropped there.
    const polled = new TokenRevocations(
      async () => ({
        rows: [
          { subject: 'stale', revokedBefore: new Date(Date.now() - 7_200_000) },
          { subject: 'fresh', revokedBefore: new Date(Date.now() - 60_000) },
        ],
        at: new Date(),
      }),
      60_000,
      undefined,
      3_600,
    );
    await polled.poll();
    expect(polled.cutoffOf('stale')).toBeUndefined();
    expect(polled.cutoffOf('fresh')).toBeDefined();
  });
});

describe.each(testBackends())('revocations on %s', (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
  });
  afterAll(() => db.close());

  const who = { actor: 'test-admin', requestId: null };

  it('are stored with a cutoff that never moves earlier, and polled as changed since the last poll', async () => {
    const first = await revocationsSince(db.prisma, null);
    const later = new Date(Date.now() - 1_000);
    const stored = await storeRevocation(db.prisma, who, {
      subject: 'frank',
      before: later,
      reason: 'lost phone',
    });
    expect(stored.revokedBefore.getTime()).toBe(later.getTime());
    const earlier = await storeRevocation(db.prisma, who, {
      subject: 'frank',
      before: new Date(later.getTime() - 3_600_000),
      reason: 'again',
    });
    expect(earlier.revokedBefore.getTime()).toBe(later.getTime());
    expect(earlier.reason).toBe('again');
    const polled = await revocationsSince(db.prisma, first.at);
    expect(polled.rows).toEqual([{ subject: 'frank', revokedBefore: later }]);
  });

  it('older than the max lifetime are purged, audited; one exactly at it is kept', async () => {
    const day = 86_400;
    const at = Math.floor(Date.now() / 1000);
    for (const [subject, second] of [
      ['purge-kept', at - day],
      ['purge-gone', at - day - 1],
      ['purge-recent', at],
    ] as const) {
      await storeRevocation(db.prisma, who, {
        subject,
        before: new Date(second * 1000 + 999),
        reason: 'test',
      });
    }
    const purged = await purgeRevocations(db.prisma, who, new Date(at * 1000 + 500), day);
    expect(purged).toEqual([{ subject: 'purge-gone', revokedBefore: new Date((at - day - 1) * 1000 + 999) }]);
    const left = await db.prisma.tokenRevocation.findMany({ where: { subject: { startsWith: 'purge-' } } });
    expect(left.map((row) => row.subject).sort()).toEqual(['purge-kept', 'purge-recent']);
    await auditSealer(db.prisma, db.auditKey).seal();
    const [entry, ...more] = await db.prisma.auditEntry.findMany({
      where: { action: 'token.revocation-purged' },
    });
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      actor: 'test-admin',
      targetType: 'TokenRevocation',
      targetId: 'purge-gone',
    });
    expect(entry?.before).toMatchObject({
      revokedBefore: new Date((at - day - 1) * 1000 + 999).toISOString(),
    });
    expect(await purgeRevocations(db.prisma, who, new Date(at * 1000 + 500), day)).toEqual([]);
  });

  it('reach a server through its poll (another process, or the CLI, wrote them) within the interval', async () => {
    // A second client on the same database stands for another process (PGlite: the same client, but
    // the row is written past this process's copy, as the CLI writes it).
    const other =
      backend === 'postgres'
        ? await openDatabase({ url: db.description, personalData: testPersonalData, auditKey: testAuditKey })
        : db;
    try {
      const yoga = createGonghuiYoga({ db: other, auth: await testAuth(), revocationPollMs: 100 });
      const token = await tokenIssued('grace', Math.floor(Date.now() / 1000) - 5);
      const ask = async () =>
        yoga.fetch('http://gonghui.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: token },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      expect((await ask()).status).toBe(200);
      const started = Date.now();
      await storeRevocation(db.prisma, who, {
        subject: 'grace',
        before: new Date(),
        reason: 'removed from office',
      });
      await eventually(async () => (await ask()).status === 401, 'the other server refuses the token', 5_000);
      const refused = await (await ask()).json();
      expect(refused.errors[0].message).toMatch(/^the token was revoked/);
      expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(Date.now() - started).toBeLessThan(5_000);
      // Its copy is the one the server polls.
      expect(other.revocations().cutoffOf('grace')).toBeDefined();
    } finally {
      if (other !== db) await other.close();
    }
  });

  it('cost a request no statement: the poll runs on its own, marked so tests can leave it out', async () => {
    const yoga = createGonghuiYoga({ db, auth: await testAuth(), revocationPollMs: 100 });
    const seen: string[] = [];
    const { observeStatements } = await import('../src/store/statements.js');
    const stop = observeStatements(db.prisma, (sql) => seen.push(sql));
    const token = await tokenIssued('heidi', Math.floor(Date.now() / 1000));
    const counter = countQueries(db.prisma);
    const statementsOf = async (authorization: string | null) => {
      counter.reset();
      const response = await yoga.fetch('http://gonghui.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
      return counter.statements();
    };
    await statementsOf(token); // its first request waits for the first load
    const anonymous = await statementsOf(null);
    const signedIn = await statementsOf(token);
    expect(signedIn).toEqual(anonymous);
    expect(signedIn.filter((sql) => sql.includes('TokenRevocation'))).toEqual([]);
    counter.stop();
    await eventually(() => seen.some((sql) => sql.startsWith(REVOCATION_POLL_MARK)), 'a poll ran', 5_000);
    stop();
  });
});
