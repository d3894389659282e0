// Reads from a streaming replica: a primary and a replica of the test's own (apt's PostgreSQL,
// `pg_basebackup -R`, free loopback ports). Queries are served by the replica, mutations by the
// primary, a viewer who just wrote reads the primary for the read-your-writes window, and with the
// replica stopped reads fall back to the primary without an error.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { testAuth } from './support/auth.js';
import { testAuditKey, testPersonalData } from './support/database.js';
import { dataOf } from './support/servers.js';
import {
  eventually,
  postgresBin,
  type TestCluster,
  type TestPostgres,
  testPostgres,
} from './support/services.js';

const BIN = await postgresBin();
// .ci/run installs PostgreSQL, so only a machine without it skips, saying why.
if (BIN === undefined) console.warn('read-replica test skipped: no /usr/lib/postgresql/<version>/bin');

/** The read-your-writes window of the test's server (ms). */
const WINDOW_MS = 1_500;

describe.skipIf(BIN === undefined)('read replicas', () => {
  let servers: TestPostgres;
  let primary: TestCluster;
  let replica: TestCluster;
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  const logged: string[] = [];

  beforeAll(async () => {
    servers = await testPostgres(BIN as string, 'gonghui-replicas-', { replica: true });
    primary = servers.primary;
    replica = servers.replica as TestCluster;
    db = await openDatabase({
      url: primary.url(),
      readUrls: [replica.url()],
      maxReplicaLagMs: WINDOW_MS,
      personalData: testPersonalData,
      auditKey: testAuditKey,
      log: (line) => logged.push(line),
    });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), readYourWritesMs: WINDOW_MS });
  }, 90_000);

  afterAll(async () => {
    await db?.close().catch(() => undefined);
    await servers?.stop();
  });

  const ask = (query: string, variables: object, admin: boolean) => dataOf(yoga, query, variables, admin);
  const CREATE = `mutation($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { organization { id name } errors { code } } }`;
  const NAMED = `query($name: String!) { organizations(filter: { nameContains: $name }) { nodes { id name } } }`;
  const found = async (name: string, admin: boolean) =>
    ((await ask(NAMED, { name }, admin)).organizations as { nodes: unknown[] }).nodes.length;
  const counts = () => ({ ...(db.replicas?.counts ?? { replica: NaN, primary: NaN }) });

  it('serves queries from the replica and writes on the primary; the writer reads their own write at once', async () => {
    expect(db.replicas?.state).toEqual([expect.objectContaining({ healthy: true })]);
    // An anonymous directory read: the replica.
    let before = counts();
    await found('省总工会', false);
    expect(counts().replica).toBeGreaterThan(before.replica);
    expect(counts().primary).toBe(before.primary);
    // The read client's connections are on the replica, and named so there.
    const onReplica = new pg.Client({ connectionString: replica.url() });
    await onReplica.connect();
    try {
      const { rows } = await onReplica.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'gonghui read'",
      );
      expect(rows[0].n).toBeGreaterThan(0);
      expect((await onReplica.query('SELECT pg_is_in_recovery() AS r')).rows[0].r).toBe(true);
    } finally {
      await onReplica.end();
    }

    // A mutation runs on the primary (the replica would refuse it: read-only) and none of it on the read client.
    before = counts();
    const input = { name: '读写分离测试省总工会', kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'PROVINCIAL' };
    const created = (await ask(CREATE, { input }, true)).createOrganization as { errors: unknown[] };
    expect(created.errors).toEqual([]);
    expect(counts()).toEqual(before);
    // The writer's next query reads the primary: their write is there, the read client untouched.
    expect(await found('读写分离测试', true)).toBe(1);
    expect(counts()).toEqual(before);
    // Others read the replica, where the write arrives by streaming replication.
    await eventually(
      async () => (await found('读写分离测试', false)) === 1,
      'the write replayed on the replica',
    );
    expect(counts().replica).toBeGreaterThan(before.replica);
    // After the window the writer reads the replica too.
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 100));
    before = counts();
    expect(await found('读写分离测试', true)).toBe(1);
    expect(counts().replica).toBeGreaterThan(before.replica);
  });

  it('with the replica stopped, reads fall back to the primary without an error, and return to it when it is back', async () => {
    await replica.stop('fast');
    let before = counts();
    expect(await found('读写分离测试', false)).toBe(1); // the dead connection is noticed, the read retried on the primary
    expect(counts().primary).toBeGreaterThan(before.primary);
    expect(db.replicas?.state).toEqual([expect.objectContaining({ healthy: false })]);
    expect(logged.some((line) => /left out of reads \(unreachable\)/.test(line))).toBe(true);
    before = counts();
    expect(await found('读写分离测试', false)).toBe(1);
    expect(counts().replica).toBe(before.replica);

    await replica.start();
    await eventually(() => db.replicas?.state[0]?.healthy === true, 'the replica serving again', 15_000);
    before = counts();
    expect(await found('读写分离测试', false)).toBe(1);
    expect(counts().replica).toBeGreaterThan(before.replica);
  });
});
