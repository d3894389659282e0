// The problems of an import as a CSV file (UTF-8 with a BOM, so that Excel shows the Chinese right):
// one line per problem — row number, column, code, message — streamed page by page from the database.

import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { LITERAL_CELLS } from '../hardening/spreadsheet-cell.js';
import type { Database } from '../store/database.js';

/** The header line of the problem report. */
export const REPORT_HEADER = ['行号 row', '列 column', '代码 code', '说明 message'];

/** Problems read per statement. */
const PAGE = 1000;

async function* problemRecords(db: Pick<Database, 'prisma'>, importId: string): AsyncGenerator<string[]> {
  let after: { row: number; column: string } | null = null;
  for (;;) {
    const page: { row: number; column: string; code: string; message: string }[] =
      await db.prisma.memberImportProblem.findMany({
        where: {
          importId,
          ...(after === null
            ? {}
            : { OR: [{ row: { gt: after.row } }, { row: after.row, column: { gt: after.column } }] }),
        },
        orderBy: [{ row: 'asc' }, { column: 'asc' }],
        take: PAGE,
      });
    for (const p of page) yield [String(p.row), p.column, p.code, p.message];
    const last = page[page.length - 1];
    if (last === undefined || page.length < PAGE) return;
    after = { row: last.row, column: last.column };
  }
}

/** The problem report of an import as a CSV stream (BOM, header line, one line per problem in row order). */
export function problemsCsv(db: Pick<Database, 'prisma'>, importId: string): Readable {
  return Readable.from(problemRecords(db, importId)).pipe(
    stringify({ bom: true, header: true, columns: REPORT_HEADER, cast: LITERAL_CELLS }),
  );
}
