// Imports started through the API (`importMembers`): the uploaded file's job is claimed and audited
// while the request waits, then run in the background of the server process; each committed batch is
// published as a `memberImport.progress` event (subscriptions hear it, on every server when the bus is
// Redis). A file is deleted when its run ends. A server stopped mid-import leaves the job RUNNING at its
// last checkpoint: the same file uploaded again continues it (the job is keyed by the file's SHA-256).

import { rm } from 'node:fs/promises';
import type { CommandEnv } from '@gonghui/core';
import type { EventBus } from '../events.js';
import type { Logger } from '../observe/log.js';
import { type AuditActor, auditSealer, queueAuditEntry } from '../store/audit.js';
import type { Database } from '../store/database.js';
import { claimJob, type MemberImportJob, runJob } from './job.js';
import type { ImportFile } from './source.js';

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

/** What an API import needs besides the file. */
export interface StartImport {
  readonly organizationId: string;
  readonly who: AuditActor;
  readonly env: CommandEnv;
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
    private readonly logger: Pick<Logger, 'error'>,
  ) {}

  /**
   * Claims the file's job (the existing one for the same file and organization), appends one
   * `memberImport.started` audit entry, and runs the job in the background unless it is finished or
   * already running here; returns the job as claimed. `path` is deleted when the run ends.
   */
  async start(file: ImportFile, path: string, options: StartImport): Promise<MemberImportJob> {
    let job: MemberImportJob;
    try {
      job = await claimJob(this.db, { organizationId: options.organizationId, file, who: options.who });
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
        this.#running.delete(job.id);
        await rm(path, { force: true });
      });
    this.#running.set(job.id, run);
    return job;
  }

  /** Resolves when every import running now has ended (tests, and a server shutting down). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running.values());
  }
}
