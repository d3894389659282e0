// The HTTP fast path of the compiled read path (issue 9): in front of yoga, on node:http, it answers a
// POSTed query whose document yoga has already parsed, validated and found compilable (plugin.ts
// `CompiledReads.validated`, by the document's text), without yoga's fetch-API layer and envelop's
// orchestration — ~40% of a compiled read's Node CPU. It does what the pipeline does for such a
// request, with the same functions: the token check (auth/token.ts), the rate limit (counted once),
// the cost and list limits (armor.ts, with the variables), the statement built per request, read
// routing to a replica, the deadline, the request id (echoed as X-Request-Id), CORS headers, the
// content type asked for, and the request log line. Anything else — another path, method, content
// type or Accept, a chunked or oversized body, a document not yet seen, an unknown body field, an
// Idempotency-Key, a refused token, limit or argument, a statement that fails or finds a cursor off
// its list — is handed to yoga with the body it read, and yoga answers exactly as before (a deadline
// that passed here is the same deadline there). test/compiled-reads.test.ts runs its differential
// over HTTP against a server without the compiled path: same status, headers and bytes.
//
// It runs the known mutations too (plugin.ts `fastMutation`: `enroll`, `cancelEnrollment`, one per
// document, once yoga validated the document): after the same checks — token, Idempotency-Key's
// form, rate limit, the cost and list limits and the variables' types — it executes the operation
// with graphql-js on the schema and the context yoga would have built (server.ts `contextOf`), so
// scope-auth, the input guard, core's rules, errors as data, the idempotent answer, the audit
// entries and the publish after commit are the very same code. It answers a result without errors
// itself; one with errors (a refusal of scope-auth, an id of another type, a fault in the command or
// in the answer's fields after it committed, a field of the answer refused) it hands to yoga with the
// result (plugin.ts `CompiledReads.executed`): yoga's execution returns that result instead of
// running the mutation a second time, and yoga's pipeline answers it as it answers its own — status,
// masking of faults (logged once), headers, the request line. test/enrollment-fast-path.test.ts
// compares both paths, one answer with an error after the enrollment committed among them.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '@gonghui/core';
import { execute, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { TokenRevocations } from '../auth/revocation.js';
import { type AuthConfig, TokenError, viewerFromAuthorization } from '../auth/token.js';
import type { Context } from '../context.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { LimitedExecution } from '../hardening/armor.js';
import { type CursorSeal, Deadline } from '../hardening/edge-plugin.js';
import { type Logger, requestIdFrom, writeRequestLine } from '../observe/log.js';
import { IDEMPOTENCY_KEY_PATTERN } from '../store/idempotency.js';
import { type CompiledReads, fastMutation, runCompiled } from './plugin.js';

/** What the fast path shares with the server's yoga pipeline. */
export interface FastPathOptions {
  readonly schema: GraphQLSchema;
  readonly reads: CompiledReads;
  readonly auth: AuthConfig;
  /** The token revocations the viewer is checked against (auth/revocation.ts). */
  readonly revocations?: TokenRevocations;
  /** The GraphQL endpoint's path. */
  readonly endpoint: string;
  readonly maxBodyBytes: number;
  readonly cursors: CursorSeal;
  readonly requestTimeoutMs: number;
  readonly logger: Logger;
  /** The cost and list limits of a request (armor.ts `cachedRequestLimits`, the pipeline's own instance). */
  readonly limitErrors: (execution: LimitedExecution) => readonly GraphQLError[];
  /** The rate limiter and the key of a request, when requests are limited. */
  readonly rateLimit?: {
    readonly limiter: RateLimiterAbstract;
    readonly keyOf: (viewer: Viewer, req: IncomingMessage) => string;
  };
  /** The client a query of `viewer` reads from (a replica unless they wrote recently: read-routing.ts). */
  readonly readClient: (viewer: Viewer) => Promise<PrismaClient>;
  /** The context yoga builds for a request (server.ts), in which a fast mutation runs. */
  readonly contextOf: (
    viewer: Viewer,
    requestId: string,
    idempotencyKey: string | null,
    deadline: Deadline,
  ) => Context;
  /** With read replicas: marks `subject` as a recent writer (read-routing.ts), before and after a mutation. */
  readonly wrote?: (subject: string) => Promise<void>;
}

/** What a request handed to yoga carries from the fast path. */
export interface HandedOver {
  /** The request counted against the rate limit already. */
  readonly counted: boolean;
  /** The request's deadline, already running. */
  readonly deadline?: Deadline;
}

/** Response content types by the Accept values the fast path answers (as yoga negotiates them). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '': 'application/json; charset=utf-8',
  '*/*': 'application/json; charset=utf-8',
  'application/json': 'application/json; charset=utf-8',
  'application/graphql-response+json': 'application/graphql-response+json; charset=utf-8',
};

/** A POST body the fast path takes: only these fields, of these types. */
interface Params {
  readonly query: string;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
}

/** The body's params when it holds nothing but a query, variables (an object) and an operation name. */
function paramsOf(body: string): Params | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  for (const key of Object.keys(parsed)) {
    if (key !== 'query' && key !== 'variables' && key !== 'operationName') return null;
  }
  const { query, variables, operationName } = parsed as Record<string, unknown>;
  if (typeof query !== 'string') return null;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  return parsed as Params;
}

/**
 * The fast path's request handler: `handle(req, res, yoga)` answers the request itself, or passes it to
 * `yoga` (with the body read so far as `req.body`, which @whatwg-node/server takes as the body).
 */
export class CompiledFastPath {
  /** Requests handed to yoga after the fast path began them (read by the server's context and rate limit). */
  readonly handedOver = new WeakMap<IncomingMessage, HandedOver>();
  /** Requests it answered itself. */
  answered = 0;

  /** The fast path over a server's pipeline parts. */
  constructor(private readonly options: FastPathOptions) {}

  /** Answers `req` or hands it to `yoga`. */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    yoga: (req: IncomingMessage, res: ServerResponse) => void,
  ): void {
    const { headers } = req;
    const length = Number(headers['content-length']);
    const accept = headers.accept ?? '';
    if (
      req.method !== 'POST' ||
      req.url !== this.options.endpoint ||
      !/^application\/json(;\s*charset=utf-8)?$/i.test(headers['content-type'] ?? '') ||
      !(length > 0 && length <= this.options.maxBodyBytes) ||
      CONTENT_TYPES[accept] === undefined
    ) {
      yoga(req, res);
      return;
    }
    const started = performance.now();
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
    });
    req.once('end', () => {
      const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, received);
      const handOver = (over: HandedOver = { counted: false }) => {
        this.handedOver.set(req, over);
        (req as IncomingMessage & { body?: Buffer }).body = body;
        yoga(req, res);
      };
      this.#answer(req, res, body, started, accept).then(
        (answered) => {
          if (answered !== true) handOver(answered);
        },
        // Before the answer is written yoga answers (and reports) what failed; after it, only the log line can have.
        (error: unknown) => {
          if (!res.headersSent) handOver();
          else this.options.logger.error({ err: error }, 'fault after a fast-path answer');
        },
      );
    });
  }

  /** Answers a read or a fast mutation; otherwise says what yoga is handed (true: answered). */
  async #answer(
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    started: number,
    accept: string,
  ): Promise<true | HandedOver> {
    const notAnswered: HandedOver = { counted: false };
    const params = paramsOf(body.toString('utf8'));
    const document = params && this.options.reads.validated(params.query);
    if (!params || !document) return notAnswered;
    const given = req.headers['idempotency-key'];
    // Repeated, the header's values joined as fetch's Headers join them for yoga.
    const key = Array.isArray(given) ? given.join(', ') : given;
    const mutation = fastMutation(document, params.operationName);
    const compiler = this.options.reads.compiler(this.options.schema);
    // A read with an Idempotency-Key is yoga's (it checks the key's form); a mutation's key of another form too.
    const candidate =
      mutation || key !== undefined ? undefined : compiler.candidate(document, params.operationName);
    if (!candidate && !(mutation && (key === undefined || IDEMPOTENCY_KEY_PATTERN.test(key))))
      return notAnswered;
    let viewer: Viewer;
    try {
      viewer = await viewerFromAuthorization(
        req.headers.authorization ?? null,
        this.options.auth,
        this.options.revocations,
      );
    } catch (error) {
      if (error instanceof TokenError) return notAnswered;
      throw error;
    }
    const { rateLimit } = this.options;
    if (rateLimit) {
      try {
        await rateLimit.limiter.consume(rateLimit.keyOf(viewer, req));
      } catch {
        return notAnswered; // yoga counts it again and answers 429
      }
    }
    const counted: HandedOver = { counted: rateLimit !== undefined };
    const variables = params.variables ?? {};
    const limited = this.options.limitErrors({
      schema: this.options.schema,
      document,
      variableValues: variables,
      operationName: params.operationName ?? null,
      contextValue: {},
    });
    if (limited.length > 0) return counted;
    const deadline = new Deadline(this.options.requestTimeoutMs);
    const requestId = requestIdFrom(req.headers['x-request-id']);
    let json: string | null | 'late';
    if (mutation) {
      const { subject } = viewer;
      if (subject !== null) await this.options.wrote?.(subject);
      const result = await execute({
        schema: this.options.schema,
        document,
        variableValues: variables,
        operationName: params.operationName ?? null,
        contextValue: this.options.contextOf(viewer, requestId, key ?? null, deadline),
      });
      if (subject !== null) void this.options.wrote?.(subject);
      // yoga answers it without running it again (with the same request id when the client named it): see above.
      if (result.errors) {
        this.options.reads.executed.set(req, result);
        return { ...counted, deadline };
      }
      json = JSON.stringify(result);
    } else {
      const { cursors } = this.options;
      const compiled =
        candidate &&
        compiler.build(candidate, variables, (sealed, argument, list) =>
          cursors.open(sealed, argument, list),
        );
      if (!compiled) return counted;
      const prisma = await this.options.readClient(viewer);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        // A timer may fire up to a millisecond early: past it the deadline has surely passed, so yoga,
        // handed the request, answers REQUEST_TIMEOUT without running the statement again.
        timer = setTimeout(() => resolve('late'), Math.ceil(deadline.remaining) + 1);
      });
      try {
        json = await Promise.race([runCompiled(compiled, { prisma, cursors }), late]);
      } catch {
        json = null;
      } finally {
        clearTimeout(timer);
      }
      // Past the deadline yoga answers REQUEST_TIMEOUT at once; a failed statement or a cursor off its
      // list yoga runs (and counts) again, then runs the normal path.
      if (json === 'late' || json === null) return { ...counted, deadline };
    }
    const responseHeaders: Record<string, string | number> = {
      'content-type': CONTENT_TYPES[accept] as string,
      'content-length': Buffer.byteLength(json),
    };
    const origin = req.headers.origin;
    if (origin !== undefined) {
      responseHeaders['access-control-allow-origin'] = origin;
      responseHeaders.vary = 'Origin';
      responseHeaders['access-control-allow-credentials'] = 'true';
    }
    responseHeaders['x-request-id'] = requestId;
    res.writeHead(200, responseHeaders);
    res.end(json);
    this.answered += 1;
    const operation = mutation ?? candidate?.operation;
    writeRequestLine(this.options.logger, {
      requestId,
      method: 'POST',
      path: this.options.endpoint,
      operation: operation?.name?.value ?? null,
      operationType: mutation ? 'mutation' : 'query',
      status: 200,
      started,
      viewer: viewer.subject,
    });
    return true;
  }
}
