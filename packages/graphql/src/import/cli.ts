// The CLI's bulk commands: `gonghui import members <file> --org <id>` (with a progress bar from
// cli-progress; the problems written as CSV beside the file) and `gonghui export members --org <id>`.

import { createWriteStream } from 'node:fs';
import { userInfo } from 'node:os';
import { pipeline } from 'node:stream/promises';
import { systemClock, uuidIds } from '@gonghui/core';
import { SingleBar } from 'cli-progress';
import type { AuditActor } from '../store/audit.js';
import type { Database } from '../store/database.js';
import { type ExportFormat, exportMembers } from './export.js';
import { DEFAULT_BATCH_ROWS, importMembers, type MemberImportJob } from './job.js';
import { problemsCsv } from './report.js';
import { waitingJobs, waitingMessage } from './runner.js';
import { fileOnDisk } from './source.js';

/** Who the CLI's changes are attributed to in the audit log. */
function cliActor(): AuditActor {
  return { actor: `cli:${userInfo().username}`, requestId: null };
}

async function requireOrganization(db: Database, id: string): Promise<void> {
  const found = await db.prisma.organization.findUnique({ where: { id }, select: { id: true } });
  if (found === null) throw new Error(`no organization with id '${id}'`);
}

/** One line saying where a job stands. */
export function describeJob(job: MemberImportJob): string {
  const counts = `${job.imported} imported, ${job.skipped} already members, ${job.rejected} refused`;
  if (job.status === 'FAILED') return `import ${job.id} FAILED: ${job.error} (${counts} before that)`;
  return `import ${job.id} ${job.status === 'DONE' ? 'done' : 'stopped'}: ${counts} (up to row ${job.committedRow})`;
}

/** `gonghui import members <file> --org <id> [--batch <rows>] [--report <file>]`: exit code 1 when the file failed or any row was refused. */
export async function importCommand(
  db: Database,
  file: string,
  options: { org: string; batch?: string; report?: string },
): Promise<MemberImportJob> {
  await requireOrganization(db, options.org);
  const source = await fileOnDisk(file);
  const bar = new SingleBar({
    format:
      'importing [{bar}] {percentage}% | {imported} imported, {skipped} already members, {rejected} refused',
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(Math.max(source.size, 1), 0, { imported: 0, skipped: 0, rejected: 0 });
  let job: MemberImportJob;
  try {
    job = await importMembers(db, {
      organizationId: options.org,
      file: source,
      who: cliActor(),
      env: { clock: systemClock, ids: uuidIds },
      batchRows: options.batch === undefined ? DEFAULT_BATCH_ROWS : Number(options.batch),
      onProgress: (j) =>
        bar.update(Number(j.bytesRead), { imported: j.imported, skipped: j.skipped, rejected: j.rejected }),
    });
  } finally {
    bar.stop();
  }
  process.stderr.write(`${describeJob(job)}\n`);
  // Other imports into this organization that stopped with their file elsewhere: say how to finish them.
  for (const other of await waitingJobs(db, { organizationId: options.org, notIn: [job.id] })) {
    process.stderr.write(`${waitingMessage(other, 'it imports another file than this one')}\n`);
  }
  if (job.rejected > 0) {
    const report = options.report ?? `${file}.problems.csv`;
    await pipeline(problemsCsv(db, job.id), createWriteStream(report));
    process.stderr.write(`the refused rows, with row, column, code and message: ${report}\n`);
  }
  if (job.status === 'FAILED' || job.rejected > 0) process.exitCode = 1;
  return job;
}

/** `gonghui export members --org <id> --out <file> [--reveal]`: the subtree's members as CSV or XLSX (by the extension). */
export async function exportCommand(
  db: Database,
  options: { org: string; out: string; reveal?: boolean },
): Promise<number> {
  await requireOrganization(db, options.org);
  const format: ExportFormat = options.out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  const count = await exportMembers(db, {
    organizationId: options.org,
    format,
    reveal: options.reveal === true,
    who: cliActor(),
    out: createWriteStream(options.out),
  });
  process.stderr.write(
    `${count} members written to ${options.out} (${options.reveal ? 'personal data in clear: one member.exportRevealed audit entry' : 'personal data masked'})\n`,
  );
  return count;
}
