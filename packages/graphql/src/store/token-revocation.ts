// Revoked bearer tokens in the database ("TokenRevocation"): a subject's cutoff, which only ever moves
// later. Written by `revokeTokens`/`revokeMyTokens` and the operator's `gonghui token revoke`, read by
// every server process at start and then polled (src/auth/revocation.ts keeps them in memory). Deleted
// once they can refuse no valid token (`purgeRevocations`, hourly in `serve`).

import { earliestMatteringCutoff } from '@gonghui/core';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { type AuditActor, queueAuditEntries, queueAuditEntry } from './audit.js';
import { answerInsert, IdempotencyKeyTaken, type KeyedAnswer } from './idempotency.js';

/** A subject's revocation: every token of `subject` issued at or before `revokedBefore` is refused. */
export interface TokenRevocationRow {
  readonly subject: string;
  /** The cutoff (its whole second counts: see `revokedAt` in src/auth/revocation.ts). */
  readonly revokedBefore: Date;
  readonly revokedBy: string;
  readonly reason: string;
  readonly updatedAt: Date;
}

/** What a revocation writes: whose tokens, the cutoff, who asks and why. */
export interface Revocation {
  readonly subject: string;
  /** Tokens issued at or before this instant are refused (a later cutoff already stored stays). */
  readonly before: Date;
  readonly reason: string;
}

/** Marks the poll statement, so a test counting a request's statements can leave it out. */
export const REVOCATION_POLL_MARK = '/* gonghui:token-revocation-poll */';

/**
 * How far back each poll looks again (ms, by the database's clock): a revocation whose transaction
 * committed after a poll that began after its `updatedAt` is still seen by a later poll. Far above a
 * revocation's transaction (a single upsert and an audit entry, `REVOKE_TIMEOUT_MS`).
 */
export const POLL_OVERLAP_MS = 30_000;

/** Longest a revocation's transaction may take (well inside `POLL_OVERLAP_MS`). */
const REVOKE_TIMEOUT_MS = 10_000;

/**
 * Stores a revocation in one transaction with its audit entry (`token.revoked`, attributed to `who`)
 * and, with a key, the mutation's answer (`keyed`; its answer is made from the stored row): the
 * cutoff becomes the later of the stored one and `revocation.before`, so it never moves earlier.
 * Returns the row as stored. The caller seals the audit entry (`AuditSealer.sealCommitted`).
 */
export async function storeRevocation(
  prisma: PrismaClient,
  who: AuditActor,
  revocation: Revocation,
  keyed?: (row: TokenRevocationRow) => KeyedAnswer,
): Promise<TokenRevocationRow> {
  return prisma.$transaction(
    async (tx) => {
      const [before] = await tx.$queryRaw<TokenRevocationRow[]>`
        SELECT * FROM "TokenRevocation" WHERE "subject" = ${revocation.subject} FOR UPDATE`;
      const [row] = await tx.$queryRaw<TokenRevocationRow[]>`
        INSERT INTO "TokenRevocation" ("subject", "revokedBefore", "revokedBy", "reason", "updatedAt")
        VALUES (${revocation.subject}, ${revocation.before.toISOString()}::timestamptz, ${who.actor},
                ${revocation.reason}, clock_timestamp())
        ON CONFLICT ("subject") DO UPDATE
          SET "revokedBefore" = GREATEST("TokenRevocation"."revokedBefore", EXCLUDED."revokedBefore"),
              "revokedBy" = EXCLUDED."revokedBy", "reason" = EXCLUDED."reason", "updatedAt" = clock_timestamp()
        RETURNING *`;
      if (row === undefined) throw new Error('the revocation upsert returned no row');
      await queueAuditEntry(tx, who, {
        action: 'token.revoked',
        targetType: 'TokenRevocation',
        targetId: row.subject,
        organizationId: null,
        before: before === undefined ? null : auditView(before),
        after: auditView(row),
      });
      if (keyed) {
        const answer = keyed(row);
        const [stored] = await tx.$queryRaw<unknown[]>(answerInsert(answer));
        if (stored === undefined) throw new IdempotencyKeyTaken(answer.scope);
      }
      return row;
    },
    { maxWait: REVOKE_TIMEOUT_MS, timeout: REVOKE_TIMEOUT_MS },
  );
}

/** What the audit log records of a revocation. */
function auditView(row: TokenRevocationRow) {
  return { revokedBefore: row.revokedBefore.toISOString(), revokedBy: row.revokedBy, reason: row.reason };
}

/** One poll's answer: the rows changed since `since` and the database's time the poll ran at. */
export interface RevocationPoll {
  readonly rows: readonly Pick<TokenRevocationRow, 'subject' | 'revokedBefore'>[];
  /** The database's time of this poll: the next poll asks for rows changed since it, less `POLL_OVERLAP_MS`. */
  readonly at: Date;
}

/**
 * Every revocation changed after `since` (all of them without it), in one statement that also reads
 * the database's clock (so the poll's own cursor does not depend on the server's clock).
 */
export async function revocationsSince(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  since: Date | null,
): Promise<RevocationPoll> {
  const after = since === null ? null : new Date(since.getTime() - POLL_OVERLAP_MS).toISOString();
  const rows = await prisma.$queryRaw<{ at: Date; subject: string | null; revokedBefore: Date | null }[]>(
    Prisma.sql`${Prisma.raw(REVOCATION_POLL_MARK)} SELECT n.at, r."subject", r."revokedBefore"
      FROM (SELECT statement_timestamp() AS at) n
      LEFT JOIN "TokenRevocation" r ON r."updatedAt" > ${after ?? '-infinity'}::timestamptz`,
  );
  const at = rows[0]?.at ?? new Date();
  return {
    at,
    rows: rows.flatMap((r) =>
      r.subject === null || r.revokedBefore === null
        ? []
        : [{ subject: r.subject, revokedBefore: r.revokedBefore }],
    ),
  };
}

/** The revocation of `subject`, if any (what `serve` reads before it resumes an import job). */
export async function revocationOf(
  prisma: Pick<PrismaClient, 'tokenRevocation'>,
  subject: string,
): Promise<Date | null> {
  const row = await prisma.tokenRevocation.findUnique({
    where: { subject },
    select: { revokedBefore: true },
  });
  return row?.revokedBefore ?? null;
}

/**
 * Deletes the revocations that can refuse no token valid at `now` when no accepted token lives longer
 * than `maxLifetime` seconds (core's `revocationMatters`: a cutoff second before
 * `earliestMatteringCutoff`), with one audit entry each (`token.revocation-purged`, attributed to
 * `who`, the deleted cutoff in `before`), in one transaction. Returns the deleted rows; the caller
 * seals the entries. Two processes purging at once delete each row once (the second skips it).
 */
export async function purgeRevocations(
  prisma: PrismaClient,
  who: AuditActor,
  now: Date,
  maxLifetime: number,
): Promise<Pick<TokenRevocationRow, 'subject' | 'revokedBefore'>[]> {
  const keptFrom = new Date(earliestMatteringCutoff(Math.floor(now.getTime() / 1000), maxLifetime) * 1000);
  return prisma.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<TokenRevocationRow[]>`
        DELETE FROM "TokenRevocation" WHERE "revokedBefore" < ${keptFrom.toISOString()}::timestamptz
        RETURNING *`;
      await queueAuditEntries(
        tx,
        who,
        rows.map((row) => ({
          action: 'token.revocation-purged',
          targetType: 'TokenRevocation',
          targetId: row.subject,
          organizationId: null,
          before: auditView(row),
        })),
      );
      return rows.map(({ subject, revokedBefore }) => ({ subject, revokedBefore }));
    },
    { maxWait: REVOKE_TIMEOUT_MS, timeout: REVOKE_TIMEOUT_MS },
  );
}

/** How often `serve` purges the revocations that no longer matter (and once at start). */
export const REVOCATION_PURGE_INTERVAL_MS = 3_600_000;
