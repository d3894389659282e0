// Import through the API: a roster uploaded by the GraphQL multipart request spec to `importMembers`
// (over real HTTP, so the node:http body limit is part of it), its job read with `importJob` and
// followed with `memberImportProgress`; only ORG_ADMIN of the organization (or above) imports and
// reads; an upload to any other operation, or over the upload limit, is refused and leaves no file.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryEventBus } from '../src/events.js';
import { ImportRunner } from '../src/import/runner.js';
import { defaultLogger } from '../src/observe/log.js';
import {
  DEMO_KINDERGARTEN_UNION,
  DEMO_STONE_CARVING_UNION,
  demoIdNumber,
  seedDemoData,
} from '../src/seed.js';
import { type RunningServer, startServer } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';

const IMPORT = `mutation Import($input: ImportMembersInput!) {
  importMembers(input: $input) { job { id status fileName } errors { code path } } }`;

const JOB = `query Job($id: ID!) { importJob(id: $id) {
  status imported skipped rejected committedRow bytesTotal error
  organization { name }
  problems(first: 10) { totalCount nodes { row column code message } } } }`;

/** A multipart body by the spec: operations, map, then the file as variable `input.file`. */
function multipart(
  query: string,
  variables: Record<string, unknown>,
  file: Blob,
  name = 'roster.csv',
): FormData {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query,
      variables: { ...variables, input: { ...(variables.input as object), file: null } },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', file, name);
  return form;
}

/** A valid ID number of the n-th person born on 1 January 1990. */
function personId(n: number): string {
  return demoIdNumber(`33010619900101${String(n % 1000).padStart(3, '0')}`);
}

function roster(lines: string[]): Blob {
  return new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' });
}

describe.each(testBackends())('import through the API on %s', (backend) => {
  let db: Database;
  let server: RunningServer;
  let imports: ImportRunner;
  let uploads: string;
  let union: string;
  let other: string;
  let admin: string;
  const MAX_UPLOAD = 4096;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    union = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } })).id;
    other = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_STONE_CARVING_UNION } })).id;
    uploads = await mkdtemp(join(tmpdir(), 'gonghui-uploads-'));
    const pubsub = memoryEventBus();
    imports = new ImportRunner(db, pubsub, defaultLogger());
    server = await startServer({
      db,
      auth: await testAuth(),
      port: 0,
      production: false,
      pubsub,
      imports,
      uploadDirectory: uploads,
      maxUploadBytes: MAX_UPLOAD,
      maxBodyBytes: 64 * 1024,
    });
    admin = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'kindergarten-admin');
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  async function post(body: FormData | string, authorization: string | null) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        ...(typeof body === 'string' ? { 'content-type': 'application/json' } : { 'x-graphql-csrf': '1' }),
        ...(authorization ? { authorization } : {}),
      },
      body,
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
  }

  const gid = (id: string) => encodeGlobalID('Organization', id);

  it('imports an uploaded roster in the background; importJob and the progress subscription show it', async () => {
    const file = roster([
      '姓名,身份证号,手机号,入会日期',
      `甲一,${personId(601)},13800000601,2020-01-05`,
      `乙二,${personId(602)},,2020-01-05`,
      `丙三,330106199001010000,,`,
      `丁四,${personId(601)},,`,
    ]);
    const answer = await post(multipart(IMPORT, { input: { organizationId: gid(union) } }, file), admin);
    expect(answer.body.errors).toBeUndefined();
    const job = answer.body.data.importMembers.job;
    expect(job).toMatchObject({ fileName: 'roster.csv' });
    expect(['RUNNING', 'DONE']).toContain(job.status);

    // The subscription: the job now, then every batch, ending with DONE.
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: admin },
      body: JSON.stringify({
        query:
          'subscription($id: ID!) { memberImportProgress(id: $id) { status imported rejected committedRow } }',
        variables: { id: job.id },
      }),
    });
    const text = await response.text(); // the stream ends with the job
    const events = [...text.matchAll(/^data: (\{.*\})$/gm)]
      .map((m) => JSON.parse(m[1] as string).data?.memberImportProgress)
      .filter(Boolean);
    expect(events.at(-1)).toEqual({ status: 'DONE', imported: 2, rejected: 2, committedRow: 5 });
    await imports.idle();

    const read = await post(JSON.stringify({ query: JOB, variables: { id: job.id } }), admin);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.importJob).toMatchObject({
      status: 'DONE',
      imported: 2,
      skipped: 0,
      rejected: 2,
      committedRow: 5,
      error: null,
      organization: { name: DEMO_KINDERGARTEN_UNION },
    });
    expect(read.body.data.importJob.problems.nodes.map((p: any) => [p.row, p.code])).toEqual([
      [4, 'ID_CHECKSUM'],
      [5, 'IMPORT_DUPLICATE_ROW'],
    ]);
    // The upload is audited, the file gone.
    const started = await db.prisma.auditEntry.findMany({ where: { action: 'memberImport.started' } });
    expect(started.map((e) => [e.actor, e.organizationId])).toEqual([['kindergarten-admin', union]]);
    expect(await readdir(uploads)).toEqual([]);

    // The same file again: the same job, nothing new.
    const again = await post(multipart(IMPORT, { input: { organizationId: gid(union) } }, file), admin);
    expect(again.body.data.importMembers.job).toMatchObject({ id: job.id, status: 'DONE' });
    await imports.idle();
    expect(await readdir(uploads)).toEqual([]);
  });

  it('refuses an admin of another organization, and hides its jobs from them', async () => {
    const outsider = await bearer([{ role: 'ORG_ADMIN', organizationId: other }], 'stone-admin');
    const before = await db.prisma.memberImport.count();
    const file = roster(['姓名,身份证号', `戊五,${personId(605)}`]);
    const refused = await post(multipart(IMPORT, { input: { organizationId: gid(union) } }, file), outsider);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await post(multipart(IMPORT, { input: { organizationId: gid(union) } }, file), null);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await db.prisma.memberImport.count()).toBe(before);
    expect(await readdir(uploads)).toEqual([]);

    const [job] = await db.prisma.memberImport.findMany({ where: { organizationId: union } });
    const id = encodeGlobalID('MemberImportJob', job?.id as string);
    const hidden = await post(JSON.stringify({ query: JOB, variables: { id } }), outsider);
    expect(hidden.body.data.importJob).toBeNull();
    const node = await post(
      JSON.stringify({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id } }),
      outsider,
    );
    expect(node.body.data.node).toBeNull();
  });

  it('takes a multipart request for importMembers only, and no file over the upload limit', async () => {
    const file = roster(['姓名,身份证号', `己六,${personId(606)}`]);
    const other = await post(
      multipart(
        'mutation($input: ImportMembersInput!) { a: importMembers(input: $input) { job { id } } b: importMembers(input: $input) { job { id } } }',
        { input: { organizationId: gid(union) } },
        file,
      ),
      admin,
    );
    expect(other.status).toBe(400);
    expect(other.body.errors?.[0]?.message).toContain('importMembers mutation only');
    const query = await post(multipart('query { __typename }', {}, file), admin);
    expect(query.status).toBe(400);

    // Over the upload limit but within the body limit: stopped while streaming.
    const big = roster([
      '姓名,身份证号',
      ...Array.from({ length: 200 }, (_, i) => `某人${i},${personId(700 + i)}`),
    ]);
    expect(big.size).toBeGreaterThan(MAX_UPLOAD);
    const tooBig = await post(multipart(IMPORT, { input: { organizationId: gid(union) } }, big), admin);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(tooBig.body.errors?.[0]?.message).toContain(`over ${MAX_UPLOAD} bytes`);
    // Declared over the body and upload limits together: refused before yoga reads it.
    const huge = new Blob([new Uint8Array(70 * 1024 + MAX_UPLOAD)]);
    const declared = await post(multipart(IMPORT, { input: { organizationId: gid(union) } }, huge), admin);
    expect(declared.status).toBe(413);
    expect(await readdir(uploads)).toEqual([]);
    expect(
      await db.prisma.memberImport.count({ where: { fileName: 'roster.csv', imported: { gt: 2 } } }),
    ).toBe(0);
  });
});
