// What a database error means to the write path: the database is unavailable (answer
// SERVICE_UNAVAILABLE: the client may retry), a transaction lost a race the database detected (run
// it again), or a unique constraint decided a race (an expected failure).

import { LockSetChanged } from './write-lock.js';

/** Prisma error codes of a database that cannot be reached or did not answer in time. */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);

/** Driver-adapter error kinds of the same. */
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionAlreadyClosed',
]);

/** Node socket error codes of a lost connection. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);

/** SQLSTATEs of a server shutting down, starting up or out of connections (class 08: connection exceptions). */
function unavailableSqlState(code: string): boolean {
  return code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code);
}

/** SQLSTATEs of a transaction the database aborted to decide a race: a deadlock or a serialization failure. */
const RACE_SQL_STATES = new Set(['40P01', '40001']);

interface Inspectable {
  code?: unknown;
  /** A driver adapter's error kind, where the adapter's error is thrown as it is (its `cause`). */
  kind?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: AdapterCause } };
  cause?: unknown;
}

interface AdapterCause {
  kind?: string;
  code?: string;
  originalCode?: string;
  table?: string;
  constraint?: { index?: string; fields?: string[] };
}

/** The error and every error it wraps (Prisma → driver adapter → pg), outermost first. */
function* chain(error: unknown): Generator<Inspectable> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const e = current as Inspectable;
    yield e;
    const adapter = e.meta?.driverAdapterError?.cause;
    if (adapter)
      yield { code: adapter.originalCode ?? adapter.code, meta: { driverAdapterError: { cause: adapter } } };
    current = e.cause;
  }
}

/** Every SQLSTATE the error and the errors it wraps carry. */
export function sqlStates(error: unknown): string[] {
  const states: string[] = [];
  for (const e of chain(error)) {
    const cause = e.meta?.driverAdapterError?.cause;
    for (const code of [e.code, cause?.originalCode, cause?.code]) {
      if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) states.push(code);
    }
  }
  return states;
}

/** True when the database could not be reached or dropped the connection: the request may be retried. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if (
      typeof e.code === 'string' &&
      (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_SOCKET_CODES.has(e.code))
    ) {
      return true;
    }
    const kind = e.meta?.driverAdapterError?.cause?.kind ?? e.kind;
    if (typeof kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(kind)) return true;
    // pg's own errors for a connection that died under a query or transaction.
    if (
      typeof e.message === 'string' &&
      /Connection terminated|connection error and is not queryable/.test(e.message)
    ) {
      return true;
    }
  }
  return sqlStates(error).some(unavailableSqlState) || isRaceLost(error);
}

/** True when the database aborted a transaction to decide a race (deadlock, serialization) or its lock set changed: run it again. */
export function isRaceLost(error: unknown): boolean {
  if (error instanceof LockSetChanged) return true;
  return sqlStates(error).some((code) => RACE_SQL_STATES.has(code));
}

/** The unique index a write violated (e.g. `Member_idNumberHash_key`), or null for any other error. */
export function violatedUniqueIndex(error: unknown): string | null {
  for (const e of chain(error)) {
    // pg's own error (a direct transaction, statements.ts): the constraint it names.
    if (e.code === '23505' && typeof (e as { constraint?: unknown }).constraint === 'string')
      return (e as { constraint: string }).constraint;
    const cause = e.meta?.driverAdapterError?.cause;
    if (cause?.kind === 'UniqueConstraintViolation' || cause?.originalCode === '23505') {
      return cause.constraint?.index ?? cause.constraint?.fields?.join(',') ?? '';
    }
  }
  return null;
}
