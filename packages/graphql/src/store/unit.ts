// What one unit of work of the Prisma store carries, shared by the modules' adapters
// (store/<module>.ts): the transaction, its locks and written rows, the personal-data cipher and
// the actor, and the shapes of the tables each module fills (how its changes are written and
// what they put in the audit log).

import type { ChangeHandlers } from '@gonghui/core';
import { Prisma } from '../generated/prisma/client.js';
import type { AuditActor, AuditEvent } from './audit.js';
import type { PersonalDataCipher } from './personal-data.js';
import { type LockedOrganization, type LockPlan, LockSetChanged, lockOrganizations } from './write-lock.js';

/** A Prisma transaction client. */
export type Tx = Prisma.TransactionClient;

/** What one attempt of a unit of work holds: its lock plan, and the rows it locked and wrote, by id. */
export interface UnitState {
  readonly plan: LockPlan | undefined;
  /** Organization rows locked by this transaction, as they are now. */
  readonly locked: Map<string, LockedOrganization>;
  /** Every row this transaction locked or wrote, by id, as it is at the end of the transaction. */
  readonly rows: Map<string, object>;
  /**
   * Writes left for a later statement of the unit (`trailing`): data-modifying statements (no WITH
   * of their own) whose effect nothing before the next statement reads.
   */
  readonly trailing: Prisma.Sql[];
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

/**
 * Leaves a write for the unit's next statement instead of a round trip of its own: the next
 * change's writer, any reader, or the unit's last statement (its audit entries and answer) sends it
 * first, in the same statement. Only for a write whose result the writer does not read back.
 */
export function trailing(state: UnitState, ...writes: Prisma.Sql[]): void {
  state.trailing.push(...writes);
}

/**
 * The statement that sends the unit's trailing writes and then `last` (more data-modifying
 * statements), each a CTE of one WITH: with `countLast`, the SELECT returns how many rows the final
 * one returned (it must have a RETURNING clause), else 0. Null when there is nothing to send.
 * Clears the trailing writes.
 */
export function withTrailing(
  state: UnitState,
  last: readonly Prisma.Sql[],
  countLast = false,
): Prisma.Sql | null {
  const parts = [...state.trailing.splice(0), ...last];
  if (parts.length === 0) return null;
  const name = (n: number) => Prisma.raw(`"w${n}"`);
  const ctes = Prisma.join(
    parts.map((part, n) => Prisma.sql`${name(n)} AS (${part})`),
    ', ',
  );
  const counted = countLast ? Prisma.sql`(SELECT count(*) FROM ${name(parts.length - 1)})` : Prisma.sql`0`;
  return Prisma.sql`WITH ${ctes} SELECT ${counted}::int AS "returned"`;
}

/** Sends the unit's trailing writes, if any (before a statement that may read what they write). */
export async function flushTrailing({ tx, state }: UnitContext): Promise<void> {
  const statement = withTrailing(state, []);
  if (statement !== null) await tx.$queryRaw(statement);
}

/** Locks more organization rows (FOR NO KEY UPDATE) and records them in the unit's state. */
export async function lockMore(tx: Tx, state: UnitState, plan: Omit<LockPlan, 'mode'>): Promise<void> {
  for (const [id, row] of await lockOrganizations(tx, { mode: 'update', ...plan })) {
    state.locked.set(id, row);
    state.rows.set(id, row);
  }
}

/** A Prisma table (its delegate, e.g. `tx.position`) as `writeAsRead` calls it: `never` for its own types. */
export interface AsReadTable<Args = never> {
  updateMany(args: Args): PromiseLike<{ count: number }>;
  findUniqueOrThrow(args: Args): PromiseLike<object>;
}

/** A field (`where`, `data`, `include`) of the argument of a Prisma table's method. */
type ArgOf<F, K extends string> = F extends (args: infer A) => unknown ? NonNullable<A>[K & keyof A] : never;

/**
 * Updates the row `where.id` only while it is still as the command read it (`where` also holds the
 * columns it decided on: stage, status, version…), in exactly two statements: the `updateMany`, then
 * the row as written (with `include`, what the API's type reads with it) read back into the unit's
 * rows. No row matched: another transaction changed it meanwhile, so it throws LockSetChanged saying
 * `changed`, and the unit of work runs again.
 */
export async function writeAsRead<T extends AsReadTable>(
  { state }: UnitContext,
  table: T,
  changed: string,
  args: {
    where: ArgOf<T['updateMany'], 'where'> & { readonly id: string };
    data: ArgOf<T['updateMany'], 'data'>;
    include?: ArgOf<T['findUniqueOrThrow'], 'include'>;
  },
): Promise<void> {
  const rows = table as unknown as AsReadTable<object>;
  const { where, data, include } = args as { where: { id: string }; data: object; include?: object };
  if ((await rows.updateMany({ where, data })).count === 0) throw new LockSetChanged(changed);
  const id = { id: where.id };
  state.rows.set(where.id, await rows.findUniqueOrThrow(include ? { where: id, include } : { where: id }));
}

/** A `YYYY-MM-DD` date as the Date a `@db.Date` column takes (midnight UTC). */
export function toDbDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** A `@db.Date` column's value as `YYYY-MM-DD`. */
export function fromDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
