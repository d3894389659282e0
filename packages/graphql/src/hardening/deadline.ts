// The per-request deadline: a query still executing when it passes is answered at once with a
// REQUEST_TIMEOUT error, and its resolvers that have not started yet never start (edge-plugin.ts).
// Each SQL statement is bounded by the database's statement_timeout (store/database.ts) besides.
// Mutations are not cut short: a write that commits must be answered as a success, so they are
// bounded by statement_timeout alone.

import { type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { deadlineError, type EdgeContext } from './edge-plugin.js';

/** Default per-request deadline in milliseconds (`GONGHUI_REQUEST_TIMEOUT_MS`). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** PostgreSQL's SQLSTATE for a statement cancelled by `statement_timeout`. */
const QUERY_CANCELED = '57014';

/** True when `error` (or what it wraps: a cause, Prisma's driver-adapter error) is a statement cancelled by `statement_timeout`. */
export function isStatementTimeout(error: unknown, depth = 0): boolean {
  if (depth > 4 || error === null || typeof error !== 'object') return false;
  const e = error as {
    code?: unknown;
    originalCode?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (e.code === QUERY_CANCELED || e.originalCode === QUERY_CANCELED) return true;
  return isStatementTimeout(e.cause, depth + 1) || isStatementTimeout(e.meta?.driverAdapterError, depth + 1);
}

/** The error a statement cut short by `statement_timeout` is answered with (REQUEST_TIMEOUT, where it happened). */
function statementTimeoutError(error: GraphQLError): GraphQLError {
  return new GraphQLError(
    'A database statement of this request ran past the statement timeout and was cancelled: ask for less (smaller pages, fewer nested lists)',
    { nodes: error.nodes, path: error.path, extensions: { code: 'REQUEST_TIMEOUT' } },
  );
}

/**
 * Answers a query still running at its context's `deadline` with REQUEST_TIMEOUT, and a statement the
 * database cancelled (statement_timeout) with REQUEST_TIMEOUT instead of a fault.
 */
export function deadlinePlugin(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const done = {
        onExecuteDone({
          result,
          setResult,
        }: {
          result: unknown;
          setResult: (result: ExecutionResult) => void;
        }) {
          const { errors } = result as ExecutionResult;
          if (!errors?.some((error) => isStatementTimeout(error.originalError))) return;
          setResult({
            ...(result as ExecutionResult),
            errors: errors.map((error) =>
              isStatementTimeout(error.originalError) ? statementTimeoutError(error) : error,
            ),
          });
        },
      };
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return done;
      setExecuteFn(async (execution) => {
        const { deadline } = execution.contextValue as EdgeContext;
        if (deadline.passed) return { errors: [deadlineError(deadline)] };
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => resolve({ errors: [deadlineError(deadline)] }), deadline.remaining);
        });
        try {
          return await Promise.race([executeFn(execution), timedOut]);
        } finally {
          clearTimeout(timer);
        }
      });
      return done;
    },
  };
}
