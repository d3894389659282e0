import type {
  Change,
  FederationMembership,
  HeldMembershipState,
  Member,
  MemberReader,
  MembershipEventReason,
  Organization,
  OrganizationReader,
  Store,
  UnitOfWork,
} from '@gonghui/core';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { type AuditActor, type AuditEvent, appendAuditEntry, auditEventsOf, SYSTEM_ACTOR } from './audit.js';
import type { AuditKey } from './audit-seal.js';
import type { Database } from './database.js';
import { isRaceLost } from './db-errors.js';
import type { PersonalDataCipher } from './personal-data.js';
import { type LockedOrganization, type LockPlan, LockSetChanged, lockOrganizations } from './write-lock.js';

type Tx = Prisma.TransactionClient;
type OrganizationRow = Prisma.OrganizationGetPayload<object>;
type MembershipRow = Prisma.FederationMembershipGetPayload<object>;
type MemberRow = Prisma.MemberGetPayload<object>;

/** A `YYYY-MM-DD` date as the Date a `@db.Date` column takes (midnight UTC). */
export function toDbDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** A `@db.Date` column's value as `YYYY-MM-DD`. */
export function fromDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function toMembershipState(row: MemberRow): HeldMembershipState {
  const held = {
    organizationId: row.organizationId,
    memberSince: fromDbDate(row.memberSince),
    since: fromDbDate(row.since),
  };
  const reason = row.statusReason as MembershipEventReason | null;
  switch (row.status) {
    case 'ACTIVE':
      return { ...held, status: 'ACTIVE', custody: row.custody ?? 'EMPLOYER_UNION' };
    case 'RETAINED':
      return {
        ...held,
        status: 'RETAINED',
        custody: row.custody ?? 'EMPLOYER_UNION',
        reason: reason as 'RETIRED' | 'UNEMPLOYED',
      };
    case 'ENDED':
      return {
        ...held,
        status: 'ENDED',
        reason: reason as 'LEFT' | 'EXPELLED' | 'LAPSED',
        note: row.statusNote,
      };
  }
}

/** Maps a member row to the core entity, its personal data decrypted. */
export function toMember(row: MemberRow, personalData: PersonalDataCipher): Member {
  const { idNumber, phone, birthDate } = personalData.openAll(row);
  return {
    id: row.id,
    name: row.name,
    idNumber,
    gender: row.gender,
    birthDate,
    phone,
    membership: toMembershipState(row),
  };
}

/** The columns of a member, from the core entity, its personal data encrypted. */
function memberColumns(m: Member, personalData: PersonalDataCipher) {
  const state = m.membership;
  return {
    name: m.name,
    ...personalData.seal(m.id, { idNumber: m.idNumber, phone: m.phone, birthDate: m.birthDate }),
    gender: m.gender,
    organizationId: state.organizationId,
    status: state.status,
    custody: state.status === 'ENDED' ? null : state.custody,
    statusReason: state.status === 'ACTIVE' ? null : state.reason,
    statusNote: state.status === 'ENDED' ? state.note : null,
    memberSince: toDbDate(state.memberSince),
    since: toDbDate(state.since),
  };
}

/** Action of the audit entries `countIdNumberClaims` counts. */
const CLAIM_ACTION: Change['type'] = 'member.idNumberClaimed';

function memberReader(tx: Tx, personalData: PersonalDataCipher, who: AuditActor): MemberReader {
  return {
    async findById(id) {
      // A member read by id is about to change (its contact, its membership): lock its row.
      await tx.$queryRaw`SELECT 1 FROM "Member" WHERE "id" = ${id} FOR UPDATE`;
      const row = await tx.member.findUnique({ where: { id } });
      return row ? toMember(row, personalData) : null;
    },
    async findByIdNumber(idNumber) {
      // The blind index: the ciphertext is randomised, so the lookup goes by the keyed hash.
      const row = await tx.member.findUnique({
        where: { idNumberHash: personalData.idNumberHash(idNumber) },
      });
      return row ? toMember(row, personalData) : null;
    },
    // Counted from the audit log by the entries' own time (the server clock): exact across
    // processes and restarts (index "AuditEntry_actor_action_at_idx"). Writes run in parallel, so
    // the viewer's registrations queue here, behind a lock of their own, until the transaction ends:
    // two of them cannot both count 9 of 10 and both answer.
    async countIdNumberClaims(since) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`gonghui:id-claims:${who.actor}`}, 0))`;
      return tx.auditEntry.count({
        where: { actor: who.actor, action: CLAIM_ACTION, at: { gte: new Date(since) } },
      });
    },
  };
}

/** Maps an organization row to the core entity. */
export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    level: row.level,
    status: row.status,
    regionCode: row.regionCode,
    creditCode: row.creditCode,
    parentId: row.parentId,
    dissolvedAt: row.dissolvedAt?.toISOString() ?? null,
  };
}

/** Maps a federation membership row to the core entity. */
export function toMembership(row: MembershipRow): FederationMembership {
  return {
    id: row.id,
    federationId: row.federationId,
    memberId: row.memberId,
    chain: row.chain,
    segment: row.segment,
    joinedAt: row.joinedAt.toISOString(),
  };
}

/** What one attempt of a unit of work holds: its lock plan, and the rows it locked and wrote, by id. */
interface UnitState {
  readonly plan: LockPlan | undefined;
  /** Organization rows locked by this transaction, as they are now. */
  readonly locked: Map<string, LockedOrganization>;
  /** Every row this transaction locked or wrote, by id, as it is at the end of the transaction. */
  readonly rows: Map<string, object>;
}

/** Locks more organization rows (FOR UPDATE) and records them in the unit's state. */
async function lockMore(tx: Tx, state: UnitState, plan: Omit<LockPlan, 'mode'>): Promise<void> {
  for (const [id, row] of await lockOrganizations(tx, { mode: 'update', ...plan })) {
    state.locked.set(id, row);
    state.rows.set(id, row);
  }
}

function reader(tx: Tx, state: UnitState): OrganizationReader {
  return {
    async findById(id) {
      // Without a plan, every organization the command reads is locked as it is read.
      if (state.plan === undefined && !state.locked.has(id))
        await lockMore(tx, state, { organizations: [id] });
      const locked = state.locked.get(id);
      if (locked) return toOrganization(locked);
      if (state.plan === undefined) return null;
      const row = await tx.organization.findUnique({ where: { id } });
      return row ? toOrganization(row) : null;
    },
    async findByCreditCode(creditCode) {
      const row = await tx.organization.findUnique({ where: { creditCode } });
      return row ? toOrganization(row) : null;
    },
    async ancestorIds(id) {
      const links = await tx.organizationLink.findMany({
        where: { descendantId: id, distance: { gt: 0 } },
        orderBy: { distance: 'asc' },
        select: { ancestorId: true },
      });
      return links.map((l) => l.ancestorId);
    },
    countActiveChildren: (id) => tx.organization.count({ where: { parentId: id, status: 'ACTIVE' } }),
    countMemberUnions: (federationId) => tx.federationMembership.count({ where: { federationId } }),
    async findFederationMembership(federationId, memberId) {
      const row = await tx.federationMembership.findUnique({
        where: { federationId_memberId: { federationId, memberId } },
      });
      return row ? toMembership(row) : null;
    },
  };
}

async function applyChange(
  tx: Tx,
  personalData: PersonalDataCipher,
  state: UnitState,
  change: Change,
): Promise<void> {
  switch (change.type) {
    case 'organization.created': {
      const o = change.organization;
      const parent =
        o.parentId === null
          ? null
          : (state.locked.get(o.parentId) ??
            (await tx.organization.findUniqueOrThrow({
              where: { id: o.parentId },
              select: { depth: true },
            })));
      const row = await tx.organization.create({
        data: {
          id: o.id,
          name: o.name,
          kind: o.kind,
          level: o.level,
          status: o.status,
          regionCode: o.regionCode,
          creditCode: o.creditCode,
          parentId: o.parentId,
          depth: parent ? parent.depth + 1 : 0,
        },
      });
      state.rows.set(row.id, row);
      // Closure rows: the new node is its own ancestor at distance 0, and below every ancestor of its
      // parent (whose ancestors cannot change now: a move above it would need the parent's row).
      await tx.$executeRaw`
        INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", "distance", "descendantName")
        SELECT "ancestorId", ${o.id}::text, "distance" + 1, ${o.name}::text
        FROM "OrganizationLink" WHERE "descendantId" = ${o.parentId}::text
        UNION ALL SELECT ${o.id}::text, ${o.id}::text, 0, ${o.name}::text`;
      return;
    }
    case 'organization.updated': {
      const o = change.after;
      const row = await tx.organization.update({
        where: { id: o.id },
        data: {
          name: o.name,
          level: o.level,
          status: o.status,
          regionCode: o.regionCode,
          creditCode: o.creditCode,
          dissolvedAt: o.dissolvedAt ? new Date(o.dissolvedAt) : null,
        },
      });
      state.rows.set(row.id, row);
      if (o.name !== change.before.name) {
        await tx.organizationLink.updateMany({
          where: { descendantId: o.id },
          data: { descendantName: o.name },
        });
      }
      return;
    }
    case 'organization.moved': {
      const { id, parentId } = change.after;
      if (parentId === null) throw new Error('a move always has a new parent');
      // The whole subtree is rewritten: it must be locked (the API's plan does it up front).
      if (state.plan?.subtreeOf !== id) await lockMore(tx, state, { organizations: [], subtreeOf: id });
      // Detach the subtree from its old ancestors, attach it below the new parent, then recompute depths.
      await tx.$executeRaw`
        DELETE FROM "OrganizationLink"
        WHERE "descendantId" IN (SELECT "descendantId" FROM "OrganizationLink" WHERE "ancestorId" = ${id})
          AND "ancestorId" NOT IN (SELECT "descendantId" FROM "OrganizationLink" WHERE "ancestorId" = ${id})`;
      await tx.$executeRaw`
        INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", "distance", "descendantName")
        SELECT up."ancestorId", down."descendantId", up."distance" + down."distance" + 1, down."descendantName"
        FROM "OrganizationLink" up CROSS JOIN "OrganizationLink" down
        WHERE up."descendantId" = ${parentId} AND down."ancestorId" = ${id}`;
      const moved = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "Organization" o
        SET "depth" = (SELECT COUNT(*) - 1 FROM "OrganizationLink" l WHERE l."descendantId" = o."id")
        WHERE o."id" IN (SELECT "descendantId" FROM "OrganizationLink" WHERE "ancestorId" = ${id})
        RETURNING o."id"`;
      // A node that joined the subtree between choosing the rows to lock and locking them is not locked.
      const unlocked = moved.find((row) => !state.locked.has(row.id));
      if (unlocked) throw new LockSetChanged(`'${unlocked.id}' joined the moved subtree`);
      const row = await tx.organization.update({ where: { id }, data: { parentId } });
      state.rows.set(row.id, row);
      return;
    }
    case 'federation.joined': {
      const m = change.membership;
      const row = await tx.federationMembership.create({
        data: {
          id: m.id,
          federationId: m.federationId,
          memberId: m.memberId,
          chain: m.chain,
          segment: m.segment,
          joinedAt: new Date(m.joinedAt),
        },
      });
      state.rows.set(row.id, row);
      return;
    }
    case 'federation.left': {
      // Conditional: a concurrent leave may have removed it first; then the command runs again and says so.
      const { count } = await tx.federationMembership.deleteMany({ where: { id: change.membership.id } });
      if (count === 0) throw new LockSetChanged('the federation membership was ended meanwhile');
      return;
    }
    case 'member.registered': {
      const e = change.event;
      const row = await tx.member.create({
        data: { id: change.member.id, ...memberColumns(change.member, personalData) },
      });
      state.rows.set(row.id, row);
      await tx.membershipEvent.create({
        data: {
          id: e.id,
          memberId: e.memberId,
          type: e.type,
          date: toDbDate(e.date),
          fromOrganizationId: e.fromOrganizationId,
          toOrganizationId: e.toOrganizationId,
          reason: e.reason,
          note: e.note,
        },
      });
      return;
    }
    case 'member.updated': {
      const row = await tx.member.update({
        where: { id: change.after.id },
        data: memberColumns(change.after, personalData),
      });
      state.rows.set(row.id, row);
      return;
    }
    case 'member.idNumberClaimed':
      return; // no data changes: the audit entry is the record
  }
}

/** Options of one unit of work (`PrismaStore.unit`). */
export interface UnitOptions {
  /**
   * Organization rows to lock before the command runs (see write-lock.ts). Without a plan every
   * organization the command reads is locked FOR UPDATE as it reads it (correct, less parallel, and
   * a deadlock the database detects is resolved by running the unit again).
   */
  readonly locks?: LockPlan;
  /**
   * Runs inside the transaction after the work, before its audit entries are appended, with the
   * work's value and every row the transaction locked or wrote (by id, as committed): e.g. shapes
   * the answer and stores it under an idempotency key.
   */
  readonly beforeCommit?: (tx: Tx, value: unknown, rows: ReadonlyMap<string, object>) => Promise<void>;
}

/** How many times a unit of work runs when the database aborts it to decide a race. */
export const RACE_ATTEMPTS = 5;

/**
 * The core `Store` port on Prisma: each unit of work is one READ COMMITTED transaction that locks
 * the rows of the organizations it touches (write-lock.ts), so writes to unrelated subtrees run in
 * parallel while a move cannot race another move into a cycle. Every applied change appends an
 * audit entry in the same transaction, last (the chain's sequencer row is the only thing all writes
 * queue for), attributed to the store's actor (bind one per request with `as`). A transaction the
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

  /** What another store over the same database is built from. */
  private database(): Pick<Database, 'prisma' | 'personalData' | 'auditKey'> {
    return { prisma: this.prisma, personalData: this.personalData, auditKey: this.auditKey };
  }

  /** Runs `work` in one transaction holding its row locks; its applied changes and their audit entries commit together. */
  async transaction<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(work);
      } catch (error) {
        if (attempt >= RACE_ATTEMPTS || !isRaceLost(error)) throw error;
      }
    }
  }

  private attempt<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(
      async (tx) => {
        const plan = this.options.locks;
        const locked = plan ? await lockOrganizations(tx, plan) : new Map<string, LockedOrganization>();
        const state: UnitState = { plan, locked, rows: new Map(locked) };
        const audit: AuditEvent[] = [];
        const uow: UnitOfWork = {
          organizations: reader(tx, state),
          members: memberReader(tx, this.personalData, this.who),
          apply: async (changes) => {
            for (const change of changes) {
              await applyChange(tx, this.personalData, state, change);
              audit.push(...auditEventsOf(change));
            }
          },
        };
        const value = await work(uow);
        await this.options.beforeCommit?.(tx, value, state.rows);
        for (const event of audit) await appendAuditEntry(tx, this.auditKey, this.who, event);
        return value;
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
  }

  /** Appends an audit entry that is not a change (e.g. `member.revealed`) in a transaction of its own. */
  record(event: AuditEvent): Promise<void> {
    return this.prisma.$transaction(async (tx) => {
      await appendAuditEntry(tx, this.auditKey, this.who, event);
    });
  }
}
