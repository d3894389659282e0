// Servers a test starts for itself on free loopback ports, so it may stop and restart them: Redis
// (redis-server from apt), PostgreSQL clusters (initdb, a streaming replica by pg_basebackup) and
// PgBouncer. PostgreSQL and PgBouncer run as the postgres user when the test runs as root.

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../src/store/database.js';
import { testAuditKey, testPersonalData } from './database.js';

const run = promisify(execFile);

/** Whether this process runs as root (PostgreSQL and PgBouncer then run as `postgres`). */
export const ROOT = process.getuid?.() === 0;

/** The newest /usr/lib/postgresql/<version>/bin with pg_ctl, or undefined. */
export async function postgresBin(): Promise<string | undefined> {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? await readdir(root) : [];
  return versions
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(root, v, 'bin'))
    .find((bin) => existsSync(join(bin, 'pg_ctl')));
}

/** The first of `candidates` that exists, or undefined. */
export function binary(...candidates: string[]): string | undefined {
  return candidates.find((path) => existsSync(path));
}

/** redis-server from apt, or undefined. */
export const REDIS_SERVER = binary('/usr/bin/redis-server', '/usr/local/bin/redis-server');

/** pgbouncer from apt, or undefined. */
export const PGBOUNCER = binary('/usr/sbin/pgbouncer', '/usr/bin/pgbouncer');

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on 127.0.0.1:`port` (polls for up to `ms`). */
export async function listening(port: number, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls `check` every 50 ms until it is true; throws `what` after `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A child process stopped with SIGTERM, then SIGKILL if it lingers. */
async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

/** A redis-server of the test's own: no persistence, on a fixed free port across restarts. */
export interface TestRedis {
  readonly port: number;
  readonly url: string;
  /** Starts it (again) and waits until it accepts connections. */
  start(): Promise<void>;
  /** Stops it (SIGTERM; nothing is saved, so a restart begins empty). */
  stop(): Promise<void>;
}

/** A redis-server on a free port (not started yet). */
export async function testRedis(): Promise<TestRedis> {
  if (!REDIS_SERVER) throw new Error('redis-server is not installed (apt-get install redis-server)');
  const port = await freePort();
  let child: ChildProcess | undefined;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(
        REDIS_SERVER as string,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      await listening(port);
    },
    stop: () => stopChild(child),
  };
}

/** Runs a PostgreSQL binary (`bin/tool`), as the postgres user when we are root. */
export function asPostgres(bin: string, tool: string, args: string[]) {
  const path = join(bin, tool);
  return ROOT ? run('runuser', ['-u', 'postgres', '--', path, ...args]) : run(path, args);
}

/** A directory the postgres user owns (when we are root). */
export async function postgresDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  if (ROOT) await run('chown', ['postgres:postgres', dir]);
  return dir;
}

/** A PostgreSQL cluster of the test's own on a free port. */
export interface TestCluster {
  readonly port: number;
  /** `postgres://postgres@127.0.0.1:<port>/<database>`. */
  url(database?: string): string;
  start(): Promise<void>;
  /** Stops it (`fast` by default). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
}

/** Settings every test cluster starts with (no fsync: the data dies with the test anyway). */
const CLUSTER_SETTINGS = '-c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60';

function cluster(bin: string, dir: string, data: string, port: number): TestCluster {
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await asPostgres(bin, 'pg_ctl', [
        '-D',
        data,
        '-o',
        `-p ${port} -k ${dir} ${CLUSTER_SETTINGS}`,
        '-l',
        join(dir, `pg-${port}.log`),
        '-w',
        'start',
      ]);
    },
    async stop(mode = 'fast') {
      await asPostgres(bin, 'pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
    },
  };
}

/** A primary (wal_level replica, the default) in `dir`, started. */
export async function testPrimary(bin: string, dir: string): Promise<TestCluster> {
  const data = join(dir, 'primary');
  await asPostgres(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  // initdb's pg_hba.conf trusts loopback replication connections too (pg_basebackup needs one).
  const primary = cluster(bin, dir, data, await freePort());
  await primary.start();
  return primary;
}

/** A streaming replica of `primary` made with `pg_basebackup -R` in `dir`, started. */
export async function testReplica(bin: string, dir: string, primary: TestCluster): Promise<TestCluster> {
  const data = join(dir, `replica-${await freePort()}`);
  await asPostgres(bin, 'pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    data,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]);
  const replica = cluster(bin, dir, data, await freePort());
  await replica.start();
  return replica;
}

/** A PgBouncer of the test's own in transaction mode in front of `upstreamPort`. */
export interface TestBouncer {
  readonly port: number;
  /** `postgres://postgres@127.0.0.1:<port>/<database>` through PgBouncer. */
  url(database: string): string;
  stop(): Promise<void>;
}

/**
 * Starts PgBouncer (transaction pooling, `poolSize` server connections per database and user) in
 * `dir` for every database of the PostgreSQL at `upstreamPort`, and for each of `aliases` (a
 * database name → the port of the PostgreSQL whose `postgres` database it stands for), so one
 * PgBouncer may front a primary and its replica.
 */
export async function testBouncer(
  dir: string,
  upstreamPort: number,
  poolSize = 10,
  aliases: Readonly<Record<string, number>> = {},
): Promise<TestBouncer> {
  if (!PGBOUNCER) throw new Error('pgbouncer is not installed (apt-get install pgbouncer)');
  const port = await freePort();
  const ini = join(dir, `pgbouncer-${port}.ini`);
  await writeFile(
    ini,
    [
      '[databases]',
      ...Object.entries(aliases).map(
        ([name, port]) => `${name} = host=127.0.0.1 port=${port} dbname=postgres`,
      ),
      `* = host=127.0.0.1 port=${upstreamPort}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      'auth_type = trust',
      `auth_file = ${join(dir, 'userlist.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 200',
      'ignore_startup_parameters = extra_float_digits,statement_timeout',
      // Try a stopped server's login again after 1 s (default 15 s), so a test's restart is seen soon.
      'server_login_retry = 1',
      'admin_users = postgres',
      '',
    ].join('\n'),
  );
  await writeFile(join(dir, 'userlist.txt'), '"postgres" ""\n');
  if (ROOT) await run('chown', ['postgres:postgres', ini, join(dir, 'userlist.txt')]);
  await chmod(ini, 0o644);
  const command = ROOT ? 'runuser' : (PGBOUNCER as string);
  const args = ROOT ? ['-u', 'postgres', '--', PGBOUNCER as string, ini] : [ini];
  const child = spawn(command, args, { stdio: 'ignore' });
  await listening(port);
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => stopChild(child),
  };
}

/** Removes a test's directory (after its servers stopped). */
export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** The test keys, and no log lines: how the cluster tests open their databases. */
export const CLUSTER_KEYS = { personalData: testPersonalData, auditKey: testAuditKey, log: () => {} };

/**
 * What a deployment behind PgBouncer does first, on a direct connection to the primary at `url`:
 * migrate (the migrations' advisory lock is session-level), then set `statement_timeout` on the
 * role, since PgBouncer drops the startup parameter.
 */
async function prepareForBouncer(url: string, statementTimeout: string): Promise<void> {
  await (await openDatabase({ url, ...CLUSTER_KEYS })).close();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`ALTER ROLE postgres SET statement_timeout = '${statementTimeout}'`);
  } finally {
    await admin.end();
  }
}

/** PostgreSQL servers a test starts in a directory of its own: a primary, perhaps a replica and a PgBouncer. */
export interface TestPostgres {
  /** Their directory (removed by `stop`). */
  readonly dir: string;
  readonly primary: TestCluster;
  /** The streaming replica, when asked for. */
  readonly replica?: TestCluster;
  /** PgBouncer in front (of both, as databases `primary` and `replica`, with a replica), when asked for. */
  readonly bouncer?: TestBouncer;
  /** Stops them all (PgBouncer first, PostgreSQL at once) and removes their directory. */
  stop(): Promise<void>;
}

/** What `testPostgres` starts besides the primary. */
export interface TestPostgresOptions {
  /** A streaming replica of the primary. */
  readonly replica?: boolean;
  /**
   * A PgBouncer in transaction mode with `pool` server connections per database, once the primary is
   * migrated and its role's `statement_timeout` set (`prepareForBouncer`).
   */
  readonly bouncer?: { readonly pool: number; readonly statementTimeout: string };
}

/** Starts a primary with `bin` in a new directory named `prefix…`, and what `options` ask for besides. */
export async function testPostgres(
  bin: string,
  prefix: string,
  options: TestPostgresOptions = {},
): Promise<TestPostgres> {
  const dir = await postgresDir(prefix);
  const started: { primary?: TestCluster; replica?: TestCluster; bouncer?: TestBouncer } = {};
  const stop = async () => {
    await started.bouncer?.stop();
    await started.replica?.stop('immediate').catch(() => undefined);
    await started.primary?.stop('immediate').catch(() => undefined);
    await removeDir(dir);
  };
  try {
    const primary = await testPrimary(bin, dir);
    started.primary = primary;
    if (options.bouncer) await prepareForBouncer(primary.url(), options.bouncer.statementTimeout);
    const replica = options.replica ? await testReplica(bin, dir, primary) : undefined;
    started.replica = replica;
    if (options.bouncer) {
      const aliases: Record<string, number> = replica ? { primary: primary.port, replica: replica.port } : {};
      started.bouncer = await testBouncer(dir, primary.port, options.bouncer.pool, aliases);
    }
    return {
      dir,
      primary,
      ...(replica ? { replica } : {}),
      ...(started.bouncer ? { bouncer: started.bouncer } : {}),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
