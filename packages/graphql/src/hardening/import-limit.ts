// How many imports may run at once. An upload is bounded while it streams (upload-admission.ts), but
// once received its job runs in the background until its file ends: one ORG_ADMIN uploading roster
// after roster (each a different file, so a different job) had as many jobs registering members at
// once as they sent files. A new job is now admitted only while its importer runs fewer than
// MAX_RUNNING_IMPORTS_PER_VIEWER jobs and its organization fewer than
// MAX_RUNNING_IMPORTS_PER_ORGANIZATION, counted in the database (RUNNING jobs) under two transaction
// locks — the importer's and the organization's — so the bound holds across server processes. The same
// file again (continuing its job) is never refused.

import { GraphQLError } from 'graphql';
import type { Prisma } from '../generated/prisma/client.js';

/** Import jobs one importer (the token's subject) may have RUNNING at once, over every process. */
export const MAX_RUNNING_IMPORTS_PER_VIEWER = 2;
/** Import jobs one organization may have RUNNING at once, whoever started them. */
export const MAX_RUNNING_IMPORTS_PER_ORGANIZATION = 4;

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
 * In the transaction about to create a job: takes the importer's and the organization's import locks
 * (always in that order) and throws ImportLimitError when either already runs its maximum.
 */
export async function admitRunningImport(
  tx: Prisma.TransactionClient,
  actor: string,
  organizationId: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`gonghui:imports-of:${actor}`}, 0))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`gonghui:imports-into:${organizationId}`}, 0))`;
  const [mine, theirs] = await Promise.all([
    tx.memberImport.count({ where: { status: 'RUNNING', actor } }),
    tx.memberImport.count({ where: { status: 'RUNNING', organizationId } }),
  ]);
  if (mine >= MAX_RUNNING_IMPORTS_PER_VIEWER)
    throw new ImportLimitError('you', MAX_RUNNING_IMPORTS_PER_VIEWER);
  if (theirs >= MAX_RUNNING_IMPORTS_PER_ORGANIZATION) {
    throw new ImportLimitError('this organization', MAX_RUNNING_IMPORTS_PER_ORGANIZATION);
  }
}
