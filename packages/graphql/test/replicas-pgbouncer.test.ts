// Read replicas behind PgBouncer: a primary and a streaming replica (apt's PostgreSQL,
// `pg_basebackup -R`) with one PgBouncer in transaction mode in front of both (database names
// `primary` and `replica`), the server connected only through it. Queries go to the replica and
// writes to the primary (counted by PgBouncer's own SHOW STATS), the writer reads their write at
// once, concurrent writers and readers fit PgBouncer's few server connections, and with the replica
// stopped behind PgBouncer the reads fall back to the primary.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import { verifyAuditChain } from '../src/store/audit.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { testAuth } from './support/auth.js';
import { dataOf } from './support/servers.js';
import {
  eventually,
  CLUSTER_KEYS as keys,
  PGBOUNCER,
  postgresBin,
  type TestBouncer,
  type TestCluster,
  type TestPostgres,
  testPostgres,
} from './support/services.js';

const BIN = await postgresBin();
// .ci/run installs PostgreSQL and pgbouncer, so only a machine without them skips, saying why.
if (BIN === undefined || PGBOUNCER === undefined) {
  console.warn(
    'replicas-behind-PgBouncer test skipped: needs /usr/lib/postgresql/<version>/bin and pgbouncer',
  );
}

/** The read-your-writes window of the test's server (ms). */
const WINDOW_MS = 1_500;
/** PgBouncer's server connections per database. */
const POOL = 3;

describe.skipIf(BIN === undefined || PGBOUNCER === undefined)('read replicas behind PgBouncer', () => {
  let servers: TestPostgres;
  let replica: TestCluster;
  let bouncer: TestBouncer;
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;

  beforeAll(async () => {
    // The role's statement_timeout (set before the replica is made) reaches the replica by replication.
    servers = await testPostgres(BIN as string, 'gonghui-replicas-pgbouncer-', {
      replica: true,
      bouncer: { pool: POOL, statementTimeout: '5s' },
    });
    replica = servers.replica as TestCluster;
    bouncer = servers.bouncer as TestBouncer;
    db = await openDatabase({
      url: bouncer.url('primary'),
      readUrls: [bouncer.url('replica')],
      maxReplicaLagMs: WINDOW_MS,
      migrate: 'verify',
      ...keys,
    });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), readYourWritesMs: WINDOW_MS, production: true });
  }, 120_000);

  afterAll(async () => {
    await db?.close().catch(() => undefined);
    await servers?.stop();
  });

  /** Queries PgBouncer's admin console (`SHOW STATS`): the statements it sent per database. */
  const bouncerQueries = async (): Promise<Record<string, number>> => {
    const console = new pg.Client({ connectionString: bouncer.url('pgbouncer') });
    await console.connect();
    try {
      // The admin console speaks only the simple query protocol.
      const { rows } = await console.query({ text: 'SHOW STATS', queryMode: 'simple' } as pg.QueryConfig);
      return Object.fromEntries(rows.map((row) => [row.database, Number(row.total_query_count)]));
    } finally {
      await console.end();
    }
  };
  const ask = (query: string, variables: object, admin: boolean) => dataOf(yoga, query, variables, admin);
  const CREATE = `mutation($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { organization { id } errors { code } } }`;
  const NAMED = `query($name: String!) { organizations(filter: { nameContains: $name }) { nodes { id name } } }`;
  const found = async (name: string, admin: boolean) =>
    (await ask(NAMED, { name }, admin)).organizations.nodes.length as number;
  const create = async (name: string, parentId?: string) => {
    const input = parentId
      ? { name, kind: 'GRASSROOTS_UNION', level: 'GRASSROOTS', parentId }
      : { name, kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'PROVINCIAL' };
    const answer = (await ask(CREATE, { input }, true)).createOrganization;
    expect(answer.errors).toEqual([]);
    return answer.organization.id as string;
  };

  it('reads pass PgBouncer to the replica, writes to the primary; the writer reads their own write at once', async () => {
    await eventually(() => db.replicas?.state[0]?.healthy === true, 'the replica serving through PgBouncer');
    let before = await bouncerQueries();
    await found('省总工会', false);
    let after = await bouncerQueries();
    expect(after.replica).toBeGreaterThan(before.replica ?? 0);

    before = after;
    const counts = { ...db.replicas?.counts };
    await create('池化读写测试省总工会');
    after = await bouncerQueries();
    expect(after.primary).toBeGreaterThan(before.primary ?? 0);
    expect(db.replicas?.counts).toEqual(counts); // nothing of the mutation on the read client
    // The writer's next query reads the primary, through PgBouncer.
    expect(await found('池化读写测试', true)).toBe(1);
    expect(db.replicas?.counts).toEqual(counts);
    // Others read the replica, where the write arrives by streaming replication.
    await eventually(
      async () => (await found('池化读写测试', false)) === 1,
      'the write replayed on the replica',
    );
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 100));
    const replicaBefore = db.replicas?.counts.replica ?? 0;
    expect(await found('池化读写测试', true)).toBe(1);
    expect(db.replicas?.counts.replica).toBeGreaterThan(replicaBefore);
  });

  it('concurrent writers and readers over three server connections per database: every write once, the chain verifies', async () => {
    const province = await create('池化并发测试省总工会');
    const SUBTREE = `query($id: ID!) { node(id: $id) { ... on Organization { subtree(first: 50) { totalCount } } } }`;
    let writing = true;
    let reads = 0;
    const reader = async () => {
      while (writing) {
        await ask(SUBTREE, { id: province }, false);
        reads++;
      }
    };
    const readers = [reader(), reader(), reader()];
    await Promise.all(Array.from({ length: 8 }, (_, w) => create(`池化并发${w}公司工会`, province)));
    writing = false;
    await Promise.all(readers);
    expect(reads).toBeGreaterThan(0);
    const direct = await openDatabase({ url: servers.primary.url(), migrate: false, ...keys });
    try {
      expect(
        await direct.prisma.organizationLink.count({
          where: {
            ancestorId: (
              await direct.prisma.organization.findFirstOrThrow({ where: { name: '池化并发测试省总工会' } })
            ).id,
            distance: 1,
          },
        }),
      ).toBe(8);
      expect(await verifyAuditChain(direct.prisma, keys.auditKey)).toMatchObject({ ok: true });
    } finally {
      await direct.close();
    }
  });

  it('with the replica stopped behind PgBouncer, reads fall back to the primary without an error', async () => {
    await replica.stop('fast');
    const before = { ...(db.replicas?.counts ?? { primary: 0, replica: 0 }) };
    expect(await found('池化读写测试', false)).toBe(1); // not REQUEST_TIMEOUT: the wait was given up
    expect(db.replicas?.counts.primary).toBeGreaterThan(before.primary);
    await eventually(
      () => db.replicas?.state[0]?.healthy === false,
      'the check left the replica out',
      30_000,
    );
    expect(await found('池化读写测试', false)).toBe(1);

    await replica.start();
    await eventually(() => db.replicas?.state[0]?.healthy === true, 'the replica serving again', 30_000);
    const replicaBefore = db.replicas?.counts.replica ?? 0;
    expect(await found('池化读写测试', false)).toBe(1);
    expect(db.replicas?.counts.replica).toBeGreaterThan(replicaBefore);
  }, 120_000);
});
