// Reading a roster file row by row, never whole: CSV through csv-parse (UTF-8, or GB18030/GBK as
// Excel on Chinese Windows saves it, detected from the first bytes), XLSX through exceljs's streaming
// WorkbookReader (first worksheet). Each row comes out as its spreadsheet row number and its cells as
// text, or as the problem that keeps a cell from being read (a formula, an error value, a number where
// digits were lost). A file that cannot be read at all is an ImportFileError with a code and a clear
// message; nothing here throws anything else for bad input.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { PassThrough, Readable, Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import {
  boundSharedStrings,
  boundSpooledSheets,
  sharedStringsLimit,
  UNPACKED_BOUND_WORDS,
} from '../hardening/xlsx-bounds.js';

/** A file to import: its name (the extension picks the format), its size and a way to read it (again). */
export interface ImportFile {
  readonly name: string;
  readonly size: number;
  /** Where it is on disk, when it is (a worker thread may then read it too). */
  readonly path?: string;
  /** A new stream of the file's bytes from the start. */
  open(): Readable;
}

/** The file at `path`. */
export async function fileOnDisk(path: string): Promise<ImportFile> {
  const { size } = await stat(path);
  return { name: basename(path), size, path, open: () => createReadStream(path) };
}

/** Bytes per chunk of a file held in memory, as a file on disk is read. */
const CHUNK_BYTES = 64 * 1024;

/** A file held in memory (e.g. an upload), read in chunks like a file on disk. */
export function fileInMemory(name: string, bytes: Uint8Array): ImportFile {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  function* chunks() {
    for (let at = 0; at < all.length; at += CHUNK_BYTES) yield all.subarray(at, at + CHUNK_BYTES);
  }
  return { name, size: all.length, open: () => Readable.from(chunks()) };
}

/** Why a whole file cannot be imported. */
export type ImportFileErrorCode =
  | 'IMPORT_FORMAT'
  | 'IMPORT_ENCODING'
  | 'IMPORT_EMPTY_FILE'
  | 'IMPORT_MISSING_COLUMNS'
  | 'IMPORT_DUPLICATE_COLUMNS'
  | 'IMPORT_UNREADABLE';

/** A file that cannot be imported at all: a stable code and a message saying what is wrong and what to do. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  /** Makes the error from its code and message. */
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A cell that cannot be read as a value. */
export interface CellProblem {
  readonly code: 'IMPORT_FORMULA_CELL' | 'IMPORT_CELL_ERROR' | 'IMPORT_NUMBER_TOO_LONG';
  readonly message: string;
}

/** A cell as text, or the reason it cannot be read. */
export type Cell = string | CellProblem;

/** One row of the file: its spreadsheet row number (the first row is 1) and its cells. */
export interface SourceRow {
  readonly row: number;
  readonly cells: readonly Cell[];
}

/** The rows of a file, the encoding it was read in, and how many bytes were read so far. */
export interface RowSource {
  /** `utf-8`, `gb18030` or `xlsx`. */
  readonly encoding: string;
  readonly rows: AsyncIterable<SourceRow>;
  /** Bytes of the file consumed so far. */
  bytesRead(): number;
}

/** Longest cell (and CSV record) read, in characters: a longer one is a problem, never held in memory whole. */
export const MAX_CELL_CHARS = 65_536;

/** Bytes looked at to tell UTF-8 from GB18030. */
const SNIFF_BYTES = 64 * 1024;

/** Opens a file's rows: the format from its extension (and first bytes), the encoding of a CSV detected. */
export async function openRows(file: ImportFile): Promise<RowSource> {
  if (file.size === 0) throw new ImportFileError('IMPORT_EMPTY_FILE', `${file.name} is empty (0 bytes)`);
  const extension = extname(file.name).toLowerCase();
  const head = await firstBytes(file, SNIFF_BYTES);
  const zip = head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));
  if (extension === '.xlsx' || (zip && extension !== '.csv')) {
    if (!zip) {
      throw new ImportFileError('IMPORT_FORMAT', `${file.name} is not an .xlsx workbook (not a zip archive)`);
    }
    return toLastRow(xlsxRows(file), file);
  }
  if (extension === '.xls' || head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new ImportFileError(
      'IMPORT_FORMAT',
      `${file.name} is an old Excel 97–2003 workbook (.xls): save it as .xlsx or as CSV UTF-8 and import that`,
    );
  }
  if (extension !== '.csv' && extension !== '.txt') {
    throw new ImportFileError('IMPORT_FORMAT', `${file.name}: only .csv and .xlsx files can be imported`);
  }
  return toLastRow(csvRows(file, detectEncoding(file.name, head)), file);
}

/** The last row of a roster: a header and as many members as a spreadsheet has rows (1,048,576). */
export const MAX_ROWS = 1_048_577;

/**
 * The rows up to MAX_ROWS; a row past it ends the read with IMPORT_UNREADABLE (the rows before it
 * are kept). Every row of a file is read and each refused one stored as a problem, so without this
 * a compressed sheet of one-cell rows (or a huge CSV) wrote problem rows without end.
 */
function toLastRow(source: RowSource, file: ImportFile): RowSource {
  async function* rows(): AsyncGenerator<SourceRow> {
    for await (const row of source.rows) {
      if (row.row > MAX_ROWS) {
        throw new ImportFileError(
          'IMPORT_UNREADABLE',
          `${file.name} has a row ${row.row}: a roster holds a header and at most 1,048,576 members (a ` +
            "spreadsheet's rows); split it",
        );
      }
      yield row;
    }
  }
  return { ...source, rows: rows() };
}

async function firstBytes(file: ImportFile, count: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  const stream = file.open();
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= count) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, count);
}

/** UTF-8 (with or without BOM) when the first bytes decode as UTF-8, else GB18030 (a superset of GBK) when they decode as that. */
function detectEncoding(name: string, head: Buffer): 'utf-8' | 'gb18030' {
  if (head[0] === 0xff && head[1] === 0xfe) {
    throw new ImportFileError(
      'IMPORT_ENCODING',
      `${name} is UTF-16 ("Unicode text"): save it as "CSV UTF-8" or as .xlsx and import that`,
    );
  }
  if (decodes('utf-8', head)) return 'utf-8';
  if (decodes('gb18030', head)) return 'gb18030';
  throw new ImportFileError(
    'IMPORT_ENCODING',
    `${name} is neither UTF-8 nor GBK/GB18030 text: save it as "CSV UTF-8" or as .xlsx and import that`,
  );
}

function decodes(encoding: string, bytes: Buffer): boolean {
  try {
    // stream: true — a character cut at the end of the sample is not an error.
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Counts the bytes that pass. */
function byteCounter(): { stream: PassThrough; count: () => number } {
  let bytes = 0;
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  return { stream, count: () => bytes };
}

/** Bytes to text in `encoding`; a byte sequence that is not valid there fails the stream with IMPORT_ENCODING. */
function decoder(name: string, encoding: string): Transform {
  const text = new TextDecoder(encoding, { fatal: true });
  let offset = 0;
  const fail = (error: unknown) =>
    new ImportFileError(
      'IMPORT_ENCODING',
      `${name} is not valid ${encoding} near byte ${offset}: save it as "CSV UTF-8" or as .xlsx and import that`,
      { cause: error },
    );
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      try {
        const out = text.decode(chunk, { stream: true });
        offset += chunk.length;
        done(null, out);
      } catch (error) {
        done(fail(error));
      }
    },
    flush(done) {
      try {
        done(null, text.decode());
      } catch (error) {
        done(fail(error));
      }
    },
  });
}

/** Parsed rows held at most before the file is paused (memory stays flat whatever the file's length). */
const QUEUE_HIGH = 2_000;

function csvRows(file: ImportFile, encoding: 'utf-8' | 'gb18030'): RowSource {
  const counter = byteCounter();
  // Records are taken as the parser finds them (on_record), so the rows before a broken one are
  // kept even when the parser stops in the middle of a chunk; the file is paused while they wait.
  const queue: string[][] = [];
  let failure: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  const input = file.open();
  const parser = parse({
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    // Bounds what is held in memory; a longer record stops the file (a parser cannot tell where a
    // runaway quoted cell ends, so skipping it could silently drop the rows after it).
    max_record_size: MAX_CELL_CHARS,
    on_record: (record: string[]) => {
      queue.push(record);
      if (queue.length >= QUEUE_HIGH) input.pause();
      wake?.();
      return null; // nothing goes on down the stream
    },
  });
  const stop = (error: unknown) => {
    failure ??= error;
    wake?.();
  };
  input.on('error', stop);
  const text = decoder(file.name, encoding).on('error', stop);
  parser.on('error', stop).on('end', () => {
    ended = true;
    wake?.();
  });
  parser.resume();
  input.pipe(counter.stream).pipe(text).pipe(parser);
  async function* rows(): AsyncGenerator<SourceRow> {
    let row = 0;
    try {
      for (;;) {
        const cells = queue.shift();
        if (cells !== undefined) {
          if (queue.length === 0 && input.isPaused()) input.resume();
          yield { row: ++row, cells };
          continue;
        }
        if (failure !== undefined) throw failure;
        if (ended) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    } catch (error) {
      throw csvFailure(file, row, error);
    } finally {
      input.destroy();
    }
  }
  return { encoding, rows: rows(), bytesRead: counter.count };
}

/** What a failed CSV stream means for the import. */
function csvFailure(file: ImportFile, row: number, error: unknown): unknown {
  if (error instanceof ImportFileError || !(error instanceof CsvError)) return error;
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new ImportFileError(
      'IMPORT_UNREADABLE',
      `row ${row + 1} of ${file.name} is longer than ${MAX_CELL_CHARS} characters (a quote never closed, or ` +
        'not a roster); the rows before it were imported',
      { cause: error },
    );
  }
  return new ImportFileError('IMPORT_UNREADABLE', `${file.name}: ${error.message}`, { cause: error });
}

/** An exceljs cell value (the union its typings describe, as far as a roster needs). */
type XlsxValue =
  | null
  | undefined
  | string
  | number
  | boolean
  | Date
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { richText: { text: string }[] }
  | { text: string; hyperlink: string }
  | { error: string };

/** Digits a spreadsheet number keeps exactly (an ID number stored as a number loses the rest). */
const EXACT_DIGITS = 15;

/** A cell of a worksheet as text: dates as `YYYY-MM-DD`, rich text joined; formulas and error values are problems. */
export function xlsxCell(value: XlsxValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.length > MAX_CELL_CHARS ? tooLong() : value;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value).toString().length > EXACT_DIGITS) {
      return {
        code: 'IMPORT_NUMBER_TOO_LONG',
        message:
          'the cell holds a number of more than 15 digits, which Excel stores rounded (an ID number typed into a ' +
          'number cell loses its last digits): format the column as text and type the value again',
      };
    }
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) {
    return {
      code: 'IMPORT_FORMULA_CELL',
      message:
        'the cell holds a formula, not a value: copy the column and paste it as values, then import again',
    };
  }
  if ('richText' in value) return xlsxCell(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return xlsxCell(value.text);
  if ('error' in value) {
    return { code: 'IMPORT_CELL_ERROR', message: `the cell holds the spreadsheet error ${value.error}` };
  }
  return String(value);
}

function tooLong(): CellProblem {
  return {
    code: 'IMPORT_CELL_ERROR',
    message: `the cell is longer than ${MAX_CELL_CHARS} characters: no cell of a roster is that long`,
  };
}

/** The refusal of a workbook whose shared strings inflate past `limit` bytes (a zip bomb). */
function inflated(file: ImportFile, limit: number): ImportFileError {
  return new ImportFileError(
    'IMPORT_UNREADABLE',
    `${file.name} holds more than ${limit} bytes of cell text once unpacked (${UNPACKED_BOUND_WORDS}): ` +
      'a roster is not that repetitive; save the workbook again, or as CSV',
  );
}

/** The refusal of a workbook whose worksheets, stored before its shared strings, inflate past `limit` bytes. */
function spooledPast(file: ImportFile, limit: number): ImportFileError {
  return new ImportFileError(
    'IMPORT_UNREADABLE',
    `${file.name} holds more than ${limit} bytes of worksheet once unpacked before its cell text ` +
      `(${UNPACKED_BOUND_WORDS}): save the workbook again, or as CSV`,
  );
}

function xlsxRows(file: ImportFile): RowSource {
  const counter = byteCounter();
  const input = file.open();
  input.pipe(counter.stream);
  const bound = sharedStringsLimit(file.size);
  const spooled = boundSpooledSheets(counter.stream, bound, (limit) => spooledPast(file, limit));
  async function* rows(): AsyncGenerator<SourceRow> {
    // Loaded for a workbook only: a CSV import (and its preparing worker) starts without it.
    const { default: excel } = await import('exceljs');
    const reader = new excel.stream.xlsx.WorkbookReader(counter.stream, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache', // dates are numbers with a date format: the styles say which
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    boundSharedStrings(reader, bound, (limit) => inflated(file, limit));
    let sheets = 0;
    try {
      for await (const sheet of reader) {
        sheets++;
        for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
          const values = row.values as XlsxValue[];
          // exceljs rows are 1-based sparse arrays: column A is index 1.
          const cells: Cell[] = [];
          for (let column = 1; column < values.length; column++) cells.push(xlsxCell(values[column]));
          yield { row: row.number, cells };
        }
        break; // the roster is the first worksheet
      }
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      throw new ImportFileError(
        'IMPORT_UNREADABLE',
        `${file.name} cannot be read as an .xlsx workbook: ${(error as Error).message}`,
      );
    } finally {
      input.destroy();
      await spooled.remove();
    }
    if (sheets === 0) throw new ImportFileError('IMPORT_EMPTY_FILE', `${file.name} has no worksheet`);
  }
  return { encoding: 'xlsx', rows: rows(), bytesRead: counter.count };
}
