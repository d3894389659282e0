import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/store/db-errors.js';

/** An error as @prisma/adapter-pg throws it from inside a transaction: the adapter's error itself, its kind in `cause`. */
function adapterError(cause: Record<string, unknown>): Error {
  return Object.assign(new Error(String(cause.kind)), { name: 'DriverAdapterError', cause });
}

describe('isDatabaseUnavailable', () => {
  it('knows a driver adapter error thrown as it is (a connection closed inside a transaction)', () => {
    expect(isDatabaseUnavailable(adapterError({ kind: 'ConnectionClosed' }))).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: 'DatabaseNotReachable', host: 'db' }))).toBe(true);
  });

  it('does not take a rule broken in the database, or a plain error, for an outage', () => {
    const unique = adapterError({ kind: 'UniqueConstraintViolation', constraint: { fields: ['id'] } });
    expect(isDatabaseUnavailable(unique)).toBe(false);
    expect(isDatabaseUnavailable(new Error('ConnectionClosed'))).toBe(false);
  });
});
