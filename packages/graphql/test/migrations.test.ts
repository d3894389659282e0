import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checksumOf,
  MIGRATIONS_TABLE,
  type Migration,
  MigrationError,
  migrate,
  pgConnection,
  pgliteConnection,
  readMigrations,
} from '../src/store/migrate.js';
import {
  createTestPGlite,
  createTestPostgresDatabase,
  testBackends,
  testPostgresUrl,
} from './support/database.js';
import { actualShape, type DatabaseShape, expectedShape, readDatamodel } from './support/schema.js';

function extra(name: string, sql: string): Migration {
  return { name, sql, checksum: checksumOf(sql) };
}

describe('migration files', () => {
  it('are named <14-digit timestamp>_<name> and sorted', async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    for (const migration of migrations) expect(migration.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });
});

/** A fresh database on each backend, with a raw connection for the runner and pg_catalog queries. */
interface Raw {
  conn: ReturnType<typeof pgConnection>;
  query: <Row>(sql: string) => Promise<Row[]>;
  close(): Promise<void>;
}

async function emptyDatabase(backend: 'pglite' | 'postgres'): Promise<Raw> {
  if (backend === 'pglite') {
    const db = await PGlite.create('memory://');
    return {
      conn: pgliteConnection(db),
      query: async <Row>(sql: string) => (await db.query<Row>(sql)).rows,
      close: () => db.close(),
    };
  }
  const url = testPostgresUrl() ?? '';
  const name = `gonghui_empty_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  return {
    conn: pgConnection(client),
    query: async <Row>(sql: string) => (await client.query(sql)).rows as Row[],
    async close() {
      await client.end();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

describe.each(testBackends())('migrations on %s', (backend) => {
  let expected: DatabaseShape;
  let raw: Raw;
  let firstRun: Awaited<ReturnType<typeof migrate>>;
  beforeAll(async () => {
    [expected, raw] = await Promise.all([readDatamodel().then(expectedShape), emptyDatabase(backend)]);
    firstRun = await migrate(raw.conn);
  });
  afterAll(() => raw?.close());

  it('apply all migrations to an empty database, and a second run applies nothing', async () => {
    const all = (await readMigrations()).map((migration) => migration.name);
    expect(firstRun).toEqual({ applied: all, alreadyApplied: [] });
    expect(await migrate(raw.conn)).toEqual({ applied: [], alreadyApplied: all });
    const recorded = await raw.query<{ name: string }>(
      `SELECT name FROM "${MIGRATIONS_TABLE}" ORDER BY name`,
    );
    expect(recorded.map((row) => row.name)).toEqual(all);
  });

  it('produce exactly what the Prisma schema declares (drift)', async () => {
    // The comparison covers indexes and foreign keys with Prisma's names and actions, e.g.:
    expect(expected.indexes.Organization_creditCode_key).toBe('Organization(creditCode) unique');
    expect(expected.foreignKeys.Organization_parentId_fkey).toBe(
      'Organization(parentId) → Organization(id) ON DELETE SET NULL ON UPDATE CASCADE',
    );
    const actual = await actualShape(raw.query);
    expect(actual).toEqual(expected);
  });
});

describe.each(testBackends())('the migration runner on %s', (backend) => {
  let conn: ReturnType<typeof pgConnection>;
  let query: <Row>(sql: string, params?: unknown[]) => Promise<Row[]>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // A migrated database (the real migrations applied), to add test migrations on top.
    if (backend === 'pglite') {
      const db = await createTestPGlite();
      conn = pgliteConnection(db);
      query = async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows;
      close = () => db.close();
    } else {
      const target = await createTestPostgresDatabase();
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      conn = pgConnection(client);
      query = async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[];
      close = async () => {
        await client.end();
        await target.drop();
      };
    }
  });
  afterAll(() => close?.());

  it('detects a changed applied migration and names it', async () => {
    const real = await readMigrations();
    const first = real[0];
    if (!first) throw new Error('no migrations');
    const edited = {
      ...first,
      sql: `${first.sql}\n-- edited`,
      checksum: checksumOf(`${first.sql}\n-- edited`),
    };
    const error = await migrate(conn, { migrations: [edited, ...real.slice(1)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe(first.name);
    expect((error as Error).message).toContain(`Migration ${first.name} was changed after it was applied`);
  });

  it('refuses a database that has a migration unknown to this version', async () => {
    const error = await migrate(conn, { migrations: [] }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/missing from the migrations folder/);
  });

  it('rolls a failing migration back completely, keeping the earlier ones', async () => {
    const real = await readMigrations();
    const good = extra('29990101000000_good', 'CREATE TABLE "RunnerGood" (id INTEGER PRIMARY KEY);');
    const bad = extra(
      '29990101000001_bad',
      'CREATE TABLE "RunnerBad" (id INTEGER PRIMARY KEY);\nINSERT INTO "RunnerBad" VALUES (1);\nSELECT 1 / 0;',
    );
    const error = await migrate(conn, { migrations: [...real, good, bad] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe(bad.name);
    expect((error as Error).message).toMatch(/failed and was rolled back: division by zero/);
    const tables = await query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE tablename IN ('RunnerGood', 'RunnerBad')`,
    );
    expect(tables.map((row) => row.name)).toEqual(['RunnerGood']);
    const recorded = await query<{ name: string }>(
      `SELECT name FROM "${MIGRATIONS_TABLE}" WHERE name LIKE '2999%'`,
    );
    expect(recorded.map((row) => row.name)).toEqual([good.name]);
    // Fixed, it applies; the good one is not applied again.
    const fixed = extra(bad.name, 'CREATE TABLE "RunnerBad" (id INTEGER PRIMARY KEY);');
    expect((await migrate(conn, { migrations: [...real, good, fixed] })).applied).toEqual([bad.name]);
  });
});

describe.skipIf(testPostgresUrl() === undefined)('concurrent runners on postgres', () => {
  it('apply each migration once', async () => {
    const target = await createTestPostgresDatabase();
    const clients = [0, 1, 2].map(() => new pg.Client({ connectionString: target.url }));
    try {
      await Promise.all(clients.map((client) => client.connect()));
      const real = await readMigrations();
      // Slow, non-idempotent migrations: without the advisory lock, the second runner would fail
      // on "relation already exists" or record a migration twice.
      const slow = [1, 2, 3].map((i) =>
        extra(
          `2999010100000${i}_slow`,
          `CREATE TABLE "Slow${i}" (id INTEGER PRIMARY KEY);\nSELECT pg_sleep(0.2);`,
        ),
      );
      const results = await Promise.all(
        clients.map((client) => migrate(pgConnection(client), { migrations: [...real, ...slow] })),
      );
      const applied = results.flatMap((result) => result.applied).sort();
      expect(applied).toEqual(slow.map((migration) => migration.name));
      const first = clients[0];
      if (!first) throw new Error('no client');
      const rows = await first.query(`SELECT name FROM "${MIGRATIONS_TABLE}" WHERE name LIKE '2999%'`);
      expect(rows.rowCount).toBe(3);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
      await target.drop();
    }
  });
});
