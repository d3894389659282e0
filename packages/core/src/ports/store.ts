import type { ActivityReader, ActivityStoreChange } from '../activity/port.js';
import type { BargainingReader, BargainingStoreChange } from '../bargaining/port.js';
import type { BenefitReader, BenefitStoreChange } from '../benefit/port.js';
import type { CongressReader, CongressStoreChange } from '../congress/port.js';
import type { MemberReader, MemberStoreChange } from '../member/port.js';
import type { OrganizationReader, OrganizationStoreChange } from '../organization/port.js';

/** A change a command decided on; a store applies a command's changes together or not at all. One union member per module. */
export type Change =
  | OrganizationStoreChange
  | MemberStoreChange
  | CongressStoreChange
  | ActivityStoreChange
  | BenefitStoreChange
  | BargainingStoreChange;

/** What a command reads through: one reader per module. */
export interface Readers {
  readonly organizations: OrganizationReader;
  readonly members: MemberReader;
  readonly congresses: CongressReader;
  readonly activities: ActivityReader;
  readonly benefits: BenefitReader;
  readonly bargaining: BargainingReader;
}

/** What a command sees while it runs: the modules' readers and the place its changes go. */
export interface UnitOfWork extends Readers {
  /** Writes the changes; called once, after the command succeeded, inside the same transaction. */
  apply(changes: readonly Change[]): Promise<void>;
}

/**
 * One handler per change type of a module (`C` is the module's change union): an adapter's table
 * of what each change does, checked complete by the compiler. A store merges its modules' tables.
 */
export type ChangeHandlers<C extends { readonly type: string }, Ctx, R> = {
  readonly [K in C['type']]: (context: Ctx, change: Extract<C, { readonly type: K }>) => R;
};

/** Runs the handler of a change's type from a merged table of handlers. */
export function handleChange<Ctx, R>(
  handlers: ChangeHandlers<Change, Ctx, R>,
  context: Ctx,
  change: Change,
): R {
  const handler = handlers[change.type] as (context: Ctx, change: Change) => R;
  return handler(context, change);
}

/** A store runs units of work one at a time with respect to each other (serialisable writes). */
export interface Store {
  /** Runs `work` in a transaction: everything it applies is kept, or nothing if it throws. */
  transaction<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T>;
}

/** The current time, as a port so tests and imports can fix it. */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** Makes new entity ids. */
export interface IdGenerator {
  /** A new, unique id. */
  next(): string;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

// The Web Crypto global of Node 20+ and browsers; core declares only what it uses (no DOM or Node types).
declare const crypto: { randomUUID(): string };

/** Random UUID ids (the platform's `crypto.randomUUID`). */
export const uuidIds: IdGenerator = { next: () => crypto.randomUUID() };
