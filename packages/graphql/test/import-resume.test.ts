// A job a stopped server left RUNNING is resumed from the upload directory, where its file is kept under
// the job's id: two processes resuming it at once finish it with every row once; the kept file of a job
// that ended is deleted. A RUNNING job whose file is not there is reported, by the server when it starts
// and by `gonghui import members` into the same organization, with the way to continue it.
import { copyFile, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { viewerFromAuthorization } from '../src/auth/token.js';
import { memoryEventBus } from '../src/events.js';
import { recordImportAuthority } from '../src/hardening/import-limit.js';
import { importCommand } from '../src/import/cli.js';
import { claimJob, importMembers } from '../src/import/job.js';
import { ImportRunner, keptFileName } from '../src/import/runner.js';
import { fileOnDisk } from '../src/import/source.js';
import { defaultLogger } from '../src/observe/log.js';
import { DEMO_KINDERGARTEN_UNION, demoIdNumber, seedDemoData } from '../src/seed.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';

const env = { clock: systemClock, ids: uuidIds };
const who = { actor: 'importer', requestId: null };

describe.each(testBackends())('stopped imports resumed on %s', (backend) => {
  let db: Database;
  let union: string;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), env);
    union = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } })).id;
    dir = await mkdtemp(join(tmpdir(), 'gonghui-resume-'));
  });
  afterAll(() => db.close());

  it('resumes a RUNNING job from its kept file in two processes at once, every row once; deletes the file of an ended job', async () => {
    const lines = ['姓名,身份证号'];
    for (let n = 0; n < 40; n++)
      lines.push(`续传${n},${demoIdNumber(`33010619770707${String(n).padStart(3, '0')}`)}`);
    const source = join(dir, 'roster.csv');
    await writeFile(source, `${lines.join('\n')}\n`);
    // A server that died after two batches: the job RUNNING at row 11, its file kept under its id.
    let batches = 0;
    await expect(
      importMembers(db, {
        organizationId: union,
        file: await fileOnDisk(source),
        who,
        env,
        batchRows: 5,
        onProgress: (job) => {
          if (job.committedRow > 1 && ++batches === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const stopped = await db.prisma.memberImport.findFirstOrThrow({ where: { fileName: 'roster.csv' } });
    expect(stopped).toMatchObject({ status: 'RUNNING', committedRow: 11 });
    // Started through the API by an admin whose token is still valid: resumed (src/hardening/import-limit.ts).
    const importer = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'importer');
    await recordImportAuthority(
      db.prisma,
      stopped.id,
      await viewerFromAuthorization(importer, await testAuth()),
    );
    await copyFile(source, join(dir, keptFileName(stopped.id)));
    await writeFile(join(dir, keptFileName('a-job-that-ended')), 'x');

    const runners = [1, 2].map(() => new ImportRunner(db, memoryEventBus(), defaultLogger()));
    const resumed = await Promise.all(runners.map((runner) => runner.resume(dir, env)));
    await Promise.all(runners.map((runner) => runner.idle()));
    expect(resumed.flat()).toContain(stopped.id);
    const job = await db.prisma.memberImport.findUniqueOrThrow({ where: { id: stopped.id } });
    expect(job).toMatchObject({ status: 'DONE', imported: 40, rejected: 0, skipped: 0, committedRow: 41 });
    expect(await db.prisma.member.count({ where: { name: { startsWith: '续传' } } })).toBe(40);
    expect(await db.prisma.auditEntry.count({ where: { action: 'memberImport.resumed' } })).toBeGreaterThan(
      0,
    );
    expect((await readdir(dir)).sort()).toEqual(['roster.csv']);
  });

  it('reports a RUNNING job whose file is gone, at server start and in the CLI, saying how to continue it', async () => {
    const lost = join(dir, 'lost.csv');
    await writeFile(lost, `姓名,身份证号\n失联,${demoIdNumber('33010619770707900')}\n`);
    const job = await claimJob(db, { organizationId: union, file: await fileOnDisk(lost), who });
    const empty = await mkdtemp(join(tmpdir(), 'gonghui-resume-empty-'));
    const logger = defaultLogger();
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const runner = new ImportRunner(db, memoryEventBus(), logger);
    expect(await runner.resume(empty, env)).toEqual([]);
    const warned = warn.mock.calls.map((call) => String(call[1])).find((w) => w.includes(job.id));
    expect(warned).toContain(`its file is not in ${empty}`);
    expect(warned).toContain(`pnpm gonghui import members lost.csv --org ${union}`);

    // Importing another roster into the same union with the CLI names the waiting job too.
    const other = join(dir, 'other.csv');
    await writeFile(other, `姓名,身份证号\n另一,${demoIdNumber('33010619770707901')}\n`);
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await importCommand(db, other, { org: union });
    } finally {
      stderr.mockRestore();
    }
    const said = written.find((w) => w.includes(job.id));
    expect(said).toContain('it imports another file than this one');
    expect(said).toContain(`--org ${union}`);
  });
});
