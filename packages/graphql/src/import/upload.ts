// File uploads through the GraphQL multipart request spec
// (https://github.com/jaydenseric/graphql-multipart-request-spec), for `importMembers` only. yoga's own
// multipart parser holds every file in memory; this one streams the request through busboy
// (@fastify/busboy) and writes the file to the upload directory as it arrives, so a roster of any size
// up to the upload limit costs a chunk of memory. The `operations` field comes first (the spec says so):
// its document is checked before a byte of a file is written, and anything but the one mutation is
// refused. A file over the limit stops the request with 413 and its partial copy is deleted; a file no
// resolver took over (the request was refused, the viewer not allowed) is deleted when the answer leaves.

import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Busboy } from '@fastify/busboy';
import { GraphQLError, Kind, type OperationDefinitionNode, parse } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { ImportFile } from './source.js';

/** Default largest uploaded file: 256 MiB (a 1,048,576-row roster as CSV is ~80 MB, as XLSX less). */
export const DEFAULT_MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

/** The one mutation a multipart request may run. */
export const UPLOAD_MUTATION = 'importMembers';

/** A file received with a request and stored on disk until an import takes it over, or the answer leaves. */
export class UploadedFile {
  #claimed = false;

  /** A stored file: where it is, its name as the client gave it, its size in bytes. */
  constructor(
    readonly path: string,
    readonly name: string,
    readonly size: number,
  ) {}

  /** Takes the file over (the caller deletes it when done); it is then no longer deleted with the request. */
  claim(): ImportFile {
    this.#claimed = true;
    return { name: this.name, size: this.size, open: () => createReadStream(this.path) };
  }

  /** Whether an import took the file over. */
  get claimed(): boolean {
    return this.#claimed;
  }
}

/** A refused upload: HTTP status and a code, like the other request-level refusals. */
function refusal(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, http: { status }, ...extra } });
}

/** Where uploads go and how big they may be. */
export interface UploadOptions {
  /** The directory files are written to (created when missing). */
  readonly directory: string;
  /** Largest file in bytes. */
  readonly maxFileBytes: number;
  /** Largest `operations` and `map` fields in bytes (the request body limit of a plain request). */
  readonly maxFieldBytes: number;
  /**
   * Asked before a byte of the body is read: throws to refuse the request (src/hardening/upload-admission.ts),
   * else returns what to call once the body has been read.
   */
  readonly admit?: (request: Request) => Promise<() => void>;
}

/** The files of one request: every path written (whole or not) and the files received whole. */
interface RequestUploads {
  readonly paths: string[];
  readonly files: UploadedFile[];
}

/** The `multipart/form-data` content type, whatever its parameters. */
export function isMultipart(contentType: string | null | undefined): boolean {
  return contentType?.toLowerCase().startsWith('multipart/form-data') ?? false;
}

/** Throws unless `operations` is one operation whose only field is the upload mutation. */
function requireUploadMutation(operations: unknown): GraphQLParams {
  const params = operations as GraphQLParams;
  const wrong = refusal(
    400,
    'BAD_USER_INPUT',
    `multipart requests (file uploads) are accepted for the ${UPLOAD_MUTATION} mutation only; send other operations as JSON`,
  );
  if (typeof params !== 'object' || params === null || Array.isArray(params)) throw wrong;
  if (typeof params.query !== 'string') {
    throw refusal(
      400,
      'BAD_USER_INPUT',
      'the multipart field "operations" must hold the mutation\'s query text',
    );
  }
  let operationsOfDocument: OperationDefinitionNode[];
  try {
    operationsOfDocument = parse(params.query).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    throw wrong;
  }
  const chosen =
    operationsOfDocument.length === 1
      ? operationsOfDocument[0]
      : operationsOfDocument.find((o) => o.name?.value === params.operationName);
  const fields = chosen?.selectionSet.selections ?? [];
  const only = fields[0];
  if (
    chosen?.operation !== 'mutation' ||
    fields.length !== 1 ||
    only?.kind !== Kind.FIELD ||
    only.name.value !== UPLOAD_MUTATION
  ) {
    throw wrong;
  }
  return params;
}

/** Sets `value` at a dotted path of the spec's `map` (`variables.input.file`) inside `params`. */
function place(params: GraphQLParams, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: Record<string, unknown> = params as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null) {
      throw refusal(
        400,
        'BAD_USER_INPUT',
        `the multipart "map" names '${path}', which the operation does not have`,
      );
    }
    at = next as Record<string, unknown>;
  }
  at[keys[keys.length - 1] as string] = value;
}

/** Reads a multipart request: fields checked, the one file streamed to disk; returns the operation with the file in place. */
async function parseMultipart(
  request: Request,
  options: UploadOptions,
  stored: RequestUploads,
): Promise<GraphQLParams> {
  const contentType = request.headers.get('content-type') ?? '';
  if (request.body === null) throw refusal(400, 'BAD_USER_INPUT', 'the multipart request has no body');
  const release = (await options.admit?.(request)) ?? (() => {});
  try {
    return await readMultipart(request, contentType, options, stored);
  } finally {
    release();
  }
}

/** `parseMultipart` once the request is admitted. */
async function readMultipart(
  request: Request,
  contentType: string,
  options: UploadOptions,
  stored: RequestUploads,
): Promise<GraphQLParams> {
  await mkdir(options.directory, { recursive: true });
  const busboy = new Busboy({
    headers: { 'content-type': contentType },
    limits: {
      fieldSize: options.maxFieldBytes,
      fileSize: options.maxFileBytes,
      files: 1,
      fields: 2,
      parts: 3,
    },
  });
  let params: GraphQLParams | undefined;
  let map: Record<string, string[]> | undefined;
  let failure: unknown;
  const writes: Promise<void>[] = [];
  const fail = (error: unknown) => {
    failure ??= error;
  };
  busboy.on('field', (name, value, _nameTruncated, valueTruncated) => {
    if (valueTruncated) {
      fail(
        refusal(
          413,
          'REQUEST_ENTITY_TOO_LARGE',
          `the multipart field "${name}" is over ${options.maxFieldBytes} bytes`,
        ),
      );
      return;
    }
    try {
      if (name === 'operations') params = requireUploadMutation(JSON.parse(value));
      else if (name === 'map') map = JSON.parse(value) as Record<string, string[]>;
    } catch (error) {
      fail(
        error instanceof GraphQLError
          ? error
          : refusal(400, 'BAD_USER_INPUT', `the multipart field "${name}" is not JSON`),
      );
    }
  });
  busboy.on('file', (field, stream, filename) => {
    if (failure !== undefined || params === undefined || map === undefined) {
      fail(
        failure ??
          refusal(400, 'BAD_USER_INPUT', 'a multipart request sends "operations", then "map", then the file'),
      );
      // Skipped, but listened to: a body cut off inside this part errors the stream, and an 'error'
      // event nobody hears ends the process (the pipeline below reports the cut-off body).
      stream.on('error', () => {});
      stream.resume();
      return;
    }
    const path = join(options.directory, `${randomUUID()}.upload`);
    stored.paths.push(path);
    writes.push(
      (async () => {
        let tooLarge = false;
        stream.on('limit', () => {
          tooLarge = true;
        });
        await pipeline(stream, createWriteStream(path));
        if (tooLarge) {
          throw refusal(
            413,
            'REQUEST_ENTITY_TOO_LARGE',
            `the uploaded file is over ${options.maxFileBytes} bytes (GONGHUI_MAX_UPLOAD_BYTES); split the roster ` +
              'or import it with the CLI (gonghui import members)',
            { maxBytes: options.maxFileBytes },
          );
        }
        const file = new UploadedFile(path, filename || 'upload', stream.bytesRead);
        stored.files.push(file);
        for (const target of map?.[field] ?? []) place(params as GraphQLParams, target, file);
      })().catch(fail),
    );
  });
  busboy.on('filesLimit', () => fail(refusal(400, 'BAD_USER_INPUT', 'an import takes one file')));
  busboy.on('partsLimit', () =>
    fail(refusal(400, 'BAD_USER_INPUT', 'an import takes operations, map and one file')),
  );
  try {
    await pipeline(Readable.from(request.body as unknown as AsyncIterable<Uint8Array>), busboy);
  } catch (error) {
    fail(refusal(400, 'BAD_USER_INPUT', `the multipart body cannot be read: ${(error as Error).message}`));
  }
  await Promise.all(writes);
  if (failure !== undefined) throw failure;
  if (params === undefined)
    throw refusal(400, 'BAD_USER_INPUT', 'the multipart request has no "operations" field');
  return params;
}

/**
 * The upload plugin: multipart requests to the GraphQL endpoint are parsed by `parseMultipart` (file to
 * disk, operation checked); files no import claimed are deleted when the response is sent.
 */
export function uploadPlugin(options: UploadOptions): Plugin {
  const byRequest = new WeakMap<Request, RequestUploads>();
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST' || !isMultipart(request.headers.get('content-type'))) return;
      const stored: RequestUploads = { paths: [], files: [] };
      byRequest.set(request, stored);
      setRequestParser((req) => parseMultipart(req, options, stored));
    },
    async onResponse({ request }) {
      const stored = byRequest.get(request);
      if (stored === undefined) return;
      const kept = new Set(stored.files.filter((f) => f.claimed).map((f) => f.path));
      await Promise.all(stored.paths.filter((p) => !kept.has(p)).map((p) => rm(p, { force: true })));
    },
  };
}
