// The public API of @gonghui/client: the generated documents and types, and a small fetch client.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, type GraphQLFormattedError, print } from 'graphql';
import { createClient as createSseClient, type RequestParams } from 'graphql-sse';

export type { TypedDocumentNode } from '@graphql-typed-document-node/core';
export * from './generated/graphql.js';

// The public types below name no DOM or Node type (`Headers`, `AbortSignal`, `fetch`), so that a
// consumer type-checks them with any `lib`; the global `fetch`, `Headers` and `AbortSignal` fit them.

/** Headers: a plain object, or name/value pairs such as a `Headers` or an array of pairs. */
export type HeadersLike = Readonly<Record<string, string>> | Iterable<readonly [string, string]>;

/** The environment's `AbortSignal` where its types declare one (DOM or Node), else its `aborted` flag. */
export type AbortSignalLike = typeof globalThis extends { AbortSignal: { prototype: infer Signal } }
  ? Signal
  : { readonly aborted: boolean };

/** The environment's `FormData` where its types declare one (DOM or Node 18+). */
export type FormDataLike = typeof globalThis extends { FormData: { prototype: infer Form } } ? Form : never;

/** What the client passes to `fetch`: a JSON body, or a multipart one when the variables hold a file. */
export interface FetchInit {
  readonly method: 'POST';
  readonly headers: Record<string, string>;
  readonly body: string | FormDataLike;
  readonly signal?: AbortSignalLike;
}

/** The part of a `fetch` response the client reads. */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  text(): Promise<string>;
}

/** The `fetch` the client calls: the global `fetch` of browsers, Node 18+, Deno and Bun fits. */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** Options of `createClient`. */
export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  readonly url: string | { readonly href: string };
  /** The fetch to use (default: the global `fetch`). */
  readonly fetch?: FetchLike;
  /** Headers sent with every request (e.g. `authorization`); a function is called per request. */
  readonly headers?: HeadersLike | (() => HeadersLike | Promise<HeadersLike>);
  /**
   * Send each operation as its persisted-document hash (`documentId`) instead of its text, for a
   * server in persisted-documents mode (`GONGHUI_PERSISTED_DOCUMENTS=only`). Default: false.
   */
  readonly persistedDocuments?: boolean;
}

/** Per-request options of `GonghuiClient.request`. */
export interface RequestOptions {
  /** Extra headers of this request; they override the client's headers. */
  readonly headers?: HeadersLike;
  /** Aborts the request. */
  readonly signal?: AbortSignalLike;
}

/**
 * The variables argument of an operation: required when the operation has a required variable,
 * optional when every variable is optional or there is none.
 */
export type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

/** A client of one gonghui GraphQL endpoint. */
export interface GonghuiClient {
  /** The endpoint this client posts to. */
  readonly url: string;
  /**
   * Runs one operation and resolves with its `data`. Rule violations come back as data (the
   * payload's `errors`); faults, bad requests and non-2xx responses reject with a `GonghuiClientError`.
   */
  request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgument<TVariables>
  ): Promise<TResult>;
  /**
   * Runs a subscription over Server-Sent Events (GraphQL over SSE, distinct connections mode, with
   * graphql-sse) and yields each event's `data` until the server completes it or the loop stops
   * (`break`, `return()`, the signal). Top-level errors reject with a `GonghuiClientError`.
   */
  subscribe<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgument<TVariables>
  ): AsyncIterableIterator<TResult>;
}

/** The body of a GraphQL response over HTTP. */
interface GraphQLResponseBody {
  data?: unknown;
  errors?: readonly GraphQLFormattedError[];
}

/** A request that failed: top-level GraphQL errors, a non-2xx status, or a response that is not GraphQL. */
export class GonghuiClientError extends Error {
  override readonly name = 'GonghuiClientError';
  /** The top-level GraphQL `errors` of the response (empty when there were none). */
  readonly errors: readonly GraphQLFormattedError[];
  /** The HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** The `data` that came with the errors, if any (a partial result). */
  readonly data: unknown;

  /** Builds the error from what the server answered. */
  constructor(
    message: string,
    details: { errors?: readonly GraphQLFormattedError[]; status: number; data?: unknown; cause?: unknown },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.errors = details.errors ?? [];
    this.status = details.status;
    this.data = details.data ?? null;
  }
}

const printed = new WeakMap<DocumentNode, string>();

/** The query text of a document, printed once per document. */
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** The name of the document's (first) operation, sent as `operationName`. */
function operationName(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

/** How the request names the operation: its text, or the hash codegen gave it (`__meta__.hash`). */
function documentFields(
  document: DocumentNode,
  persisted: boolean,
): { query: string } | { documentId: string } {
  if (!persisted) return { query: queryText(document) };
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') {
    throw new GonghuiClientError(
      'gonghui: the document has no persisted hash (only generated documents do)',
      {
        status: 0,
      },
    );
  }
  return { documentId: hash };
}

/** A file among the variables: a `Blob` (a `File` keeps its name). */
function isFile(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

/** The variables with every file replaced by null, and the files by their path (`variables.input.file`). */
function extractFiles(value: unknown, path: string, files: Map<string, Blob>): unknown {
  if (isFile(value)) {
    files.set(path, value);
    return null;
  }
  if (Array.isArray(value)) return value.map((item, index) => extractFiles(item, `${path}.${index}`, files));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, extractFiles(item, `${path}.${key}`, files)]),
    );
  }
  return value;
}

/**
 * The body of an operation: JSON, or — when the variables hold files (`importMembers`) — a multipart
 * body by the GraphQL multipart request spec (`operations`, `map`, then the files).
 */
function requestBody(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  persisted: boolean,
): string | FormDataLike {
  const files = new Map<string, Blob>();
  const withoutFiles = extractFiles(variables, 'variables', files);
  const operation = {
    // A file goes with the query text: the server checks the operation before it stores the file.
    ...documentFields(document, persisted && files.size === 0),
    operationName: operationName(document),
  };
  if (files.size === 0) return JSON.stringify({ ...operation, variables });
  const form = new FormData();
  form.append('operations', JSON.stringify({ ...operation, variables: withoutFiles }));
  form.append(
    'map',
    JSON.stringify(Object.fromEntries([...files.keys()].map((path, i) => [String(i), [path]]))),
  );
  [...files.values()].forEach((file, i) => {
    form.append(String(i), file, 'name' in file && typeof file.name === 'string' ? file.name : 'upload');
  });
  return form as FormDataLike;
}

/** Creates a client that posts operations as JSON to a gonghui GraphQL endpoint (multipart when a variable is a file). */
export function createClient(options: ClientOptions): GonghuiClient {
  const url = typeof options.url === 'string' ? options.url : options.url.href;
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  /** The client's headers, then the request's over them. */
  async function headersOf(requestOptions: RequestOptions): Promise<Headers> {
    const headers = new Headers(
      (typeof options.headers === 'function' ? await options.headers() : options.headers) as HeadersInit,
    );
    for (const [name, value] of new Headers(requestOptions.headers as HeadersInit)) headers.set(name, value);
    return headers;
  }
  /** The body fields naming the operation and its variables. */
  function operation(document: DocumentNode, variables?: Record<string, unknown>) {
    return {
      ...documentFields(document, options.persistedDocuments ?? false),
      operationName: operationName(document),
      variables,
    };
  }
  async function request(
    document: DocumentNode,
    variables?: Record<string, unknown>,
    requestOptions: RequestOptions = {},
  ): Promise<unknown> {
    const headers = await headersOf(requestOptions);
    const payload = requestBody(document, variables, options.persistedDocuments ?? false);
    if (typeof payload === 'string') headers.set('content-type', 'application/json');
    else headers.set('x-graphql-csrf', '1'); // fetch sets the multipart content type with its boundary
    if (!headers.has('accept')) headers.set('accept', 'application/graphql-response+json, application/json');
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: Object.fromEntries(headers),
      body: payload,
      ...(requestOptions.signal === undefined ? {} : { signal: requestOptions.signal }),
    });
    const text = await response.text();
    let body: GraphQLResponseBody | undefined;
    try {
      body = JSON.parse(text) as GraphQLResponseBody;
    } catch (cause) {
      throw new GonghuiClientError(
        `gonghui: HTTP ${response.status}: the response is not JSON: ${text.slice(0, 200)}`,
        { status: response.status, cause },
      );
    }
    const errors = Array.isArray(body?.errors) ? body.errors : [];
    if (errors.length > 0 || !response.ok || body === null || typeof body !== 'object') {
      const summary = errors.map((error) => error.message).join('; ') || response.statusText || 'no data';
      throw new GonghuiClientError(`gonghui: HTTP ${response.status}: ${summary}`, {
        errors,
        status: response.status,
        data: body?.data,
      });
    }
    if (body.data === undefined || body.data === null) {
      throw new GonghuiClientError(`gonghui: HTTP ${response.status}: the response has no data`, {
        status: response.status,
      });
    }
    return body.data;
  }
  async function* subscribe(
    document: DocumentNode,
    variables?: Record<string, unknown>,
    requestOptions: RequestOptions = {},
  ): AsyncGenerator<unknown> {
    const headers = Object.fromEntries(await headersOf(requestOptions));
    // One connection per subscription, no reconnecting: a dropped stream ends the loop with an error.
    const sse = createSseClient({ url, headers, retryAttempts: 0 });
    const events = sse.iterate(operation(document, variables) as RequestParams);
    const signal = requestOptions.signal as {
      addEventListener?: (type: 'abort', listener: () => void) => void;
    };
    signal?.addEventListener?.('abort', () => void events.return?.());
    try {
      for await (const result of events) {
        const errors = result.errors ?? [];
        if (errors.length > 0 || result.data == null) {
          const summary = errors.map((error) => error.message).join('; ') || 'no data';
          throw new GonghuiClientError(`gonghui: subscription: ${summary}`, {
            errors: errors as readonly GraphQLFormattedError[],
            status: 200,
            data: result.data,
          });
        }
        yield result.data;
      }
    } catch (cause) {
      if (cause instanceof GonghuiClientError) throw cause;
      throw new GonghuiClientError(`gonghui: subscription failed: ${String(cause)}`, { status: 0, cause });
    } finally {
      await events.return?.();
      sse.dispose();
    }
  }
  return {
    url,
    request: request as GonghuiClient['request'],
    subscribe: subscribe as GonghuiClient['subscribe'],
  };
}
