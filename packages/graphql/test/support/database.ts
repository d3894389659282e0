// Databases for integration tests: a fresh, migrated, empty database per test file (or per
// describe block), on every backend the environment offers.
//
// Usage:
//
//   describe.each(testBackends())('organizations on %s', (backend) => {
//     let db: Database;
//     beforeAll(async () => { db = await createTestDatabase(backend); });
//     afterAll(() => db.close());
//     it('…', async () => { await db.prisma.organization.create(…); });
//   });
//
// PGlite: the migrations are applied once to an in-memory PGlite, dumped to a tarball
// (cached in the OS temp dir across processes, keyed by the migrations' checksums), and every
// test database is a new in-memory PGlite loaded from it (~0.7 s instead of ~5 s cold start).
// PostgreSQL (when TEST_DATABASE_URL or DATABASE_URL is a postgres:// URL): a template
// database `gonghui_template_<hash>` is migrated once, guarded by an advisory lock against
// parallel vitest workers; every test database is `CREATE DATABASE gonghui_test_<random>
// TEMPLATE …`, dropped on close.

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { AuditKey } from '../../src/store/audit-seal.js';
import { type Database, databaseFromPGlite, openDatabase } from '../../src/store/database.js';
import { migrate, pgliteConnection, readMigrations } from '../../src/store/migrate.js';
import { PersonalDataCipher } from '../../src/store/personal-data.js';
import { observeStatements } from '../../src/store/statements.js';
import { REVOCATION_POLL_MARK } from '../../src/store/token-revocation.js';

/** The data key of every test database (hex), so a test can open what another wrote. */
export const TEST_DATA_KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';

/** The personal-data cipher of every test database (under `TEST_DATA_KEY`). */
export const testPersonalData = new PersonalDataCipher(Buffer.from(TEST_DATA_KEY, 'hex'), 'test key');

/** The audit key of every test database (under `TEST_DATA_KEY`). */
export const testAuditKey = new AuditKey(Buffer.from(TEST_DATA_KEY, 'hex'), 'test key');

/** A database backend integration tests run on. */
export type TestBackend = 'pglite' | 'postgres';

/** The PostgreSQL server URL for tests, if the environment has one. */
export function testPostgresUrl(): string | undefined {
  for (const value of [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL]) {
    if (value !== undefined && /^postgres(ql)?:\/\//.test(value)) return value;
  }
  return undefined;
}

/** Backends to run integration tests on: always 'pglite', plus 'postgres' when TEST_DATABASE_URL (or DATABASE_URL) is set. */
export function testBackends(): TestBackend[] {
  return testPostgresUrl() === undefined ? ['pglite'] : ['pglite', 'postgres'];
}

/** A fresh, migrated, empty database on `backend`; close() discards it. */
export async function createTestDatabase(backend: TestBackend): Promise<Database> {
  if (backend === 'pglite') return createPGliteTestDatabase();
  return createPostgresTestDatabase();
}

/** Hash of the migrations (names and checksums): a template is valid while this is unchanged. */
async function migrationsHash(): Promise<string> {
  const migrations = await readMigrations();
  const hash = createHash('sha256');
  for (const migration of migrations) hash.update(`${migration.name}:${migration.checksum}\n`);
  return hash.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------- PGlite

let pgliteTemplate: Promise<Blob> | undefined;

/** The migrated template as a tarball: from the temp-dir cache, or built and cached. */
function pgliteTemplateDump(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const dir = join(tmpdir(), 'gonghui-test');
    // The PGlite build is part of the key: another version may not read this data directory.
    const wasm = createRequire(import.meta.url).resolve('@electric-sql/pglite/pglite.wasm');
    const build = (await stat(wasm)).size.toString(36);
    const file = join(dir, `pglite-template-${build}-${await migrationsHash()}.tar`);
    try {
      return new Blob([await readFile(file)]);
    } catch {
      // not cached yet
    }
    const db = await PGlite.create('memory://');
    try {
      await migrate(pgliteConnection(db));
      const dump = await db.dumpDataDir('none');
      await mkdir(dir, { recursive: true });
      const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
      await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
      await rename(partial, file); // atomic: parallel workers never read a half-written file
      return dump;
    } finally {
      await db.close();
    }
  })();
  pgliteTemplate.catch(() => {
    pgliteTemplate = undefined;
  });
  return pgliteTemplate;
}

/** A new in-memory PGlite holding the migrated template (for tests of the raw driver); the caller closes it. */
export async function createTestPGlite(): Promise<PGlite> {
  return PGlite.create({ loadDataDir: await pgliteTemplateDump() });
}

async function createPGliteTestDatabase(): Promise<Database> {
  return databaseFromPGlite(await createTestPGlite(), 'memory:// (test)', {
    migrate: false,
    personalData: testPersonalData,
    auditKey: testAuditKey,
  });
}

// ---------------------------------------------------------------- PostgreSQL

/** Advisory-lock key guarding the creation of the template database. */
const TEMPLATE_LOCK_KEY = '7235104629518873601';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function ensurePostgresTemplate(admin: pg.Client, url: string): Promise<string> {
  const template = `gonghui_template_${await migrationsHash()}`;
  await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount === 0) {
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      const db = await openDatabase({
        url: withDatabase(url, building),
        personalData: testPersonalData,
        auditKey: testAuditKey,
      });
      await db.close();
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
  }
  return template;
}

/** A new empty database cloned from the migrated template on the test server; drop() removes it. */
export async function createTestPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = testPostgresUrl();
  if (url === undefined) throw new Error('createTestPostgresDatabase needs TEST_DATABASE_URL=postgres://…');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const template = await ensurePostgresTemplate(admin, url);
    const name = `gonghui_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    return {
      url: withDatabase(url, name),
      async drop() {
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}

async function createPostgresTestDatabase(): Promise<Database> {
  const target = await createTestPostgresDatabase();
  const db = await openDatabase({
    url: target.url,
    migrate: false,
    personalData: testPersonalData,
    auditKey: testAuditKey,
  });
  let closing: Promise<void> | undefined;
  return {
    ...db,
    close() {
      closing ??= (async () => {
        try {
          await db.close();
        } finally {
          await target.drop();
        }
      })();
      return closing;
    },
  };
}

// ---------------------------------------------------------------- counting statements

const TRANSACTION_CONTROL = /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

/** Counts SQL statements a client sends. */
export interface QueryCounter<Client> {
  /** The client to run the code under test with (the same client: counting happens in its driver adapter). */
  readonly client: Client;
  /** Statements sent since creation or the last reset(). */
  count(): number;
  /** The SQL of those statements, for a helpful assertion message. */
  statements(): string[];
  reset(): void;
  /** Stops counting. */
  stop(): void;
}

/**
 * Counts the SQL statements `prisma` sends to the database, at the driver-adapter level (each
 * queryRaw/executeRaw, inside transactions too; BEGIN/COMMIT/ROLLBACK/SAVEPOINT are not counted), so a Prisma
 * operation that needs two SELECTs counts 2. `prisma` must come from openDatabase /
 * createTestDatabase. Counts everything that client sends while active, not just calls made
 * through `client`.
 */
export function countQueries<Client extends object>(prisma: Client): QueryCounter<Client> {
  let seen: string[] = [];
  const stop = observeStatements(prisma, (sql) => {
    // adapter-pg sends BEGIN/COMMIT as statements, PGlite does not: leave them out on both. A server's
    // poll of the token revocations (once a second, of no request) is left out too.
    if (!TRANSACTION_CONTROL.test(sql) && !sql.startsWith(REVOCATION_POLL_MARK)) seen.push(sql);
  });
  return {
    client: prisma,
    count: () => seen.length,
    statements: () => [...seen],
    reset() {
      seen = [];
    },
    stop,
  };
}
