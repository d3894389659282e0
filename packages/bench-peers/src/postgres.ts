// A throwaway PostgreSQL from apt's binaries, like .ci/run: initdb into a temp dir, start it on a
// free port with pg_stat_statements preloaded (statement counts), stop and remove it afterwards.
// Runs the binaries as the `postgres` user when we are root (PostgreSQL refuses to run as root).
import { execFile as execFileCallback } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);

/** A running throwaway cluster. */
export interface Cluster {
  /** `postgres://postgres@127.0.0.1:<port>/<database>` for a database of this cluster. */
  url(database: string): string;
  /** The PostgreSQL version line, e.g. `postgres (PostgreSQL) 15.14`. */
  readonly version: string;
  /** Stops the server and removes its data directory. */
  stop(): Promise<void>;
}

/** The newest `/usr/lib/postgresql/<n>/bin` that has pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin(root = '/usr/lib/postgresql'): string | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
async function run(bin: string, args: string[]): Promise<string> {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const { stdout } = await execFile(file, argv, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** Settings of the throwaway server: benchmark-friendly, not durable (like CI's). */
const SETTINGS = [
  'listen_addresses=127.0.0.1',
  'max_connections=200',
  'shared_buffers=512MB',
  'fsync=off',
  'synchronous_commit=off',
  'full_page_writes=off',
  'shared_preload_libraries=pg_stat_statements',
  'pg_stat_statements.track=top',
  'pg_stat_statements.track_utility=on',
  'pg_stat_statements.max=10000',
];

/** initdb + start on a free port, with `extra` settings after SETTINGS; the caller must `stop()` it. */
export async function startCluster(bin: string, extra: readonly string[] = []): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), 'gonghui-bench-pg-'));
  const data = join(dir, 'data');
  await mkdir(data);
  await chmod(dir, 0o755);
  await chmod(data, 0o700);
  if (asRoot) {
    const uid = Number((await execFile('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await execFile('id', ['-g', 'postgres'])).stdout.trim());
    await chown(dir, uid, gid);
    await chown(data, uid, gid);
  }
  const port = await freePort();
  const version = (await run(join(bin, 'postgres'), ['--version'])).trim();
  await run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  const options = [`-p ${port}`, `-k ${dir}`, ...[...SETTINGS, ...extra].map((s) => `-c ${s}`)].join(' ');
  const log = join(dir, 'postgres.log');
  try {
    await run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', log, '-w', 'start']);
  } catch (error) {
    const tail = await readFile(log, 'utf8').catch(() => '');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${String(error)}\n${tail.slice(-2000)}`);
  }
  return {
    version,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
