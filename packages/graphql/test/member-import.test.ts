// Bulk import of members (src/import/): CSV and XLSX, the header mapping, every refused row with its
// row number, column, code and message, batches, idempotence (the same file twice creates nothing),
// resuming after a crash (a batch that never committed), two runs of one file at once, and files that
// cannot be imported (GBK, missing columns, empty, a huge cell, formulas, merged cells).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { execute, registerMember, systemClock, uuidIds } from '@gonghui/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMembers } from '../src/import/export.js';
import { importMembers } from '../src/import/job.js';
import { problemsCsv } from '../src/import/report.js';
import { fileInMemory, fileOnDisk } from '../src/import/source.js';
import {
  DEMO_KINDERGARTEN_UNION,
  DEMO_STONE_CARVING_UNION,
  demoIdNumber,
  seedDemoData,
} from '../src/seed.js';
import { auditSealer, queueAuditEntries } from '../src/store/audit.js';
import { compareLogWithData } from '../src/store/audit-replay.js';
import type { Json } from '../src/store/audit-seal.js';
import type { Database } from '../src/store/database.js';
import { memberSearchColumns, toMember } from '../src/store/member.js';
import { loggedImportedMembers } from '../src/store/member-import-audit.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { observeStatements } from '../src/store/statements.js';
import { createTestDatabase, testBackends } from './support/database.js';

const env = { clock: systemClock, ids: uuidIds };
const who = { actor: 'importer', requestId: null };

/** A valid ID number of someone born in 1990 (n-th person, distinct sequence codes). */
export function personId(n: number, born = '19900101'): string {
  return demoIdNumber(`330106${born}${String(n % 1000).padStart(3, '0')}`);
}

async function orgId(db: Database, name: string): Promise<string> {
  return (await db.prisma.organization.findFirstOrThrow({ where: { name } })).id;
}

function csv(lines: string[]): Uint8Array {
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

describe.each(testBackends())('member import on %s', (backend) => {
  let db: Database;
  let union: string;
  let other: string;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), env);
    union = await orgId(db, DEMO_KINDERGARTEN_UNION);
    other = await orgId(db, DEMO_STONE_CARVING_UNION);
    dir = await mkdtemp(join(tmpdir(), 'gonghui-import-'));
  });
  afterAll(() => db.close());

  it('registers every good row, reports every bad one, and a second run of the same file creates nothing', async () => {
    const file = fileInMemory(
      'roster.csv',
      csv([
        '序号,姓名,身份证号,手机号,入会日期,工作单位',
        `1,张三,${personId(1)},13800000001,2020-01-05,绿洲花园幼儿园`,
        `2,李四,${personId(2).toLowerCase()},,2021/3/7,绿洲花园幼儿园`,
        `3,,${personId(3)},,,`,
        `4,王五,330106199001010000,,,`,
        `5,赵六,${personId(5, '20150101')},,2024-01-01,`,
        `6,张三丰,${personId(1)},,,`,
        `7,钱七,${personId(7)},12345,,`,
      ]),
    );
    const job = await importMembers(db, { organizationId: union, file, who, env, batchRows: 10 });
    expect(job).toMatchObject({ status: 'DONE', imported: 2, skipped: 0, rejected: 5, committedRow: 8 });
    const problems = await db.prisma.memberImportProblem.findMany({
      where: { importId: job.id },
      orderBy: { row: 'asc' },
    });
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [4, '姓名', 'IMPORT_MISSING_VALUE'],
      [5, '身份证号', 'ID_CHECKSUM'],
      [6, '身份证号', 'MEMBERSHIP_UNDER_AGE'],
      [7, '身份证号', 'IMPORT_DUPLICATE_ROW'],
      [8, '手机号', 'MEMBER_PHONE_INVALID'],
    ]);
    expect(problems[3]?.message).toBe('the same ID number as row 2 of this file');
    let report = '';
    for await (const chunk of problemsCsv(db, job.id)) report += chunk;
    expect(report.split('\n')[0]).toBe('\uFEFF行号 row,列 column,代码 code,说明 message');
    expect(report).toContain('7,身份证号,IMPORT_DUPLICATE_ROW,the same ID number as row 2 of this file');

    // One audit entry for the batch, personal data masked, and the log's replay agrees with the tables.
    const entries = await db.prisma.auditEntry.findMany({ where: { action: 'member.imported' } });
    expect(entries.map((e) => [e.actor, e.targetType, e.targetId, e.organizationId])).toEqual([
      [who.actor, 'MemberImport', job.id, union],
    ]);
    const [entry] = entries;
    if (entry === undefined) throw new Error('no member.imported entry');
    const logged = loggedImportedMembers(entry.after as Json);
    expect(logged.map((m) => m.name)).toEqual(['张三', '李四']);
    expect(logged[0]?.idNumber).toBe(`33${'*'.repeat(16)}`);
    // Columnar: the names as one column, the union (shared by both) once.
    expect(entry.after).toMatchObject({
      members: {
        count: 2,
        columns: { name: ['张三', '李四'] },
        same: { 'membership.organizationId': union },
      },
    });
    expect(JSON.stringify(entry?.after)).not.toContain(personId(1));
    expect(await compareLogWithData(db.prisma, db.personalData)).toEqual([]);

    const members = await db.prisma.member.count({ where: { organizationId: union } });
    const audit = await db.prisma.auditEntry.count();
    const again = await importMembers(db, { organizationId: union, file, who, env, batchRows: 3 });
    expect(again.id).toBe(job.id);
    expect(await db.prisma.member.count({ where: { organizationId: union } })).toBe(members);
    expect(await db.prisma.auditEntry.count()).toBe(audit);
  });

  it('writes names with backslashes, quotes, braces and commas as given (COPY on PostgreSQL), search columns included', async () => {
    const names = ['反\\斜杠', '引"号', '{花,括}号', '\\N'];
    const lines = ['姓名,身份证号,手机号'];
    for (const [i, name] of names.entries()) {
      lines.push(`"${name.replaceAll('"', '""')}",${personId(600 + i, '19880808')},1380000060${i}`);
    }
    const statements: string[] = [];
    const stop = observeStatements(db.prisma, (sql) => statements.push(sql));
    const job = await importMembers(db, {
      organizationId: union,
      file: fileInMemory('quotes.csv', csv(lines)),
      who,
      env,
      batchRows: 2,
    }).finally(stop);
    expect(job).toMatchObject({ status: 'DONE', imported: names.length, rejected: 0 });
    // Sent by COPY on PostgreSQL (each batch decided ahead commits on the pg pool), by INSERT on PGlite.
    const copied = statements.filter((sql) => sql.startsWith('COPY "Member"')).length;
    if (backend === 'pglite') expect(copied).toBe(0);
    else expect(copied).toBeGreaterThan(0);
    const rows = await db.prisma.member.findMany({
      where: { name: { in: names } },
    });
    expect(rows.map((r) => r.name).sort()).toEqual([...names].sort());
    for (const row of rows) {
      expect(row).toMatchObject({ ...memberSearchColumns(row.name, '1988-08-08'), status: 'ACTIVE' });
      expect(toMember(row, db.personalData).phone).toMatch(/^1380000060\d$/);
    }
    expect(
      await db.prisma.membershipEvent.count({ where: { memberId: { in: rows.map((r) => r.id) } } }),
    ).toBe(names.length);
    expect(await compareLogWithData(db.prisma, db.personalData)).toEqual([]);
  });

  it('skips people already members here; someone registered elsewhere gets a transfer suggestion', async () => {
    const file = fileInMemory(
      'second.csv',
      csv(['姓名,身份证号', `张三,${personId(1)}`, `新人,${personId(11)}`]),
    );
    const elsewhere = fileInMemory('elsewhere.csv', csv(['姓名,身份证号', `新人,${personId(11)}`]));
    const first = await importMembers(db, { organizationId: union, file, who, env });
    expect(first).toMatchObject({ status: 'DONE', imported: 1, skipped: 1, rejected: 0 });
    const second = await importMembers(db, { organizationId: other, file: elsewhere, who, env });
    expect(second).toMatchObject({ status: 'DONE', imported: 0, rejected: 1 });
    const [problem] = await db.prisma.memberImportProblem.findMany({ where: { importId: second.id } });
    expect(problem).toMatchObject({ row: 2, column: '身份证号', code: 'MEMBER_ID_NUMBER_TAKEN' });
    expect(problem?.message).toContain('会籍转接');
  });

  it('continues after the last committed batch when a run died, with no duplicate', async () => {
    const lines = ['姓名,身份证号'];
    for (let n = 100; n < 130; n++) lines.push(`会员${n},${personId(n, '19850505')}`);
    const bytes = csv(lines);
    const file = fileInMemory('crash.csv', bytes);
    // A run that dies after its second batch committed: its progress callback throws.
    let batches = 0;
    await expect(
      importMembers(db, {
        organizationId: union,
        file,
        who,
        env,
        batchRows: 7,
        onProgress: (job) => {
          if (job.committedRow > 1 && ++batches === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const halfway = await db.prisma.memberImport.findFirstOrThrow({ where: { fileName: 'crash.csv' } });
    expect(halfway).toMatchObject({ status: 'RUNNING', committedRow: 15, imported: 14 });
    const done = await importMembers(db, { organizationId: union, file, who, env, batchRows: 5 });
    expect(done).toMatchObject({
      id: halfway.id,
      status: 'DONE',
      imported: 30,
      rejected: 0,
      committedRow: 31,
    });
  });

  it('three runs of the same file at once register each row once; a person twice in the file is found however far apart', async () => {
    const lines = ['姓名,身份证号'];
    for (let n = 200; n < 240; n++) lines.push(`并发${n},${personId(n, '19800808')}`);
    // Row 42 repeats row 2 forty rows later; row 43 is row 12's person by their 15-digit number.
    lines.push(`并发又一次,${personId(200, '19800808')}`, '并发旧号,330106800808210');
    const file = fileInMemory('twice.csv', csv(lines));
    const runs = await Promise.all(
      [4, 6, 5].map((batchRows) => importMembers(db, { organizationId: other, file, who, env, batchRows })),
    );
    expect(new Set(runs.map((r) => r.id)).size).toBe(1);
    const id = runs[0]?.id as string;
    const job = await db.prisma.memberImport.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: 'DONE', imported: 40, skipped: 0, rejected: 2, committedRow: 43 });
    expect(await db.prisma.member.count({ where: { name: { startsWith: '并发' } } })).toBe(40);
    const problems = await db.prisma.memberImportProblem.findMany({
      where: { importId: id },
      orderBy: { row: 'asc' },
    });
    expect(problems.map((p) => [p.row, p.code, p.message])).toEqual([
      [42, 'IMPORT_DUPLICATE_ROW', 'the same ID number as row 2 of this file'],
      [43, 'IMPORT_DUPLICATE_ROW', 'the same ID number as row 12 of this file'],
    ]);
    expect(await db.prisma.memberImportPerson.count({ where: { importId: id } })).toBe(40);
  });

  it.skipIf(backend === 'pglite')(
    'other writes go on while an import runs: registrations in the same union commit between its batches',
    async () => {
      const lines = ['姓名,身份证号'];
      for (let n = 500; n < 620; n++) lines.push(`进行中${n},${personId(n, '19750303')}`);
      const file = fileInMemory('busy.csv', csv(lines));
      const store = new PrismaStore(db, { actor: 'someone else', requestId: null });
      const committedAt: number[] = [];
      let importing = true;
      const running = importMembers(db, { organizationId: union, file, who, env, batchRows: 6 }).finally(
        () => {
          importing = false;
        },
      );
      for (let n = 700; n < 706 && importing; n++) {
        const registered = await execute(store, env, registerMember, {
          organizationId: n % 2 ? union : other,
          name: `同时${n}`,
          idNumber: personId(n, '19750303'),
        });
        expect(registered.ok).toBe(true);
        const job = await db.prisma.memberImport.findFirstOrThrow({ where: { fileName: 'busy.csv' } });
        committedAt.push(job.committedRow);
      }
      const job = await running;
      expect(job).toMatchObject({ status: 'DONE', imported: 120 });
      // At least one registration committed while the import was between its first and last row.
      expect(committedAt.some((row) => row > 1 && row < job.committedRow)).toBe(true);
    },
  );

  it.skipIf(backend === 'pglite')(
    'two different files with the same new people at once: the batch that loses the unique key runs again',
    async () => {
      const rows = (header: string) => {
        const lines = [header];
        for (let n = 300; n < 336; n++) lines.push(`同名${n},${personId(n, '19820202')}`);
        return csv(lines);
      };
      const files = [
        fileInMemory('a.csv', rows('姓名,身份证号')),
        fileInMemory('b.csv', rows('会员姓名,公民身份号码')),
      ];
      const jobs = await Promise.all(
        files.map((file) => importMembers(db, { organizationId: union, file, who, env, batchRows: 3 })),
      );
      expect(jobs.map((j) => [j.status, j.rejected])).toEqual([
        ['DONE', 0],
        ['DONE', 0],
      ]);
      // Each person registered once; the other file found them already members here.
      expect(jobs.map((j) => j.imported + j.skipped)).toEqual([36, 36]);
      expect((jobs[0]?.imported ?? 0) + (jobs[1]?.imported ?? 0)).toBe(36);
      expect(await db.prisma.member.count({ where: { name: { startsWith: '同名' } } })).toBe(36);
    },
  );

  it('reads GBK CSV, XLSX with dates, formulas and merged cells', async () => {
    // GBK bytes of 姓名,身份证号 and of one name, as Excel on Chinese Windows saves a CSV.
    const header = Buffer.from([
      0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xc9, 0xed, 0xb7, 0xdd, 0xd6, 0xa4, 0xba, 0xc5,
    ]);
    const name = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]); // 张三
    const bytes = Buffer.concat([header, Buffer.from('\n'), name, Buffer.from(`,${personId(300)}\n`)]);
    const job = await importMembers(db, {
      organizationId: union,
      file: fileInMemory('gbk.csv', bytes),
      who,
      env,
    });
    expect(job).toMatchObject({ status: 'DONE', encoding: 'gb18030', imported: 1 });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('会员');
    sheet.addRow(['姓名', '身份证号码', '入会时间']);
    sheet.addRow(['表格一', personId(301), new Date(Date.UTC(2022, 4, 6))]);
    sheet.addRow(['表格二', { formula: 'A1&"X"', result: personId(302) }, null]);
    sheet.addRow(['合并', personId(303), null]);
    sheet.addRow([null, personId(304), null]);
    sheet.mergeCells('A4:A5');
    sheet.addRow(['数字', Number(personId(305)), null]); // typed into a number cell: Excel keeps 15 digits
    const path = join(dir, 'roster.xlsx');
    await workbook.xlsx.writeFile(path);
    const xlsx = await importMembers(db, { organizationId: union, file: await fileOnDisk(path), who, env });
    expect(xlsx).toMatchObject({ status: 'DONE', encoding: 'xlsx', imported: 2, rejected: 3 });
    const problems = await db.prisma.memberImportProblem.findMany({
      where: { importId: xlsx.id },
      orderBy: { row: 'asc' },
    });
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, '身份证号码', 'IMPORT_FORMULA_CELL'],
      [5, '姓名', 'IMPORT_MISSING_VALUE'],
      [6, '身份证号码', 'IMPORT_NUMBER_TOO_LONG'],
    ]);
    const joined = await db.prisma.member.findFirstOrThrow({ where: { name: '表格一' } });
    expect(joined.memberSince.toISOString().slice(0, 10)).toBe('2022-05-06');
  });

  it('refuses files it cannot read with a clear error; a huge cell stops the file after the rows before it', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['empty.csv', new Uint8Array(), 'IMPORT_EMPTY_FILE'],
      ['blank.csv', csv(['', '']), 'IMPORT_EMPTY_FILE'],
      ['columns.csv', csv(['名字呢,号码', '张三,1']), 'IMPORT_MISSING_COLUMNS'],
      ['latin1.csv', Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x2c, 0xff, 0xfe, 0xff, 0x0a]), 'IMPORT_ENCODING'],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0]), 'IMPORT_FORMAT'],
      ['broken.xlsx', Buffer.from('PK\x03\x04garbage', 'latin1'), 'IMPORT_UNREADABLE'],
    ];
    for (const [name, bytes, code] of cases) {
      const job = await importMembers(db, {
        organizationId: union,
        file: fileInMemory(name, bytes),
        who,
        env,
      });
      expect({ name, status: job.status, error: job.error?.split(':')[0] }).toEqual({
        name,
        status: 'FAILED',
        error: code,
      });
    }
    const huge = Buffer.concat([
      Buffer.from(`姓名,身份证号\n正常,${personId(400)}\n巨大,"`),
      Buffer.alloc(10 * 1024 * 1024, 'x'),
      Buffer.from(`"\n之后,${personId(401)}\n`),
    ]);
    const job = await importMembers(db, {
      organizationId: union,
      file: fileInMemory('huge.csv', huge),
      who,
      env,
    });
    expect(job).toMatchObject({ status: 'FAILED', imported: 1 });
    expect(job.error).toMatch(/^IMPORT_UNREADABLE: row 3 of huge.csv is longer than 65536 characters/);
  });

  it('exports a subtree masked, or revealed with one audit entry, as CSV and XLSX', async () => {
    const root = (await db.prisma.organization.findFirstOrThrow({ where: { parentId: null } })).id;
    const total = await db.prisma.member.count();
    const collect = async (format: 'csv' | 'xlsx', reveal: boolean) => {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      const count = await exportMembers(db, { organizationId: root, format, reveal, who, out });
      return { count, bytes: Buffer.concat(chunks) };
    };
    const reveals = () => db.prisma.auditEntry.count({ where: { action: 'member.exportRevealed' } });
    const masked = await collect('csv', false);
    expect(masked.count).toBe(total);
    const text = masked.bytes.toString('utf8');
    expect(text.split('\n')[0]).toBe('\uFEFF姓名,身份证号,性别,出生日期,手机号,入会日期,会籍状态,所在工会');
    expect(text).toContain(
      '张三,33****************,男,1990-**-**,138****0001,2020-01-05,正常,杭州市绿洲花园幼儿园工会',
    );
    expect(await reveals()).toBe(0);
    const clear = await collect('csv', true);
    expect(clear.bytes.toString('utf8')).toContain(
      `张三,${personId(1)},男,1990-01-01,13800000001,2020-01-05`,
    );
    expect(await reveals()).toBe(1);
    const xlsx = await collect('xlsx', false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.rowCount).toBe(total + 1);
    // Only the subtree: a union's export holds its own members.
    const own = new PassThrough().resume();
    const count = await exportMembers(db, {
      organizationId: other,
      format: 'csv',
      reveal: false,
      who,
      out: own,
    });
    expect(count).toBe(await db.prisma.member.count({ where: { organizationId: other } }));
    expect(count).toBeLessThan(total);
  });

  // Last of this database: it leaves an entry the tables disagree with.
  it('replays an entry of the older form (one object per member) like the columnar one', async () => {
    const [entry] = await db.prisma.auditEntry.findMany({
      where: { action: 'member.imported' },
      orderBy: { seq: 'asc' },
      take: 1,
    });
    if (entry === undefined) throw new Error('no member.imported entry');
    const members = loggedImportedMembers(entry.after as Json);
    // As entries were written before the columnar form: `after.members` an array of members.
    const older = (changed: (typeof members)[number][]) =>
      queueAuditEntries(db.prisma, who, [
        {
          action: 'member.imported',
          targetType: 'MemberImport',
          targetId: entry.targetId,
          organizationId: entry.organizationId,
          after: { members: changed },
        },
      ]);
    await older(members);
    await auditSealer(db.prisma, db.auditKey).seal();
    expect(await compareLogWithData(db.prisma, db.personalData)).toEqual([]);
    // Read, not skipped: a name the older entry logs differently is a difference of that member.
    await older(members.map((m, i) => (i === 0 ? { ...m, name: '改名' } : m)));
    await auditSealer(db.prisma, db.auditKey).seal();
    const differences = await compareLogWithData(db.prisma, db.personalData);
    expect(differences.map((d) => [d.table, d.id, d.fields])).toEqual([['Member', members[0]?.id, ['name']]]);
  });
});
