// The migration runner: applies prisma/migrations/<timestamp>_<name>/migration.sql in name order,
// each in its own transaction, and records it in "_gonghui_migrations" (name, sha256 checksum,
// applied_at). Prisma's own `migrate deploy` needs a schema-engine binary, which is not available
// offline, so the SQL runs through the raw driver (pg client or PGlite), which both accept
// multi-statement scripts.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/** Directory of the SQL migrations shipped with this package. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations/', import.meta.url));

/** Name of the table that records applied migrations. */
export const MIGRATIONS_TABLE = '_gonghui_migrations';

/** Key of the session-level advisory lock serializing runners on PostgreSQL ("gonghui" in ASCII). */
export const MIGRATION_LOCK_KEY = 0x676f6e6768756900n;

/** One migration file. */
export interface Migration {
  /** Folder name, e.g. `20261129000000_organizations`. */
  name: string;
  sql: string;
  /** sha256 (hex) of the SQL with line endings normalized to \n. */
  checksum: string;
}

/** A connection the runner can talk to: one session, so advisory locks and BEGIN/COMMIT hold. */
export interface MigrationConnection {
  readonly kind: 'pglite' | 'postgres';
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one statement with parameters and returns its rows. */
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** What a run did. */
export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

/** Options of `migrate`. */
export interface MigrateOptions {
  /** Migrations to apply; defaults to the files in MIGRATIONS_DIR. */
  migrations?: Migration[];
  log?: (line: string) => void;
}

/** A migration that failed to apply, or a recorded one that no longer matches its file. */
export class MigrationError extends Error {
  /** Names the migration in the message. */
  constructor(
    readonly migration: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** sha256 of a migration's SQL, with CRLF normalized so a Windows checkout has the same checksum. */
export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** Reads `<dir>/<name>/migration.sql` for every folder, sorted by name. */
export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

/** Wraps a pg client (one session; not a pool) for the runner. */
export function pgConnection(client: pg.ClientBase): MigrationConnection {
  return {
    kind: 'postgres',
    async exec(sql) {
      await client.query(sql);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as Row[];
    },
  };
}

/** Wraps a PGlite instance for the runner. */
export function pgliteConnection(db: PGlite): MigrationConnection {
  return {
    kind: 'pglite',
    async exec(sql) {
      await db.exec(sql);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await db.query<Row>(sql, params)).rows;
    },
  };
}

interface AppliedRow {
  name: string;
  checksum: string;
}

async function migrationsTableExists(conn: MigrationConnection): Promise<boolean> {
  const [table] = await conn.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS "exists"', [
    `"${MIGRATIONS_TABLE}"`,
  ]);
  return table?.exists === true;
}

async function appliedMigrations(conn: MigrationConnection): Promise<Map<string, string>> {
  const rows = await conn.query<AppliedRow>(`SELECT "name", "checksum" FROM "${MIGRATIONS_TABLE}"`);
  return new Map(rows.map((row) => [row.name, row.checksum]));
}

/**
 * The migrations not applied yet. Throws MigrationError when the database has a migration this
 * version does not know, or one whose file changed since it was applied.
 */
function pendingMigrations(applied: Map<string, string>, migrations: Migration[]): Migration[] {
  const known = new Set(migrations.map((migration) => migration.name));
  for (const name of applied.keys()) {
    if (!known.has(name)) {
      throw new MigrationError(
        name,
        `Migration ${name} is applied in the database but missing from the migrations folder: ` +
          'the database is newer than this version of gonghui.',
      );
    }
  }
  return migrations.filter((migration) => {
    const recorded = applied.get(migration.name);
    if (recorded === undefined) return true;
    if (recorded !== migration.checksum) {
      throw new MigrationError(
        migration.name,
        `Migration ${migration.name} was changed after it was applied (checksum ${recorded.slice(0, 12)}… in ` +
          `the database, ${migration.checksum.slice(0, 12)}… on disk). Never edit an applied migration: ` +
          'restore it and add a new one.',
      );
    }
    return false;
  });
}

/**
 * Checks, without changing anything, that every migration is applied: what a server run by an
 * application role that may not change the schema does instead of migrating. Throws
 * MigrationError naming the first pending migration (run `gonghui migrate` as the owner).
 */
export async function assertMigrated(conn: MigrationConnection, options: MigrateOptions = {}): Promise<void> {
  const migrations = options.migrations ?? (await readMigrations());
  const pending = (await migrationsTableExists(conn))
    ? pendingMigrations(await appliedMigrations(conn), migrations)
    : migrations;
  const first = pending[0];
  if (first !== undefined) {
    throw new MigrationError(
      first.name,
      `the database lacks ${pending.length} migration(s), the first is ${first.name}: run 'gonghui migrate' ` +
        'as the role that owns the tables, then start the server again',
    );
  }
}

/**
 * Applies pending migrations in name order, each in a transaction together with its record.
 * Throws MigrationError when an applied migration's file changed or is missing, or when a
 * migration fails (that migration is rolled back; earlier ones stay applied).
 * On PostgreSQL a session advisory lock serializes concurrent runners; PGlite is
 * single-process (see lock.ts).
 */
export async function migrate(
  conn: MigrationConnection,
  options: MigrateOptions = {},
): Promise<MigrationResult> {
  const migrations = options.migrations ?? (await readMigrations());
  const log = options.log ?? (() => {});
  if (conn.kind === 'postgres')
    await conn.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
  try {
    // Created only when missing, so an up-to-date database asks for no privilege beyond reading it
    // (an application role that owns nothing can run this as a no-op).
    if (!(await migrationsTableExists(conn))) {
      await conn.exec(
        `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (
        "name" TEXT NOT NULL PRIMARY KEY,
        "checksum" TEXT NOT NULL,
        "applied_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
      )`,
      );
    }
    const applied = await appliedMigrations(conn);
    const result: MigrationResult = { applied: [], alreadyApplied: [] };
    const pending = new Set(pendingMigrations(applied, migrations).map((m) => m.name));
    for (const migration of migrations) {
      if (!pending.has(migration.name)) {
        result.alreadyApplied.push(migration.name);
        continue;
      }
      await conn.exec('BEGIN');
      try {
        await conn.exec(migration.sql);
        await conn.query(`INSERT INTO "${MIGRATIONS_TABLE}" ("name", "checksum") VALUES ($1, $2)`, [
          migration.name,
          migration.checksum,
        ]);
        await conn.exec('COMMIT');
      } catch (error) {
        await conn.exec('ROLLBACK').catch(() => undefined);
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(
          migration.name,
          `Migration ${migration.name} failed and was rolled back: ${reason}`,
          {
            cause: error,
          },
        );
      }
      log(`applied migration ${migration.name}`);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    if (conn.kind === 'postgres') {
      await conn
        .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()])
        .catch(() => undefined);
    }
  }
}
