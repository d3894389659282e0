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
import type { PersonalDataCipher } from './personal-data.js';
import { lockWrites } from './write-lock.js';

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
    // Counted from the audit log by the entries' own time (the server clock), inside the
    // write-locked transaction: exact across processes and restarts (index "AuditEntry_actor_action_at_idx").
    countIdNumberClaims: (since) =>
      tx.auditEntry.count({
        where: { actor: who.actor, action: CLAIM_ACTION, at: { gte: new Date(since) } },
      }),
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

function reader(tx: Tx): OrganizationReader {
  return {
    async findById(id) {
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

async function applyChange(tx: Tx, personalData: PersonalDataCipher, change: Change): Promise<void> {
  switch (change.type) {
    case 'organization.created': {
      const o = change.organization;
      const parent = o.parentId
        ? await tx.organization.findUniqueOrThrow({ where: { id: o.parentId }, select: { depth: true } })
        : null;
      await tx.organization.create({
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
      // Closure rows: the new node is its own ancestor at distance 0, and below every ancestor of its parent.
      await tx.$executeRaw`
        INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", "distance", "descendantName")
        SELECT "ancestorId", ${o.id}::text, "distance" + 1, ${o.name}::text
        FROM "OrganizationLink" WHERE "descendantId" = ${o.parentId}::text
        UNION ALL SELECT ${o.id}::text, ${o.id}::text, 0, ${o.name}::text`;
      return;
    }
    case 'organization.updated': {
      const o = change.after;
      await tx.organization.update({
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
      await tx.organization.update({ where: { id }, data: { parentId } });
      await tx.$executeRaw`
        UPDATE "Organization" o
        SET "depth" = (SELECT COUNT(*) - 1 FROM "OrganizationLink" l WHERE l."descendantId" = o."id")
        WHERE o."id" IN (SELECT "descendantId" FROM "OrganizationLink" WHERE "ancestorId" = ${id})`;
      return;
    }
    case 'federation.joined': {
      const m = change.membership;
      await tx.federationMembership.create({
        data: {
          id: m.id,
          federationId: m.federationId,
          memberId: m.memberId,
          chain: m.chain,
          segment: m.segment,
          joinedAt: new Date(m.joinedAt),
        },
      });
      return;
    }
    case 'federation.left':
      await tx.federationMembership.delete({ where: { id: change.membership.id } });
      return;
    case 'member.registered': {
      const e = change.event;
      await tx.member.create({
        data: { id: change.member.id, ...memberColumns(change.member, personalData) },
      });
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
    case 'member.updated':
      await tx.member.update({
        where: { id: change.after.id },
        data: memberColumns(change.after, personalData),
      });
      return;
    case 'member.idNumberClaimed':
      return; // no data changes: the audit entry is the record
  }
}

/**
 * The core `Store` port on Prisma: each unit of work is one database transaction that first takes
 * a transaction-level advisory lock, so writes are serialised (a move cannot race another move
 * into a cycle) while reads never wait. Every applied change appends an audit entry in the same
 * transaction, attributed to the store's actor (bind one per request with `as`).
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
  ) {
    this.prisma = db.prisma;
    this.personalData = db.personalData;
    this.auditKey = db.auditKey;
  }

  /** The same store, attributing its changes to another actor and request (e.g. one API request's viewer). */
  as(who: AuditActor): PrismaStore {
    return new PrismaStore(
      { prisma: this.prisma, personalData: this.personalData, auditKey: this.auditKey },
      who,
    );
  }

  /** Runs `work` in one transaction holding the write lock; its applied changes and their audit entries commit together. */
  transaction<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(
      async (tx) => {
        await lockWrites(tx);
        const uow: UnitOfWork = {
          organizations: reader(tx),
          members: memberReader(tx, this.personalData, this.who),
          apply: async (changes) => {
            for (const change of changes) {
              await applyChange(tx, this.personalData, change);
              for (const event of auditEventsOf(change))
                await appendAuditEntry(tx, this.auditKey, this.who, event);
            }
          },
        };
        return work(uow);
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
