// The one lock every write of the gonghui database takes: a transaction-level advisory lock, so
// writes (organization changes and audit entries alike) run one at a time while reads never wait.

import type { Prisma } from '../generated/prisma/client.js';

/** Key of the transaction-level advisory lock that serialises every write of the store. */
export const WRITE_LOCK_KEY = 7_140_417;

/** Takes the write lock for the rest of `tx` (re-entrant: taking it twice in one transaction is harmless). */
export async function lockWrites(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`);
}
