// The attacker's second look at the import's jobs (issue 11): an ORG_ADMIN whose rights end while a
// job's progress stream is open, and one ORG_ADMIN starting import after import. Each test here failed
// before its fix.

import { systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type EventBus, memoryEventBus } from '../src/events.js';
import type { MemberImportProgress } from '../src/import/runner.js';
import { DEMO_KINDERGARTEN_UNION, seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { type Body, postAs } from './support/post.js';

describe.each(testBackends())('import jobs under attack on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let pubsub: EventBus;
  let union: string;
  let county: string;
  const open: AbortController[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    union = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } })).id;
    county = (await db.prisma.organization.findFirstOrThrow({ where: { name: '杭州市余杭区总工会' } })).id;
    pubsub = memoryEventBus();
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false, pubsub });
  }, 120_000);
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    for (const controller of open) controller.abort();
    await db?.close();
  });

  /** A RUNNING job of `organizationId`, written as the runner writes it. */
  async function runningJob(organizationId: string): Promise<string> {
    const id = uuidIds.next();
    await db.prisma.memberImport.create({
      data: {
        id,
        organizationId,
        fileHash: id,
        fileName: 'roster.csv',
        actor: 'attacker',
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

  /**
   * Opens `memberImportProgress` of job `id` as `authorization` over SSE; `next()` reads the next
   * event's progress, or the error code the stream ended with, or 'ENDED'.
   */
  async function follow(authorization: string, id: string) {
    const controller = new AbortController();
    open.push(controller);
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization },
      body: JSON.stringify({
        query: 'subscription($id: ID!) { memberImportProgress(id: $id) { committedRow } }',
        variables: { id: encodeGlobalID('MemberImportJob', id) },
      }),
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    return {
      async next(): Promise<number | string> {
        for (;;) {
          const data = /^data: (\{.*\})$/m.exec(text);
          if (data) {
            text = text.slice((data.index ?? 0) + data[0].length);
            const event = JSON.parse(data[1] as string) as Body;
            if (event.errors) return event.errors[0]?.extensions?.code as string;
            return event.data.memberImportProgress.committedRow as number;
          }
          const { value, done } = await reader.read();
          if (done) return 'ENDED';
          text += decoder.decode(value);
        }
      },
    };
  }

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
    expect(await stream.next()).toBe('UNAUTHENTICATED');
    expect(await stream.next()).toBe('ENDED');
  });

  it("ends the stream once the job's organization has left the viewer's scope (moved away from the county they administer)", async () => {
    const job = await runningJob(union);
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: county }], 'county-admin');
    const stream = await follow(admin, job);
    expect(await stream.next()).toBe(1);
    const elsewhere = await db.prisma.organization.findFirstOrThrow({ where: { name: '绍兴市越城区总工会' } });
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
    expect(await stream.next()).toBe('NOT_FOUND');
    expect(await stream.next()).toBe('ENDED');
  });
});
