// The locks a write takes: the rows of the organizations a command touches, never the installation.
//
// Every write transaction runs at READ COMMITTED and first locks the organizations its command
// will read, in id order and in one statement (so two writes never wait for each other in a
// circle), with the strength the command needs:
//
// - `share` (FOR SHARE) keeps rows from changing or going away while several writes use them at
//   once: creating under a parent, joining a federation, registering a member.
// - `update` (FOR NO KEY UPDATE) is for rows the command changes: renaming, dissolving, moving.
//   No command changes an organization's id, so the lock leaves the rows' keys to the foreign-key
//   checks of other writes (FOR KEY SHARE): a create below a moved node inserts closure rows that
//   reference the node's ancestors, and under FOR UPDATE it waited for the move while the move
//   waited for the create's parent, a deadlock PostgreSQL broke by aborting one of them.
// - A move also locks the whole subtree it moves (`subtreeOf`), because it rewrites that subtree's
//   closure rows and depths: a create below it, or another move of or into it, waits.
//
// That is enough for the tree's invariants: whoever changes the ancestors of a node holds that
// node's row FOR NO KEY UPDATE (it is in the moved subtree), and whoever depends on a node's ancestors
// (a create below it, a move into it) holds that node's row too; the reads that follow the lock
// are new statements, so they see every write committed before it. Two moves that would form a
// cycle each lock the other's new parent (it lies in the other's subtree), so one waits, then sees
// the other's move and refuses with ORG_CYCLE.
//
// Writes of unrelated subtrees share no row and run in parallel; the audit chain's order comes
// from its own sequencer row, taken last (see audit.ts).

import type { Prisma } from '../generated/prisma/client.js';

/** Which organization rows a unit of work locks before its command runs. */
export interface LockPlan {
  /** `share`: the rows must not change while the command uses them; `update`: the command changes them (never their ids). */
  readonly mode: 'share' | 'update';
  /** Organization ids to lock (unknown ids are skipped: the command reports them). */
  readonly organizations: readonly string[];
  /** Also lock every organization below this one, itself included (a move). */
  readonly subtreeOf?: string;
}

/**
 * The locks of a move: the moved subtree and the new parent, FOR NO KEY UPDATE. Two moves that would
 * close a cycle each lock the other's new parent, which lies in the other's subtree.
 */
export function moveLocks(id: string, newParentId: string): LockPlan {
  return { mode: 'update', organizations: [id, newParentId], subtreeOf: id };
}

/** An organization row as the lock statement returns it (every column). */
export type LockedOrganization = Prisma.OrganizationGetPayload<object>;

/**
 * A write saw the tree change under it after taking its locks (a concurrent move committed between
 * reading which rows to lock and locking them): the store runs the unit of work again.
 */
export class LockSetChanged extends Error {
  /** Says what changed. */
  constructor(what: string) {
    super(`the rows locked for this write changed before it ran (${what}); it is run again`);
    this.name = 'LockSetChanged';
  }
}

/**
 * Takes the plan's row locks in id order in one statement and returns the locked rows by id, as
 * they are now (a locked row is read after any write that held it has committed).
 */
export async function lockOrganizations(
  tx: Prisma.TransactionClient,
  plan: LockPlan,
): Promise<Map<string, LockedOrganization>> {
  if (plan.organizations.length === 0 && plan.subtreeOf === undefined) return new Map();
  const strength = plan.mode === 'share' ? 'SHARE' : 'NO KEY UPDATE';
  const rows = await tx.$queryRawUnsafe<LockedOrganization[]>(
    `SELECT "id", "name", "kind"::text AS "kind", "level"::text AS "level", "status"::text AS "status",
            "regionCode", "creditCode", "parentId", "depth", "createdAt", "updatedAt", "dissolvedAt"
     FROM "Organization"
     WHERE "id" IN (SELECT unnest($1::text[])
                    UNION SELECT "descendantId" FROM "OrganizationLink" WHERE "ancestorId" = $2)
     ORDER BY "id" FOR ${strength}`,
    [...plan.organizations],
    plan.subtreeOf ?? null,
  );
  return new Map(rows.map((row) => [row.id, row]));
}
