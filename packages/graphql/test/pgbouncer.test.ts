// The server through PgBouncer in transaction mode (apt's pgbouncer and PostgreSQL, started by the
// test on free ports): concurrent writes and reads of more clients than PgBouncer has server
// connections, members registered under the per-viewer advisory lock (transaction-level), and the
// audit chain intact; migrations on a direct connection (their advisory lock is session-level);
// statement_timeout from the role, since PgBouncer drops the startup parameter.
import { idCheckCharacter } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import { verifyAuditChain } from '../src/store/audit.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import {
  CLUSTER_KEYS as keys,
  PGBOUNCER,
  postgresBin,
  type TestBouncer,
  type TestPostgres,
  testPostgres,
} from './support/services.js';

const BIN = await postgresBin();
// .ci/run installs PostgreSQL and pgbouncer, so only a machine without them skips, saying why.
if (BIN === undefined || PGBOUNCER === undefined) {
  console.warn('PgBouncer test skipped: needs /usr/lib/postgresql/<version>/bin and pgbouncer (apt)');
}

/** Clients writing at once, each over its own server (two yoga instances), through PgBouncer's 4 server connections. */
const WRITERS = 8;
const WRITES_PER_WRITER = 4;

describe.skipIf(BIN === undefined || PGBOUNCER === undefined)('through PgBouncer (transaction mode)', () => {
  let cluster: TestPostgres;
  let bouncer: TestBouncer;
  let db: Database;

  beforeAll(async () => {
    cluster = await testPostgres(BIN as string, 'gonghui-pgbouncer-', {
      bouncer: { pool: 4, statementTimeout: '3s' },
    });
    bouncer = cluster.bouncer as TestBouncer;
    db = await openDatabase({ url: bouncer.url('postgres'), migrate: 'verify', ...keys });
  }, 90_000);

  afterAll(async () => {
    await db?.close().catch(() => undefined);
    await cluster?.stop();
  });

  it('concurrent writes and reads over fewer server connections: every write done once, the audit chain verifies', async () => {
    const servers = [0, 1].map(async () =>
      createGonghuiYoga({ db, auth: await testAuth(), production: true }),
    );
    const [a, b] = await Promise.all(servers);
    const admin = await adminBearer();
    // A viewer of their own per writer: one viewer's registrations queue behind that viewer's lock
    // (past the statement timeout on a busy machine), and the test is about the pool, not that lock.
    const writers = await Promise.all(
      Array.from({ length: WRITERS }, (_, w) => bearer([{ role: 'SYSTEM_ADMIN' }], `pool-writer-${w}`)),
    );
    const post = async (server: typeof a, query: string, variables: object, authorization = admin) => {
      const response = await server?.fetch('http://gonghui.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response?.json()) as { data?: any; errors?: unknown };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data;
    };
    const CREATE = `mutation($input: CreateOrganizationInput!) {
      createOrganization(input: $input) { organization { id } errors { code } } }`;
    const REGISTER = `mutation($input: RegisterMemberInput!) {
      registerMember(input: $input) { member { id } errors { code } } }`;
    const SUBTREE = `query($id: ID!) { node(id: $id) { ... on Organization {
      subtree(first: 50) { totalCount edges { node { name parent { name } } } } } } }`;
    const created = async (server: typeof a, input: object): Promise<string> => {
      const answer = (await post(server, CREATE, { input })).createOrganization;
      expect(answer.errors).toEqual([]);
      return answer.organization.id;
    };
    const fed = { kind: 'FEDERATION_OF_TRADE_UNIONS' };
    const province = await created(a, { ...fed, name: '池化测试省总工会', level: 'PROVINCIAL' });
    const unions = await Promise.all(
      Array.from({ length: WRITERS }, (_, w) =>
        created(w % 2 ? a : b, {
          name: `池化测试${w}公司工会`,
          kind: 'GRASSROOTS_UNION',
          level: 'GRASSROOTS',
          parentId: province,
        }),
      ),
    );
    let reads = 0;
    let writing = true;
    const reader = async (server: typeof a) => {
      while (writing) {
        const page = (await post(server, SUBTREE, { id: province })).node.subtree;
        expect(page.totalCount).toBeGreaterThanOrEqual(WRITERS); // the unions, and the townships so far
        reads++;
      }
    };
    const writer = async (w: number) => {
      const server = w % 2 ? b : a; // each union's writes alternate servers with its neighbours'
      for (let i = 0; i < WRITES_PER_WRITER; i++) {
        if (i % 2 === 0) {
          await created(server, {
            ...fed,
            name: `池化${w}-${i}镇总工会`,
            level: 'TOWNSHIP',
            parentId: province,
          });
        } else {
          const first17 = `330203198002${String(w + 1).padStart(2, '0')}${String(i).padStart(3, '0')}`;
          const input = {
            organizationId: unions[w],
            name: `池化会员${w}-${i}`,
            idNumber: first17 + idCheckCharacter(first17),
            joinedOn: '2020-01-01',
          };
          const registered = await post(server, REGISTER, { input }, writers[w]);
          expect(registered.registerMember.errors).toEqual([]);
        }
      }
    };
    const readers = [reader(a), reader(b)];
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    writing = false;
    await Promise.all(readers);
    expect(reads).toBeGreaterThan(0);

    const direct = await openDatabase({ url: cluster.primary.url(), migrate: false, ...keys });
    try {
      expect(await direct.prisma.organization.count()).toBe(1 + WRITERS + (WRITERS * WRITES_PER_WRITER) / 2);
      expect(await direct.prisma.member.count()).toBe((WRITERS * WRITES_PER_WRITER) / 2);
      expect(await verifyAuditChain(direct.prisma, keys.auditKey)).toMatchObject({ ok: true });
      // PgBouncer multiplexed the clients' connections onto at most its 4 server connections.
      const backends = await direct.prisma.$queryRawUnsafe<{ n: number }[]>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()",
      );
      expect(backends[0]?.n).toBeLessThanOrEqual(4);
    } finally {
      await direct.close();
    }
  });

  it('a statement past the role statement_timeout is cancelled through PgBouncer', async () => {
    await expect(db.prisma.$queryRawUnsafe('SELECT pg_sleep(6)')).rejects.toThrow(/statement timeout/);
  });
});
