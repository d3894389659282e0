// What one unit of work of the Prisma store carries, shared by the modules' adapters
// (store/<module>.ts): the transaction, its locks and written rows, the personal-data cipher and
// the actor, and the shapes of the tables each module fills (how its changes are written and
// what they put in the audit log).

import type { ChangeHandlers } from '@gonghui/core';
import type { Prisma } from '../generated/prisma/client.js';
import type { AuditActor, AuditEvent } from './audit.js';
import type { PersonalDataCipher } from './personal-data.js';
import { type LockedOrganization, type LockPlan, lockOrganizations } from './write-lock.js';

/** A Prisma transaction client. */
export type Tx = Prisma.TransactionClient;

/** What one attempt of a unit of work holds: its lock plan, and the rows it locked and wrote, by id. */
export interface UnitState {
  readonly plan: LockPlan | undefined;
  /** Organization rows locked by this transaction, as they are now. */
  readonly locked: Map<string, LockedOrganization>;
  /** Every row this transaction locked or wrote, by id, as it is at the end of the transaction. */
  readonly rows: Map<string, object>;
}

/** Everything a module's reader and change writers use inside one transaction. */
export interface UnitContext {
  readonly tx: Tx;
  readonly state: UnitState;
  readonly personalData: PersonalDataCipher;
  /** Who acts (the audit actor of the store). */
  readonly who: AuditActor;
}

/** How a module writes each of its changes inside the unit's transaction. */
export type ChangeWriters<C extends { readonly type: string }> = ChangeHandlers<
  C,
  UnitContext,
  Promise<void>
>;

/**
 * How a module writes many changes of one type at once (e.g. the registrations of a bulk import's
 * batch in a few statements); a type without one is written change by change.
 */
export type BulkWriters<C extends { readonly type: string }> = {
  readonly [K in C['type']]?: (
    context: UnitContext,
    changes: Extract<C, { readonly type: K }>[],
  ) => Promise<void>;
};

/**
 * What each of a module's changes writes to the audit log: one event scoped to the organization it
 * concerns, and a second one where another organization's admins must see it too.
 */
export type ChangeAudits<C extends { readonly type: string }> = ChangeHandlers<C, undefined, AuditEvent[]>;

/** Locks more organization rows (FOR UPDATE) and records them in the unit's state. */
export async function lockMore(tx: Tx, state: UnitState, plan: Omit<LockPlan, 'mode'>): Promise<void> {
  for (const [id, row] of await lockOrganizations(tx, { mode: 'update', ...plan })) {
    state.locked.set(id, row);
    state.rows.set(id, row);
  }
}

/** A `YYYY-MM-DD` date as the Date a `@db.Date` column takes (midnight UTC). */
export function toDbDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** A `@db.Date` column's value as `YYYY-MM-DD`. */
export function fromDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
