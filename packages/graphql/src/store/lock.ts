// One process per PGlite data directory. PGlite does not notice a second process opening the
// same directory: both run, and the committed writes of one are silently lost. A lock file in
// the data directory (pid, hostname, start time), created atomically with open(…, 'wx'), makes
// the second process fail with a clear message instead.

import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** File name of the lock inside a data directory. */
export const LOCK_FILE = 'gonghui.lock';

/** What a lock file holds. */
export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

/** A held data-directory lock. */
export interface DataDirLock {
  readonly path: string;
  readonly owner: LockOwner;
  release(): Promise<void>;
}

/** Thrown when another live process holds the data directory. */
export class DataDirLockedError extends Error {
  /** Builds the message from the lock file's content. */
  constructor(
    readonly dataDir: string,
    readonly lockPath: string,
    readonly owner: LockOwner | undefined,
  ) {
    const who = owner
      ? `process ${owner.pid} on ${owner.hostname} (since ${owner.startedAt})`
      : 'another process (unreadable lock file)';
    super(
      `The gonghui data directory ${dataDir} is already in use by ${who}. ` +
        'The embedded database (PGlite) can be opened by one process at a time: stop the other process, ' +
        `use another data directory (GONGHUI_DATA_DIR), or set DATABASE_URL to share a PostgreSQL server. ` +
        `If no such process exists, delete ${lockPath}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** Locks held by this process, removed synchronously on exit. */
const held = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const path of held) {
      try {
        if (ownedByMe(readFileSync(path, 'utf8'))) unlinkSync(path);
      } catch {
        // already gone
      }
    }
  });
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.hostname === 'string') {
      return { pid: value.pid, hostname: value.hostname, startedAt: String(value.startedAt ?? '?') };
    }
  } catch {
    // fall through
  }
  return undefined;
}

function ownedByMe(text: string): boolean {
  const owner = parseOwner(text);
  return owner !== undefined && owner.pid === process.pid && owner.hostname === hostname();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(`${JSON.stringify(owner)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readOwner(path: string): Promise<{ text: string; owner: LockOwner | undefined } | undefined> {
  try {
    const text = await readFile(path, 'utf8');
    return { text, owner: parseOwner(text) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Takes over a stale lock (dead pid on this host). A second guard file, also created with 'wx',
 * makes sure only one process removes and recreates the lock, so two processes finding the
 * same stale lock cannot both win.
 */
async function takeOver(path: string, staleText: string, owner: LockOwner): Promise<boolean> {
  const guard = `${path}.takeover`;
  const guardOwner: LockOwner = owner;
  if (!(await tryCreate(guard, guardOwner))) {
    // A takeover in progress, or a crashed one: a guard older than 10 s is abandoned.
    const info = await stat(guard).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > 10_000) await unlink(guard).catch(() => undefined);
    return false;
  }
  try {
    const current = await readOwner(path);
    if (current !== undefined && current.text !== staleText) return false; // someone else won
    if (current !== undefined) await unlink(path).catch(() => undefined);
    return await tryCreate(path, owner);
  } finally {
    await unlink(guard).catch(() => undefined);
  }
}

/** Locks `dataDir` (created if missing) for this process, or throws DataDirLockedError naming the holder. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await tryCreate(path, owner)) return heldLock(path, owner);
    const current = await readOwner(path);
    if (current === undefined) continue; // released meanwhile: try again
    const holder = current.owner;
    const stale =
      holder !== undefined &&
      holder.hostname === owner.hostname &&
      holder.pid !== process.pid &&
      !isAlive(holder.pid);
    if (!stale) throw new DataDirLockedError(dataDir, path, holder);
    if (await takeOver(path, current.text, owner)) return heldLock(path, owner);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new DataDirLockedError(dataDir, path, (await readOwner(path))?.owner);
}

function heldLock(path: string, owner: LockOwner): DataDirLock {
  installExitHook();
  held.add(path);
  let released = false;
  return {
    path,
    owner,
    async release() {
      if (released) return;
      released = true;
      held.delete(path);
      const current = await readOwner(path);
      if (current !== undefined && current.text === `${JSON.stringify(owner)}\n`) {
        await unlink(path).catch(() => undefined);
      }
    },
  };
}
