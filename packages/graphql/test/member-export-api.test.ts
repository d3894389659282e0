// Downloads over real HTTP (src/import/download.ts): the member export of a subtree as CSV and XLSX
// (masked, or revealed with one audit entry), an import job's problem report as CSV, and every
// refusal — 401 without a valid token, 403 outside the viewer's scope, 400 naming the bad parameter,
// 404 for a job the viewer may not read, 429 for a second export of one viewer at once.
import { Readable } from 'node:stream';
import { systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import ExcelJS from 'exceljs';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { viewerFromAuthorization } from '../src/auth/token.js';
import { SubscriptionSlots } from '../src/hardening/subscription-limit.js';
import { downloadPlugin, EXPORTS_PER_VIEWER } from '../src/import/download.js';
import { importMembers } from '../src/import/job.js';
import { schema } from '../src/schema.js';
import {
  DEMO_KINDERGARTEN_UNION,
  DEMO_MEMBERS,
  DEMO_STONE_CARVING_UNION,
  demoIdNumber,
  seedDemoData,
} from '../src/seed.js';
import { type RunningServer, startServer } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';

const FORMULA_NAME = '=HYPERLINK("http://example.invalid","点我")';

describe.each(testBackends())('downloads over HTTP on %s', (backend) => {
  let db: Database;
  let server: RunningServer;
  let union: string;
  let other: string;
  let root: string;
  let admin: string;
  let origin: string;
  const gid = (id: string) => encodeGlobalID('Organization', id);
  const kindergarten = DEMO_MEMBERS.filter((m) => m.union === DEMO_KINDERGARTEN_UNION);

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    union = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } })).id;
    other = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_STONE_CARVING_UNION } })).id;
    root = (await db.prisma.organization.findFirstOrThrow({ where: { parentId: null } })).id;
    // A name a spreadsheet would run as a formula.
    await db.prisma.member.updateMany({ where: { name: '陈思远' }, data: { name: FORMULA_NAME } });
    server = await startServer({ db, auth: await testAuth(), port: 0, production: false });
    origin = new URL(server.url).origin;
    admin = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'kindergarten-admin');
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const get = (path: string, authorization: string | null) =>
    fetch(`${origin}${path}`, { headers: authorization ? { authorization } : {} });
  const exportPath = (query: Record<string, string>) =>
    `/exports/members?${new URLSearchParams({ organizationId: gid(union), ...query })}`;
  const reveals = () => db.prisma.auditEntry.findMany({ where: { action: 'member.exportRevealed' } });
  // The body as written: Response.text() drops the BOM.
  const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString('utf8');
  const refusal = async (response: Response) =>
    ((await response.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0];

  it('exports the subtree masked as CSV, with its file name, formulas neutralised, and nothing audited', async () => {
    const response = await get(exportPath({ format: 'csv' }), admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="members-${union}.csv"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const lines = (await bytesOf(response)).trimEnd().split('\n');
    expect(lines[0]).toBe('\uFEFF姓名,身份证号,性别,出生日期,手机号,入会日期,会籍状态,所在工会');
    expect(lines).toHaveLength(kindergarten.length + 1);
    expect(lines).toContain(
      `林晓雯,33****************,女,1988-**-**,138****0001,2012-09-01,正常,${DEMO_KINDERGARTEN_UNION}`,
    );
    // The formula starts with an apostrophe (csv-stringify quotes the cell: it holds quotes and a comma).
    expect(lines.some((l) => l.startsWith(`"'=HYPERLINK(`))).toBe(true);
    expect(lines.join('\n')).not.toContain(demoIdNumber(kindergarten[0]?.first17 ?? ''));
    expect(await reveals()).toHaveLength(0);
  });

  it('reveals clear values as XLSX, read back with exceljs, with one audit entry naming the viewer', async () => {
    const response = await get(exportPath({ format: 'xlsx', reveal: 'true' }), admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="members-${union}-revealed.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(kindergarten.length + 1);
    const rows = new Map<string, ExcelJS.Row>();
    sheet?.eachRow((row) => rows.set(String(row.getCell(1).value), row));
    expect(rows.get('林晓雯')?.getCell(2).value).toBe(demoIdNumber('33011019880314002'));
    expect(rows.get('林晓雯')?.getCell(5).value).toBe('13800000001');
    // An XLSX cell that looks like a formula is a text cell: no formula, shown as written.
    const formula = rows.get(FORMULA_NAME)?.getCell(1);
    expect(formula?.type).toBe(ExcelJS.ValueType.String);
    expect(formula?.formula).toBeUndefined();
    const entries = await reveals();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'kindergarten-admin', organizationId: union });
  });

  it('exports only the organization itself with includeSubtree=false; a system admin exports the province', async () => {
    const system = await adminBearer();
    const whole = await (await get(`/exports/members?organizationId=${gid(root)}&format=csv`, system)).text();
    expect(whole.trimEnd().split('\n')).toHaveLength((await db.prisma.member.count()) + 1);
    const own = await get(
      `/exports/members?organizationId=${gid(root)}&format=csv&includeSubtree=false`,
      system,
    );
    expect((await own.text()).trimEnd().split('\n')).toHaveLength(
      (await db.prisma.member.count({ where: { organizationId: root } })) + 1,
    );
  });

  it('refuses: 401 without or with a bad token, 403 outside the scope, 400 naming the parameter, 404 for no organization', async () => {
    const before = await reveals();
    const anonymous = await get(exportPath({ format: 'csv', reveal: 'true' }), null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect((await refusal(anonymous))?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await get(exportPath({ format: 'csv' }), 'Bearer not-a-token')).status).toBe(401);
    // ORG_ADMIN of another union, and ORG_VIEWER of this one: refused alike, learning nothing.
    const stranger = await bearer([{ role: 'ORG_ADMIN', organizationId: other }], 'stone-admin');
    const viewer = await bearer([{ role: 'ORG_VIEWER', organizationId: union }], 'kindergarten-viewer');
    for (const authorization of [stranger, viewer]) {
      const forbidden = await get(exportPath({ format: 'csv', reveal: 'true' }), authorization);
      expect(forbidden.status).toBe(403);
      const body = await refusal(forbidden);
      expect(body?.extensions.code).toBe('FORBIDDEN');
      expect(body?.message).toBe(
        'organizationId: exporting members needs ORG_ADMIN of the organization or above (or SYSTEM_ADMIN)',
      );
    }
    // An organization that does not exist answers the stranger the same as one outside their scope.
    const missing = encodeGlobalID('Organization', '00000000-0000-0000-0000-000000000000');
    expect((await get(`/exports/members?organizationId=${missing}&format=csv`, stranger)).status).toBe(403);
    const none = await get(`/exports/members?organizationId=${missing}&format=csv`, await adminBearer());
    expect(none.status).toBe(404);
    const bad: [Record<string, string>, string][] = [
      [{ format: 'pdf' }, "format: 'pdf' is not csv or xlsx"],
      [{}, 'format: required: csv or xlsx'],
      [{ format: 'csv', reveal: 'yes' }, "reveal: must be true or false, not 'yes'"],
      [{ format: 'csv', includeSubtree: '1' }, "includeSubtree: must be true or false, not '1'"],
      [{ format: 'csv', revael: 'true' }, 'revael: unknown parameter'],
      [{ format: 'csv', organizationId: encodeGlobalID('Member', union) }, 'organizationId: '],
    ];
    for (const [query, message] of bad) {
      const response = await get(exportPath(query), admin);
      expect(response.status, JSON.stringify(query)).toBe(400);
      const body = await refusal(response);
      expect(body?.extensions.code).toBe('BAD_USER_INPUT');
      expect(body?.message.startsWith(message), body?.message).toBe(true);
    }
    expect((await get('/exports/members?format=csv', admin)).status).toBe(400);
    const post = await fetch(`${origin}${exportPath({ format: 'csv' })}`, {
      method: 'POST',
      headers: { authorization: admin },
    });
    expect(post.status).toBe(405);
    expect(await reveals()).toEqual(before);
  });

  it('serves an import job’s problems as CSV to who may read the job, 404 to anyone else', async () => {
    const roster = Buffer.from(
      [
        '姓名,身份证号,手机号,入会日期',
        `甲一,${demoIdNumber('33010619900101701')},,2020-01-05`,
        '乙二,330106199001010000,,',
      ].join('\n'),
    );
    const job = await importMembers(db, {
      organizationId: union,
      file: { name: 'roster.csv', size: roster.length, open: () => Readable.from([roster]) },
      who: { actor: 'kindergarten-admin', requestId: null },
      env: { clock: systemClock, ids: uuidIds },
    });
    expect(job.rejected).toBe(1);
    const jobId = encodeGlobalID('MemberImportJob', job.id);
    const read = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: admin },
      body: JSON.stringify({
        query: 'query($id: ID!) { importJob(id: $id) { problemsUrl } }',
        variables: { id: jobId },
      }),
    });
    const problemsUrl = ((await read.json()) as { data: { importJob: { problemsUrl: string } } }).data
      .importJob.problemsUrl;
    expect(problemsUrl).toBe(`/imports/${encodeURIComponent(jobId)}/problems.csv`);
    const response = await get(problemsUrl, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="import-problems-${job.id}.csv"`,
    );
    const lines = (await bytesOf(response)).trimEnd().split('\n');
    expect(lines[0]).toBe('\uFEFF行号 row,列 column,代码 code,说明 message');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^3,身份证号,ID_CHECKSUM,/);
    const stranger = await bearer([{ role: 'ORG_ADMIN', organizationId: other }], 'stone-admin');
    const hidden = await get(problemsUrl, stranger);
    expect(hidden.status).toBe(404);
    expect((await refusal(hidden))?.message).toBe('no import job you may see has this ID');
    const nothing = await get(
      `/imports/${encodeURIComponent(encodeGlobalID('MemberImportJob', '00000000-0000-0000-0000-000000000000'))}/problems.csv`,
      stranger,
    );
    expect(await nothing.text()).toBe(await (await get(problemsUrl, stranger)).text());
    expect((await get(problemsUrl, null)).status).toBe(401);
    expect((await get(`/imports/${gid(union)}/problems.csv`, admin)).status).toBe(400);
  });

  it('runs one export of a viewer at a time, and gives the slot back when it is sent', async () => {
    const slots = new SubscriptionSlots(EXPORTS_PER_VIEWER);
    const auth = await testAuth();
    const yoga = createYoga({
      schema,
      plugins: [
        downloadPlugin({
          db,
          viewerOf: (request) => viewerFromAuthorization(request.headers.get('authorization'), auth),
          requestIdOf: () => 'one-at-a-time',
          slots,
        }),
      ],
    });
    const download = () =>
      yoga.fetch(`http://test${exportPath({ format: 'csv' })}`, { headers: { authorization: admin } });
    const streaming = slots.acquire('kindergarten-admin'); // an export of theirs still streaming
    expect(streaming).toBeTypeOf('function');
    const busy = await download();
    expect(busy.status).toBe(429);
    expect((await refusal(busy))?.extensions.code).toBe('EXPORT_LIMIT');
    streaming?.();
    const free = await download();
    expect(free.status).toBe(200);
    await free.arrayBuffer();
    await vi.waitFor(() => expect(slots.openOf('kindergarten-admin')).toBe(0));
  });
});
