// Signed checkpoints of the audit log's head, kept outside the database (a file in the data
// directory by default), so entries cut off the end, or a rewritten tail, are noticed: the chain
// alone cannot show what is missing after its last entry.
//
// A checkpoint is one small JSON file: `{"seq":"…","hash":"…","at":"…","mac":"…"}`, the head
// entry's sequence number and seal, when it was taken, and an HMAC-SHA-256 of the rest under the
// checkpoint key (derived from the data key; see audit-seal.ts), so whoever can write the file but
// has no key cannot move it back. `gonghui serve` moves it forward periodically (after checking the
// entries since the last one), `gonghui audit verify` after checking the whole log; both compare the
// log with it first. The file is replaced atomically and never moved back to an older entry.

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import canonicalize from 'canonicalize';
import {
  type AuditReader,
  type AuditSealClient,
  type AuditVerification,
  auditSealer,
  type ChainHead,
  verifyAuditChain,
} from './audit.js';
import type { AuditKey } from './audit-seal.js';

/** Name of the checkpoint file in the data directory (the default place). */
export const CHECKPOINT_FILE = 'audit-checkpoint.json';

/** A checkpoint as read back: the head it recorded and when. */
export interface AuditCheckpoint extends ChainHead {
  /** When it was taken. */
  readonly at: Date;
}

/** A checkpoint file that is malformed or not signed with this audit key. */
export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
}

/** Where checkpoints are kept: the configured file (`GONGHUI_AUDIT_CHECKPOINT`) when set, else `<data dir>/audit-checkpoint.json`. */
export function checkpointPath(dataDir: string, configured: string | undefined): string {
  return resolve(configured || join(dataDir, CHECKPOINT_FILE));
}

function signedText(head: ChainHead, at: Date): string {
  return canonicalize({ seq: head.seq.toString(), hash: head.hash, at: at.toISOString() }) as string;
}

/** Reads the checkpoint in `file`: null when there is none yet; CheckpointError when it is malformed or its signature fails. */
export async function readCheckpoint(file: string, key: AuditKey): Promise<AuditCheckpoint | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: { seq?: unknown; hash?: unknown; at?: unknown; mac?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CheckpointError(`the audit checkpoint ${file} is not JSON`);
  }
  const { seq, hash, at, mac } = parsed ?? {};
  if (
    typeof seq !== 'string' ||
    !/^[1-9][0-9]*$/.test(seq) ||
    typeof hash !== 'string' ||
    typeof at !== 'string' ||
    Number.isNaN(Date.parse(at)) ||
    typeof mac !== 'string'
  ) {
    throw new CheckpointError(`the audit checkpoint ${file} is malformed: it needs seq, hash, at and mac`);
  }
  const checkpoint = { seq: BigInt(seq), hash, at: new Date(at) };
  if (key.checkpointMac(signedText(checkpoint, checkpoint.at)) !== mac) {
    throw new CheckpointError(
      `the audit checkpoint ${file} is not signed with this audit key (altered, or written under another GONGHUI_DATA_KEY)`,
    );
  }
  return checkpoint;
}

/**
 * Records `head` as the checkpoint in `file` (atomically), unless the file already records a later
 * entry (a checkpoint never moves back). Returns whether it wrote.
 */
export async function writeCheckpoint(
  file: string,
  head: ChainHead,
  key: AuditKey,
  at: Date = new Date(),
): Promise<boolean> {
  const current = await readCheckpoint(file, key).catch(() => null);
  if (current !== null && current.seq >= head.seq) return false;
  const text = signedText(head, at);
  const body = `${JSON.stringify({ ...JSON.parse(text), mac: key.checkpointMac(text) })}\n`;
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, body);
  await rename(partial, file);
  return true;
}

/** What `checkpointAuditLog` found and did. */
export interface CheckpointRun {
  /** The verification against the previous checkpoint. */
  readonly result: AuditVerification;
  /** The checkpoint it was compared with (null: none yet). */
  readonly previous: AuditCheckpoint | null;
  /** Whether a new checkpoint was written. */
  readonly written: boolean;
}

/**
 * Seals the entries committed so far (by any process, a crashed one included), verifies the log
 * against the checkpoint in `file` and, when intact, records its head there. `full` checks every
 * entry (`gonghui audit verify`); otherwise only the entries from the checkpoint on (the server's
 * periodic run and its start and shutdown). Throws CheckpointError when the file is not a valid checkpoint.
 */
export async function checkpointAuditLog(
  db: AuditReader & AuditSealClient,
  key: AuditKey,
  file: string,
  options: { full: boolean },
): Promise<CheckpointRun> {
  const previous = await readCheckpoint(file, key);
  await auditSealer(db, key).seal();
  const result = await verifyAuditChain(db, key, { checkpoint: previous, fromCheckpoint: !options.full });
  const written = result.ok && result.head !== null && (await writeCheckpoint(file, result.head, key));
  return { result, previous, written };
}

/** One line for people about a checkpoint run (after `describeVerification`'s). */
export function describeCheckpointRun(run: CheckpointRun, file: string): string {
  const previous =
    run.previous === null
      ? `no checkpoint in ${file} yet`
      : `compared with the checkpoint of ${run.previous.at.toISOString()} (entry ${run.previous.seq}) in ${file}`;
  if (!run.result.ok || run.result.head === null) return previous;
  const head = run.result.head;
  return run.written
    ? `${previous}; new checkpoint: entry ${head.seq} sealed ${head.hash}`
    : `${previous}; checkpoint unchanged at entry ${run.previous?.seq ?? head.seq}`;
}
