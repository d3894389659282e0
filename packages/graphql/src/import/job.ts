// A bulk import of members: a file's rows registered through core's `registerMember` (every rule of
// the registry: ID checks, age 16, one person one record, the ID-claim limit), many rows per unit of
// work, each batch committed together with the job's checkpoint and the problems of its refused rows.
// Set-based: a batch looks its ID numbers up in two statements, decides every row in memory, and
// writes its members, their events, problems and people with one statement per table and one audit
// entry (`member.imported`), whatever its size.
//
// Idempotent and resumable. The job is keyed by (organization, SHA-256 of the file): the same file
// again finds the finished job and creates nothing; a process killed mid-import left its last batch
// uncommitted and the checkpoint at the batch before, so a re-run skips the committed rows and does the
// rest. Each batch locks the job's row first (two runs of the same file take turns batch by batch and
// never register a row twice) and the organization's row in share mode (like a single registration),
// so other writes, imports into other organizations and registrations into this one keep going.

import { createHash, randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import {
  acftu2016,
  type Change,
  type CommandEnv,
  chinaToday,
  type Member,
  type MemberReader,
  type MembershipRecord,
  type Organization,
  registerMember,
  type UnitOfWork,
} from '@gonghui/core';
import { Prisma } from '../generated/prisma/client.js';
import { keepImportAlive } from '../hardening/import-limit.js';
import { type AuditActor, auditSealer } from '../store/audit.js';
import type { Database } from '../store/database.js';
import { violatedUniqueIndex } from '../store/db-errors.js';
import { claimsCount, countClaimsUnlocked, importedLog, importedRows } from '../store/member.js';
import type { PersonalData, PersonalDataCipher, SealedPersonalData } from '../store/personal-data.js';
import { PrismaStore, RACE_ATTEMPTS, unitOfWork } from '../store/prisma-store.js';
import { copyInOf, directTransactionOf } from '../store/statements.js';
import type { Tx, UnitState } from '../store/unit.js';
import { type ColumnMap, columnOf } from './columns.js';
import { preparedRows, type Row } from './prepare.js';
import { type ImportFile, ImportFileError } from './source.js';

/** A job as it stands: what the API and the CLI show. */
export type MemberImportJob = Prisma.MemberImportGetPayload<object>;

/** Rows per unit of work by default: big enough that a batch's fixed cost is small, small enough that a batch is short. */
export const DEFAULT_BATCH_ROWS = 500;

/** Files from this size up are prepared in a worker thread by default (a smaller one costs less than starting one). */
export const WORKER_FILE_BYTES = 1024 * 1024;

/** What an import needs. */
export interface ImportOptions {
  /** The organization (grassroots union, branch or group) every row joins. */
  readonly organizationId: string;
  readonly file: ImportFile;
  /** Who imports: the audit entries of its registrations name them. */
  readonly who: AuditActor;
  readonly env: CommandEnv;
  /** Rows per unit of work (default DEFAULT_BATCH_ROWS). */
  readonly batchRows?: number;
  /** Prepare the rows in a worker thread (when the file is on disk and one can start here); default: files of WORKER_FILE_BYTES or more. */
  readonly prepareInWorker?: boolean;
  /** Called with the job after every committed batch (and at the start and the end). */
  readonly onProgress?: (job: MemberImportJob) => void;
}

/** SHA-256 of a file's bytes, hex: the identity of an import. */
export async function fileHash(file: ImportFile): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of file.open()) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The job of this file in this organization: the existing one (to continue or to report), or a new one.
 * With `admit`, a new one is created only in a transaction where `admit` did not throw (the API's bound
 * on running jobs: src/hardening/import-limit.ts), which is also given the existing one to decide on.
 */
export async function claimJob(
  db: Pick<Database, 'prisma'>,
  options: Pick<ImportOptions, 'organizationId' | 'file' | 'who'> & {
    readonly admit?: (tx: Prisma.TransactionClient, existing: MemberImportJob | null) => Promise<void>;
  },
): Promise<MemberImportJob> {
  const hash = await fileHash(options.file);
  const key = { organizationId: options.organizationId, fileHash: hash };
  const claim = async (tx: Prisma.TransactionClient) => {
    // Two runs of one file at once: the unique key decides which one creates it; both then use it.
    await tx.memberImport.createMany({
      data: [
        {
          id: randomUUID(),
          ...key,
          fileName: options.file.name,
          actor: options.who.actor,
          status: 'RUNNING',
          bytesTotal: BigInt(options.file.size),
        },
      ],
      skipDuplicates: true,
    });
    return tx.memberImport.findUniqueOrThrow({ where: { organizationId_fileHash: key } });
  };
  const { admit } = options;
  if (admit === undefined) return claim(db.prisma);
  return db.prisma.$transaction(async (tx) => {
    const existing = await tx.memberImport.findUnique({ where: { organizationId_fileHash: key } });
    await admit(tx, existing);
    return existing ?? claim(tx);
  });
}

/**
 * Imports a file's members into an organization, or continues the import of the same file; returns
 * the job as it ended (DONE, or FAILED with a file-level error). Throws only on faults (the database
 * gone), leaving the job RUNNING at its last checkpoint for a re-run.
 */
export async function importMembers(
  db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
  options: ImportOptions,
): Promise<MemberImportJob> {
  const job = await claimJob(db, options);
  if (job.status !== 'RUNNING') return job;
  return runJob(db, job, options);
}

/** Runs a RUNNING job from its checkpoint to the end of its file, writing its heartbeat meanwhile (src/hardening/import-limit.ts). */
export async function runJob(
  db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
  job: MemberImportJob,
  options: ImportOptions,
): Promise<MemberImportJob> {
  const alive = keepImportAlive(db.prisma, job.id);
  try {
    return await runFromCheckpoint(db, job, options);
  } finally {
    alive.stop();
  }
}

/** Runs a RUNNING job from its checkpoint to the end of its file. */
async function runFromCheckpoint(
  db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
  job: MemberImportJob,
  options: ImportOptions,
): Promise<MemberImportJob> {
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  options.onProgress?.(job);
  let columns: ColumnMap | undefined;
  let current = job;
  // One batch commits while the next is read and prepared (its personal data sealed): the
  // process works while the database does. Batches still commit one after the other, in order.
  let committing: Promise<void> = Promise.resolve();
  // The checkpoint the batch being committed will leave: the next batch is decided on it ahead.
  let after = job.committedRow;
  const commit = async (rows: Row[], bytesRead: number) => {
    const batch = { ...options, columns: columns as ColumnMap };
    // Decided while the batch before commits (its lookups see every batch before that one).
    const ahead = decideAhead(db, current.id, rows, batch, after);
    ahead.catch(() => undefined); // a failure decides inside the transaction instead
    after = rows[rows.length - 1]?.row ?? after;
    await committing;
    const decided = await ahead.catch(() => null);
    committing = commitBatch(db, current, rows, batch, bytesRead, decided).then((committed) => {
      current = committed;
      options.onProgress?.(current);
    });
    committing.catch(() => undefined); // awaited by the next commit; a failure surfaces there
  };
  try {
    const inWorker = options.prepareInWorker ?? options.file.size >= WORKER_FILE_BYTES;
    const request = {
      organizationId: options.organizationId,
      committedRow: job.committedRow,
      batchRows,
      // What registerMember decides under: the importing union's rule set (the server's), today.
      rules: options.env.rules ?? acftu2016,
      today: chinaToday(options.env.clock),
    };
    try {
      for await (const prepared of preparedRows(
        options.file,
        db.personalData,
        () => options.env.ids.next(),
        request,
        inWorker,
      )) {
        if (prepared.kind === 'header') {
          columns = prepared.columns;
          current = await db.prisma.memberImport.update({
            where: { id: job.id },
            data: { encoding: prepared.encoding },
          });
        } else await commit(prepared.rows, prepared.bytesRead);
      }
    } finally {
      // The rows read before the file went wrong are committed, then the file's error ends the job.
      await committing;
    }
    return finish(db, job.id, { status: 'DONE', bytesRead: BigInt(options.file.size) }, options);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return finish(db, job.id, { status: 'FAILED', error: `${error.code}: ${error.message}` }, options);
  }
}

/** Ends a job once the audit entries of its batches are sealed into the chain. */
async function finish(
  db: Pick<Database, 'prisma' | 'auditKey'>,
  id: string,
  data: Prisma.MemberImportUpdateInput,
  options: Pick<ImportOptions, 'onProgress'>,
): Promise<MemberImportJob> {
  await auditSealer(db.prisma, db.auditKey).sealCommitted();
  // Conditional: a concurrent run of the same file may have finished it first.
  await db.prisma.memberImport.updateMany({
    where: { id, status: 'RUNNING' },
    data: { ...data, finishedAt: new Date() } as Prisma.MemberImportUpdateManyMutationInput,
  });
  const done = await db.prisma.memberImport.findUniqueOrThrow({ where: { id } });
  options.onProgress?.(done);
  return done;
}

/**
 * The batch's cipher: the members prepared ahead get their sealed columns back when the store seals
 * the same data for the same member id; anything else is sealed as usual.
 */
function preparedCipher(personalData: PersonalDataCipher, rows: readonly Row[]): PersonalDataCipher {
  const prepared = new Map(
    rows.flatMap((r) => ('prepared' in r && r.prepared !== null ? [[r.prepared.memberId, r.prepared]] : [])),
  );
  const seal = (memberId: string, data: PersonalData): SealedPersonalData => {
    const ahead = prepared.get(memberId);
    const same =
      ahead !== undefined &&
      ahead.data.idNumber === data.idNumber &&
      ahead.data.phone === data.phone &&
      ahead.data.birthDate === data.birthDate;
    return same ? ahead.sealed : personalData.seal(memberId, data);
  };
  return new Proxy(personalData, {
    get(target, key) {
      if (key === 'seal') return seal;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** An import's options and the file's columns. */
interface BatchOptions extends ImportOptions {
  readonly columns: ColumnMap;
}

/** What one batch decided, counted, and the ID numbers it met first. */
interface BatchOutcome {
  imported: number;
  skipped: number;
  rejected: number;
  problems: { row: number; column: string; code: string; message: string }[];
  /** ID numbers (blind index) no earlier row of the file holds, with their row. */
  people: { idNumberHash: string; row: number }[];
}

/**
 * Commits a batch (`attemptBatch`), with its decisions made ahead when they still hold; when a
 * concurrent import (or, decided ahead, the batch just before) registered one of its new people first
 * (the unique key of "Member"."idNumberHash" or of "MemberImportPerson" refused the insert), or what
 * it was decided ahead on changed, the batch runs again from its lookups, inside its transaction.
 */
async function commitBatch(
  db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
  job: MemberImportJob,
  rows: readonly Row[],
  options: BatchOptions,
  bytesRead: number,
  ahead: DecidedAhead | null,
): Promise<MemberImportJob> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptBatch(db, job, rows, options, bytesRead, attempt === 1 ? ahead : null);
    } catch (error) {
      if (error instanceof DecidedOnStale) continue;
      if (attempt >= RACE_ATTEMPTS || violatedUniqueIndex(error) === null) throw error;
    }
  }
}

/** The lookups of a batch's ID numbers (`hashes`), on `db` (a transaction, or the client outside one). */
async function lookUp(db: Tx, jobId: string, hashes: string[]): Promise<BatchLookups> {
  // The rows of earlier batches holding the batch's ID numbers: this file's duplicates, however far apart.
  // One text parameter, split by the database: cheaper to send than a text[] of as many elements.
  const list = hashes.join(' ');
  const seen = await db.$queryRaw<{ idNumberHash: string; row: number }[]>`
    SELECT "idNumberHash", "row" FROM "MemberImportPerson"
    WHERE "importId" = ${jobId} AND "idNumberHash" = ANY(string_to_array(${list}, ' '))`;
  const found = await db.$queryRaw<{ idNumberHash: string; organizationId: string }[]>`
    SELECT "idNumberHash", "organizationId" FROM "Member"
    WHERE "idNumberHash" = ANY(string_to_array(${list}, ' '))`;
  return {
    earlier: new Map(seen.map((p) => [p.idNumberHash, p.row])),
    registered: new Map(found.map((m) => [m.idNumberHash, m.organizationId])),
  };
}

/** The distinct blind indexes of a batch's rows. */
function batchHashes(rows: readonly Row[]): string[] {
  return [...new Set(rows.flatMap((r) => ('input' in r ? [r.hash] : [])))];
}

/**
 * A batch decided outside its transaction, while the batch before it commits: on the job's checkpoint
 * at `after`, the organization and the importer's count of ID claims as read then, lookups that found
 * none of its people registered. Its transaction applies these decisions if the checkpoint, the
 * organization and the count are still the same (else it decides again, inside); a person the batch
 * before registered or met meanwhile makes the insert fail on a unique key, and the batch runs again.
 */
interface DecidedAhead {
  readonly after: number;
  readonly organization: string;
  readonly claims: { readonly since: string; readonly count: number } | undefined;
  readonly changes: readonly Change[];
  readonly outcome: BatchOutcome;
}

/** The decisions of a batch ahead of its transaction (`DecidedAhead`), or null when one of its people is registered already. */
async function decideAhead(
  db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
  jobId: string,
  rows: readonly Row[],
  options: BatchOptions,
  after: number,
): Promise<DecidedAhead | null> {
  const lookups = await lookUp(db.prisma, jobId, batchHashes(rows));
  if (lookups.registered.size > 0) return null;
  const personalData = preparedCipher(db.personalData, rows);
  // Readers outside any transaction, as `PrismaStore.alone` reads: the organization read, not locked.
  const state: UnitState = {
    plan: { mode: 'share', organizations: [] },
    locked: new Map(),
    rows: new Map(),
    trailing: [],
  };
  const uow = unitOfWork({ tx: db.prisma, state, personalData, who: options.who }, []);
  let organization: Promise<Organization | null> | undefined;
  let claims: DecidedAhead['claims'];
  let changes: readonly Change[] = [];
  const reading: UnitOfWork = {
    ...uow,
    organizations: {
      ...uow.organizations,
      findById: (id) => {
        if (id !== options.organizationId) return uow.organizations.findById(id);
        organization ??= uow.organizations.findById(id);
        return organization;
      },
    },
    members: {
      ...uow.members,
      // Not behind the claims lock: it would wait for the batch committing meanwhile, which holds it.
      countIdNumberClaims: async (since) => {
        const count = await countClaimsUnlocked(db.prisma, options.who.actor, since);
        claims = { since, count };
        return count;
      },
    },
    apply: async (decided) => {
      changes = decided;
      // The batch's rows as its statements send them (COPY on its direct transaction on PostgreSQL),
      // made now rather than inside its transaction.
      // Its audit entry's members too: what the transaction's last statement queues.
      const form = directTransactionOf(db.prisma) ? 'copy' : 'json';
      for (const change of decided) {
        if (change.type !== 'member.imported') continue;
        importedRows(change, personalData, form);
        await setImmediate();
        importedLog(change);
      }
    },
  };
  const outcome = await decideBatch(
    reading,
    jobId,
    options,
    rows.filter((r) => r.row > after),
    lookups,
    DECIDE_SLICE,
  );
  return { after, organization: organizationKey(await organization), claims, changes, outcome };
}

/** What of the organization a registration decides on: the same key, the same decisions. */
function organizationKey(organization: Organization | null | undefined): string {
  if (!organization) return '';
  return JSON.stringify([organization.id, organization.name, organization.status, organization.kind]);
}

/**
 * Rows decided ahead between two turns of the event loop: the commands of a batch resolve without
 * I/O, so unbroken they would hold the thread while the batch before waits to hear from its
 * statements (and to send its next one).
 */
const DECIDE_SLICE = 100;

/** A batch decided ahead on what has changed since: its transaction rolls back and it runs again, deciding inside. */
class DecidedOnStale extends Error {
  override readonly name = 'DecidedOnStale';
}

/** The job's checkpoint and counts as a batch's UPDATE left them (`checkpointJob`). */
interface Checkpoint {
  readonly committedRow: number;
  readonly imported: number;
  readonly skipped: number;
  readonly rejected: number;
  readonly status: MemberImportJob['status'];
}

/**
 * Moves the job's checkpoint to `last` and adds the batch's counts, if its checkpoint is still at
 * `at` (the row is locked by this statement, or was by the batch's `FOR UPDATE`); the job's counts
 * after it, or undefined when a concurrent run of the file moved the checkpoint first.
 */
async function checkpointJob(
  tx: Tx,
  jobId: string,
  at: number,
  last: number,
  outcome: BatchOutcome,
  bytesRead: number,
): Promise<Checkpoint | undefined> {
  const [row] = await tx.$queryRaw<Checkpoint[]>`
    UPDATE "MemberImport"
    SET "committedRow" = ${last}, "imported" = "imported" + ${outcome.imported}::int,
        "skipped" = "skipped" + ${outcome.skipped}::int, "rejected" = "rejected" + ${outcome.rejected}::int,
        "bytesRead" = ${String(bytesRead)}::bigint, "updatedAt" = now()
    WHERE "id" = ${jobId} AND "committedRow" = ${at}
    RETURNING "committedRow", "imported", "skipped", "rejected", "status"::text AS "status"`;
  return row;
}

/**
 * A batch decided ahead, in its transaction's first statement: the job's checkpoint moved from the
 * one the batch was decided on (`checkpointJob`: the job's row locked, its counts returned) and, only
 * if it was still there, the batch's people and problems written; with the importer's ID claims
 * counted since `ahead.claims.since` (as decided ahead, outside the claims lock: a batch decided
 * ahead claims no number, it found none registered), else -1. Undefined when the checkpoint moved.
 */
async function checkpointAhead(
  tx: Tx,
  jobId: string,
  last: number,
  ahead: DecidedAhead,
  actor: string,
  bytesRead: number,
): Promise<(Checkpoint & { readonly claims: number }) | undefined> {
  const { outcome } = ahead;
  // Blind indexes (key id, base64url) and row numbers: one text parameter each, split by the database.
  const hashes = outcome.people.map((p) => p.idNumberHash).join(' ');
  const rows = outcome.people.map((p) => p.row).join(' ');
  const claims = ahead.claims ? claimsCount(actor, ahead.claims.since) : Prisma.sql`-1`;
  const [row] = await tx.$queryRaw<(Checkpoint & { claims: number })[]>`
    WITH "job" AS (
      UPDATE "MemberImport"
      SET "committedRow" = ${last}, "imported" = "imported" + ${outcome.imported}::int,
          "skipped" = "skipped" + ${outcome.skipped}::int, "rejected" = "rejected" + ${outcome.rejected}::int,
          "bytesRead" = ${String(bytesRead)}::bigint, "updatedAt" = now()
      WHERE "id" = ${jobId} AND "committedRow" = ${ahead.after}
      RETURNING "committedRow", "imported", "skipped", "rejected", "status"::text AS "status"),
    "people" AS (
      INSERT INTO "MemberImportPerson" ("importId", "idNumberHash", "row")
      SELECT ${jobId}, p."idNumberHash", p."row"::int
      FROM unnest(string_to_array(${hashes}, ' '), string_to_array(${rows}, ' ')) AS p("idNumberHash", "row")
      WHERE EXISTS (SELECT 1 FROM "job")),
    "problems" AS (
      INSERT INTO "MemberImportProblem" ("importId", "row", "column", "code", "message")
      SELECT ${jobId}, p."row", p."column", p."code", p."message"
      FROM json_to_recordset(${JSON.stringify(outcome.problems)}::json)
           AS p("row" int, "column" text, "code" text, "message" text)
      WHERE EXISTS (SELECT 1 FROM "job")
      ON CONFLICT DO NOTHING)
    SELECT j.*, ${claims} AS "claims" FROM "job" j`;
  return row;
}

/**
 * One unit of work for a batch of rows: the job row locked and its checkpoint read (rows a concurrent
 * run committed meanwhile are left out), the batch's ID numbers looked up in two statements, then
 * core's registerMember for every row (in memory: the organization is the locked one, the ID numbers
 * were looked up), all registrations applied as one `member.imported` change (one statement per table,
 * one audit entry), then the checkpoint, the counts, the problems and the people in the same
 * transaction, one statement each. With decisions made `ahead` on the checkpoint it finds, it applies
 * those instead of looking up and deciding, once it has checked the organization and the claims; its
 * first statement then moves the checkpoint from the one it was decided on, writes its people and
 * problems and counts the claims (`checkpointAhead`: a checkpoint moved meanwhile leaves nothing
 * written, another count of claims rolls it back, and the batch is decided again).
 * Returns `job` with the counts the batch's UPDATE returned (the job as a concurrent run left it
 * when that run committed the batch's rows).
 */
async function attemptBatch(
  db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
  job: MemberImportJob,
  rows: readonly Row[],
  options: BatchOptions,
  bytesRead: number,
  ahead: DecidedAhead | null,
): Promise<MemberImportJob> {
  const jobId = job.id;
  const last = rows[rows.length - 1]?.row ?? 0;
  let committedRow = 0;
  let lookups: BatchLookups | undefined;
  let outcome: BatchOutcome | undefined;
  let checkpoint: Checkpoint | undefined;
  const store = new PrismaStore({ ...db, personalData: preparedCipher(db.personalData, rows) }, options.who, {
    locks: { mode: 'share', organizations: [options.organizationId] },
    // The next batch works while this one's audit entry is sealed; the job waits for the seal at its end.
    awaitSeal: false,
    // Decided ahead, the unit sends raw statements only: on PostgreSQL straight on the pg pool.
    direct: ahead !== null,
    beforeWork: async (tx) => {
      checkpoint = undefined;
      if (ahead !== null) {
        const moved = await checkpointAhead(tx, jobId, last, ahead, options.who.actor, bytesRead);
        // Another run of the file committed meanwhile, or the importer's claims changed: decided
        // again, inside a transaction of Prisma's.
        if (moved === undefined || moved.claims !== (ahead.claims?.count ?? -1)) throw new DecidedOnStale();
        const { claims: _, ...counts } = moved;
        checkpoint = counts;
        committedRow = ahead.after;
        return;
      }
      const [locked] = await tx.$queryRaw<{ committedRow: number }[]>`
        SELECT "committedRow" FROM "MemberImport" WHERE "id" = ${jobId} FOR UPDATE`;
      committedRow = locked?.committedRow ?? 0;
      lookups = await lookUp(tx, jobId, batchHashes(rows));
    },
    beforeCommit: async (tx) => {
      // Decided ahead, its first statement wrote what this writes (beforeWork).
      if (outcome === undefined || last <= committedRow || ahead !== null) return;
      if (outcome.problems.length > 0) {
        await tx.$executeRaw`
          INSERT INTO "MemberImportProblem" ("importId", "row", "column", "code", "message")
          SELECT ${jobId}, p."row", p."column", p."code", p."message"
          FROM json_to_recordset(${JSON.stringify(outcome.problems)}::json)
               AS p("row" int, "column" text, "code" text, "message" text)
          ON CONFLICT DO NOTHING`;
      }
      const copyIn = copyInOf(tx);
      if (outcome.people.length > 0 && copyIn) {
        // A UUID, blind indexes (key id, base64url) and numbers: nothing COPY's text format escapes.
        const lines = outcome.people.map((p) => `${jobId}\t${p.idNumberHash}\t${p.row}\n`);
        await copyIn(
          'COPY "MemberImportPerson" ("importId", "idNumberHash", "row") FROM STDIN',
          lines.join(''),
        );
      } else if (outcome.people.length > 0) {
        await tx.$executeRaw`
          INSERT INTO "MemberImportPerson" ("importId", "idNumberHash", "row")
          SELECT ${jobId}, p."idNumberHash", p."row"
          FROM json_to_recordset(${JSON.stringify(outcome.people)}::json) AS p("idNumberHash" text, "row" int)`;
      }
      checkpoint = await checkpointJob(tx, jobId, committedRow, last, outcome, bytesRead);
    },
  });
  await store.transaction(async (uow) => {
    outcome = undefined;
    const todo = rows.filter((r) => r.row > committedRow);
    if (todo.length === 0) return;
    if (lookups === undefined && ahead !== null) {
      // Decided ahead on this checkpoint (and count of claims: beforeWork): still on the same organization?
      const organization = organizationKey(await uow.organizations.findById(options.organizationId));
      if (organization !== ahead.organization) throw new DecidedOnStale();
      await uow.apply(ahead.changes);
      outcome = ahead.outcome;
      return;
    }
    outcome = await decideBatch(uow, jobId, options, todo, lookups as BatchLookups);
  });
  // The job as this batch left it, or (nothing left to commit) as a concurrent run of the file did.
  if (checkpoint === undefined) return db.prisma.memberImport.findUniqueOrThrow({ where: { id: jobId } });
  return { ...job, ...checkpoint, bytesRead: BigInt(bytesRead), updatedAt: new Date() };
}

/** What a batch looked up before its work: members holding its ID numbers, and earlier rows of the file holding them. */
interface BatchLookups {
  /** Blind index → organization of the member holding it. */
  readonly registered: ReadonlyMap<string, string>;
  /** Blind index → the row of an earlier batch holding it. */
  readonly earlier: ReadonlyMap<string, number>;
}

/**
 * Runs registerMember for each row in one unit of work and applies every change at once. A row whose
 * ID number an earlier row of the file holds (in an earlier batch or this one) is IMPORT_DUPLICATE_ROW
 * before any command runs. The readers are the unit's own, except that an ID number is looked up in
 * `registered` (the batch's one lookup), and the viewer's ID-claim count is read once and then counted on.
 * With `pauseEvery`, one turn of the event loop every that many rows (deciding ahead: `DECIDE_SLICE`).
 */
async function decideBatch(
  uow: UnitOfWork,
  importId: string,
  options: BatchOptions,
  rows: readonly Row[],
  lookups: BatchLookups,
  pauseEvery = 0,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { imported: 0, skipped: 0, rejected: 0, problems: [], people: [] };
  const firstRow = new Map(lookups.earlier);
  let claims: number | undefined;
  let holder: Member | null = null;
  let hash = '';
  const members: MemberReader = {
    findById: (id) => uow.members.findById(id),
    engagementOf: (memberId) => uow.members.engagementOf(memberId),
    findLapseCandidates: (...args) => uow.members.findLapseCandidates(...args),
    findLiveHeldBy: (organizationId, limit) => uow.members.findLiveHeldBy(organizationId, limit),
    async findByIdNumber(idNumber) {
      // Asked for the row being decided (its blind index is `hash`): only a number the lookup found is read.
      holder = lookups.registered.has(hash) ? await uow.members.findByIdNumber(idNumber) : null;
      return holder;
    },
    async countIdNumberClaims(since) {
      claims ??= await uow.members.countIdNumberClaims(since);
      return claims;
    },
  };
  const unit: UnitOfWork = { ...uow, members };
  const changes: Change[] = [];
  const imported: { member: Member; event: MembershipRecord }[] = [];
  for (const [n, row] of rows.entries()) {
    if (pauseEvery > 0 && n > 0 && n % pauseEvery === 0) await setImmediate();
    if ('problems' in row) {
      outcome.rejected++;
      for (const p of row.problems) outcome.problems.push({ row: row.row, ...p });
      continue;
    }
    hash = row.hash;
    const first = firstRow.get(hash);
    if (first !== undefined) {
      outcome.rejected++;
      outcome.problems.push({
        row: row.row,
        column: columnOf(options.columns, ['idNumber']),
        code: 'IMPORT_DUPLICATE_ROW',
        message: `the same ID number as row ${first} of this file`,
      });
      continue;
    }
    firstRow.set(hash, row.row);
    outcome.people.push({ idNumberHash: hash, row: row.row });
    holder = null;
    const ids = row.prepared === null ? [] : [row.prepared.memberId, row.prepared.eventId];
    const env = { ...options.env, ids: { next: () => ids.shift() ?? options.env.ids.next() } };
    const decided = await registerMember(unit, env, row.input);
    if (decided.ok) {
      for (const change of decided.value.changes) {
        if (change.type === 'member.registered')
          imported.push({ member: change.member, event: change.event });
        else changes.push(change);
      }
      outcome.imported++;
      continue;
    }
    const found = holder as Member | null;
    if (
      decided.error.code === 'MEMBER_ID_NUMBER_TAKEN' &&
      found?.membership.organizationId === options.organizationId
    ) {
      outcome.skipped++; // already a member here: nothing to do, nothing to ask
      continue;
    }
    // A refusal the command records (the claim of a number registered elsewhere) is applied like its changes.
    if ('changes' in decided) {
      changes.push(...decided.changes);
      if (claims !== undefined) claims++;
    }
    outcome.rejected++;
    outcome.problems.push({
      row: row.row,
      column: columnOf(options.columns, decided.error.path),
      code: decided.error.code,
      message:
        decided.error.code === 'MEMBER_ID_NUMBER_TAKEN'
          ? 'already a member of another union: ask that union to transfer the membership (会籍转接)'
          : decided.error.message,
    });
  }
  if (imported.length > 0) {
    changes.push({
      type: 'member.imported',
      importId,
      organizationId: options.organizationId,
      registered: imported,
    });
  }
  await uow.apply(changes);
  return outcome;
}
