// The attacker's review of the member registry's and the import's surfaces (issues 11 and 13), as a
// viewer with a valid low-privilege token — a MEMBER, or ORG_VIEWER of one union — and the printed
// schema. Each test here failed before its fix: an exact search that tests a masked value, a file
// streamed to disk before anyone asked who sends it, a cell a spreadsheet runs as a formula.

import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { acftu2016, execute, maskIdNumber, registerMember, systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_UPLOADS_PER_VIEWER } from '../src/hardening/upload-admission.js';
import {
  boundSharedStrings,
  EXCELJS_VERSION,
  MAX_EXPORT_BACKLOG_BYTES,
  MAX_SHARED_STRINGS_BYTES,
  SHARED_STRINGS_FLOOR_BYTES,
  sharedStringsLimit,
  sheetBackpressure,
} from '../src/hardening/xlsx-bounds.js';
import { EXPORT_HEADER, exportMembers } from '../src/import/export.js';
import { importMembers } from '../src/import/job.js';
import { problemsCsv } from '../src/import/report.js';
import { fileInMemory, fileOnDisk, ImportFileError, MAX_ROWS, openRows } from '../src/import/source.js';
import {
  DEMO_KINDERGARTEN_UNION,
  DEMO_STONE_CARVING_UNION,
  demoIdNumber,
  seedDemoData,
} from '../src/seed.js';
import { createGonghuiYoga, type RunningServer, startServer } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { type Body, postAs } from './support/post.js';
import { workbook, workbookSheetFirst, zipWithRow } from './support/zip.js';

let db: Database;
let yoga: ReturnType<typeof createGonghuiYoga>;
let union: string;

/** Posts a document as `authorization` and reads the answer. */
const post = (authorization: string, query: string, variables: object = {}) =>
  postAs(yoga, authorization, query, variables);

beforeAll(async () => {
  db = await createTestDatabase('pglite');
  await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
  union = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_STONE_CARVING_UNION } })).id;
  yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
}, 120_000);
afterAll(() => db?.close());

describe('an exact search tests a value: only who may read the value may search by it', () => {
  const SEARCH = `query($org: ID!, $right: MemberFilter, $wrong: MemberFilter) {
    right: members(organizationId: $org, filter: $right) { totalCount }
    wrong: members(organizationId: $org, filter: $wrong) { totalCount } }`;
  let member: { id: string; idNumber: string; phone: string | null };

  beforeAll(async () => {
    const row = await db.prisma.member.findFirstOrThrow({
      where: { organizationId: union, phoneEncrypted: { not: null } },
    });
    const { idNumber, phone } = db.personalData.openAll(row);
    member = { id: row.id, idNumber, phone };
  });

  /** Another valid number behind the same mask: the next sequence code of the same gender. */
  function neighbour(idNumber: string): string {
    const first17 = `${idNumber.slice(0, 14)}${String((Number(idNumber.slice(14, 17)) + 2) % 1000).padStart(3, '0')}`;
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...first17].reduce((s, d, i) => s + Number(d) * (weights[i] as number), 0);
    return first17 + ('10X98765432'[sum % 11] as string);
  }

  it('refuses ORG_VIEWER an exact ID-number or phone search (15 aliases a request tested 15 candidates of a masked number)', async () => {
    const viewer = await bearer([{ role: 'ORG_VIEWER', organizationId: union }], 'attacker-viewer');
    const org = encodeGlobalID('Organization', union);
    const wrong = neighbour(member.idNumber);
    expect(maskIdNumber(wrong)).toBe(maskIdNumber(member.idNumber));
    for (const [field, right, other] of [
      ['idNumber', member.idNumber, wrong],
      [
        'phone',
        member.phone as string,
        `${(member.phone as string).slice(0, 10)}${(Number((member.phone as string).slice(10)) + 1) % 10}`,
      ],
    ] as const) {
      const answer = await post(viewer, SEARCH, {
        org,
        right: { [field]: right },
        wrong: { [field]: other },
      });
      // Before: right 1, wrong 0 — the masked value confirmed, ~667 requests for 10,000 candidates.
      expect(answer.data).toEqual({ right: null, wrong: null });
      expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([
        ['FORBIDDEN', ['filter', field]],
        ['FORBIDDEN', ['filter', field]],
      ]);
      expect(answer.errors?.[0]?.message).toContain('ORG_ADMIN');
    }
    // The other filters stay the viewer's: they narrow by what the viewer reads anyway.
    const byName = await post(viewer, SEARCH, {
      org,
      right: { nameContains: '石' },
      wrong: { gender: 'MALE' },
    });
    expect(byName.errors).toBeUndefined();
  });

  it('lets ORG_ADMIN search by ID number and phone, each search one member.searched entry without the value', async () => {
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'searching-admin');
    const org = encodeGlobalID('Organization', union);
    const entries = () =>
      db.prisma.auditEntry.findMany({ where: { action: 'member.searched', actor: 'searching-admin' } });
    const answer = await post(admin, SEARCH, {
      org,
      right: { idNumber: member.idNumber },
      wrong: { phone: member.phone },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ right: { totalCount: 1 }, wrong: { totalCount: 1 } });
    const logged = await entries();
    expect(logged.map((e) => (e.after as { fields: string[] }).fields).sort()).toEqual([
      ['idNumber'],
      ['phone'],
    ]);
    expect(logged.every((e) => e.organizationId === union && e.targetId === union)).toBe(true);
    const text = JSON.stringify(logged.map(({ before, after, targetId }) => ({ before, after, targetId })));
    expect(text).not.toContain(member.idNumber);
    expect(text).not.toContain(member.phone as string);
    // nodes and totalCount of one search are one entry.
    await post(
      admin,
      `query($org: ID!) { members(organizationId: $org, filter: { idNumber: "${member.idNumber}" }) {
      totalCount nodes { name } } }`,
      { org },
    );
    expect(await entries()).toHaveLength(3);
  });
});

describe.each(testBackends())('an import is no registry oracle on %s', (backend) => {
  let db: Database;
  let union: string;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    union = (await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_STONE_CARVING_UNION } })).id;
  }, 120_000);
  afterAll(() => db?.close());

  it(`answers "registered elsewhere" to one importer at most idNumberTakenAnswersPerHour (${acftu2016.identity.idNumberTakenAnswersPerHour}) times an hour, the rest of a roster of registered numbers unchecked`, async () => {
    // Twelve people registered in 幼儿园; an admin of 石雕 imports a roster of their ID numbers.
    const env = { clock: systemClock, ids: uuidIds };
    const kindergarten = (
      await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } })
    ).id;
    const limit = acftu2016.identity.idNumberTakenAnswersPerHour;
    const numbers: string[] = [];
    for (let i = 0; i < limit + 2; i++) {
      const idNumber = demoIdNumber(`33011019900101${String(200 + 2 * i).padStart(3, '0')}`);
      const registered = await execute(new PrismaStore(db), env, registerMember, {
        organizationId: kindergarten,
        name: `枚举${'甲乙丙丁戊己庚辛壬癸子丑'[i]}`,
        idNumber,
        phone: null,
        joinedOn: '2015-01-01',
      });
      expect(registered.ok).toBe(true);
      numbers.push(idNumber);
    }
    const roster = `姓名,身份证号,入会日期\n${numbers.map((n, i) => `探${'甲乙丙丁戊己庚辛壬癸子丑'[i]},${n},2020-01-01`).join('\n')}\n`;
    const job = await importMembers(db, {
      organizationId: union,
      file: fileInMemory('probe.csv', Buffer.from(roster)),
      who: { actor: 'enumerating-admin', requestId: null },
      env,
    });
    const problems = await db.prisma.memberImportProblem.findMany({
      where: { importId: job.id },
      orderBy: { row: 'asc' },
    });
    expect(problems.map((p) => p.code)).toEqual([
      ...Array(limit).fill('MEMBER_ID_NUMBER_TAKEN'),
      'MEMBER_ID_NUMBER_CHECK_LIMIT',
      'MEMBER_ID_NUMBER_CHECK_LIMIT',
    ]);
    expect(job.imported).toBe(0);
  });
});

describe('uploads: nobody streams a file to disk before it is known who sends it', () => {
  let server: RunningServer;
  let uploads: string;
  const opened: (() => void)[] = [];
  beforeAll(async () => {
    uploads = await mkdtemp(join(tmpdir(), 'gonghui-attack-uploads-'));
    server = await startServer({ db, auth: await testAuth(), port: 0, uploadDirectory: uploads });
  });
  afterAll(async () => {
    for (const end of opened) end();
    await server?.close();
    await rm(uploads, { recursive: true, force: true });
  });

  const IMPORT =
    'mutation($input: ImportMembersInput!) { importMembers(input: $input) { job { id } errors { code } } }';
  const BOUNDARY = 'attackboundary';

  /**
   * Starts a multipart import whose file never ends (64 KiB sent, the rest held back): answers what
   * came first — the server's answer, or a file appearing in the upload directory (the server
   * storing what an unchecked client sends).
   */
  async function openUpload(
    authorization: string | null,
  ): Promise<{ outcome: string; status?: number; code?: string; end(): void }> {
    const before = (await readdir(uploads)).length;
    const body = new PassThrough();
    const operations = JSON.stringify({
      query: IMPORT,
      variables: { input: { organizationId: encodeGlobalID('Organization', union), file: null } },
    });
    body.write(
      `--${BOUNDARY}\r\ncontent-disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
        `--${BOUNDARY}\r\ncontent-disposition: form-data; name="map"\r\n\r\n{"0":["variables.input.file"]}\r\n` +
        `--${BOUNDARY}\r\ncontent-disposition: form-data; name="0"; filename="roster.csv"\r\ncontent-type: text/csv\r\n\r\n`,
    );
    body.write('姓名,身份证号\n'.padEnd(64 * 1024, 'x'));
    const controller = new AbortController();
    const end = () => {
      body.end();
      controller.abort();
    };
    opened.push(end);
    const answered = fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'x-graphql-csrf': '1',
        ...(authorization ? { authorization } : {}),
      },
      body: body as unknown as ReadableStream,
      duplex: 'half',
      signal: controller.signal,
    } as RequestInit).then(async (response) => {
      const json = (await response.json()) as Body;
      return {
        outcome: 'answered',
        status: response.status,
        code: json.errors?.[0]?.extensions?.code as string,
      };
    });
    answered.catch(() => undefined);
    const stored = (async () => {
      for (;;) {
        if ((await readdir(uploads)).length > before) return { outcome: 'stored' };
        await sleep(5);
      }
    })();
    const first = await Promise.race([answered, stored]);
    return { ...first, end };
  }

  it('refuses anonymous, MEMBER and ORG_VIEWER uploads before reading the file (they streamed up to 256 MiB each to disk)', async () => {
    const tokens: [string | null, number, string][] = [
      [null, 401, 'UNAUTHENTICATED'],
      [await bearer([{ role: 'MEMBER', memberId: uuidIds.next() }], 'uploading-member'), 403, 'FORBIDDEN'],
      [await bearer([{ role: 'ORG_VIEWER', organizationId: union }], 'uploading-viewer'), 403, 'FORBIDDEN'],
    ];
    for (const [token, status, code] of tokens) {
      const upload = await openUpload(token);
      upload.end();
      expect([upload.outcome, upload.status, upload.code]).toEqual(['answered', status, code]);
      expect(await readdir(uploads)).toEqual([]);
    }
  });

  it('answers a missing or refused token alike on /graphql, an upload and a download: 401, WWW-Authenticate: Bearer, one body shape (the upload had no challenge)', async () => {
    const valid = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'tampered-admin');
    const tampered = `${valid.slice(0, -4)}${valid.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const exportUrl = new URL(
      `/exports/members?organizationId=${encodeURIComponent(encodeGlobalID('Organization', union))}&format=csv`,
      server.url,
    );
    /** Status, challenge and body of a request. */
    const answer = async (response: Response) => ({
      status: response.status,
      challenge: response.headers.get('www-authenticate'),
      body: (await response.json()) as Body,
    });
    const asks = {
      graphql: (authorization: string) =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      upload: (authorization: string) => {
        const form = new FormData();
        form.append(
          'operations',
          JSON.stringify({ query: IMPORT, variables: { input: { organizationId: 'x', file: null } } }),
        );
        form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
        form.append('0', new Blob(['姓名,身份证号\n'], { type: 'text/csv' }), 'roster.csv');
        return fetch(server.url, {
          method: 'POST',
          headers: { 'x-graphql-csrf': '1', authorization },
          body: form,
        });
      },
      download: (authorization: string) => fetch(exportUrl, { headers: { authorization } }),
    };
    for (const token of ['Bearer not.a.token', tampered, 'Basic dXNlcjpwYXNz']) {
      const answers = await Promise.all(Object.values(asks).map(async (ask) => answer(await ask(token))));
      const [graphql] = answers;
      expect(graphql?.status, token).toBe(401);
      expect(graphql?.challenge).toBe('Bearer');
      expect(graphql?.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      for (const [i, other] of answers.entries()) expect(other, Object.keys(asks)[i]).toEqual(graphql);
    }
    // No token: /graphql serves the anonymous viewer; the upload and the download need one.
    for (const ask of [asks.upload, asks.download]) {
      const anonymous = await answer(await ask(''));
      expect([anonymous.status, anonymous.challenge]).toEqual([401, 'Bearer']);
      expect(anonymous.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it(`holds one admin to ${MAX_UPLOADS_PER_VIEWER} uploads streaming at once`, async () => {
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'uploading-admin');
    const open = [];
    for (let i = 0; i < MAX_UPLOADS_PER_VIEWER; i++) {
      const upload = await openUpload(admin);
      expect(upload.outcome).toBe('stored');
      open.push(upload);
    }
    const more = await openUpload(admin);
    more.end();
    expect([more.outcome, more.status, more.code]).toEqual(['answered', 429, 'UPLOAD_LIMIT']);
    const other = await openUpload(
      await bearer([{ role: 'ORG_ADMIN', organizationId: union }], 'another-admin'),
    );
    expect(other.outcome).toBe('stored');
    for (const upload of [...open, other]) upload.end();
  });
});

describe('an XLSX export goes as fast as its client reads', () => {
  it(`holds at most its bound (MAX_EXPORT_BACKLOG_BYTES, ${MAX_EXPORT_BACKLOG_BYTES}) of a workbook for a client that reads nothing, then sends the whole workbook as it reads (it held every row: 31 MB of XML for 150,000)`, async () => {
    const ROWS = 12_000; // about 3 MB of XML
    const out = new PassThrough(); // a client that reads nothing yet
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const sheet = workbook.addWorksheet('会员');
    sheet.addRow(EXPORT_HEADER).commit();
    // A bound a small workbook passes (the export's own, MAX_EXPORT_BACKLOG_BYTES, is passed by ~40,000 rows).
    const bound = 128 * 1024;
    const { paced, held } = sheetBackpressure(sheet, out, bound);
    let written = 0;
    let most = 0;
    const longest = 1024; // a row's XML, and more
    const writing = (async () => {
      for (let i = 0; i < ROWS; i++) {
        const row = sheet.addRow([
          `会员${i}`,
          maskIdNumber('330106199001011234'),
          '男',
          '1990-**-**',
          '',
          '2010-01-01',
          '正常',
          '杭州市绿洲花园幼儿园工会',
        ]);
        row.commit();
        written++;
        most = Math.max(most, held());
        await paced();
      }
      sheet.commit();
      await workbook.commit();
    })();
    // The workbook fills up to the client and the writing waits for it: no row is written until it reads
    // (unpaced, all 12,000 were written at once, nothing waiting for the client).
    await vi.waitFor(() => expect(out.writableNeedDrain).toBe(true), { timeout: 30_000 });
    await sleep(100);
    const stalledAt = written;
    expect(stalledAt).toBeLessThan(ROWS / 2);
    expect(most).toBeLessThanOrEqual(bound + longest);
    // The client reads: the rest comes, never more than the bound held at once.
    const chunks: Buffer[] = [];
    const ended = once(out, 'end');
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writing;
    await ended;
    expect(written).toBe(ROWS);
    expect(most).toBeLessThanOrEqual(bound + longest);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(read.worksheets[0]?.rowCount).toBe(ROWS + 1);
  });
});

describe('exports and problem reports never hand a spreadsheet a formula', () => {
  /** The union's members exported, masked, as one file. */
  async function exported(format: 'csv' | 'xlsx'): Promise<Buffer> {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await exportMembers(db, {
      organizationId: union,
      format,
      reveal: false,
      who: { actor: 'x', requestId: null },
      out,
    });
    return Buffer.concat(chunks);
  }

  const HOSTILE = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

  it('neutralises a cell that begins with = + - @ tab or CR in the CSV export and the problem report', async () => {
    const [a, b] = await db.prisma.member.findMany({
      where: { organizationId: union },
      take: 2,
      orderBy: { id: 'asc' },
    });
    await db.prisma.member.update({ where: { id: a?.id as string }, data: { name: HOSTILE[0] as string } });
    await db.prisma.member.update({ where: { id: b?.id as string }, data: { name: HOSTILE[3] as string } });
    const before = await db.prisma.organization.findUniqueOrThrow({ where: { id: union } });
    await db.prisma.organization.update({ where: { id: union }, data: { name: HOSTILE[1] as string } });
    try {
      const csv = (await exported('csv')).toString('utf8');
      const cells = csv.split(/[\n,]/).map((c) => c.replace(/^"|"$/g, ''));
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      expect(csv).toContain(`'${HOSTILE[1]}`);
      expect(csv).toContain(`'@SUM(A1)`);
    } finally {
      await db.prisma.member.update({ where: { id: a?.id as string }, data: { name: a?.name as string } });
      await db.prisma.member.update({ where: { id: b?.id as string }, data: { name: b?.name as string } });
      await db.prisma.organization.update({ where: { id: union }, data: { name: before.name } });
    }
    const problems = HOSTILE.map((text, i) => ({
      row: i + 2,
      column: text,
      code: 'IMPORT_MISSING_VALUE',
      message: text,
    }));
    const stub = { prisma: { memberImportProblem: { findMany: async () => problems } } };
    let report = '';
    for await (const chunk of problemsCsv(stub as never, 'job')) report += String(chunk);
    const lines = report
      .replace(/^\uFEFF/, '')
      .split('\n')
      .slice(1, -1);
    expect(lines).toHaveLength(HOSTILE.length);
    for (const line of lines)
      expect(
        line
          .split(',')
          .slice(1)
          .every((c) => !/^"?[=+\-@\t\r]/.test(c)),
      ).toBe(true);
  });

  it('writes XLSX names as text cells, never as formulas', async () => {
    const a = await db.prisma.member.findFirstOrThrow({
      where: { organizationId: union },
      orderBy: { id: 'asc' },
    });
    await db.prisma.member.update({ where: { id: a.id }, data: { name: HOSTILE[0] as string } });
    try {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await exported('xlsx')) as never);
      const cells: ExcelJS.Cell[] = [];
      book.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
      const hostile = cells.filter((c) => String(c.value).startsWith('=HYPERLINK'));
      expect(hostile).toHaveLength(1);
      expect(hostile[0]?.type).toBe(ExcelJS.ValueType.String);
      expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    } finally {
      await db.prisma.member.update({ where: { id: a.id }, data: { name: a.name } });
    }
  });
});

describe('a workbook is no zip bomb', () => {
  /** Reads every row of an .xlsx held in memory; the rows read, or the error the read ended with. */
  async function read(bytes: Buffer): Promise<{ rows: number; error?: unknown }> {
    const source = await openRows(fileInMemory('roster.xlsx', bytes));
    let rows = 0;
    try {
      for await (const _row of source.rows) rows++;
    } catch (error) {
      return { rows, error };
    }
    return { rows };
  }

  it(`is tied to exceljs ${EXCELJS_VERSION}, whose internals the bounds read: another version fails here until they are checked again`, () => {
    const installed = (createRequire(import.meta.url)('exceljs/package.json') as { version: string }).version;
    const why = `src/hardening/xlsx-bounds.ts reads exceljs ${EXCELJS_VERSION}'s internals: check them (and the bombs below) before moving to ${installed}`;
    expect(installed, why).toBe(EXCELJS_VERSION);
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(manifest.dependencies.exceljs, 'pinned exactly').toBe(EXCELJS_VERSION);
    const reader = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as Record<string, unknown>;
    expect(typeof reader._parseSharedStrings, why).toBe('function');
    // Without the method the bound refuses to start rather than read unbounded.
    expect(() => boundSharedStrings({}, 1, () => new Error('past'))).toThrow(/no _parseSharedStrings/);
  });

  it('allows 20 times the file, at least 64 MiB, at most 512 MiB of shared strings', () => {
    const MiB = 1024 * 1024;
    expect(sharedStringsLimit(0)).toBe(SHARED_STRINGS_FLOOR_BYTES);
    expect(sharedStringsLimit((64 * MiB) / 20)).toBe(64 * MiB);
    expect(sharedStringsLimit((64 * MiB) / 20 + 1)).toBe(64 * MiB + 20);
    expect(sharedStringsLimit((512 * MiB) / 20)).toBe(MAX_SHARED_STRINGS_BYTES);
    expect(sharedStringsLimit((512 * MiB) / 20 + 1)).toBe(MAX_SHARED_STRINGS_BYTES);
  });

  it('refuses shared strings that unpack past the limit (an 840 KB upload held 400 MB for 3.4 s)', async () => {
    const item = `<si><t>${'x'.repeat(200)}</t></si>`;
    const copies = Math.ceil((SHARED_STRINGS_FLOOR_BYTES + 1024) / item.length);
    const bomb = workbook([[0, 1]], item.repeat(copies));
    expect(bomb.length * 20).toBeLessThan(SHARED_STRINGS_FLOOR_BYTES); // the floor is the limit here
    const { rows, error } = await read(bomb);
    expect(rows).toBe(0);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).code).toBe('IMPORT_UNREADABLE');
    expect((error as Error).message).toMatch(/more than 67108864 bytes of cell text once unpacked/);
  });

  /** exceljs's temporary files of this process (tmp names them tmp-<pid>-…). */
  const spooledFiles = async () =>
    (await readdir(tmpdir())).filter((name) => name.startsWith(`tmp-${process.pid}-`));

  it('reads a worksheet stored before its shared strings (as Excel often stores it) and leaves no temporary file', async () => {
    const before = await spooledFiles();
    expect(await read(workbookSheetFirst(1024))).toEqual({ rows: 1 });
    expect(await spooledFiles()).toEqual(before);
  });

  it('refuses a worksheet stored before its shared strings that unpacks past the limit (it was written to disk unbounded)', async () => {
    const before = await spooledFiles();
    const bomb = workbookSheetFirst(SHARED_STRINGS_FLOOR_BYTES + 1024);
    expect(bomb.length * 20).toBeLessThan(SHARED_STRINGS_FLOOR_BYTES); // the floor is the limit here
    const directory = await mkdtemp(join(tmpdir(), 'gonghui-attack-sheet-'));
    const path = join(directory, 'roster.xlsx');
    await writeFile(path, bomb);
    try {
      const source = await openRows({ ...(await fileOnDisk(path)), name: 'roster.xlsx' });
      let rows = 0;
      const error = await (async () => {
        for await (const _row of source.rows) rows++;
      })().catch((e: unknown) => e);
      expect(rows).toBe(0);
      expect(error).toBeInstanceOf(ImportFileError);
      expect((error as ImportFileError).code).toBe('IMPORT_UNREADABLE');
      expect((error as Error).message).toMatch(
        /more than 67108864 bytes of worksheet once unpacked before its cell text/,
      );
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
    expect(await spooledFiles()).toEqual(before);
  });
});

describe('a roster ends at Excel’s last row', () => {
  /** The row numbers read from a file, and the error the read ended with. */
  async function rowNumbers(name: string, bytes: Buffer): Promise<{ last: number; error?: unknown }> {
    const source = await openRows(fileInMemory(name, bytes));
    let last = 0;
    try {
      for await (const row of source.rows) last = row.row;
    } catch (error) {
      return { last, error };
    }
    return { last };
  }

  it(`refuses a row past ${MAX_ROWS.toLocaleString('en')}: a header and a spreadsheet's 1,048,576 rows (a compressed sheet of one-cell rows, each a stored problem, had no end)`, async () => {
    expect(await rowNumbers('roster.xlsx', workbook([[0]], '<si><t>x</t></si>'))).toEqual({ last: 1 });
    expect(await rowNumbers('roster.xlsx', zipWithRow(MAX_ROWS))).toEqual({ last: MAX_ROWS });
    const past = await rowNumbers('roster.xlsx', zipWithRow(MAX_ROWS + 1));
    expect(past.last).toBe(0);
    expect((past.error as ImportFileError).code).toBe('IMPORT_UNREADABLE');
    expect((past.error as Error).message).toMatch(
      /has a row 1048578: a roster holds a header and at most 1,048,576 members/,
    );
  });
});
