// Bad cells of an XLSX roster (issue 11's "10 MB single cell", formula and error cells): a 10 MB
// cell, a rich-text cell over the limit and a spreadsheet error (#N/A) are each reported on their
// row with the column and IMPORT_CELL_ERROR — never a crash — and the good rows around them import.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, uuidIds } from '@gonghui/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMembers } from '../src/import/job.js';
import { fileOnDisk, MAX_CELL_CHARS } from '../src/import/source.js';
import { DEMO_KINDERGARTEN_UNION, demoIdNumber, seedDemoData } from '../src/seed.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { createTestDatabase } from './support/database.js';

const env = { clock: systemClock, ids: uuidIds };

describe('an XLSX roster with bad cells', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    await seedDemoData(new PrismaStore(db), env);
    dir = await mkdtemp(join(tmpdir(), 'gonghui-cells-'));
  });
  afterAll(async () => {
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a 10 MB cell, an over-long rich-text cell and #N/A on their rows and imports the rest', async () => {
    const id = (n: number) => demoIdNumber(`33010619870605${String(n).padStart(3, '0')}`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('会员');
    sheet.addRow(['姓名', '身份证号', '手机号']);
    sheet.addRow(['之前', id(1), null]);
    sheet.addRow(['x'.repeat(10 * 1024 * 1024), id(2), null]);
    sheet.addRow(['富文本', id(3), { richText: [{ text: '1'.repeat(MAX_CELL_CHARS) }, { text: '2' }] }]);
    sheet.addRow(['错误', { error: '#N/A' }, null]);
    sheet.addRow(['之后', id(5), null]);
    const path = join(dir, 'cells.xlsx');
    await workbook.xlsx.writeFile(path);

    const union = await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_KINDERGARTEN_UNION } });
    const job = await importMembers(db, {
      organizationId: union.id,
      file: await fileOnDisk(path),
      who: { actor: 'importer', requestId: null },
      env,
    });
    expect(job).toMatchObject({ status: 'DONE', imported: 2, rejected: 3, committedRow: 6 });
    const problems = await db.prisma.memberImportProblem.findMany({
      where: { importId: job.id },
      orderBy: { row: 'asc' },
    });
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, '姓名', 'IMPORT_CELL_ERROR'],
      [4, '手机号', 'IMPORT_CELL_ERROR'],
      [5, '身份证号', 'IMPORT_CELL_ERROR'],
    ]);
    expect(problems[0]?.message).toMatch(/longer than 65536 characters/);
    expect(problems[2]?.message).toMatch(/#N\/A/);
    expect(
      (await db.prisma.member.findMany({ where: { name: { in: ['之前', '之后'] } } }))
        .map((m) => m.name)
        .sort(),
    ).toEqual(['之前', '之后']);
  }, 60_000);
});
