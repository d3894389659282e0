// Preparing an import's rows ahead of their batch's transaction: the file read and parsed, each row
// turned into registerMember's input, its ID number and phone parsed as core parses them, its
// personal data sealed under the member id it will take, its blind indexes and pinyin computed —
// everything of a row that needs no database. The same generator runs in a worker thread of its own
// (prepare-worker.ts, so that on a machine with a free core it runs beside the thread that commits)
// or, where no worker can run, in the importing thread (pausing every PREPARE_SLICE rows for the
// batch being committed).

import { createRequire } from 'node:module';
import { setImmediate } from 'node:timers/promises';
import { threadId, Worker } from 'node:worker_threads';
import { checkPhone, parseIdNumber, type RegisterMemberInput, type RuleSet } from '@gonghui/core';
import { namePinyin, rememberPinyin } from '../store/name-pinyin.js';
import type { PersonalData, PersonalDataCipher, SealedPersonalData } from '../store/personal-data.js';
import { type ColumnMap, mapColumns, type RowProblem, rowInput } from './columns.js';
import { type ImportFile, ImportFileError, type ImportFileErrorCode, openRows } from './source.js';

/**
 * A data row: its number and the command's input with its ID number's blind index and, when its ID
 * number and phone are valid, the ids its registration will take, its personal data sealed under the
 * member id and its name's pinyin; or the problems that keep it from being a command's input.
 */
export type Row =
  | {
      readonly row: number;
      readonly input: RegisterMemberInput;
      readonly hash: string;
      readonly prepared: PreparedMember | null;
    }
  | { readonly row: number; readonly problems: RowProblem[] };

/** A registration's ids, and its personal data as core will hand it to the store, sealed, with its name's pinyin. */
export interface PreparedMember {
  readonly memberId: string;
  readonly eventId: string;
  readonly data: PersonalData;
  readonly sealed: SealedPersonalData;
  readonly pinyin: { readonly namePinyin: string; readonly nameInitials: string };
}

/** What preparing a file yields: first its header (the columns and the file's encoding), then its rows a batch at a time. */
export type Prepared =
  | {
      readonly kind: 'header';
      readonly encoding: string;
      readonly columns: ColumnMap;
      /** The thread preparing the rows (worker_threads' threadId: 0 is the main thread). */
      readonly threadId: number;
    }
  | { readonly kind: 'batch'; readonly rows: Row[]; readonly bytesRead: number };

/** Where preparing starts and how it batches. */
export interface PrepareRequest {
  /** The organization every row joins. */
  readonly organizationId: string;
  /** Rows up to this one were committed by an earlier run: skipped. */
  readonly committedRow: number;
  /** Rows per batch. */
  readonly batchRows: number;
  /** Pause (one turn of the event loop) every this many rows; 0: never (a worker thread of its own). */
  readonly pauseEvery: number;
  /** The importing union's rule set, which the rows are decided under (an ID number's earliest birth year). */
  readonly rules: RuleSet;
  /** The date `YYYY-MM-DD` the rows are decided on (no birth date after it). */
  readonly today: string;
}

/**
 * The file's header, then its data rows after `committedRow` prepared in batches of `batchRows`
 * (empty rows skipped); `ids` gives each valid row's member and event ids (two per row). A file that
 * cannot be read throws ImportFileError — after yielding the rows read before it, as a last batch.
 */
export async function* prepareBatches(
  file: ImportFile,
  personalData: PersonalDataCipher,
  ids: () => string,
  request: PrepareRequest,
): AsyncGenerator<Prepared> {
  const source = await openRows(file);
  let columns: ColumnMap | undefined;
  let rows: Row[] = [];
  try {
    for await (const row of source.rows) {
      if (columns === undefined) {
        if (row.cells.every((c) => c === '')) continue;
        columns = mapColumns(row.cells);
        yield { kind: 'header', encoding: source.encoding, columns, threadId };
        continue;
      }
      if (row.row <= request.committedRow) continue;
      if (row.cells.every((c) => c === '')) continue;
      rows.push(prepareRow(personalData, ids, request, row.row, row.cells, columns));
      if (rows.length >= request.batchRows) {
        yield { kind: 'batch', rows, bytesRead: source.bytesRead() };
        rows = [];
      } else if (request.pauseEvery > 0 && rows.length % request.pauseEvery === 0) await setImmediate();
    }
  } catch (error) {
    // The rows read before the file went wrong are kept, then the file's error ends the job.
    if (error instanceof ImportFileError && rows.length > 0)
      yield { kind: 'batch', rows, bytesRead: source.bytesRead() };
    throw error;
  }
  if (columns === undefined) {
    throw new ImportFileError('IMPORT_EMPTY_FILE', `${file.name} has no rows (not even a header row)`);
  }
  if (rows.length > 0) yield { kind: 'batch', rows, bytesRead: source.bytesRead() };
}

/**
 * One data row prepared: core's own parsing, under the rule set and on the day the rows are decided,
 * gives the values registerMember will store (the command still decides the row).
 */
function prepareRow(
  personalData: PersonalDataCipher,
  ids: () => string,
  request: Pick<PrepareRequest, 'organizationId' | 'rules' | 'today'>,
  row: number,
  cells: Parameters<typeof rowInput>[1],
  columns: ColumnMap,
): Row {
  const result = rowInput(columns, cells, request.organizationId);
  if (!result.ok) return { row, problems: result.problems };
  const { input } = result;
  const parsed = parseIdNumber(input.idNumber, { rules: request.rules, today: request.today });
  const phone = checkPhone(input.phone ?? null);
  if (!parsed.ok || !phone.ok) {
    const hash = personalData.idNumberHash(parsed.ok ? parsed.value.value : input.idNumber);
    return { row, input, hash, prepared: null };
  }
  const memberId = ids();
  const data = { idNumber: parsed.value.value, phone: phone.value, birthDate: parsed.value.birthDate };
  const sealed = personalData.seal(memberId, data);
  const prepared = { memberId, eventId: ids(), data, sealed, pinyin: namePinyin(input.name) };
  return { row, input, hash: sealed.idNumberHash, prepared };
}

/** Messages between the importing thread and its preparing worker, taken in the order they came. */
export class Inbox<T> {
  readonly #waiting: T[] = [];
  #arrived: (() => void) | undefined;

  /** Adds a message, waking a `next` that waits for one. */
  readonly push = (message: T): void => {
    this.#waiting.push(message);
    this.#arrived?.();
  };

  /** The oldest message, once there is one. */
  async next(): Promise<T> {
    while (this.#waiting.length === 0) await new Promise<void>((resolve) => (this.#arrived = resolve));
    return this.#waiting.shift() as T;
  }
}

/** Rows prepared in the importing thread between two pauses for the committing batch's I/O. */
const PREPARE_SLICE = 50;

/** Batches a worker may prepare ahead of the one the importing thread is taking. */
const PREPARE_AHEAD = 2;

/** What the importing thread hands a preparing worker: the file, the data key, where to start. */
export interface PrepareWorkerData {
  readonly path: string;
  readonly name: string;
  readonly key: ReturnType<PersonalDataCipher['keyForWorker']>;
  readonly request: PrepareRequest;
  /** From the TypeScript sources (development, tests): the entry and the tsx loader to run it with. */
  readonly sources?: { readonly entry: string; readonly tsx: string };
}

/** What a preparing worker posts. */
export type WorkerMessage =
  | Prepared
  | { readonly kind: 'ready' }
  | { readonly kind: 'end' }
  | { readonly kind: 'error'; readonly code: ImportFileErrorCode | null; readonly message: string };

/**
 * Starts the worker from the sources: tsx registered in the worker, with the condition that maps
 * @gonghui/* to their sources (as bin/gonghui.js does), then the entry imported.
 */
const FROM_SOURCES = `
const { workerData } = require('node:worker_threads');
(async () => {
  (await import(workerData.sources.tsx)).register();
  (await import('node:module')).register('data:text/javascript,' + encodeURIComponent(
    "export const resolve = (specifier, context, next) => next(specifier, { ...context, conditions: ['@gonghui/source', ...context.conditions] });"));
  await import(workerData.sources.entry);
})();`;

/** The preparing worker, once it has loaded; null when none can load here (then the rows are prepared in this thread). */
async function startWorker(data: Omit<PrepareWorkerData, 'sources'>): Promise<Worker | null> {
  let worker: Worker;
  try {
    if (import.meta.url.endsWith('.ts')) {
      const tsx = createRequire(import.meta.url)
        .resolve('tsx/package.json')
        .replace(/package\.json$/, 'dist/esm/api/index.mjs');
      const sources = { entry: new URL('./prepare-worker.ts', import.meta.url).href, tsx: `file://${tsx}` };
      worker = new Worker(FROM_SOURCES, { eval: true, execArgv: [], workerData: { ...data, sources } });
    } else {
      worker = new Worker(new URL('./prepare-worker.js', import.meta.url), { workerData: data });
    }
  } catch {
    return null;
  }
  return new Promise((resolve) => {
    const failed = () => {
      void worker.terminate();
      resolve(null);
    };
    worker.once('error', failed);
    worker.once('exit', failed);
    worker.once('message', (message: WorkerMessage) => {
      worker.off('error', failed);
      worker.off('exit', failed);
      if (message.kind === 'ready') resolve(worker);
      else failed();
    });
  });
}

/**
 * The file's header and prepared batches (`prepareBatches`), from a worker thread when `inWorker`
 * and the file is on disk and a worker loads here, else from this thread. The worker prepares a
 * batch against a credit of ids drawn from `ids` (two per row; those a batch leaves unused are
 * dropped), at most PREPARE_AHEAD batches ahead of the one taken.
 */
export async function* preparedRows(
  file: ImportFile,
  personalData: PersonalDataCipher,
  ids: () => string,
  request: Omit<PrepareRequest, 'pauseEvery'>,
  inWorker: boolean,
): AsyncGenerator<Prepared> {
  const worker =
    inWorker && file.path !== undefined
      ? await startWorker({
          path: file.path,
          name: file.name,
          key: personalData.keyForWorker(),
          request: { ...request, pauseEvery: 0 },
        })
      : null;
  if (worker === null) {
    yield* prepareBatches(file, personalData, ids, { ...request, pauseEvery: PREPARE_SLICE });
    return;
  }
  const inbox = new Inbox<WorkerMessage | Error>();
  worker.on('message', inbox.push);
  worker.on('error', inbox.push);
  worker.on('exit', (code) =>
    inbox.push(new Error(`the import's preparing worker stopped (exit code ${code})`)),
  );
  const credit = () => worker.postMessage({ ids: Array.from({ length: 2 * request.batchRows }, ids) });
  try {
    for (let n = 0; n < PREPARE_AHEAD; n++) credit();
    for (;;) {
      const message = await inbox.next();
      if (message instanceof Error) throw message;
      if (message.kind === 'end') return;
      if (message.kind === 'error') {
        if (message.code === null) throw new Error(message.message);
        throw new ImportFileError(message.code, message.message);
      }
      if (message.kind === 'ready') continue;
      if (message.kind === 'batch') {
        credit();
        // The importing thread writes the batch: its names' pinyin is found there, not computed again.
        for (const row of message.rows)
          if ('input' in row && row.prepared !== null) rememberPinyin(row.input.name, row.prepared.pinyin);
      }
      yield message;
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
