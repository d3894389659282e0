// The audit trail: every change the store applies, and events such as a reveal of personal data,
// appended to "AuditEntry" in the same transaction as the change.
//
// Entries form a chain: entry n holds the seal of entry n−1 (`prevHash`; 64 zeros for entry 1) and
// its own seal `hash`, an HMAC-SHA-256 under a key the database does not hold (see audit-seal.ts),
// over the RFC 8785 canonical JSON of all its fields, `prevHash` included. Sequence numbers are
// 1, 2, 3, … without gaps: they come from one sequencer row, "AuditHead", updated in the appending
// transaction (a rolled-back transaction rolls its numbers back too, unlike a database sequence's);
// `seq` stays inside the entry, its public id is a random UUID. The table is append-only at the
// database level (a trigger; see the migration), and `verifyAuditChain` recomputes the whole chain
// and names the first broken entry.
//
// What the chain cannot show on its own: entries cut off the end. Signed checkpoints of the head,
// kept outside the database (audit-checkpoint.ts), show that.

import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.js';
import {
  type AuditKey,
  type AuditRecord,
  GENESIS_HASH,
  type Json,
  sealEntry,
  sealMatches,
  sealVersion,
  type UnsealedRecord,
} from './audit-seal.js';

/** Who acts, and in which request: bound to a store per request (`PrismaStore.as`). */
export interface AuditActor {
  /** The viewer's token subject, or `system:<task>` (e.g. `system:seed`). */
  readonly actor: string;
  /** Id of the API request, or null outside one. */
  readonly requestId: string | null;
}

/** The actor of work done by the system itself, outside any request. */
export const SYSTEM_ACTOR: AuditActor = { actor: 'system', requestId: null };

/** Something to record: a change, or an event with no before/after (e.g. `member.revealed`). */
export interface AuditEvent {
  /** A core change type (`organization.moved`) or an event name (`member.revealed`). */
  readonly action: string;
  /** Type of the thing acted on, e.g. `Organization`. */
  readonly targetType: string;
  /** Database id of the thing acted on. */
  readonly targetId: string;
  /** The organization the entry concerns; admins of its subtree may read the entry. */
  readonly organizationId: string | null;
  /** The target before (any JSON-serialisable value; omitted: null). */
  readonly before?: unknown;
  /** The target after (any JSON-serialisable value; omitted: null). */
  readonly after?: unknown;
}

/** A value as it reads back from `jsonb`: undefined members dropped, dates as strings; absent → null. */
function toJson(value: unknown): Json {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json);
}

/**
 * Appends one entry inside `tx`, chained to the last one and sealed with `key` (see `sealEntry`);
 * `appendAuditEntries` with one event.
 */
export async function appendAuditEntry(
  tx: Prisma.TransactionClient,
  key: AuditKey,
  who: AuditActor,
  event: AuditEvent,
  at: Date = new Date(),
): Promise<AuditRecord> {
  const [entry] = await appendAuditEntries(tx, key, who, [event], at);
  if (entry === undefined) throw new Error('no audit entry was appended');
  return entry;
}

/**
 * Appends entries inside `tx` in order, chained to the last one and to each other, each sealed with
 * `key` (see `sealEntry`), in two statements however many: the sequencer row "AuditHead" hands out
 * the numbers and the previous seal (`UPDATE … RETURNING` locks it until `tx` ends, so concurrent
 * appends queue there and nowhere else: call this last in a transaction); then the entries are
 * inserted and the head moved to the last seal in one more statement.
 */
export async function appendAuditEntries(
  tx: Prisma.TransactionClient,
  key: AuditKey,
  who: AuditActor,
  events: readonly AuditEvent[],
  at: Date = new Date(),
): Promise<AuditRecord[]> {
  if (events.length === 0) return [];
  const [head] = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`
    UPDATE "AuditHead" SET "seq" = "seq" + ${events.length} WHERE "id" = 1 RETURNING "seq", "hash"`;
  if (head === undefined) throw new Error('the audit head row is missing: apply the migrations');
  const entries: AuditRecord[] = [];
  let seq = BigInt(head.seq) - BigInt(events.length);
  let prevHash = head.hash;
  for (const event of events) {
    const unsealed: UnsealedRecord = {
      id: randomUUID(),
      seq: ++seq,
      at,
      actor: who.actor,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      organizationId: event.organizationId,
      before: toJson(event.before),
      after: toJson(event.after),
      requestId: who.requestId,
      prevHash,
    };
    const entry: AuditRecord = { ...unsealed, hash: sealEntry(unsealed, key) };
    entries.push(entry);
    prevHash = entry.hash;
  }
  // One parameter however many entries: the rows as a JSON array, read back column by column.
  const rows = JSON.stringify(entries.map((e) => ({ ...e, seq: e.seq.toString(), at: e.at.toISOString() })));
  await tx.$executeRaw`
    WITH "head" AS (UPDATE "AuditHead" SET "hash" = ${prevHash} WHERE "id" = 1)
    INSERT INTO "AuditEntry" ("id", "seq", "at", "actor", "action", "targetType", "targetId", "organizationId",
                              "before", "after", "requestId", "prevHash", "hash")
    SELECT r."id", r."seq"::bigint, r."at"::timestamp, r."actor", r."action", r."targetType", r."targetId",
           r."organizationId", r."before", r."after", r."requestId", r."prevHash", r."hash"
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("id" text, "seq" text, "at" text, "actor" text, "action" text,
         "targetType" text, "targetId" text, "organizationId" text, "before" jsonb, "after" jsonb,
         "requestId" text, "prevHash" text, "hash" text)
    ORDER BY r."seq"::bigint`;
  return entries;
}

/**
 * The entry that anchors a log whose head still has an unkeyed (v1) seal, written before keyed
 * seals came in: its keyed seal covers the last v1 hash, so nobody can append unkeyed entries
 * after it (or rewrite those before it) unnoticed. Null when the head is keyed or the log is empty.
 */
export async function legacyAnchorEvent(db: AuditReader): Promise<AuditEvent | null> {
  const head = await db.auditEntry.findFirst({
    orderBy: { seq: 'desc' },
    select: { id: true, seq: true, hash: true },
  });
  if (head === null || sealVersion(head.hash) !== 1) return null;
  return {
    action: 'audit.anchored',
    targetType: 'AuditEntry',
    targetId: head.id,
    organizationId: null,
    after: { legacyEntries: head.seq.toString(), legacyHead: head.hash },
  };
}

/** What is wrong with the first broken entry. */
export type AuditProblem = 'hash' | 'prevHash' | 'sequence' | 'unkeyed' | 'checkpoint';

/** An entry's position and seal: what a checkpoint remembers of the head. */
export interface ChainHead {
  readonly seq: bigint;
  readonly hash: string;
}

/** The outcome of `verifyAuditChain`. */
export type AuditVerification =
  | {
      readonly ok: true;
      /** Number of entries verified, all intact. */
      readonly count: number;
      /** How many of them are legacy entries with an unkeyed (v1) seal (all before the first keyed one). */
      readonly legacy: number;
      /** The last entry (what the next checkpoint records), or null for an empty log. */
      readonly head: ChainHead | null;
      /** The checkpoint the log was compared with (its entry is there, unchanged), or null without one. */
      readonly checkpoint: ChainHead | null;
    }
  | {
      readonly ok: false;
      /** Number of intact entries before the broken one. */
      readonly count: number;
      /** Sequence number of the first broken (or, for a gap or a cut-off end, missing) entry. */
      readonly seq: bigint;
      readonly problem: AuditProblem;
      /** What is wrong, in a sentence. */
      readonly message: string;
    };

/** What `verifyAuditChain` reads through: a Prisma client or an interactive transaction. */
export type AuditReader = Pick<Prisma.TransactionClient, 'auditEntry'>;

/** Options of `verifyAuditChain`. */
export interface VerifyOptions {
  /** Entries read per query (default 1000): the log is streamed, never loaded whole. */
  readonly batchSize?: number;
  /** The last checkpoint: its entry must still be in the log with the same seal (else truncated or rewritten). */
  readonly checkpoint?: ChainHead | null;
  /**
   * Start at the checkpoint's entry instead of entry 1, trusting what the checkpoint covers: the
   * cheap check the server makes before it moves the checkpoint forward.
   */
  readonly fromCheckpoint?: boolean;
}

/** Why a row breaks the chain, or null when it continues it: sequence, link, seal format and seal. */
function problemOf(
  entry: AuditRecord,
  expected: bigint,
  prevHash: string,
  keyed: boolean,
  key: AuditKey,
): { seq: bigint; problem: AuditProblem; message: string } | null {
  if (entry.seq < expected) {
    return {
      seq: entry.seq,
      problem: 'sequence',
      message: `entry ${entry.seq} is out of sequence: the chain starts at entry 1`,
    };
  }
  if (entry.seq !== expected) {
    const message =
      expected === 1n
        ? `entry 1 is missing: the log starts at entry ${entry.seq}`
        : `entry ${expected} is missing: entry ${entry.seq} follows entry ${expected - 1n}`;
    return { seq: expected, problem: 'sequence', message };
  }
  if (entry.prevHash !== prevHash) {
    const message =
      expected === 1n
        ? `entry 1 has previous hash ${entry.prevHash}, not the genesis value`
        : `entry ${entry.seq} has previous hash ${entry.prevHash}, but entry ${expected - 1n} is sealed ${prevHash}`;
    return { seq: entry.seq, problem: 'prevHash', message };
  }
  const { hash, ...unsealed } = entry;
  const version = sealVersion(hash);
  if (version === 1 && keyed) {
    const message = `entry ${entry.seq} has an unkeyed (v1) seal after keyed entries: it was written without the audit key (forged)`;
    return { seq: entry.seq, problem: 'unkeyed', message };
  }
  if (!sealMatches(unsealed, hash, key)) {
    const message =
      version === 2
        ? `entry ${entry.seq} does not authenticate: its seal is not the HMAC of its fields under this audit key (altered, or written without the key)`
        : `entry ${entry.seq} was altered: its seal ${hash} does not match its fields`;
    return { seq: entry.seq, problem: 'hash', message };
  }
  return null;
}

/**
 * Recomputes the chain in `seq` order (every seal under `key`) and returns the first broken entry,
 * or the count when intact. With a checkpoint, its entry must still be there with the same seal.
 */
export async function verifyAuditChain(
  db: AuditReader,
  key: AuditKey,
  options: VerifyOptions = {},
): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 1000;
  const checkpoint = options.checkpoint ?? null;
  const resume = options.fromCheckpoint === true && checkpoint !== null;
  let expected = resume ? checkpoint.seq : 1n;
  let prevHash = GENESIS_HASH;
  let keyed = false;
  let count = 0;
  let legacy = 0;
  // From the very first row (a stray row numbered 0 or below is out of sequence too), or the checkpoint's.
  let after: bigint | null = resume ? checkpoint.seq - 1n : null;
  for (;;) {
    const batch = await db.auditEntry.findMany({
      ...(after === null ? {} : { where: { seq: { gt: after } } }),
      orderBy: { seq: 'asc' },
      take: batchSize,
    });
    for (const row of batch) {
      const entry: AuditRecord = { ...row, before: row.before as Json, after: row.after as Json };
      const atCheckpoint = checkpoint !== null && entry.seq === checkpoint.seq;
      if (atCheckpoint && entry.hash !== checkpoint.hash) {
        const message = `entry ${entry.seq} is sealed ${entry.hash}, but the checkpoint recorded ${checkpoint.hash}: the log was rewritten from there on`;
        return { ok: false, count, seq: entry.seq, problem: 'checkpoint', message };
      }
      // The checkpoint's own entry, when resuming from it, is trusted as it stands.
      const broken = resume && atCheckpoint ? null : problemOf(entry, expected, prevHash, keyed, key);
      if (broken) return { ok: false, count, ...broken };
      if (sealVersion(entry.hash) === 2) keyed = true;
      else legacy += 1;
      prevHash = entry.hash;
      expected += 1n;
      count += 1;
    }
    after = expected - 1n;
    if (batch.length < batchSize) break;
  }
  if (checkpoint !== null && expected <= checkpoint.seq) {
    // Resuming, nothing was read: ask where the log ends now.
    const last = resume
      ? ((await db.auditEntry.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } }))?.seq ?? 0n)
      : expected - 1n;
    const ends = last === 0n ? 'the log is empty' : `the log ends at entry ${last}`;
    const message = `${ends}, but the checkpoint recorded entry ${checkpoint.seq}: entries were cut off the end`;
    return { ok: false, count, seq: last + 1n, problem: 'checkpoint', message };
  }
  const head = expected === 1n ? null : { seq: expected - 1n, hash: prevHash };
  return { ok: true, count, legacy, head, checkpoint };
}

/** One line for people (and the CLI) about a verification. */
export function describeVerification(result: AuditVerification): string {
  if (!result.ok) return `audit log BROKEN at entry ${result.seq} (${result.problem}): ${result.message}`;
  if (result.head === null) return 'audit log intact: 0 entries';
  const legacy =
    result.legacy === 0
      ? ''
      : ` (${result.legacy} legacy entries with unkeyed seals, ${sealVersion(result.head.hash) === 2 ? 'anchored by the keyed entries after them' : 'not yet anchored: the next entry anchors them'})`;
  const checkpoint =
    result.checkpoint === null
      ? '; no earlier checkpoint to compare with'
      : `; the checkpoint at entry ${result.checkpoint.seq} matches`;
  return `audit log intact: ${result.count} entries${legacy}; head is entry ${result.head.seq} sealed ${result.head.hash}${checkpoint}`;
}
