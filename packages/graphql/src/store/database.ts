// Opening the gonghui database: PGlite (embedded WASM PostgreSQL) in a data directory by default,
// or a PostgreSQL server when a postgres:// URL is given. Same migrations, same Prisma client.

import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { type RevocationOptions, TokenRevocations } from '../auth/revocation.js';
import { nonEmpty, resolveDataDir } from '../data-dir.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { auditSealer } from './audit.js';
import { AuditKey } from './audit-seal.js';
import { type DataDirLock, lockDataDir } from './lock.js';
import { backfillMemberSearch } from './member.js';
import {
  assertMigrated,
  type MigrationConnection,
  migrate,
  pgConnection,
  pgliteConnection,
} from './migrate.js';
import {
  DATA_KEY_BYTES,
  type DataKey,
  loadDataKey,
  PersonalDataCipher,
  parseDataKey,
} from './personal-data.js';
import { ReadReplicas } from './replicas.js';
import { grantApplicationRole } from './roles.js';
import { observedAdapter, registerObservers, registerPrimaryPool, StatementObservers } from './statements.js';
import { revocationsSince } from './token-revocation.js';

/** An open database: the Prisma client and how to close everything behind it. */
export interface Database {
  readonly prisma: PrismaClient;
  readonly kind: 'pglite' | 'postgres';
  /** Encrypts and decrypts members' personal data: every member read and write goes through it. */
  readonly personalData: PersonalDataCipher;
  /** Seals audit entries and checkpoints: every append and every verification goes through it. */
  readonly auditKey: AuditKey;
  /** The data directory (PGlite) or the URL without its password (PostgreSQL). */
  readonly description: string;
  /** The read replicas and the client that reads from them (PostgreSQL with GONGHUI_READ_DATABASE_URL only). */
  readonly replicas?: ReadReplicas;
  /** The pg pool's connection counts (PostgreSQL only), for metrics. */
  readonly pool?: {
    readonly totalCount: number;
    readonly idleCount: number;
    readonly waitingCount: number;
  };
  /**
   * This process's copy of the database's token revocations (auth/revocation.ts): made and started on
   * the first call, with its options (later calls share that copy, whatever client a caller wraps the
   * database's in); `close` stops its polling.
   */
  revocations(options?: RevocationOptions): TokenRevocations;
  /** Disconnects Prisma, closes PGlite or the pg pool, releases the data-directory lock. Idempotent. */
  close(): Promise<void>;
}

/** How to open the database; every field is optional. */
export interface DatabaseOptions {
  /** postgres:// or postgresql:// URL; defaults to env DATABASE_URL. Without one, PGlite is used. */
  url?: string;
  /** PGlite data directory; defaults to env GONGHUI_DATA_DIR, then `DEFAULT_DATA_DIR`. 'memory://' keeps it in memory. */
  dataDir?: string;
  /**
   * Apply pending migrations before returning (default true); `'verify'`: change nothing, but refuse
   * a database that lacks a migration (for an application role that owns no table).
   */
  migrate?: boolean | 'verify';
  /** PostgreSQL: after migrating, grant this application role what the server needs (see roles.ts). */
  appRole?: string;
  log?: (line: string) => void;
  /**
   * The personal-data cipher. Default: the key in env GONGHUI_DATA_KEY; without it (not in production)
   * a development key kept in `<data dir>/data-key`, or a random one for a `memory://` database.
   */
  personalData?: PersonalDataCipher;
  /**
   * PostgreSQL's `statement_timeout` for the application's statements, in milliseconds (0: none).
   * Default: env GONGHUI_STATEMENT_TIMEOUT_MS, else DEFAULT_STATEMENT_TIMEOUT_MS. Migrations run without it.
   */
  statementTimeoutMs?: number;
  /** The audit key; default: derived from the same data key as the default personal-data cipher. */
  auditKey?: AuditKey;
  /** PostgreSQL: read replicas' URLs; default: env GONGHUI_READ_DATABASE_URL, comma-separated. */
  readUrls?: readonly string[];
  /** Largest replay lag (ms) at which a replica serves reads; default: env GONGHUI_READ_YOUR_WRITES_MS, else DEFAULT_READ_YOUR_WRITES_MS. */
  maxReplicaLagMs?: number;
}

/**
 * Default read-your-writes window (ms): a viewer's queries read the primary this long after their
 * last mutation, and a replica lagging more than this serves no reads.
 */
export const DEFAULT_READ_YOUR_WRITES_MS = 5_000;

/** The read replicas' URLs the options or GONGHUI_READ_DATABASE_URL name (comma-separated). */
export function readUrlsOf(options: Pick<DatabaseOptions, 'readUrls'>): string[] {
  const urls =
    options.readUrls ??
    (nonEmpty(process.env.GONGHUI_READ_DATABASE_URL) ?? '')
      .split(',')
      .map((url) => url.trim())
      .filter((url) => url !== '');
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`GONGHUI_READ_DATABASE_URL must list postgres:// URLs, got ${redactUrl(url)}`);
    }
  }
  return [...urls];
}

/** The keys a database is opened with, both derived from one data key. */
export interface DataKeys {
  readonly personalData: PersonalDataCipher;
  readonly auditKey: AuditKey;
}

/** Default `statement_timeout` in milliseconds: far above any statement of a page, far below a stuck server. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

/** The statement timeout the options and environment ask for; throws on a value that is not a whole number of ms. */
export function statementTimeoutOf(options: Pick<DatabaseOptions, 'statementTimeoutMs'>): number {
  const given = options.statementTimeoutMs ?? nonEmpty(process.env.GONGHUI_STATEMENT_TIMEOUT_MS);
  if (given === undefined) return DEFAULT_STATEMENT_TIMEOUT_MS;
  const ms = Number(given);
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new Error(
      `GONGHUI_STATEMENT_TIMEOUT_MS must be a whole number of milliseconds (0: none), got '${given}'`,
    );
  }
  return ms;
}

/**
 * Sets `statement_timeout` on PGlite's one connection. PGlite accepts it but, having no timer signals
 * in WebAssembly, does not interrupt a running statement: there the cost limit and the request
 * deadline are what bound the work (see README, Hardening).
 */
async function limitPGliteStatements(db: PGlite, ms: number): Promise<void> {
  await db.exec(`SET statement_timeout = ${ms}`);
}

/** Name of the development data-key file in the data directory. */
export const DATA_KEY_FILE = 'data-key';

/** Sub-directory of the data directory that holds PGlite's PostgreSQL files (the lock file sits beside it). */
export const PGLITE_SUBDIR = 'pglite';

/** Opens the database chosen by options and environment, migrated unless `migrate: false`. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const url = options.url ?? nonEmpty(process.env.DATABASE_URL);
  const dataDir = resolveDataDir(options.dataDir);
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`DATABASE_URL must be a postgres:// or postgresql:// URL, got ${redactUrl(url)}`);
  }
  // The keys first: a server that could not read its members or seal its log should not start at all.
  const keys =
    options.personalData && options.auditKey
      ? { personalData: options.personalData, auditKey: options.auditKey }
      : await dataKeysFor(url === undefined ? dataDir : undefined);
  const opening = {
    ...options,
    personalData: options.personalData ?? keys.personalData,
    auditKey: options.auditKey ?? keys.auditKey,
  };
  const db = url !== undefined ? await openPostgres(url, opening) : await openPGlite(dataDir, opening);
  if (options.migrate === false || options.migrate === 'verify') return db;
  try {
    // Members stored before the search columns existed get them once (the migration's marker says so).
    const written = await backfillMemberSearch(db.prisma, db.personalData);
    if (written > 0) options.log?.(`wrote the search columns and coverage counters of ${written} members`);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

/**
 * The keys `openDatabase` uses by default, from one data key: GONGHUI_DATA_KEY, else (development)
 * the key file in the data directory (GONGHUI_DATA_DIR or the default one, for PostgreSQL too), else
 * for a `memory://` PGlite a random key that dies with the process, like the database.
 */
export async function dataKeysFor(pgliteDataDir: string | undefined): Promise<DataKeys> {
  let dataKey: DataKey;
  if (pgliteDataDir?.startsWith('memory://') && !process.env.GONGHUI_DATA_KEY) {
    dataKey = {
      key: randomBytes(DATA_KEY_BYTES),
      version: 1,
      source: 'random key for this process (in-memory database)',
    };
  } else {
    dataKey = await loadDataKey(process.env, join(resolveDataDir(pgliteDataDir), DATA_KEY_FILE));
  }
  // The audit log keeps the key it was sealed with when the data key is rotated (GONGHUI_AUDIT_KEY).
  const auditKey = process.env.GONGHUI_AUDIT_KEY
    ? new AuditKey(parseDataKey(process.env.GONGHUI_AUDIT_KEY, 'GONGHUI_AUDIT_KEY'), 'GONGHUI_AUDIT_KEY')
    : new AuditKey(dataKey.key, dataKey.source);
  return {
    personalData: new PersonalDataCipher(dataKey.key, dataKey.source, dataKey.version),
    auditKey,
  };
}

/**
 * Wraps an already created PGlite (e.g. loaded from a template dump by the test support) as a
 * Database; close() closes it. No lock is taken: the caller owns the instance.
 */
export async function databaseFromPGlite(
  db: PGlite,
  description: string,
  options: Pick<DatabaseOptions, 'migrate' | 'log' | 'appRole' | 'statementTimeoutMs'> & DataKeys,
): Promise<Database> {
  await prepareSchema(pgliteConnection(db), options);
  await limitPGliteStatements(db, statementTimeoutOf(options));
  return withPrisma('pglite', description, options, new PrismaPGlite(db), async () => {
    if (!db.closed) await db.close();
  });
}

type Opening = DatabaseOptions & DataKeys;

async function openPGlite(dataDir: string, options: Opening): Promise<Database> {
  const log = options.log ?? (() => {});
  if (dataDir.startsWith('memory://')) {
    const db = await PGlite.create(dataDir);
    try {
      return await databaseFromPGlite(db, dataDir, options);
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
  }
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const lock: DataDirLock = await lockDataDir(dir);
  let db: PGlite | undefined;
  try {
    const started = performance.now();
    db = await PGlite.create(join(dir, PGLITE_SUBDIR));
    log(`opened PGlite in ${dir} (${Math.round(performance.now() - started)} ms)`);
    await prepareSchema(pgliteConnection(db), { ...options, log });
    await limitPGliteStatements(db, statementTimeoutOf(options));
    const opened = db;
    return withPrisma('pglite', dir, options, new PrismaPGlite(opened), async () => {
      try {
        if (!opened.closed) await opened.close();
      } finally {
        await lock.release();
      }
    });
  } catch (error) {
    await db?.close().catch(() => undefined);
    await lock.release();
    throw error;
  }
}

async function openPostgres(url: string, options: Opening): Promise<Database> {
  // Every connection starts with the timeout (a startup parameter, so RESET returns to it).
  const pool = new pg.Pool({ connectionString: url, statement_timeout: statementTimeoutOf(options) });
  // An idle connection the server ends (restart, DROP DATABASE … WITH (FORCE)) emits 'error' on the
  // pool; without a listener that would crash the process. The pool replaces the connection.
  pool.on('error', (error) =>
    (options.log ?? console.error)(`postgres: idle connection lost: ${error.message}`),
  );
  // A connection lost while the pool has handed it out (a statement sent outside Prisma, on
  // statements.ts's direct reads, sessions and transactions, such as the audit sealer's) emits
  // 'error' where nobody listens, and Node would end the process. The statement in flight rejects
  // with that error anyway (a later one on that connection too), and the pool drops the connection
  // when it is released: the event itself needs no more than a listener.
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    if (options.migrate !== false) {
      const client = await pool.connect();
      try {
        // A migration may rewrite a large table: it runs without the application's statement timeout.
        await client.query('SET statement_timeout = 0');
        await prepareSchema(pgConnection(client), options);
        await client.query('RESET statement_timeout');
      } finally {
        client.release();
      }
    }
    const readUrls = readUrlsOf(options);
    if (readUrls.length === 0) {
      const db = withPrisma('postgres', redactUrl(url), options, new PrismaPg(pool), () => pool.end());
      registerPrimaryPool(db.prisma, pool);
      return { ...db, pool };
    }
    const replicas = new ReadReplicas({
      urls: readUrls,
      primary: pool,
      statementTimeoutMs: statementTimeoutOf(options),
      maxLagMs:
        options.maxReplicaLagMs ??
        Number(nonEmpty(process.env.GONGHUI_READ_YOUR_WRITES_MS) ?? DEFAULT_READ_YOUR_WRITES_MS),
      log: options.log ?? (() => {}),
    });
    await replicas.start();
    const db = withPrisma('postgres', redactUrl(url), options, new PrismaPg(pool), async () => {
      await replicas.close();
      await pool.end();
    });
    registerPrimaryPool(db.prisma, pool);
    return { ...db, pool, replicas };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

/** Applies pending migrations, or only checks that none is pending, or nothing, as `options.migrate` says. */
async function prepareSchema(
  conn: MigrationConnection,
  options: Pick<DatabaseOptions, 'migrate' | 'log' | 'appRole'>,
) {
  const mode = options.migrate ?? true;
  if (mode === 'verify') await assertMigrated(conn);
  else if (mode) await migrate(conn, { log: options.log });
  if (options.appRole === undefined) return;
  if (conn.kind !== 'postgres') throw new Error('an application role needs PostgreSQL (DATABASE_URL)');
  await grantApplicationRole(conn, options.appRole);
  options.log?.(`granted the application role ${options.appRole} its privileges`);
}

function withPrisma(
  kind: Database['kind'],
  description: string,
  keys: DataKeys & Pick<DatabaseOptions, 'log'>,
  adapter: ConstructorParameters<typeof PrismaClient>[0]['adapter'] & object,
  closeDriver: () => Promise<void>,
): Database {
  const observers = new StatementObservers();
  const prisma = new PrismaClient({ adapter: observedAdapter(adapter, observers) });
  registerObservers(prisma, observers);
  // The process's audit sealer for this client, logging passes that fail after a commit.
  const sealer = auditSealer(prisma, keys.auditKey, keys.log);
  let closing: Promise<void> | undefined;
  let revocations: TokenRevocations | undefined;
  return {
    prisma,
    kind,
    personalData: keys.personalData,
    auditKey: keys.auditKey,
    description,
    revocations(options = {}) {
      if (revocations === undefined) {
        revocations = new TokenRevocations(
          (since) => revocationsSince(prisma, since),
          options.pollMs,
          options.warn,
          options.maxLifetime,
        );
        // A closed database is not polled (its copy stays empty and never ready).
        if (closing === undefined) void revocations.start();
      }
      return revocations;
    },
    close() {
      closing ??= (async () => {
        try {
          revocations?.stop();
          await sealer.settle();
          await prisma.$disconnect();
        } finally {
          await closeDriver();
        }
      })();
      return closing;
    },
  };
}

/** The URL with its password removed, for logs and `Database.description`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1@');
  }
}
