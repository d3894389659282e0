// What else holds a token's authority honours its revocation: an open subscription ends (revoked in
// this process, or in another and read by the poll), an upload is refused before its body is read,
// and `serve` does not resume an import job whose importer was revoked after its authority was recorded.

import { mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { viewerFromAuthorization } from '../src/auth/token.js';
import { type EventBus, memoryEventBus } from '../src/events.js';
import { IMPORT_LEASE_MS, recordImportAuthority } from '../src/hardening/import-limit.js';
import { claimJob } from '../src/import/job.js';
import { ImportRunner, keptFileName } from '../src/import/runner.js';
import { fileOnDisk } from '../src/import/source.js';
import { defaultLogger } from '../src/observe/log.js';
import { DEMO_KINDERGARTEN_UNION, seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { storeRevocation } from '../src/store/token-revocation.js';
import { adminBearer, bearer, nextSecond, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { followImportProgress } from './support/import-progress.js';
import { postAs } from './support/post.js';

const REVOKE = `mutation ($input: RevokeTokensInput!) { revokeTokens(input: $input) { errors { code } } }`;

describe.each(testBackends())('a revoked token on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let pubsub: EventBus;
  let union: string;
  let uploads: string;
  const open: AbortController[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    union = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } })).id;
    pubsub = memoryEventBus();
    uploads = await mkdtemp(join(tmpdir(), 'gonghui-revoke-uploads-'));
    yoga = createGonghuiYoga({
      db,
      auth: await testAuth(),
      pubsub,
      uploadDirectory: uploads,
      revocationPollMs: 100,
    });
  }, 120_000);
  afterAll(async () => {
    for (const controller of open) controller.abort();
    await db?.close();
    await rm(uploads, { recursive: true, force: true });
  });

  /** A RUNNING job of the union, as the runner writes one. */
  async function runningJob(): Promise<string> {
    const id = uuidIds.next();
    await db.prisma.memberImport.create({
      data: {
        id,
        organizationId: union,
        fileHash: id,
        fileName: 'r.csv',
        actor: 'x',
        status: 'RUNNING',
        bytesTotal: 9n,
      },
    });
    return id;
  }

  /** Follows job `id`'s progress as `authorization` (support/import-progress.ts). */
  const follow = (authorization: string, id: string) => followImportProgress(yoga, authorization, id, open);

  it('ends an open subscription at once when its viewer is revoked here, with no event to check it by', async () => {
    const token = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'following-admin');
    const stream = await follow(token, await runningJob());
    expect(await stream.next()).toBe(1);
    await nextSecond();
    const ended = stream.next();
    const revoked = await postAs(yoga, await adminBearer(), REVOKE, {
      input: { subject: 'following-admin', reason: 'removed from office' },
    });
    expect(revoked.data.revokeTokens.errors).toEqual([]);
    expect(await ended).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/^The stream ended: the token was revoked/),
    });
    expect(await stream.next()).toBe('ENDED');
  });

  it('ends it within the poll when another process revoked the viewer', async () => {
    const token = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'far-admin');
    const stream = await follow(token, await runningJob());
    expect(await stream.next()).toBe(1);
    await nextSecond();
    const ended = stream.next();
    // Written past this process's copy, as another server or `gonghui token revoke` writes it.
    await storeRevocation(
      db.prisma,
      { actor: 'elsewhere', requestId: null },
      {
        subject: 'far-admin',
        before: new Date(),
        reason: 'lost phone',
      },
    );
    const bound = new Promise((resolve) => setTimeout(() => resolve('still open after 5 s'), 5_000).unref());
    expect(await Promise.race([ended, bound])).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/^The stream ended: the token was revoked/),
    });
  });

  it('refuses an upload of a revoked token with 401 before its body is read, and writes no file', async () => {
    const token = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'uploading-admin');
    await nextSecond();
    await postAs(yoga, await adminBearer(), REVOKE, {
      input: { subject: 'uploading-admin', reason: 'demoted' },
    });
    // A body that never ends: only an answer given before reading it can come back.
    const held = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n'),
        );
      },
    });
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'multipart/form-data; boundary=b',
        'x-graphql-csrf': '1',
        authorization: token,
      },
      body: held,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].message).toMatch(/^the token was revoked/);
    expect(await readdir(uploads)).toEqual([]);
  });

  it("does not resume an import whose importer's tokens were revoked after its authority was recorded", async () => {
    const kept = await mkdtemp(join(tmpdir(), 'gonghui-revoke-resume-'));
    const admin = [{ role: 'ORG_ADMIN' as const, organizationId: union }];
    /** A job a stopped server left, started with a token of `subject` (issued at `iat`, seconds), its file kept. */
    async function left(n: number, subject: string): Promise<string> {
      const path = join(kept, `roster-${n}.csv`);
      await writeFile(path, `姓名,身份证号\n乙${n},${n}\n`);
      const job = await claimJob(db, {
        organizationId: union,
        file: await fileOnDisk(path),
        who: { actor: subject, requestId: null },
      });
      const viewer = await viewerFromAuthorization(await bearer(admin, subject), await testAuth());
      await recordImportAuthority(db.prisma, job.id, viewer);
      await rename(path, join(kept, keptFileName(job.id)));
      await db.prisma.$executeRawUnsafe(
        `UPDATE "MemberImport" SET "heartbeatAt" = now() - make_interval(secs => $1) WHERE id = $2`,
        (IMPORT_LEASE_MS + 1000) / 1000,
        job.id,
      );
      return job.id;
    }
    const revokedJob = await left(40, 'revoked-importer');
    const unknownIssue = await left(41, 'unknown-issue-importer');
    await db.prisma.memberImport.update({ where: { id: unknownIssue }, data: { authorityIssuedAt: null } });
    await nextSecond();
    for (const subject of ['revoked-importer', 'unknown-issue-importer']) {
      await postAs(yoga, await adminBearer(), REVOKE, { input: { subject, reason: 'removed from office' } });
    }
    await nextSecond();
    // Started again after the revocation, with a new token: resumed.
    const renewed = await left(42, 'revoked-importer');
    const logger = defaultLogger();
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    const runner = new ImportRunner(db, memoryEventBus(), logger);
    expect(await runner.resume(kept, { clock: systemClock, ids: uuidIds })).toEqual([renewed]);
    await runner.idle();
    const warned = (id: string) =>
      warn.mock.calls.map((call) => String(call[1])).find((line) => line.includes(id)) ?? '';
    for (const id of [revokedJob, unknownIssue]) {
      expect(warned(id)).toMatch(
        /not resumed: its importer's tokens were revoked: every token of '.*' issued at or before /,
      );
      expect(await db.prisma.memberImport.findUnique({ where: { id } })).toMatchObject({
        status: 'RUNNING',
        committedRow: 1,
      });
    }
    await rm(kept, { recursive: true, force: true });
  });
});
