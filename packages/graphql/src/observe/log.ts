// Structured logs with pino: one line per request (request id, operation, status, duration, viewer
// subject, error codes) and the server's own events. Never variables, documents, error messages or
// anything else a client sent: those may carry personal data (ID numbers, phones, names).

import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type DestinationStream, type Logger, pino } from 'pino';
import PinoPretty from 'pino-pretty';
import type { Config } from '../config.js';

export type { Logger } from 'pino';

/** The logger of `gonghui serve` and the CLI, as configured: JSON lines on stderr, or pino-pretty for people. */
export function createLogger(
  config: Pick<Config, 'GONGHUI_LOG_LEVEL' | 'GONGHUI_LOG_FORMAT' | 'NODE_ENV'>,
  destination: DestinationStream & { isTTY?: boolean } = process.stderr,
): Logger {
  const format =
    config.GONGHUI_LOG_FORMAT ??
    (config.NODE_ENV !== 'production' && destination.isTTY === true ? 'pretty' : 'json');
  const options = { name: 'gonghui', level: config.GONGHUI_LOG_LEVEL };
  if (format === 'json') return pino(options, destination);
  // Synchronous, in this thread (no transport worker): lines are out before the process exits.
  return pino(options, PinoPretty({ destination, sync: true, ignore: 'pid,hostname,name' }));
}

/** The logger of a server built without one: warnings and faults as JSON lines on stderr. */
export function defaultLogger(): Logger {
  return pino({ name: 'gonghui', level: 'warn' });
}

/** pino's number of the `info` level. */
const INFO = pino.levels.values.info as number;

/** What the request log learns about a request while it is served. */
interface RequestFacts {
  readonly started: number;
  operation?: string | null;
  operationType?: string;
  errorCodes?: string[];
}

/** How the request log finds the request id and the viewer of a request (both kept by the server). */
export interface RequestIdentity {
  /** The request's id (X-Request-Id when usable, else generated). */
  requestIdOf(request: Request): string;
  /** The verified token's subject; null when anonymous, undefined when the token was not (or could not be) verified. */
  subjectOf(request: Request): Promise<string | null | undefined>;
}

/** A request's id: the caller's X-Request-Id when it is a short plain token, else a new UUID. */
export function requestIdFrom(given: string | string[] | null | undefined): string {
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** What a request's log line says. */
export interface RequestLine {
  readonly requestId: string;
  readonly method: string;
  readonly path: string;
  readonly operation: string | null | undefined;
  readonly operationType: string | undefined;
  readonly status: number;
  /** `performance.now()` when the request began. */
  readonly started: number;
  readonly viewer: string | null | undefined;
  readonly errors?: string[] | undefined;
}

/** Writes a request's line: at `info`, or at `debug` when `quiet` (health checks, metric scrapes). */
export function writeRequestLine(logger: Logger, request: RequestLine, quiet = false): void {
  if (logger.levelVal > INFO) return;
  const { started, ...facts } = request;
  const line = {
    requestId: facts.requestId,
    method: facts.method,
    path: facts.path,
    operation: facts.operation,
    operationType: facts.operationType,
    status: facts.status,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    viewer: facts.viewer,
    errors: facts.errors,
  };
  if (quiet) logger.debug(line, 'request');
  else logger.info(line, 'request');
}

/**
 * Writes one `info` line per request when its response is ready (health and metrics scrapes at
 * `debug`): request id, method, path, operation name and type, HTTP status, duration in ms, the
 * viewer's subject and the `extensions.code` of any errors. Echoes the request id as `X-Request-Id`.
 */
export function requestLogPlugin(logger: Logger, identity: RequestIdentity, quietPaths: string[]): Plugin {
  const facts = new WeakMap<Request, RequestFacts>();
  return {
    onRequest({ request }) {
      // Below `info` (e.g. GONGHUI_LOG_LEVEL=warn) no request line is written: nothing is gathered.
      if (logger.levelVal <= INFO) facts.set(request, { started: performance.now() });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const known = request && facts.get(request);
      if (!known) return;
      const operation = getOperationAST(args.document, args.operationName);
      known.operation = operation?.name?.value ?? null;
      known.operationType = operation?.operation;
    },
    onResultProcess({ request, result }) {
      const known = facts.get(request);
      const errors = known && !Array.isArray(result) && 'errors' in result ? result.errors : undefined;
      if (known && errors?.length) {
        known.errorCodes = errors.map((error) => String(error.extensions?.code ?? 'ERROR'));
      }
    },
    async onResponse({ request, response }) {
      const requestId = identity.requestIdOf(request);
      response.headers.set('x-request-id', requestId);
      const known = facts.get(request);
      if (!known) return;
      const path = new URL(request.url).pathname;
      writeRequestLine(
        logger,
        {
          requestId,
          method: request.method,
          path,
          operation: known.operation,
          operationType: known.operationType,
          status: response.status,
          started: known.started,
          viewer: await identity.subjectOf(request),
          errors: known.errorCodes,
        },
        quietPaths.includes(path),
      );
    },
  };
}
