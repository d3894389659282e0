// Export of a subtree's members as CSV (UTF-8 with a BOM, as Excel opens it) or XLSX (exceljs's
// streaming writer), page by page: memory stays flat however many members. Personal data is masked
// like the API masks it unless clear values are asked for; then one `member.exportRevealed` audit
// entry records the export (who, which subtree, which format) before any value leaves. The headers
// are the import's (姓名, 身份证号, 手机号, 入会日期…), so a revealed export imports again.

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { maskBirthDate, maskIdNumber, maskPhone } from '@gonghui/core';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { LITERAL_CELLS } from '../hardening/spreadsheet-cell.js';
import { sheetBackpressure } from '../hardening/xlsx-bounds.js';
import type { AuditActor } from '../store/audit.js';
import { auditSealer, queueAuditEntry } from '../store/audit.js';
import type { Database } from '../store/database.js';
import { fromDbDate } from '../store/unit.js';

/** The file formats of an export. */
export type ExportFormat = 'csv' | 'xlsx';

/** The columns of an export, in order. */
export const EXPORT_HEADER = [
  '姓名',
  '身份证号',
  '性别',
  '出生日期',
  '手机号',
  '入会日期',
  '会籍状态',
  '所在工会',
];

/** Members read per statement. */
const PAGE = 1000;

/** What to export and where. */
export interface ExportOptions {
  /** The subtree's root: its members and those of every organization below it. */
  readonly organizationId: string;
  readonly format: ExportFormat;
  /** False: only the members the organization holds itself; true or absent: its whole subtree's. */
  readonly includeSubtree?: boolean;
  /** Clear ID numbers, phones and birth dates (audited as one entry); masked otherwise. */
  readonly reveal: boolean;
  /** Who exports (the audit entry names them). */
  readonly who: AuditActor;
  /** Where the file goes; ended when the export is done. */
  readonly out: Writable;
}

const GENDER = { MALE: '男', FEMALE: '女' } as const;
const STATUS = { ACTIVE: '正常', RETAINED: '保留会籍', ENDED: '会籍终止' } as const;

async function* exportRecords(
  db: Pick<Database, 'prisma' | 'personalData'>,
  options: Pick<ExportOptions, 'organizationId' | 'includeSubtree' | 'reveal'>,
): AsyncGenerator<string[]> {
  const names = new Map<string, string>();
  let after: string | undefined;
  for (;;) {
    const page = await db.prisma.member.findMany({
      where: {
        ...(options.includeSubtree === false
          ? { organizationId: options.organizationId }
          : { organization: { ancestorLinks: { some: { ancestorId: options.organizationId } } } }),
        ...(after === undefined ? {} : { id: { gt: after } }),
      },
      orderBy: { id: 'asc' },
      take: PAGE,
    });
    const missing = [...new Set(page.map((m) => m.organizationId))].filter((id) => !names.has(id));
    if (missing.length > 0) {
      for (const o of await db.prisma.organization.findMany({
        where: { id: { in: missing } },
        select: { id: true, name: true },
      })) {
        names.set(o.id, o.name);
      }
    }
    for (const m of page) {
      const { idNumber, phone, birthDate } = db.personalData.openAll(m);
      yield [
        m.name,
        options.reveal ? idNumber : maskIdNumber(idNumber),
        GENDER[m.gender],
        options.reveal ? birthDate : maskBirthDate(birthDate),
        phone === null ? '' : options.reveal ? phone : maskPhone(phone),
        fromDbDate(m.memberSince),
        STATUS[m.status],
        names.get(m.organizationId) ?? '',
      ];
    }
    const last = page[page.length - 1];
    if (last === undefined || page.length < PAGE) return;
    after = last.id;
  }
}

/** Writes the subtree's members to `options.out`; returns how many. A revealing export is audited first. */
export async function exportMembers(
  db: Pick<Database, 'prisma' | 'personalData' | 'auditKey'>,
  options: ExportOptions,
): Promise<number> {
  if (options.reveal) {
    await queueAuditEntry(db.prisma, options.who, {
      action: 'member.exportRevealed',
      targetType: 'Organization',
      targetId: options.organizationId,
      organizationId: options.organizationId,
      after: {
        format: options.format,
        subtree: options.includeSubtree !== false,
        fields: ['idNumber', 'phone', 'birthDate'],
      },
    });
    await auditSealer(db.prisma, db.auditKey).sealCommitted();
  }
  let count = 0;
  if (options.format === 'csv') {
    const csv = stringify({ bom: true, header: true, columns: EXPORT_HEADER, cast: LITERAL_CELLS });
    // A destination closed early (a download's client went away) destroys csv, which ends the loop.
    const written = pipeline(csv, options.out);
    written.catch(() => undefined); // awaited below
    for await (const record of exportRecords(db, options)) {
      count++;
      if (!csv.write(record)) await once(csv, 'drain');
    }
    csv.end();
    await written;
  } else {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: options.out, useSharedStrings: false });
    const sheet = workbook.addWorksheet('会员');
    sheet.addRow(EXPORT_HEADER).commit();
    // As fast as the destination takes the file, not as fast as the rows come (hardening/xlsx-bounds.ts).
    const { paced } = sheetBackpressure(sheet, options.out);
    for await (const record of exportRecords(db, options)) {
      if (options.out.destroyed) throw new Error('the export stopped: its destination was closed');
      count++;
      sheet.addRow(record).commit();
      await paced();
    }
    sheet.commit();
    await workbook.commit();
  }
  if (!options.out.writableFinished) await once(options.out, 'finish');
  return count;
}
