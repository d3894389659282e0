// The attacker's second look at the import's jobs (issue 11): an ORG_ADMIN whose rights end while a
// job's progress stream is open, and one ORG_ADMIN starting import after import. Each test here failed
// before its fix.

import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { viewerFromAuthorization } from '../src/auth/token.js';
import { type EventBus, memoryEventBus } from '../src/events.js';
import {
  IMPORT_LEASE_MS,
  keepImportAlive,
  MAX_RUNNING_IMPORTS_PER_ORGANIZATION,
  MAX_RUNNING_IMPORTS_PER_VIEWER,
  recordImportAuthority,
} from '../src/hardening/import-limit.js';
import { claimJob } from '../src/import/job.js';
import { ImportRunner, keptFileName, type MemberImportProgress } from '../src/import/runner.js';
import { fileOnDisk } from '../src/import/source.js';
import { defaultLogger } from '../src/observe/log.js';
import { DEMO_KINDERGARTEN_UNION, seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { followImportProgress, type ProgressStep } from './support/import-progress.js';
import { type Body, postAs } from './support/post.js';

describe.each(testBackends())('import jobs under attack on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let pubsub: EventBus;
  let union: string;
  let county: string;
  let imports: ImportRunner;
  let uploads: string;
  const open: AbortController[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    union = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } })).id;
    county = (await db.prisma.organization.findFirstOrThrow({ where: { name: '杭州市余杭区总工会' } })).id;
    pubsub = memoryEventBus();
    imports = new ImportRunner(db, pubsub, defaultLogger());
    uploads = await mkdtemp(join(tmpdir(), 'gonghui-attack-imports-'));
    yoga = createGonghuiYoga({
      db,
      auth: await testAuth(),
      production: false,
      pubsub,
      imports,
      uploadDirectory: uploads,
    });
  }, 120_000);
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    for (const controller of open) controller.abort();
    await imports?.idle();
    await db?.close();
    await rm(uploads, { recursive: true, force: true });
  });

  /** A RUNNING job of `organizationId` started by `actor` (of the file whose SHA-256 is `fileHash`), written as the runner writes it. */
  async function runningJob(organizationId: string, actor = 'attacker', fileHash?: string): Promise<string> {
    const id = uuidIds.next();
    await db.prisma.memberImport.create({
      data: {
        id,
        organizationId,
        fileHash: fileHash ?? id,
        fileName: 'roster.csv',
        actor,
        status: 'RUNNING',
        bytesTotal: 1000n,
      },
    });
    return id;
  }

  /** The progress of job `id` after its batch ending at `committedRow`. */
  const progress = (id: string, committedRow: number): MemberImportProgress => ({
    id,
    status: 'RUNNING',
    committedRow,
    imported: committedRow - 1,
    skipped: 0,
    rejected: 0,
    bytesRead: committedRow,
    bytesTotal: 1000,
    error: null,
  });

  /** Follows job `id`'s progress as `authorization` (support/import-progress.ts). */
  const follow = (authorization: string, id: string) => followImportProgress(yoga, authorization, id, open);

  it("ends a job's progress stream once the token has expired (it streamed until the job ended)", async () => {
    const job = await runningJob(union);
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'expiring-admin', '10m');
    const stream = await follow(admin, job);
    expect(await stream.next()).toBe(1);
    pubsub.publish('memberImport.progress', job, progress(job, 2));
    expect(await stream.next()).toBe(2);
    // The token's ten minutes pass (the wall clock, as jose and the token cache read it).
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 10 * 60_000 + 1000 });
    pubsub.publish('memberImport.progress', job, progress(job, 3));
    expect(await stream.next()).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/^The token expired at .+: subscribe again with a new one$/),
    });
    expect(await stream.next()).toBe('ENDED');
  });

  it("ends an idle job's progress stream at the token's exp, with no event to check it by (it stayed open until the next batch)", async () => {
    // Timers are fake from before the stream opens, so its expiry timer is one; they also run on their own.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const job = await runningJob(union);
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'idle-admin', '10m');
    const stream = await follow(admin, job);
    expect(await stream.next()).toBe(1);
    // No batch comes (a stopped job, or a slow one) while the token's ten minutes pass.
    const ended = stream.next();
    await vi.advanceTimersByTimeAsync(10 * 60_000 + 1000);
    expect(await ended).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/^The token expired at .+: subscribe again with a new one$/),
    });
    expect(await stream.next()).toBe('ENDED');
  });

  it("ends the stream once the job's organization has left the viewer's scope (moved away from the county they administer)", async () => {
    const job = await runningJob(union);
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: county }], 'county-admin');
    const stream = await follow(admin, job);
    expect(await stream.next()).toBe(1);
    const elsewhere = await db.prisma.organization.findFirstOrThrow({
      where: { name: '绍兴市越城区总工会' },
    });
    const moved = await postAs(
      yoga,
      await adminBearer(),
      'mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { errors { code } } }',
      {
        input: {
          id: encodeGlobalID('Organization', union),
          newParentId: encodeGlobalID('Organization', elsewhere.id),
        },
      },
    );
    expect(moved).toEqual({ data: { moveOrganization: { errors: [] } } });
    pubsub.publish('memberImport.progress', job, progress(job, 2));
    expect(await stream.next()).toEqual({
      code: 'NOT_FOUND',
      message: 'No import job you may see has this ID',
    });
    expect(await stream.next()).toBe('ENDED');
  });

  /** A one-row roster (`n` makes it a file of its own). */
  const roster = (n: number) => `姓名,身份证号\n甲${n},${n}\n`;

  /** Uploads a one-row roster (`n` makes it a file of its own) to `importMembers` into `organizationId`. */
  async function upload(authorization: string, organizationId: string, n: number): Promise<Body> {
    const form = new FormData();
    const query =
      'mutation($input: ImportMembersInput!) { importMembers(input: $input) { job { id } errors { code } } }';
    const organization = encodeGlobalID('Organization', organizationId);
    form.append(
      'operations',
      JSON.stringify({ query, variables: { input: { organizationId: organization, file: null } } }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob([roster(n)], { type: 'text/csv' }), `roster-${n}.csv`);
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'x-graphql-csrf': '1', authorization },
      body: form,
    });
    return (await response.json()) as Body;
  }

  /** The organization named `name`'s id. */
  const orgId = async (name: string) =>
    (await db.prisma.organization.findFirstOrThrow({ where: { name } })).id;

  it(`lets one importer run ${MAX_RUNNING_IMPORTS_PER_VIEWER} imports at once, over every process (one admin ran as many as files sent)`, async () => {
    const target = await orgId('杭州余杭未来智造科技有限公司工会');
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: county }], 'busy-admin');
    // Jobs this admin left RUNNING (on this server or another): one short of the bound, then at it.
    for (let i = 1; i < MAX_RUNNING_IMPORTS_PER_VIEWER; i++) await runningJob(target, 'busy-admin');
    const last = await upload(admin, target, 1);
    expect(last.errors).toBeUndefined();
    const accepted = last.data.importMembers.job.id as string;
    await imports.idle();
    await runningJob(target, 'busy-admin');
    const jobs = await db.prisma.memberImport.count();
    const refused = await upload(admin, target, 2);
    expect(refused.errors?.map((e) => [e.extensions?.code, e.extensions?.maxRunningImports])).toEqual([
      ['IMPORT_LIMIT', MAX_RUNNING_IMPORTS_PER_VIEWER],
    ]);
    expect(refused.errors?.[0]?.message).toMatch(/you have 2 imports RUNNING, the most at once/);
    expect(await db.prisma.memberImport.count()).toBe(jobs);
    expect(await readdir(uploads)).toEqual([]);
    // The same file again is its own job: answered, never refused.
    const again = await upload(admin, target, 1);
    expect(again.errors).toBeUndefined();
    expect(again.data.importMembers.job.id).toBe(accepted);
    // Another admin is counted apart.
    const other = await upload(
      await bearer([{ role: 'ORG_ADMIN', organizationId: county }], 'calm-admin'),
      target,
      3,
    );
    expect(other.errors).toBeUndefined();
    await imports.idle();
  });

  it(`lets one organization run ${MAX_RUNNING_IMPORTS_PER_ORGANIZATION} imports at once, whoever started them`, async () => {
    const target = await orgId('研发中心分会');
    for (let i = 0; i < MAX_RUNNING_IMPORTS_PER_ORGANIZATION; i++) await runningJob(target, `admin-${i}`);
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: county }], 'fresh-admin');
    const refused = await upload(admin, target, 4);
    expect(refused.errors?.map((e) => [e.extensions?.code, e.extensions?.maxRunningImports])).toEqual([
      ['IMPORT_LIMIT', MAX_RUNNING_IMPORTS_PER_ORGANIZATION],
    ]);
    expect(refused.errors?.[0]?.message).toMatch(/this organization has 4 imports RUNNING/);
    // One of them ends: the next is admitted.
    await db.prisma.memberImport.updateMany({
      where: { organizationId: target, actor: 'admin-0' },
      data: { status: 'DONE' },
    });
    expect((await upload(admin, target, 4)).errors).toBeUndefined();
    await imports.idle();
  });

  it(`counts a RUNNING job only while a process runs it: one a killed process left stops counting ${IMPORT_LEASE_MS / 1000} s after its last heartbeat (it locked its importer out until continued)`, async () => {
    const target = await orgId('绍兴柯桥轻纺城印染有限公司工会');
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: target }], 'crashed-admin');
    /** Sets the jobs' last heartbeat `ms` milliseconds ago, by the database's clock. */
    const beatAgo = (ids: string[], ms: number) =>
      db.prisma.$executeRawUnsafe(
        `UPDATE "MemberImport" SET "heartbeatAt" = now() - make_interval(secs => $1) WHERE id = ANY($2)`,
        ms / 1000,
        ids,
      );
    const refusal = (body: Body) => body.errors?.map((e) => e.extensions?.code);
    // The jobs a process killed mid-import left RUNNING; one of them of roster 20.
    const hash = createHash('sha256').update(roster(20)).digest('hex');
    const left = [await runningJob(target, 'crashed-admin', hash)];
    while (left.length < MAX_RUNNING_IMPORTS_PER_VIEWER) left.push(await runningJob(target, 'crashed-admin'));
    // Just inside the lease they count (their process may be between two heartbeats)…
    await beatAgo(left, IMPORT_LEASE_MS - 1000);
    expect(refusal(await upload(admin, target, 21))).toEqual(['IMPORT_LIMIT']);
    // …and a second past it they do not: the importer imports again.
    await beatAgo(left, IMPORT_LEASE_MS + 1000);
    const fresh = await upload(admin, target, 21);
    expect(fresh.errors).toBeUndefined();
    await imports.idle();
    // A process that runs a job keeps it counted: its heartbeat is written as the run starts.
    const alive = keepImportAlive(db.prisma, left[1] as string);
    await alive.beat;
    alive.stop();
    const live = [left[1] as string, await runningJob(target, 'crashed-admin')];
    expect(refusal(await upload(admin, target, 22))).toEqual(['IMPORT_LIMIT']);
    // Continuing a stopped job is admitted like a new one (or continuing stopped jobs would add to
    // those running): refused while two run, continued (the same job, alive again) once one stops.
    expect(refusal(await upload(admin, target, 20))).toEqual(['IMPORT_LIMIT']);
    await beatAgo([live[1] as string], IMPORT_LEASE_MS + 1000);
    const continued = await upload(admin, target, 20);
    expect(continued.errors).toBeUndefined();
    expect(continued.data.importMembers.job.id).toBe(encodeGlobalID('MemberImportJob', left[0] as string));
    await imports.idle();
    expect(
      await db.prisma.memberImport.findUniqueOrThrow({ where: { id: left[0] as string } }),
    ).toMatchObject({
      status: 'DONE',
    });
  });

  it('resumes a stopped job only while its importer still may and is within the bound (a restarted server resumed every kept job)', async () => {
    const target = await orgId('海盐通元紧固件有限公司工会');
    const elsewhere = await orgId('海盐县元通街道总工会');
    const kept = await mkdtemp(join(tmpdir(), 'gonghui-attack-resume-'));
    const admin = [{ role: 'ORG_ADMIN' as const, organizationId: target }];
    /** A job a stopped server left: claimed by `subject`, `grants` recorded as its authority (none: null), its file kept, its lease run out. */
    async function left(n: number, subject: string, grants: typeof admin | null): Promise<string> {
      const path = join(kept, `roster-${n}.csv`);
      await writeFile(path, roster(n));
      const who = { actor: subject, requestId: null };
      const job = await claimJob(db, { organizationId: target, file: await fileOnDisk(path), who });
      if (grants !== null) {
        const viewer = await viewerFromAuthorization(await bearer(grants, subject), await testAuth());
        await recordImportAuthority(db.prisma, job.id, viewer);
      }
      await rename(path, join(kept, keptFileName(job.id)));
      await db.prisma.$executeRawUnsafe(
        `UPDATE "MemberImport" SET "heartbeatAt" = now() - make_interval(secs => $1) WHERE id = $2`,
        (IMPORT_LEASE_MS + 1000) / 1000,
        job.id,
      );
      return job.id;
    }
    const resumable = await left(30, 'steady-admin', admin);
    const expired = await left(31, 'steady-admin', admin);
    await db.prisma.memberImport.update({
      where: { id: expired },
      data: { authorizedUntil: new Date(Date.now() - 1000) },
    });
    const demoted = await left(32, 'demoted-admin', [
      { role: 'ORG_VIEWER' as never, organizationId: target },
    ]);
    const outOfScope = await left(33, 'moved-admin', [{ role: 'ORG_ADMIN', organizationId: elsewhere }]);
    const unrecorded = await left(34, 'steady-admin', null);
    const busy = await left(35, 'busy-importer', admin);
    // The busy importer started new imports (elsewhere) after the lease of their stopped one ran out.
    for (let i = 0; i < MAX_RUNNING_IMPORTS_PER_VIEWER; i++) await runningJob(elsewhere, 'busy-importer');

    const logger = defaultLogger();
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const runner = new ImportRunner(db, memoryEventBus(), logger);
    expect(await runner.resume(kept, { clock: systemClock, ids: uuidIds })).toEqual([resumable]);
    await runner.idle();
    const jobs = await db.prisma.memberImport.findMany({
      where: { id: { in: [resumable, expired, demoted, outOfScope, unrecorded, busy] } },
    });
    const statusOf = (id: string) => jobs.find((job) => job.id === id)?.status;
    expect(statusOf(resumable)).toBe('DONE');
    for (const id of [expired, demoted, outOfScope, unrecorded, busy]) {
      // Left stopped: the same file uploaded again continues it, under the uploader's token.
      expect(jobs.find((job) => job.id === id)).toMatchObject({ status: 'RUNNING', committedRow: 1 });
    }
    const warned = (id: string) =>
      warn.mock.calls.map((call) => String(call[1])).find((line) => line.includes(id)) ?? '';
    expect(warned(expired)).toMatch(/not resumed: the token its importer started it with expired at/);
    expect(warned(demoted)).toMatch(/not resumed: its importer's grants no longer let them register members/);
    expect(warned(outOfScope)).toMatch(
      /not resumed: its importer's grants no longer let them register members/,
    );
    expect(warned(unrecorded)).toMatch(/not resumed: no authority of its importer is recorded/);
    expect(warned(busy)).toMatch(/not resumed: .*2 imports RUNNING, the most at once/);
    expect(await readdir(kept)).toEqual([]);
    await rm(kept, { recursive: true, force: true });
    // What the API records: the uploader's grants and their token's exp.
    const token = await bearer(admin, 'steady-admin', '7m');
    const started = await upload(token, target, 36);
    expect(started.errors).toBeUndefined();
    await imports.idle();
    const recorded = await db.prisma.memberImport.findFirstOrThrow({ where: { fileName: 'roster-36.csv' } });
    expect(recorded.grants).toEqual(admin);
    expect(Math.abs((recorded.authorizedUntil?.getTime() ?? 0) - (Date.now() + 7 * 60_000))).toBeLessThan(
      60_000,
    );
  });

  it("ends an idle job's progress stream as soon as an ancestor moves it out of the viewer's scope (it stayed open until the next batch)", async () => {
    const company = await orgId('杭州余杭未来智造科技有限公司工会');
    const branch = await orgId('生产车间分会');
    const city = await orgId('杭州市总工会');
    const job = await runningJob(branch);
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: city }], 'city-admin');
    const stream = await follow(admin, job);
    expect(await stream.next()).toBe(1);
    /** Moves the branch's company union under `parent` (as a system admin). */
    const move = async (parent: string) =>
      expect(
        await postAs(
          yoga,
          await adminBearer(),
          'mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { errors { code } } }',
          {
            input: {
              id: encodeGlobalID('Organization', company),
              newParentId: encodeGlobalID('Organization', parent),
            },
          },
        ),
      ).toEqual({ data: { moveOrganization: { errors: [] } } });
    /** The stream's next answer, or 'OPEN' while it has none after two seconds. */
    const nextOrOpen = (next: Promise<ProgressStep>) =>
      Promise.race([next, new Promise<'OPEN'>((resolve) => setTimeout(() => resolve('OPEN'), 2000))]);
    // A move inside the viewer's subtree (under the city itself) changes nothing: the next batch comes.
    await move(city);
    const next = stream.next();
    expect(await nextOrOpen(next)).toBe('OPEN');
    pubsub.publish('memberImport.progress', job, progress(job, 2));
    expect(await next).toBe(2);
    // The company union moves to 绍兴 with its branch: the stream ends at once, no batch needed.
    await move(await orgId('绍兴市越城区总工会'));
    expect(await nextOrOpen(stream.next())).toEqual({
      code: 'NOT_FOUND',
      message: 'No import job you may see has this ID',
    });
    expect(await stream.next()).toBe('ENDED');
  });
});
