// The reader of a roster file at Excel's full size: 1,048,576 rows (a header and 1,048,575 members)
// read to the last row while never running more than a bounded distance ahead of the row being
// consumed, so memory stays flat however long the file (the whole import at this size runs in
// `pnpm bench`: bench/import.ts --rows 1048576).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openRows } from '../src/import/source.js';

/** Excel's last row. */
const EXCEL_ROWS = 1_048_576;

/** The file's lines, made as they are read (the file is never in memory whole). */
function* lines(): Generator<Buffer> {
  yield Buffer.from('姓名,身份证号,手机号\n');
  let chunk = '';
  for (let n = 1; n < EXCEL_ROWS; n++) {
    chunk += `会员${n},330106199001011234,138${String(n).padStart(8, '0')}\n`;
    if (chunk.length > 60_000) {
      yield Buffer.from(chunk);
      chunk = '';
    }
  }
  yield Buffer.from(chunk);
}

const HEADER_BYTES = Buffer.byteLength('姓名,身份证号,手机号\n');

/** Bytes of one data row. */
const rowBytes = (n: number) =>
  Buffer.byteLength(`会员${n},330106199001011234,138${String(n).padStart(8, '0')}\n`);

describe('a 1,048,576-row roster', () => {
  it('is read to its last row, never more than 1 MiB ahead of the row consumed', async () => {
    let size = HEADER_BYTES;
    for (let n = 1; n < EXCEL_ROWS; n++) size += rowBytes(n);
    const source = await openRows({ name: 'excel-full.csv', size, open: () => Readable.from(lines()) });
    let consumed = HEADER_BYTES;
    let last = 0;
    let ahead = 0;
    for await (const row of source.rows) {
      if (row.row > 1) consumed += rowBytes(row.row - 1);
      ahead = Math.max(ahead, source.bytesRead() - consumed);
      last = row.row;
    }
    expect(last).toBe(EXCEL_ROWS);
    expect(consumed).toBe(size);
    expect(ahead).toBeGreaterThan(0);
    expect(ahead).toBeLessThan(1_048_576);
  });
});
