import { type Change, type ChangeHandlers, handleChange, type Store, type UnitOfWork } from '@gonghui/core';
import type { PrismaClient } from '../generated/prisma/client.js';
import { activityAudits, activityReader, activityWriters } from './activity.js';
import {
  type AuditActor,
  type AuditEvent,
  auditSealer,
  pendingInsert,
  queueAuditEntry,
  SYSTEM_ACTOR,
} from './audit.js';
import type { AuditKey } from './audit-seal.js';
import { bargainingAudits, bargainingReader, bargainingWriters } from './bargaining.js';
import { benefitAudits, benefitReader, benefitWriters } from './benefit.js';
import { congressAudits, congressReader, congressWriters } from './congress.js';
import type { Database } from './database.js';
import { isRaceLost } from './db-errors.js';
import { answerInsert, IdempotencyKeyTaken, type KeyedAnswer } from './idempotency.js';
import {
  flushMemberTallies,
  memberAudits,
  memberBulkWriters,
  memberReader,
  memberWriters,
} from './member.js';
import { organizationAudits, organizationReader, organizationWriters } from './organization.js';
import type { PersonalDataCipher } from './personal-data.js';
import { directTransactionOf } from './statements.js';
import {
  type BulkWriters,
  flushTrailing,
  type Tx,
  type UnitContext,
  type UnitState,
  withTrailing,
} from './unit.js';
import { type LockedOrganization, type LockPlan, lockOrganizations } from './write-lock.js';

/** How every change is written: one line per module (store/<module>.ts). */
const WRITERS: ChangeHandlers<Change, UnitContext, Promise<void>> = {
  ...organizationWriters,
  ...memberWriters,
  ...congressWriters,
  ...activityWriters,
  ...benefitWriters,
  ...bargainingWriters,
};

/** Changes written many at once when they come in a run of one type: one line per module that has any. */
const BULK_WRITERS: BulkWriters<Change> = {
  ...memberBulkWriters,
};

/**
 * Writes changes in order; a run of changes of one type that has a bulk writer is written at once.
 * A writer's trailing writes go out before the next writer's statements (or with the unit's last).
 */
async function writeChanges(unit: UnitContext, changes: readonly Change[]): Promise<void> {
  for (let at = 0; at < changes.length; ) {
    await flushTrailing(unit);
    const type = (changes[at] as Change).type;
    const bulk = BULK_WRITERS[type] as ((unit: UnitContext, run: Change[]) => Promise<void>) | undefined;
    let end = at + 1;
    if (bulk) while (changes[end]?.type === type) end++;
    if (bulk) await bulk(unit, changes.slice(at, end));
    else await handleChange(WRITERS, unit, changes[at] as Change);
    at = end;
  }
}

/** What every change writes to the audit log: one line per module. */
const AUDITS: ChangeHandlers<Change, undefined, AuditEvent[]> = {
  ...organizationAudits,
  ...memberAudits,
  ...congressAudits,
  ...activityAudits,
  ...benefitAudits,
  ...bargainingAudits,
};

/** The audit events of a core change: every change has one, some a second (see the modules' tables). */
export function auditEventsOf(change: Change): AuditEvent[] {
  return handleChange(AUDITS, undefined, change);
}

/**
 * The core `UnitOfWork` over one open transaction: every module's reader, and `apply` writing the
 * changes there and collecting their audit events in `audit` (the transaction's owner appends them).
 * `PrismaStore` builds one per attempt; a store with its own transaction (the election store's
 * certification) builds one to run core commands inside it.
 */
export function unitOfWork(unit: UnitContext, audit: AuditEvent[]): UnitOfWork {
  return {
    organizations: flushingFirst(unit, organizationReader(unit)),
    members: flushingFirst(unit, memberReader(unit)),
    congresses: flushingFirst(unit, congressReader(unit)),
    activities: flushingFirst(unit, activityReader(unit)),
    benefits: flushingFirst(unit, benefitReader(unit)),
    bargaining: flushingFirst(unit, bargainingReader(unit)),
    apply: async (changes) => {
      await writeChanges(unit, changes);
      audit.push(...changes.flatMap(auditEventsOf));
      // The member module's coverage counters: one statement for all the changes of the unit. They
      // read the closure rows of members' organizations, which no trailing write (written after
      // every member change of the call) touches.
      await flushMemberTallies(unit);
    },
  };
}

/** A module's reader whose every call first sends the unit's trailing writes (so it reads them). */
function flushingFirst<R extends object>(unit: UnitContext, reader: R): R {
  return new Proxy(reader, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await flushTrailing(unit);
        return value.apply(target, args);
      };
    },
  });
}

/**
 * The last statement of a unit of work: its trailing writes, its audit entries queued for the
 * sealer and, when the request has an idempotency key, its answer stored under it — one round trip
 * for all. A key a concurrent request took first throws IdempotencyKeyTaken (the unit rolls back).
 */
export async function finishUnit(
  unit: UnitContext,
  audit: readonly AuditEvent[],
  keyed: KeyedAnswer | null,
): Promise<void> {
  const entries = pendingInsert(unit.who, audit);
  const last = [...(entries === null ? [] : [entries]), ...(keyed === null ? [] : [answerInsert(keyed)])];
  const statement = withTrailing(unit.state, last, keyed !== null);
  if (statement === null) return;
  const [row] = await unit.tx.$queryRaw<{ returned: number }[]>(statement);
  if (keyed !== null && row?.returned !== 1) throw new IdempotencyKeyTaken(keyed.scope);
}

/** Options of one unit of work (`PrismaStore.unit`). */
export interface UnitOptions {
  /**
   * Organization rows to lock before the command runs (see write-lock.ts). Without a plan every
   * organization the command reads is locked FOR NO KEY UPDATE as it reads it (correct, less parallel, and
   * a deadlock the database detects is resolved by running the unit again).
   */
  readonly locks?: LockPlan;
  /**
   * Runs inside the transaction after the lock plan, before the work: e.g. a bulk import locks its
   * job row, reads its checkpoint and looks up a whole batch of ID numbers in one statement.
   */
  readonly beforeWork?: (tx: Tx) => Promise<void>;
  /**
   * Runs inside the transaction after the work, before its audit entries are appended, with the
   * work's value and every row the transaction locked or wrote (by id, as committed): e.g. a bulk
   * import writes its batch's problems, people and checkpoint (an idempotent answer goes by `answer`).
   */
  readonly beforeCommit?: (tx: Tx, value: unknown, rows: ReadonlyMap<string, object>) => Promise<void>;
  /**
   * Shapes the answer from the work's value and every row the transaction locked or wrote, after
   * the work; an answer it returns is stored under its idempotency key in the unit's last statement,
   * together with the audit entries (one round trip; a key a concurrent request took first throws
   * IdempotencyKeyTaken and rolls the work back).
   */
  readonly answer?: (value: unknown, rows: ReadonlyMap<string, object>) => KeyedAnswer | null;
  /**
   * False: `transaction` leaves the unit's audit entries to a sealing pass it does not wait for, one
   * that gathers the commits of the next moment (`AuditSealer.sealSoon`; a bulk import's next batch
   * works while the last one is sealed; it waits for the sealer's pass before it reports the job
   * done). Default true: a unit returns once its entries are in the chain.
   */
  readonly awaitSeal?: boolean;
  /**
   * True: on PostgreSQL the unit runs in a transaction of its own on the pg pool, its statements sent
   * without Prisma's runtime (statements.ts `directTransactionOf`), so it may send raw statements
   * only (a bulk import's batch decided ahead); elsewhere (PGlite) through Prisma as usual.
   */
  readonly direct?: boolean;
}

/** How many times a unit of work runs when the database aborts it to decide a race. */
export const RACE_ATTEMPTS = 5;

/**
 * The core `Store` port on Prisma: each unit of work is one READ COMMITTED transaction that locks
 * the rows of the organizations it touches (write-lock.ts), so writes to unrelated subtrees run in
 * parallel while a move cannot race another move into a cycle. Every applied change queues an
 * audit entry in the same transaction (no lock shared with other writes), attributed to the store's
 * actor (bind one per request with `as`); after the commit the unit waits for the process's sealer
 * to seal it into the chain (audit.ts), a pass shared with the writes committed meanwhile. A transaction the
 * database aborts to decide a race (deadlock, serialization failure, a lock set that changed) runs
 * again, up to RACE_ATTEMPTS times.
 */
export class PrismaStore implements Store {
  private readonly prisma: PrismaClient;
  private readonly personalData: PersonalDataCipher;
  private readonly auditKey: AuditKey;

  /** Wraps an open database (its Prisma client, personal-data cipher and audit key); changes are attributed to `who` (default: `system`). */
  constructor(
    db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
    /** Who the audit entries of this store's changes name. */
    readonly who: AuditActor = SYSTEM_ACTOR,
    /** How its units of work lock and finish. */
    readonly options: UnitOptions = {},
  ) {
    this.prisma = db.prisma;
    this.personalData = db.personalData;
    this.auditKey = db.auditKey;
  }

  /** The same store, attributing its changes to another actor and request (e.g. one API request's viewer). */
  as(who: AuditActor): PrismaStore {
    return new PrismaStore(this.database(), who, this.options);
  }

  /** The same store, running its units of work with these options (a lock plan, a step before commit). */
  unit(options: UnitOptions): PrismaStore {
    return new PrismaStore(this.database(), this.who, options);
  }

  /** The database client beneath this store: what per-process queues of writes (an enrollment batch) go by. */
  get client(): PrismaClient {
    return this.prisma;
  }

  /** What another store over the same database is built from. */
  private database(): Pick<Database, 'prisma' | 'personalData' | 'auditKey'> {
    return { prisma: this.prisma, personalData: this.personalData, auditKey: this.auditKey };
  }

  /**
   * Runs `work` in one transaction holding its row locks; its applied changes and their audit
   * entries commit together, and the entries are sealed into the chain before this returns.
   */
  async transaction<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    return this.retried(() => this.attempt(work), this.options.awaitSeal !== false);
  }

  /**
   * Runs a unit of work whose one write is a single statement sent on its own, in autocommit, so no
   * row lock it takes outlives that statement (no turn of this process's event loop under it):
   * `work` reads through core's readers outside any transaction (each read its own snapshot, no lock
   * kept), then sends its statement on `unit.tx`, which must re-check in itself what the reads
   * decided on, and says whether it queued audit entries. A race the database decides runs `work`
   * again, as `transaction` does; the audit entries are sealed before this returns (with `awaitSeal`
   * false, left to a gathering pass).
   */
  async alone<T>(
    work: (uow: UnitOfWork, unit: UnitContext) => Promise<{ value: T; audited: boolean }>,
  ): Promise<T> {
    return this.retried(() => {
      const state: UnitState = { plan: undefined, locked: new Map(), rows: new Map(), trailing: [] };
      const unit: UnitContext = { tx: this.prisma, state, personalData: this.personalData, who: this.who };
      return work(unitOfWork(unit, []), unit);
    }, this.options.awaitSeal !== false);
  }

  /**
   * Runs `run` again while the database decides a race against it (at most RACE_ATTEMPTS times), then
   * seals the audit entries it committed: awaited, or left to a pass that gathers the commits of the
   * next moment (`AuditSealer.sealSoon`) when `awaitSeal` is false.
   */
  private async retried<T>(
    run: () => Promise<{ value: T; audited: boolean }>,
    awaitSeal: boolean,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { value, audited } = await run();
        if (audited && !awaitSeal) void this.sealer().sealSoon();
        else if (audited) await this.sealer().sealCommitted();
        return value;
      } catch (error) {
        if (attempt >= RACE_ATTEMPTS || !isRaceLost(error)) throw error;
      }
    }
  }

  /** Seals every audit entry committed so far (by any process): what a reader of the log calls first. */
  sealAudit(): Promise<void> {
    return this.sealer().seal();
  }

  /** The sealer of this store's database client. */
  private sealer() {
    return auditSealer(this.prisma, this.auditKey);
  }

  private attempt<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<{ value: T; audited: boolean }> {
    const body = async (tx: Tx) => {
      const plan = this.options.locks;
      const locked = plan ? await lockOrganizations(tx, plan) : new Map<string, LockedOrganization>();
      const state: UnitState = { plan, locked, rows: new Map(locked), trailing: [] };
      const unit: UnitContext = { tx, state, personalData: this.personalData, who: this.who };
      await this.options.beforeWork?.(tx);
      const audit: AuditEvent[] = [];
      const value = await work(unitOfWork(unit, audit));
      if (this.options.beforeCommit) {
        await flushTrailing(unit);
        await this.options.beforeCommit(tx, value, state.rows);
      }
      await finishUnit(unit, audit, this.options.answer?.(value, state.rows) ?? null);
      return { value, audited: audit.length > 0 };
    };
    const direct = this.options.direct ? directTransactionOf(this.prisma) : undefined;
    if (direct) return direct(body);
    return this.prisma.$transaction(body, { maxWait: 10_000, timeout: 30_000 });
  }

  /** Records an audit entry that is not a change (e.g. `member.revealed`) and seals it. */
  async record(event: AuditEvent): Promise<void> {
    await queueAuditEntry(this.prisma, this.who, event);
    await this.sealer().sealCommitted();
  }
}
