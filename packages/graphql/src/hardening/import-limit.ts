// How many imports may run at once. An upload is bounded while it streams (upload-admission.ts), but
// once received its job runs in the background until its file ends: one ORG_ADMIN uploading roster
// after roster (each a different file, so a different job) had as many jobs registering members at
// once as they sent files. A new job is now admitted only while its importer runs fewer than
// MAX_RUNNING_IMPORTS_PER_VIEWER jobs and its organization fewer than
// MAX_RUNNING_IMPORTS_PER_ORGANIZATION, counted in the database (RUNNING jobs) under two transaction
// locks — the importer's and the organization's — so the bound holds across server processes.
//
// A job counts only while a process runs it: every run (the API's, a resumed one, the CLI's) writes its
// job's heartbeat every IMPORT_HEARTBEAT_MS, and a RUNNING job whose heartbeat is older than
// IMPORT_LEASE_MS (a process killed mid-import, or stopped) no longer counts. Before, such a job counted
// until someone continued it, so one crash could lock its importer and organization out of importing.
// The same file again continues its job unrefused while the job runs; a stopped job (its lease run out)
// is admitted like a new one, so continuing stopped jobs cannot add to those that run.
//
// A server starting resumes the jobs a stopped one left RUNNING (their files kept in the upload
// directory) on nobody's request: it used to resume every one, whatever its importer's rights and
// running imports were by then. A job now keeps the authority it was last started with through the API
// (the token's grants and expiry: recordImportAuthority), and is resumed only while that token has not
// expired, its grants still let the importer register members in the job's organization (the tree read
// now: an organization moved out of the admin's subtree is no longer theirs) and the importer and the
// organization are within the bound above (resumeRefusal). Otherwise it stays stopped, its kept file
// deleted and the reason logged; the same file uploaded again continues it under the uploader's token.
// Nor is a job resumed once its importer's tokens were revoked at or after the token it was started with
// was issued (MemberImport.authorityIssuedAt; unknown counts as revoked, as for a token without `iat`).

import { cutoffSecond, isRevoked, parseGrants, type Viewer } from '@gonghui/core';
import { GraphQLError } from 'graphql';
import { Access } from '../auth/access.js';
import { tokenExpiresAt, tokenIssuedAt } from '../auth/token.js';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { revocationOf } from '../store/token-revocation.js';

/** Import jobs one importer (the token's subject) may have RUNNING at once, over every process. */
export const MAX_RUNNING_IMPORTS_PER_VIEWER = 2;
/** Import jobs one organization may have RUNNING at once, whoever started them. */
export const MAX_RUNNING_IMPORTS_PER_ORGANIZATION = 4;

/** How often a process running an import writes its job's heartbeat. */
export const IMPORT_HEARTBEAT_MS = 30_000;
/** A RUNNING job whose heartbeat is older than this is stopped (its process died): it no longer counts. */
export const IMPORT_LEASE_MS = 4 * IMPORT_HEARTBEAT_MS;

/** The condition (SQL) that a RUNNING job's process still runs it: its heartbeat within the lease, by the database's clock. */
const ALIVE = `"heartbeatAt" > now() - make_interval(secs => ${IMPORT_LEASE_MS / 1000})`;

/** A new import refused because its importer's or its organization's running jobs are at their bound. */
export class ImportLimitError extends GraphQLError {
  /** Says which bound is full and how to go on. */
  constructor(who: 'you' | 'this organization', max: number) {
    super(
      `${who === 'you' ? 'you have' : 'this organization has'} ${max} imports RUNNING, the most at once: ` +
        'wait until one ends (importJob shows it; a stopped one continues when its same file is imported again)',
      { extensions: { code: 'IMPORT_LIMIT', maxRunningImports: max, http: { status: 429 } } },
    );
  }
}

/**
 * In the transaction about to create a job (or to continue a stopped one): takes the importer's and
 * the organization's import locks (always in that order) and throws ImportLimitError when either
 * already runs its maximum of live jobs (RUNNING, heartbeat within IMPORT_LEASE_MS).
 */
export async function admitRunningImport(
  tx: Prisma.TransactionClient,
  actor: string,
  organizationId: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`gonghui:imports-of:${actor}`}, 0))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`gonghui:imports-into:${organizationId}`}, 0))`;
  const [counts] = await tx.$queryRawUnsafe<{ mine: number; theirs: number }[]>(
    `SELECT count(*) FILTER (WHERE actor = $1)::int AS mine, count(*) FILTER (WHERE "organizationId" = $2)::int AS theirs
       FROM "MemberImport" WHERE status = 'RUNNING' AND (actor = $1 OR "organizationId" = $2) AND ${ALIVE}`,
    actor,
    organizationId,
  );
  if ((counts?.mine ?? 0) >= MAX_RUNNING_IMPORTS_PER_VIEWER)
    throw new ImportLimitError('you', MAX_RUNNING_IMPORTS_PER_VIEWER);
  if ((counts?.theirs ?? 0) >= MAX_RUNNING_IMPORTS_PER_ORGANIZATION) {
    throw new ImportLimitError('this organization', MAX_RUNNING_IMPORTS_PER_ORGANIZATION);
  }
}

/**
 * Whether the job of a file may run, in the transaction that claims it (`claimJob`'s `admit`): a new
 * one (`existing` null) and a stopped one (RUNNING, its lease run out: no process runs it) only within
 * the bound (`admitRunningImport`), the stopped one then marked alive at once, so a concurrent claim
 * counts it; one that ended or that a process runs is continued or reported unrefused.
 */
export async function admitImport(
  tx: Prisma.TransactionClient,
  actor: string,
  organizationId: string,
  existing: { readonly id: string; readonly status: string } | null,
): Promise<void> {
  if (existing !== null) {
    if (existing.status !== 'RUNNING') return;
    const [lease] = await tx.$queryRawUnsafe<{ alive: boolean }[]>(
      `SELECT ${ALIVE} AS alive FROM "MemberImport" WHERE id = $1`,
      existing.id,
    );
    if (lease?.alive !== false) return;
  }
  await admitRunningImport(tx, actor, organizationId);
  if (existing !== null) {
    await tx.$executeRaw`UPDATE "MemberImport" SET "heartbeatAt" = now() WHERE id = ${existing.id}`;
  }
}

/**
 * Writes job `jobId`'s heartbeat now and every IMPORT_HEARTBEAT_MS while its run goes on (the timer
 * does not keep the process alive); `stop` ends it. A beat that fails (the database gone) is retried at
 * the next; the run's own statements report the fault.
 */
export function keepImportAlive(
  prisma: Pick<PrismaClient, '$executeRaw'>,
  jobId: string,
): { readonly beat: Promise<void>; stop(): void } {
  const write = () =>
    prisma.$executeRaw`UPDATE "MemberImport" SET "heartbeatAt" = now() WHERE id = ${jobId} AND status = 'RUNNING'`.then(
      () => undefined,
      () => undefined,
    );
  const timer = setInterval(write, IMPORT_HEARTBEAT_MS);
  timer.unref();
  return { beat: write(), stop: () => clearInterval(timer) };
}

/**
 * Records on job `jobId` the authority it is started (or continued) with through the API: `viewer`'s
 * grants, when their token expires and when it was issued. What a server resuming the job checks
 * (`resumeRefusal`).
 */
export async function recordImportAuthority(
  prisma: Pick<PrismaClient, 'memberImport'>,
  jobId: string,
  viewer: Viewer,
): Promise<void> {
  const expiresAt = tokenExpiresAt(viewer);
  const issuedAt = tokenIssuedAt(viewer);
  await prisma.memberImport.update({
    where: { id: jobId },
    data: {
      grants: viewer.grants as unknown as Prisma.InputJsonValue,
      authorizedUntil: expiresAt === undefined ? null : new Date(expiresAt),
      authorityIssuedAt: issuedAt === undefined ? null : new Date(issuedAt * 1000),
    },
  });
}

/** What `resumeRefusal` reads of a stopped job. */
export interface ResumableJob {
  readonly id: string;
  readonly status: string;
  readonly actor: string;
  readonly organizationId: string;
  readonly grants: unknown;
  readonly authorizedUntil: Date | null;
  /** When the token it was started with was issued (null or absent: not known). */
  readonly authorityIssuedAt?: Date | null;
}

/**
 * Why a server may not resume `job` now (one sentence for the log), or null when it may — then the
 * job is admitted as running (`admitImport`: within the bound, marked alive). Refused: no authority
 * recorded, its token expired (at `now`, ms) or was revoked (its importer's tokens revoked at or after
 * its issue, or its issue not known and the importer revoked at all), its grants no longer cover
 * registering members in its organization, or its importer or organization at the bound on running imports.
 */
export async function resumeRefusal(
  prisma: PrismaClient,
  job: ResumableJob,
  now = Date.now(),
): Promise<string | null> {
  const grants = job.grants === null ? null : parseGrants(job.grants);
  if (grants === null || !grants.ok) return 'no authority of its importer is recorded on it';
  if (job.authorizedUntil !== null && job.authorizedUntil.getTime() <= now) {
    return `the token its importer started it with expired at ${job.authorizedUntil.toISOString()}`;
  }
  const revokedBefore = await revocationOf(prisma, job.actor);
  const issuedAt = job.authorityIssuedAt ? Math.floor(job.authorityIssuedAt.getTime() / 1000) : undefined;
  if (revokedBefore !== null && isRevoked(issuedAt, cutoffSecond(revokedBefore))) {
    return `its importer's tokens were revoked: every token of '${job.actor}' issued at or before ${revokedBefore.toISOString()} is refused`;
  }
  const access = new Access(prisma, { subject: job.actor, grants: grants.value });
  if (!(await access.mayChange({ type: 'registerMember', organizationId: job.organizationId }))) {
    return `its importer's grants no longer let them register members in organization ${job.organizationId}`;
  }
  try {
    await prisma.$transaction((tx) => admitImport(tx, job.actor, job.organizationId, job));
  } catch (error) {
    if (error instanceof ImportLimitError) return error.message;
    throw error;
  }
  return null;
}
