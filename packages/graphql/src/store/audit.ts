// The audit trail: every change the store applies, and events such as a reveal of personal data,
// committed with the change and sealed into "AuditEntry" right after it (group commit).
//
// Entries form a chain: entry n holds the seal of entry n−1 (`prevHash`; 64 zeros for entry 1) and
// its own seal `hash`, an HMAC-SHA-256 under a key the database does not hold (see audit-seal.ts),
// over the RFC 8785 canonical JSON of all its fields, `prevHash` included. Sequence numbers are
// 1, 2, 3, … without gaps; `seq` stays inside the entry, its public id is a random UUID. The table is
// append-only at the database level (a trigger; see the migration), and `verifyAuditChain`
// recomputes the whole chain and names the first broken entry.
//
// How entries get there without making every write queue on one row:
// - Inside the write's transaction, `queueAuditEntries` inserts the entries unsealed (no seq, no
//   seal) into "AuditPending": one statement, no shared lock, so writes to unrelated aggregates run
//   in parallel. A rolled-back write leaves nothing; a committed one leaves its pending entries.
// - After the commit, the process's `AuditSealer` (one per database client; at most one pass
//   running and one queued, however many writers call it) reads the head and the committed pending
//   entries in `pid` order in one statement, seals them in Node, and writes them in one more: the
//   head moves only if it is still where the pass read it (compare-and-set, so sealers of several
//   processes never fork the chain: the loser reads again), the sealed entries go into "AuditEntry"
//   and the pending rows are deleted, together. Many entries per round trip; the head row is locked
//   only inside that one statement, never across Node work. A writer that answers without waiting
//   for its seal (an enrollment batch) leaves its entries to a pass that first gathers the commits
//   of the next SEAL_GATHER_MS, so under load one pass seals many writes and the two servers' passes
//   rarely race for the head.
// - Whatever reads the log (the API's auditLog, `audit verify`, checkpoints, the ID-claims count)
//   seals first or counts pending entries too, so a reader sees its own write. Pending entries
//   left by a crash are sealed by the next pass of any process (the server's start runs one).
//
// What the chain cannot show on its own: entries cut off the end. Signed checkpoints of the head,
// kept outside the database (audit-checkpoint.ts), show that.

import { randomUUID } from 'node:crypto';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
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
import { type Statement, withStatements } from './statements.js';

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

/**
 * Entries to queue as the JSON array `pendingInsert` sends (n, id, organizationId, action, targetType,
 * targetId, before, after; an undefined before/after is null): also what an enrollment batch's
 * statement queues per request (store/enrollment.ts).
 */
export function pendingRows(events: readonly AuditEvent[]): string {
  return JSON.stringify(
    events.map((e, n) => ({
      n,
      id: randomUUID(),
      organizationId: e.organizationId,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      before: e.before,
      after: e.after,
    })),
  );
}

/**
 * The INSERT that queues entries in order into "AuditPending" (one statement however many), or null
 * for none: what `queueAuditEntries` runs, and what a unit of work's last statement carries.
 */
export function pendingInsert(
  who: AuditActor,
  events: readonly AuditEvent[],
  at: Date = new Date(),
): Prisma.Sql | null {
  if (events.length === 0) return null;
  // One parameter however many entries: the rows as a JSON array.
  const rows = pendingRows(events);
  return Prisma.sql`
    INSERT INTO "AuditPending" ("id", "at", "actor", "action", "targetType", "targetId", "organizationId",
                                "before", "after", "requestId")
    SELECT r."id", ${at}, ${who.actor}, r."action", r."targetType", r."targetId", r."organizationId",
           r."before", r."after", ${who.requestId}
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("n" int, "id" text, "action" text, "targetType" text,
         "targetId" text, "organizationId" text, "before" jsonb, "after" jsonb)
    ORDER BY r."n"`;
}

/**
 * Queues entries inside `tx`, in order, for the sealer: one INSERT into "AuditPending" however many,
 * and no lock any other write waits for. They become part of the chain when `tx` has committed and
 * a sealer pass has run (`AuditSealer.seal`); if `tx` rolls back, they were never there.
 */
export async function queueAuditEntries(
  tx: Prisma.TransactionClient,
  who: AuditActor,
  events: readonly AuditEvent[],
  at: Date = new Date(),
): Promise<void> {
  const insert = pendingInsert(who, events, at);
  if (insert !== null) await tx.$executeRaw(insert);
}

/** `queueAuditEntries` with one event. */
export function queueAuditEntry(
  tx: Prisma.TransactionClient,
  who: AuditActor,
  event: AuditEvent,
  at?: Date,
): Promise<void> {
  return queueAuditEntries(tx, who, [event], at);
}

/** Pending entries a sealer pass takes at most (one read, one write statement); a pass repeats until none is left. */
export const SEAL_BATCH = 500;

/**
 * The head and one pending entry, as the sealer's read returns them (no pending entry: its columns
 * null); the bigints are strings when the read went straight to pg.
 */
type PendingRow = Omit<AuditRecord, 'seq' | 'prevHash' | 'hash'> & {
  readonly headSeq: bigint | string;
  readonly headHash: string;
  readonly pid: bigint | string | null;
};

/** What a sealer pass reads and writes through: a Prisma client, never an open transaction. */
export type AuditSealClient = Pick<PrismaClient, '$queryRaw'>;

/**
 * One round of sealing: reads the head and up to SEAL_BATCH committed pending entries (one statement,
 * one snapshot), seals them in Node, and writes them in one statement that moves the head only if it
 * is still where it was read. Returns how many entries it sealed (0: none was pending), or null when
 * another sealer moved the head first (nothing written: read again).
 */
async function sealRound(statement: Statement, key: AuditKey): Promise<number | null> {
  // "at" is a timestamp without time zone holding UTC: read as the instant it is, whatever the
  // process's time zone (pg alone would take it for local time).
  const rows = await statement<PendingRow>(
    Prisma.sql`
    SELECT h."seq" AS "headSeq", h."hash" AS "headHash", p."pid", p."id", p."at" AT TIME ZONE 'UTC' AS "at",
           p."actor", p."action", p."targetType", p."targetId", p."organizationId", p."before", p."after",
           p."requestId"
    FROM "AuditHead" h
    LEFT JOIN LATERAL (SELECT * FROM "AuditPending" ORDER BY "pid" LIMIT ${SEAL_BATCH}) p ON true
    WHERE h."id" = 1`,
  );
  const [first] = rows;
  if (first === undefined) throw new Error('the audit head row is missing: apply the migrations');
  if (first.pid === null) return 0;
  const from = BigInt(first.headSeq);
  let seq = from;
  let prevHash = first.headHash;
  const pids: string[] = [];
  const prevHashes: string[] = [];
  const hashes: string[] = [];
  for (const row of rows) {
    const unsealed: UnsealedRecord = {
      id: row.id,
      seq: ++seq,
      at: row.at,
      actor: row.actor,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      organizationId: row.organizationId,
      before: row.before ?? null,
      after: row.after ?? null,
      requestId: row.requestId,
      prevHash,
    };
    pids.push(String(row.pid));
    prevHashes.push(prevHash);
    prevHash = sealEntry(unsealed, key);
    hashes.push(prevHash);
  }
  // The head moves only if no other sealer moved it since the read (then this pass's pending rows
  // are all still there: only sealers delete them); the entries are copied from their pending rows
  // with the seq and seals computed above. "audit_sealed" undoes everything should a row be gone.
  const [written] = await statement<{ sealed: number }>(
    Prisma.sql`
    WITH "head" AS (
      UPDATE "AuditHead" SET "seq" = ${seq}, "hash" = ${prevHash}
      WHERE "id" = 1 AND "seq" = ${from} AND "hash" = ${first.headHash}
      RETURNING "id"),
    "sealed" AS (
      SELECT s.* FROM unnest(${pids}::bigint[], ${prevHashes}::text[], ${hashes}::text[])
        WITH ORDINALITY AS s("pid", "prevHash", "hash", "n")
      WHERE EXISTS (SELECT 1 FROM "head")),
    "taken" AS (
      DELETE FROM "AuditPending" p USING "sealed" s WHERE p."pid" = s."pid"
      RETURNING p.*, s."prevHash", s."hash", s."n"),
    "written" AS (
      INSERT INTO "AuditEntry" ("id", "seq", "at", "actor", "action", "targetType", "targetId", "organizationId",
                                "before", "after", "requestId", "prevHash", "hash")
      SELECT t."id", ${from} + t."n", t."at", t."actor", t."action", t."targetType", t."targetId",
             t."organizationId", t."before", t."after", t."requestId", t."prevHash", t."hash"
      FROM "taken" t ORDER BY t."n"
      RETURNING 1)
    SELECT "audit_sealed"(
      CASE WHEN EXISTS (SELECT 1 FROM "head") THEN ${pids.length}::int ELSE 0 END,
      (SELECT count(*) FROM "written")::int) AS "sealed"`,
  );
  return written !== undefined && written.sealed > 0 ? written.sealed : null;
}

/**
 * How long a pass nobody waits for (`sealSoon`, after a commit whose writer answers without its seal)
 * gathers the commits that follow before it starts: under load one pass, two statements, seals the
 * entries of many writes instead of one pass per write (a pass cost ~1.6 ms of Node CPU however few
 * entries it sealed), and the passes of two processes overlap less (when they do, one loses the
 * head's compare-and-set and reads again: 35% of rounds without gathering in `pnpm bench`'s
 * enrollment, ~12% with). Readers never wait for it: `seal()` starts a gathering pass at once.
 */
export const SEAL_GATHER_MS = 100;

/** A pass waiting for its moment: its timer, what its waiters get, and how to hand them the pass that covers them. */
interface Gathering {
  readonly timer: ReturnType<typeof setTimeout>;
  readonly done: Promise<void>;
  readonly follow: (pass: Promise<void>) => void;
}

/**
 * Seals committed pending entries into the chain, for one database client: `seal()` runs passes
 * until nothing committed before the call is left pending. Calls coalesce — at most one pass runs
 * and one more waits, shared by everyone who called while the first ran — so under load one pass
 * seals the entries of many writes; passes nobody waits for (`sealSoon`) also gather for
 * SEAL_GATHER_MS first. Several processes on one database may seal at once.
 */
export class AuditSealer {
  #running: Promise<void> | null = null;
  #queued: Promise<void> | null = null;
  #gathering: Gathering | null = null;

  /**
   * A sealer writing through `db` (a client, not a transaction) under `key`; `log` hears of passes
   * that failed after a commit; `gatherMs`: how long a `sealSoon` pass gathers.
   */
  constructor(
    private readonly db: AuditSealClient,
    private readonly key: AuditKey,
    private readonly log: (line: string) => void = () => {},
    private readonly gatherMs: number = SEAL_GATHER_MS,
  ) {}

  /**
   * `seal()` after a write committed: a failure (the database gone) is logged, not thrown — the
   * write is committed and its entries stay pending until the next pass of this or any process.
   */
  sealCommitted(): Promise<void> {
    return this.#logged(this.seal());
  }

  /**
   * `sealCommitted()` for a writer that does not wait for it (an enrollment batch, a bulk import's
   * batch): the pass starts `gatherMs` later, shared with every commit meanwhile, or at once when a
   * reader calls `seal()` or the client closes (`settle`). Never rejects, like `sealCommitted`.
   */
  sealSoon(): Promise<void> {
    if (this.#gathering !== null) return this.#gathering.done;
    let follow: Gathering['follow'] = () => {};
    const done = new Promise<void>((resolve) => {
      follow = (pass) => resolve(this.#logged(pass));
    });
    // The timer's seal() hands its pass to this gathering's waiters (which log its failure).
    const timer = setTimeout(() => void this.seal(), this.gatherMs);
    this.#gathering = { timer, done, follow };
    return done;
  }

  /**
   * Seals every entry committed before this call (and whatever else is pending by then); resolves
   * when they are in "AuditEntry". Rejects when the database does (the entries stay pending, for
   * the next pass of this or any process). Never call it inside a transaction that queued entries.
   * A gathering pass (`sealSoon`) starts now: this call's pass covers its waiters.
   */
  seal(): Promise<void> {
    const pass = this.#next();
    const gathering = this.#gathering;
    if (gathering !== null) {
      this.#gathering = null;
      clearTimeout(gathering.timer);
      gathering.follow(pass);
    }
    return pass;
  }

  /**
   * Waits for the pass that is running or queued, if any, starting a gathering one at once, and
   * starts no other (before closing the client).
   */
  async settle(): Promise<void> {
    if (this.#gathering !== null) await this.seal().catch(() => undefined);
    await (this.#queued ?? this.#running)?.catch(() => undefined);
  }

  /** A pass that covers every entry committed before now: the one queued, else a new one (queued if one runs). */
  #next(): Promise<void> {
    if (this.#queued !== null) return this.#queued;
    if (this.#running === null) return this.#start();
    const after = this.#running.catch(() => undefined);
    const queued = after.then(() => {
      this.#queued = null;
      return this.#start();
    });
    this.#queued = queued;
    return queued;
  }

  /** `pass`, with its failure logged instead of thrown (the entries stay pending). */
  async #logged(pass: Promise<void>): Promise<void> {
    try {
      await pass;
    } catch (error) {
      this.log(
        `audit entries committed but not sealed yet (they stay pending; the next pass seals them): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  #start(): Promise<void> {
    const run = this.#pass().finally(() => {
      if (this.#running === run) this.#running = null;
    });
    this.#running = run;
    return run;
  }

  /**
   * Rounds until one seals less than a batch, their statements on one connection of the pg pool
   * taken once for the pass (statements.ts `withStatements`; through Prisma on PGlite or a wrapped
   * client): the connection is held while Node seals a round's entries between its two statements.
   */
  #pass(): Promise<void> {
    return withStatements(this.db, async (statement) => {
      for (;;) {
        const sealed = await sealRound(statement, this.key);
        // Less than a batch: everything committed before the read is sealed. A full batch may have
        // left more behind; a lost race (null: another process sealed first) reads again at once.
        if (sealed !== null && sealed < SEAL_BATCH) return;
      }
    });
  }
}

const sealers = new WeakMap<object, AuditSealer>();

/** The one sealer of a database client in this process (made on first use, with `log` then). */
export function auditSealer(db: AuditSealClient, key: AuditKey, log?: (line: string) => void): AuditSealer {
  let sealer = sealers.get(db);
  if (sealer === undefined) {
    sealer = new AuditSealer(db, key, log);
    sealers.set(db, sealer);
  }
  return sealer;
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
