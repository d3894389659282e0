// A zip bomb in a workbook. An .xlsx is a zip file; exceljs's streaming reader keeps every shared
// string (`xl/sharedStrings.xml`, the text of the cells) in memory while it reads the sheet. That XML
// compresses ~250:1 when it repeats itself, so an 840 KB upload held 400 MB of memory for 3.4 s, and
// a file at the upload limit (256 MiB) was ~120 GB: the server process dies, every request with it.
// An import now reads at most `sharedStringsLimit(file size)` bytes of that XML, inflated: 20 times the
// file (a roster's XML compresses ~5–10 times), at least 64 MiB, never more than 512 MiB; past that
// the file is refused while it is read.
//
// A worksheet that comes in the zip before the shared strings (or the workbook's relationships) is
// written unpacked to a temporary file by exceljs until they have been read — and Excel itself often
// writes its parts in that order. Its XML compresses as well, so that file had no bound either: the
// disk filled instead of the memory. The worksheets written so are now held, together, to the same
// limit, refused past it, and their files deleted when the read ends however it ends (exceljs deletes
// one only once it has read it to the end, and an import reads the first worksheet only).
//
// An XLSX export to a client that reads slowly: exceljs's streaming writer hands each worksheet's XML
// to the zip without asking whether it may (its StreamBuf ignores backpressure), so the zip's input
// grew by every row while the client read nothing, and the server came to hold the whole sheet
// (31 MB of XML for 150,000 rows, measured). `sheetBackpressure` lets the export write a row only
// while at most MAX_EXPORT_BACKLOG_BYTES of the sheet's XML wait to be zipped, else waits for the zip
// to take them in — as fast as the client reads.
//
// The bounds read exceljs's internals (WorkbookReader's `_parseSharedStrings`; worksheets spooled
// through an fs.WriteStream piped from the zip entry), so they hold for EXCELJS_VERSION only:
// test/attack-registry.test.ts fails on any other installed version, and a bomb of each kind is read
// there (a version whose internals moved would let it through, and the test says so).

import { WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { type Readable, Transform, type Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

/** Worksheet XML an XLSX export may hold, unzipped, for a client that reads slowly before it waits. */
export const MAX_EXPORT_BACKLOG_BYTES = 1024 * 1024;

/** The exceljs whose internals the bounds read (package.json pins it exactly). */
export const EXCELJS_VERSION = '4.4.0';

/** Inflated shared-strings XML allowed per byte of the file. */
export const MAX_INFLATION = 20;
/** Inflated shared-strings XML allowed whatever the file's size. */
export const SHARED_STRINGS_FLOOR_BYTES = 64 * 1024 * 1024;
/** Inflated shared-strings XML never allowed past. */
export const MAX_SHARED_STRINGS_BYTES = 512 * 1024 * 1024;

/** The bound of `sharedStringsLimit` in words, for the refusals that name it. */
export const UNPACKED_BOUND_WORDS = `${MAX_INFLATION} times the file, at least ${SHARED_STRINGS_FLOOR_BYTES / 2 ** 20} MiB, at most ${MAX_SHARED_STRINGS_BYTES / 2 ** 20} MiB`;

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
  const parser = reader as Partial<SharedStringsParser>;
  if (typeof parser._parseSharedStrings !== 'function') {
    // Reading on would hold a workbook's shared strings without a bound: refuse every workbook instead.
    throw new Error(
      `exceljs's WorkbookReader has no _parseSharedStrings (not exceljs ${EXCELJS_VERSION}?): the zip-bomb bound cannot hold`,
    );
  }
  const parse = parser._parseSharedStrings.bind(reader);
  parser._parseSharedStrings = (entry: NodeJS.ReadableStream) => {
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

/** The worksheets a workbook reader wrote to temporary files: `remove()` deletes them. */
export interface SpooledSheets {
  /** Deletes every temporary file written (those exceljs deleted already are skipped). */
  remove(): Promise<void>;
}

/**
 * Holds the worksheets exceljs writes to temporary files while reading `zipBytes` (the stream handed
 * to its WorkbookReader) to `limit` inflated bytes in all: past them the file being written fails with
 * `refuse(limit)`, which ends the read. Call before the reader starts; `remove()` when it has ended.
 */
export function boundSpooledSheets(
  zipBytes: Readable,
  limit: number,
  refuse: (limit: number) => Error,
): SpooledSheets {
  const paths: string[] = [];
  let written = 0;
  /** Pipes `entry` to a temporary file through a count of every byte spooled so far. */
  const spool = (entry: Readable, file: WriteStream, pipeEntry: Readable['pipe']): WriteStream => {
    paths.push(String(file.path));
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        if (written <= limit) return done(null, chunk);
        entry.unpipe(counted); // stops the inflating: the zip waits until the read is ended
        file.destroy(refuse(limit));
        done();
      },
    });
    pipeEntry.call(entry, counted);
    return counted.pipe(file);
  };
  // exceljs pipes this stream into its unzipper; each entry it reads comes out of that as 'data'.
  const pipe = zipBytes.pipe;
  zipBytes.pipe = function <T extends NodeJS.WritableStream>(
    this: Readable,
    zip: T,
    options?: { end?: boolean },
  ) {
    (zip as unknown as Readable).on('data', (entry: Readable) => {
      const entryPipe = entry.pipe;
      entry.pipe = function <D extends NodeJS.WritableStream>(
        this: Readable,
        to: D,
        opts?: { end?: boolean },
      ): D {
        // A temporary file is where a worksheet waiting for the shared strings goes; anything else
        // (exceljs draining an entry it skips) is piped as it was.
        if (to instanceof WriteStream) return spool(this, to, entryPipe) as unknown as D;
        return entryPipe.call(this, to, opts) as D;
      };
    });
    return pipe.call(this, zip as unknown as Writable, options) as T;
  };
  return {
    remove: async () => {
      await Promise.all(paths.map((path) => rm(path, { force: true })));
    },
  };
}

/** A stream's buffered state as Node's streams (and readable-stream's, which exceljs's zip uses) keep it. */
interface BufferedStream extends NodeJS.EventEmitter {
  readonly _writableState?: { readonly length: number };
  readonly _readableState?: {
    readonly length: number;
    readonly pipes?: BufferedStream | BufferedStream[] | null;
  };
}

/** The part of exceljs's WorksheetWriter stream (a StreamBuf) the backpressure reads. */
interface SheetStream {
  readonly buffers: readonly { readonly length: number }[];
  readonly pipes: readonly BufferedStream[];
}

/** An XLSX export's pacing: `paced()` after each committed row; `held()` the bytes it holds. */
export interface SheetBackpressure {
  /** Resolves at once while `held()` is within the bound, else once the client has read enough (or `out` closed). */
  paced(): Promise<void>;
  /** Bytes of the workbook between the sheet and `out`: its XML not yet zipped, and the zip not yet handed to `out`. */
  held(): number;
}

/**
 * Backpressure for a worksheet of exceljs's streaming writer (`sheet`, an exceljs WorksheetWriter) whose
 * workbook goes to `out`: `paced()` resolves at once while at most `limit` bytes of the workbook wait
 * between the sheet and `out` (its XML, the zip's streams), else once they are within it again — as
 * `out` drains, so as fast as the client reads — or `out` has closed (the caller then sees
 * `out.destroyed`). Call it after each committed row.
 */
export function sheetBackpressure(
  sheet: object,
  out: NodeJS.EventEmitter & { readonly destroyed: boolean; readonly writableNeedDrain: boolean },
  limit = MAX_EXPORT_BACKLOG_BYTES,
): SheetBackpressure {
  const stream = (sheet as { stream?: Partial<SheetStream> }).stream;
  if (!Array.isArray(stream?.buffers) || !Array.isArray(stream?.pipes)) {
    throw new Error(
      `exceljs's worksheet stream is not exceljs ${EXCELJS_VERSION}'s StreamBuf: an export cannot be paced`,
    );
  }
  const { buffers, pipes } = stream as SheetStream;
  const held = () => {
    let bytes = buffers.reduce((n, b) => n + b.length, 0);
    const seen = new Set<BufferedStream>();
    const visit = (s: BufferedStream) => {
      if (s === out || seen.has(s)) return;
      seen.add(s);
      bytes += (s._writableState?.length ?? 0) + (s._readableState?.length ?? 0);
      const next = s._readableState?.pipes;
      for (const d of Array.isArray(next) ? next : next ? [next] : []) visit(d);
    };
    for (const pipe of pipes) visit(pipe);
    return bytes;
  };
  const drainedOrClosed = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.once('drain', done);
      out.once('close', done);
    });
  return {
    held,
    paced: async () => {
      while (held() > limit && !out.destroyed) {
        // The client has not read what `out` holds: wait until it has; else the zip is still busy compressing.
        if (out.writableNeedDrain) await drainedOrClosed();
        else await sleep(10);
      }
    },
  };
}
