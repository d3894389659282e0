// The organization module's adapter on Prisma: its reader, how its changes are written (the
// organization rows, their closure rows in "OrganizationLink", federation memberships) and what
// each change writes to the audit log.

import type {
  FederationMembership,
  Organization,
  OrganizationReader,
  OrganizationStoreChange,
} from '@gonghui/core';
import { Prisma } from '../generated/prisma/client.js';
import type { AuditEvent } from './audit.js';
import { moveSubtreeTallies } from './member.js';
import { type ChangeAudits, type ChangeWriters, lockMore, trailing, type UnitContext } from './unit.js';
import { LockSetChanged } from './write-lock.js';

type OrganizationRow = Prisma.OrganizationGetPayload<object>;
type MembershipRow = Prisma.FederationMembershipGetPayload<object>;

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

/** The organization module's reader inside a unit of work: organizations read are locked as the unit's plan says. */
export function organizationReader({ tx, state }: UnitContext): OrganizationReader {
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
    countChildren: (id) => tx.organization.count({ where: { parentId: id } }),
    countMemberUnions: (federationId) => tx.federationMembership.count({ where: { federationId } }),
    async findFederationMembership(federationId, memberId) {
      const row = await tx.federationMembership.findUnique({
        where: { federationId_memberId: { federationId, memberId } },
      });
      return row ? toMembership(row) : null;
    },
  };
}

/** How each organization change is written. */
export const organizationWriters: ChangeWriters<OrganizationStoreChange> = {
  'organization.created': async ({ tx, state }, change) => {
    const o = change.organization;
    const parent =
      o.parentId === null
        ? null
        : (state.locked.get(o.parentId) ??
          (await tx.organization.findUniqueOrThrow({
            where: { id: o.parentId },
            select: { depth: true },
          })));
    // The row and its closure rows, left for the unit's next statement (with its audit entry, in a
    // create's last one): the new node is its own ancestor at distance 0, and below every ancestor
    // of its parent (whose ancestors cannot change now: a move above it would need the parent's
    // row). The row is what the insert writes, so the answer is shaped from it without reading it.
    const at = new Date();
    const row: OrganizationRow = {
      ...o,
      depth: parent ? parent.depth + 1 : 0,
      createdAt: at,
      updatedAt: at,
      dissolvedAt: null,
    };
    trailing(
      state,
      Prisma.sql`
        INSERT INTO "Organization" ("id", "name", "kind", "level", "status", "regionCode", "creditCode",
                                    "parentId", "depth", "createdAt", "updatedAt")
        VALUES (${o.id}, ${o.name}, ${o.kind}::"OrganizationKind", ${o.level}::"OrganizationLevel",
                ${o.status}::"OrganizationStatus", ${o.regionCode}, ${o.creditCode}, ${o.parentId},
                ${row.depth}, ${at}, ${at})`,
      Prisma.sql`
        INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", "distance", "descendantName")
        SELECT "ancestorId", ${o.id}::text, "distance" + 1, ${o.name}::text
        FROM "OrganizationLink" WHERE "descendantId" = ${o.parentId}::text
        UNION ALL SELECT ${o.id}::text, ${o.id}::text, 0, ${o.name}::text`,
    );
    state.rows.set(row.id, row);
  },
  'organization.updated': async ({ tx, state }, change) => {
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
  },
  'organization.moved': async ({ tx, state }, change) => {
    const { id, parentId } = change.after;
    if (parentId === null) throw new Error('a move always has a new parent');
    // The whole subtree is rewritten: it must be locked (the API's plan does it up front).
    if (state.plan?.subtreeOf !== id) await lockMore(tx, state, { organizations: [], subtreeOf: id });
    // Detach the subtree from its old ancestors, attach it below the new parent, then recompute depths;
    // the member module's coverage counters of the subtree leave the old ancestors and join the new.
    await moveSubtreeTallies(tx, id, -1);
    await tx.$executeRaw`
      DELETE FROM "OrganizationLink"
      WHERE "descendantId" IN (SELECT "descendantId" FROM "OrganizationLink" WHERE "ancestorId" = ${id})
        AND "ancestorId" NOT IN (SELECT "descendantId" FROM "OrganizationLink" WHERE "ancestorId" = ${id})`;
    await tx.$executeRaw`
      INSERT INTO "OrganizationLink" ("ancestorId", "descendantId", "distance", "descendantName")
      SELECT up."ancestorId", down."descendantId", up."distance" + down."distance" + 1, down."descendantName"
      FROM "OrganizationLink" up CROSS JOIN "OrganizationLink" down
      WHERE up."descendantId" = ${parentId} AND down."ancestorId" = ${id}`;
    await moveSubtreeTallies(tx, id, 1);
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
  },
  'federation.joined': async ({ tx, state }, change) => {
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
  },
  'federation.left': async ({ tx }, change) => {
    // Conditional: a concurrent leave may have removed it first; then the command runs again and says so.
    const { count } = await tx.federationMembership.deleteMany({ where: { id: change.membership.id } });
    if (count === 0) throw new LockSetChanged('the federation membership was ended meanwhile');
  },
};

/** The audit event of an organization row's change (created, updated or moved). */
function organizationEvent(
  action: string,
  before: Organization | undefined,
  after: Organization,
): AuditEvent {
  return { action, targetType: 'Organization', targetId: after.id, organizationId: after.id, before, after };
}

/** The audit event of a federation membership's change, scoped to the federation. */
function membershipEvent(action: string, membership: FederationMembership, joined: boolean): AuditEvent {
  return {
    action,
    targetType: 'FederationMembership',
    targetId: membership.id,
    organizationId: membership.federationId,
    ...(joined ? { after: membership } : { before: membership }),
  };
}

/**
 * What each organization change writes to the audit log. A move gets a second entry,
 * `organization.movedOut`, scoped to the old parent, so the admins the subtree leaves keep seeing
 * that (and when) it left, though its history now follows it to the new parent; a federation
 * membership gets `federation.memberJoined` / `federation.memberLeft`, scoped to the member union,
 * so the admins of its own subtree see that (and by whom) it was enrolled in or removed from a
 * federation, which may sit in another subtree.
 */
export const organizationAudits: ChangeAudits<OrganizationStoreChange> = {
  'organization.created': (_, change) => [organizationEvent(change.type, undefined, change.organization)],
  'organization.updated': (_, change) => [organizationEvent(change.type, change.before, change.after)],
  'organization.moved': (_, change) => {
    const event = organizationEvent(change.type, change.before, change.after);
    if (change.before.parentId === null) return [event];
    return [event, { ...event, action: 'organization.movedOut', organizationId: change.before.parentId }];
  },
  'federation.joined': (_, change) => {
    const event = membershipEvent(change.type, change.membership, true);
    return [
      event,
      { ...event, action: 'federation.memberJoined', organizationId: change.membership.memberId },
    ];
  },
  'federation.left': (_, change) => {
    const event = membershipEvent(change.type, change.membership, false);
    return [event, { ...event, action: 'federation.memberLeft', organizationId: change.membership.memberId }];
  },
};
