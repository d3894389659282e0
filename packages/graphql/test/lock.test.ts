import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/database.js';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from '../src/store/lock.js';

const child = fileURLToPath(new URL('./support/lock-child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Starts the child script under tsx; resolves output helpers. */
function start(mode: string, dataDir: string) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const proc = spawn(
    process.execPath,
    ['--conditions=@gonghui/source', '--import', 'tsx', child, mode, dataDir],
    { cwd: repoRoot, env },
  );
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  proc.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (stdout.includes(text)) resolve();
      };
      proc.stdout.on('data', check);
      exited.then((code) => reject(new Error(`child exited (${code}) before printing ${text}: ${stderr}`)));
      check();
    });
  return { proc, exited, printed, output: () => ({ stdout, stderr }) };
}

function kill(proc: ChildProcess) {
  if (proc.exitCode === null) proc.kill('SIGKILL');
}

describe('data directory lock', () => {
  let dir: string;
  const databaseUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    delete process.env.DATABASE_URL; // these tests are about PGlite
    dir = await mkdtemp(join(tmpdir(), 'gonghui-lock-'));
  });
  afterAll(async () => {
    if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second process while the first has the database open, and opens after it closes', async () => {
    const dataDir = join(dir, 'shared');
    const first = start('open', dataDir);
    try {
      await first.printed('ready');
      const lock = JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8'));
      expect(lock).toMatchObject({ pid: first.proc.pid, hostname: hostname() });
      expect(typeof lock.startedAt).toBe('string');

      const second = start('open', dataDir);
      expect(await second.exited).toBe(3);
      expect(second.output().stderr).toContain(
        `already in use by process ${first.proc.pid} on ${hostname()}`,
      );

      // In this process too, as a typed error.
      await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);

      first.proc.stdin.end();
      await first.printed('closed');
      expect(await first.exited).toBe(0);
    } finally {
      kill(first.proc);
    }
    await expect(readFile(join(dataDir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
    const db = await openDatabase({ dataDir });
    try {
      expect(db.kind).toBe('pglite');
      expect(db.description).toBe(dataDir);
      expect(await db.prisma.organization.count()).toBe(0);
    } finally {
      await db.close();
    }
    await expect(readFile(join(dataDir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('removes the lock when the process exits without closing', async () => {
    const dataDir = join(dir, 'exit');
    const proc = start('lock-exit', dataDir);
    await proc.printed('locked');
    expect(await proc.exited).toBe(0);
    await expect(readFile(join(dataDir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('takes over the stale lock of a killed process on this host', async () => {
    const dataDir = join(dir, 'killed');
    const proc = start('lock-hang', dataDir);
    await proc.printed('locked');
    proc.proc.kill('SIGKILL');
    await proc.exited;
    const stale = JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8'));
    expect(stale.pid).toBe(proc.proc.pid);
    const lock = await lockDataDir(dataDir);
    expect(JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await lock.release();
    await lock.release();
  });

  it('refuses a lock held by another host, and a second lock in the same process', async () => {
    const dataDir = join(dir, 'other-host');
    await lockDataDir(dataDir).then((lock) => lock.release()); // creates nothing persistent
    await writeFile(
      join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: 1, hostname: 'elsewhere', startedAt: '2026-01-01T00:00:00.000Z' }),
    );
    await expect(lockDataDir(dataDir)).rejects.toThrow(/in use by process 1 on elsewhere/);
    await rm(join(dataDir, LOCK_FILE));
    const lock = await lockDataDir(dataDir);
    await expect(lockDataDir(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    await lock.release();
  });
});
