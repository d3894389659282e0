// Imports started through the API (`importMembers`): the uploaded file's job is claimed and audited
// while the request waits, then run in the background of the server process; each committed batch is
// published as a `memberImport.progress` event (subscriptions hear it, on every server when the bus is
// Redis). While it runs, the file is kept in the upload directory under the job's id
// (`import-<id>.upload`) and deleted when the run ends. A server stopped mid-import leaves the job
// RUNNING at its last checkpoint and its file there: `serve` resumes every such job when it starts
// (`resume`), and the same file uploaded again continues it too (the job is keyed by the file's
// SHA-256). Several processes resuming one job at once is safe: runs of one job take turns batch by
// batch on the job's row and never register a row twice.

import { readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CommandEnv, Viewer } from '@gonghui/core';
import type { EventBus } from '../events.js';
import { admitImport, recordImportAuthority, resumeRefusal } from '../hardening/import-limit.js';
import type { Logger } from '../observe/log.js';
import { type AuditActor, auditSealer, queueAuditEntry } from '../store/audit.js';
import type { Database } from '../store/database.js';
import { claimJob, type MemberImportJob, runJob } from './job.js';
import { fileOnDisk, type ImportFile } from './source.js';

/** The name a running job's file has in the upload directory. */
export function keptFileName(jobId: string): string {
  return `import-${jobId}.upload`;
}

const KEPT_FILE = /^import-(.+)\.upload$/;

/** A job's progress as published (plain JSON: it may travel through Redis). */
export interface MemberImportProgress {
  readonly id: string;
  readonly status: MemberImportJob['status'];
  readonly committedRow: number;
  readonly imported: number;
  readonly skipped: number;
  readonly rejected: number;
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly error: string | null;
}

declare module '../events.js' {
  interface EventTopics {
    'memberImport.progress': [id: string, progress: MemberImportProgress];
  }
}

/** The published form of a job. */
export function progressOf(job: MemberImportJob): MemberImportProgress {
  return {
    id: job.id,
    status: job.status,
    committedRow: job.committedRow,
    imported: job.imported,
    skipped: job.skipped,
    rejected: job.rejected,
    bytesRead: Number(job.bytesRead),
    bytesTotal: Number(job.bytesTotal),
    error: job.error,
  };
}

/** A RUNNING job that nothing here runs: what `waitingMessage` tells. */
export type WaitingJob = Pick<
  MemberImportJob,
  'id' | 'organizationId' | 'fileName' | 'committedRow' | 'imported' | 'updatedAt'
>;

/** The RUNNING jobs (of one organization, when given) but those in `notIn`, oldest first. */
export function waitingJobs(
  db: Pick<Database, 'prisma'>,
  where: { organizationId?: string; notIn: string[] },
): Promise<WaitingJob[]> {
  return db.prisma.memberImport.findMany({
    where: {
      status: 'RUNNING',
      id: { notIn: where.notIn },
      ...(where.organizationId === undefined ? {} : { organizationId: where.organizationId }),
    },
    select: {
      id: true,
      organizationId: true,
      fileName: true,
      committedRow: true,
      imported: true,
      updatedAt: true,
    },
    orderBy: { createdAt: 'asc' },
  });
}

/**
 * Why a RUNNING job is not going on (`why`), where it stands, and the two ways to continue it: its
 * file is what an import reads, and only the same file (by SHA-256) continues the job.
 */
export function waitingMessage(job: WaitingJob, why: string): string {
  return (
    `import ${job.id} of ${job.fileName} into organization ${job.organizationId} is RUNNING and not going on here: ` +
    `${why}. It stands at row ${job.committedRow} (${job.imported} imported, last batch ` +
    `${job.updatedAt.toISOString()}); unless another process is running it, it continues from there when the same ` +
    `file is imported again — uploaded through importMembers, or with ` +
    `\`pnpm gonghui import members ${job.fileName} --org ${job.organizationId}\``
  );
}

/** Who resumes a stopped server's imports (its audit entry; the registrations name the importer). */
const RESUME_ACTOR: AuditActor = { actor: 'system:import-resume', requestId: null };

/** What an API import needs besides the file. */
export interface StartImport {
  readonly organizationId: string;
  readonly who: AuditActor;
  readonly env: CommandEnv;
  /** Whose token starts it: recorded on the job, what resuming it checks (src/hardening/import-limit.ts). */
  readonly viewer?: Viewer;
  /** Rows per unit of work (default: the job's). */
  readonly batchRows?: number;
}

/** Runs the API's imports in the background of this process. */
export class ImportRunner {
  readonly #running = new Map<string, Promise<void>>();

  /** A runner over the server's database, publishing progress on `pubsub`, reporting faults to `logger`. */
  constructor(
    private readonly db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
    private readonly pubsub: EventBus,
    private readonly logger: Pick<Logger, 'error' | 'info' | 'warn'>,
  ) {}

  /**
   * Claims the file's job (the existing one for the same file and organization; a new one, or a stopped
   * one to continue, only within the bound on running imports, else ImportLimitError:
   * src/hardening/import-limit.ts), appends one
   * `memberImport.started` audit entry, and runs the job in the background unless it is finished or
   * already running here; returns the job as claimed. `path` is deleted when the run ends.
   */
  async start(file: ImportFile, path: string, options: StartImport): Promise<MemberImportJob> {
    let job: MemberImportJob;
    try {
      job = await claimJob(this.db, {
        organizationId: options.organizationId,
        file,
        who: options.who,
        admit: (tx, existing) => admitImport(tx, options.who.actor, options.organizationId, existing),
      });
      if (options.viewer !== undefined && job.status === 'RUNNING') {
        await recordImportAuthority(this.db.prisma, job.id, options.viewer);
      }
      await queueAuditEntry(this.db.prisma, options.who, {
        action: 'memberImport.started',
        targetType: 'MemberImport',
        targetId: job.id,
        organizationId: options.organizationId,
        after: {
          fileName: file.name,
          fileHash: job.fileHash,
          bytes: file.size,
          status: job.status,
          resumedAtRow: job.committedRow,
        },
      });
      await auditSealer(this.db.prisma, this.db.auditKey).sealCommitted();
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    if (job.status !== 'RUNNING' || this.#running.has(job.id)) {
      await rm(path, { force: true });
      return job;
    }
    // Kept under the job's id until the run ends: a server that dies meanwhile finds it when it starts.
    const kept = join(dirname(path), keptFileName(job.id));
    await rename(path, kept);
    this.#run(job, { ...(await fileOnDisk(kept)), name: file.name }, kept, options);
    return job;
  }

  /**
   * Resumes the jobs a stopped server left RUNNING whose files are kept in `directory`, as their
   * importers (one `memberImport.resumed` audit entry each), each only while its importer's recorded
   * authority and bound allow (`resumeRefusal`; else its file is deleted and the reason warned), and
   * deletes the kept files of jobs that ended; warns of each RUNNING job of no kept file, saying how to continue it (`waitingMessage`).
   * Returns the ids of the jobs it resumed.
   */
  async resume(directory: string, env: CommandEnv): Promise<string[]> {
    const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const kept = new Map(
      names.flatMap((name) => {
        const id = KEPT_FILE.exec(name)?.[1];
        return id === undefined ? [] : [[id, join(directory, name)] as const];
      }),
    );
    const resumed: string[] = [];
    const jobs = await this.db.prisma.memberImport.findMany({ where: { id: { in: [...kept.keys()] } } });
    for (const [id, path] of kept) {
      const job = jobs.find((j) => j.id === id);
      if (job?.status !== 'RUNNING') {
        await rm(path, { force: true });
        continue;
      }
      if (this.#running.has(id)) continue;
      // Only within its importer's rights and bound now (src/hardening/import-limit.ts).
      const refusal = await resumeRefusal(this.db.prisma, job);
      if (refusal !== null) {
        await rm(path, { force: true });
        this.logger.warn(
          { importId: job.id, organizationId: job.organizationId, committedRow: job.committedRow },
          waitingMessage(job, `not resumed: ${refusal}`),
        );
        continue;
      }
      const who: AuditActor = { actor: job.actor, requestId: null };
      await queueAuditEntry(this.db.prisma, RESUME_ACTOR, {
        action: 'memberImport.resumed',
        targetType: 'MemberImport',
        targetId: job.id,
        organizationId: job.organizationId,
        after: { fileName: job.fileName, fileHash: job.fileHash, resumedAtRow: job.committedRow },
      });
      await auditSealer(this.db.prisma, this.db.auditKey).sealCommitted();
      const file = await fileOnDisk(path);
      this.#run(job, { ...file, name: job.fileName }, path, { organizationId: job.organizationId, who, env });
      resumed.push(id);
    }
    for (const job of await waitingJobs(this.db, { notIn: [...kept.keys()] })) {
      this.logger.warn(
        { importId: job.id, organizationId: job.organizationId, committedRow: job.committedRow },
        waitingMessage(job, `its file is not in ${directory}`),
      );
    }
    return resumed;
  }

  /** Runs a RUNNING job in the background; `path` is deleted when the run ends. */
  #run(job: MemberImportJob, file: ImportFile, path: string, options: StartImport): void {
    const run = runJob(this.db, job, {
      organizationId: options.organizationId,
      file,
      who: options.who,
      env: options.env,
      ...(options.batchRows === undefined ? {} : { batchRows: options.batchRows }),
      onProgress: (current) => this.pubsub.publish('memberImport.progress', current.id, progressOf(current)),
    })
      .then(
        () => undefined,
        (error: unknown) => this.logger.error({ err: error, importId: job.id }, 'import stopped by a fault'),
      )
      .finally(async () => {
        // Deleted before the run counts as ended: `idle()` returns with the file gone.
        await rm(path, { force: true });
        this.#running.delete(job.id);
      });
    this.#running.set(job.id, run);
  }

  /** Resolves when every import running now has ended (tests, and a server shutting down). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running.values());
  }
}
