// A zip bomb in a workbook. An .xlsx is a zip file; exceljs's streaming reader keeps every shared
// string (`xl/sharedStrings.xml`, the text of the cells) in memory while it reads the sheet. That XML
// compresses ~250:1 when it repeats itself, so an 840 KB upload held 400 MB of memory for 3.4 s, and
// a file at the upload limit (256 MiB) was ~120 GB: the server process dies, every request with it.
// An import now reads at most `sharedStringsLimit(file size)` bytes of that XML, inflated: 20 times the
// file (a roster's XML compresses ~5–10 times), at least 64 MiB, never more than 512 MiB; past that
// the file is refused while it is read.

import { Transform } from 'node:stream';

/** Inflated shared-strings XML allowed per byte of the file. */
export const MAX_INFLATION = 20;
/** Inflated shared-strings XML allowed whatever the file's size. */
export const SHARED_STRINGS_FLOOR_BYTES = 64 * 1024 * 1024;
/** Inflated shared-strings XML never allowed past. */
export const MAX_SHARED_STRINGS_BYTES = 512 * 1024 * 1024;

/** How many inflated bytes of shared-strings XML a workbook file of `fileBytes` may hold. */
export function sharedStringsLimit(fileBytes: number): number {
  return Math.min(MAX_SHARED_STRINGS_BYTES, Math.max(SHARED_STRINGS_FLOOR_BYTES, MAX_INFLATION * fileBytes));
}

/** The part of exceljs's WorkbookReader this reads the shared strings through (not in its typings). */
interface SharedStringsParser {
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
}

/**
 * Holds `reader` (an exceljs stream.xlsx.WorkbookReader) to `limit` inflated bytes of shared strings:
 * past them the read fails with `refuse(limit)`.
 */
export function boundSharedStrings(reader: object, limit: number, refuse: (limit: number) => Error): void {
  const parser = reader as SharedStringsParser;
  const parse = parser._parseSharedStrings.bind(reader);
  parser._parseSharedStrings = (entry) => {
    let seen = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        seen += chunk.length;
        done(seen > limit ? refuse(limit) : null, chunk);
      },
    });
    return parse(entry.pipe(counted));
  };
}
