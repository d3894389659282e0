// Tampering as a superuser could, for tests of what the audit checks notice: inside a
// transaction with triggers (the append-only one, foreign keys) off, then rolled back.

import type { Prisma } from '../../src/generated/prisma/client.js';
import type { Database } from '../../src/store/database.js';

/** A transaction client. */
export type Tx = Prisma.TransactionClient;

/** Thrown to roll a tampering transaction back once the check has looked at it. */
class Rollback<T> extends Error {
  constructor(readonly result: T) {
    super('rollback');
  }
}

/** Runs `tamper` with triggers off, then `check` in the same transaction, and rolls everything back. */
export async function afterTampering<T>(
  db: Database,
  tamper: (tx: Tx) => Promise<unknown>,
  check: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
      await tamper(tx);
      throw new Rollback(await check(tx));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as T;
    throw error;
  }
  throw new Error('unreachable');
}
