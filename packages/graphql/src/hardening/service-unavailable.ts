import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isDatabaseUnavailable } from '../store/db-errors.js';

/** Seconds a client should wait before retrying a request the database could not serve. */
export const RETRY_AFTER_SECONDS = 1;

/**
 * The answer to a request the database could not serve: `extensions.code: 'SERVICE_UNAVAILABLE'`,
 * HTTP 503 with Retry-After. Whatever a mutation committed before the failure, a retry with the
 * same Idempotency-Key answers it without doing it twice.
 */
export function serviceUnavailable(located?: GraphQLError): GraphQLError {
  return new GraphQLError(
    'The database is unavailable; retry the request (mutations: with the same Idempotency-Key).',
    {
      nodes: located?.nodes,
      path: located?.path,
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
      },
    },
  );
}

/**
 * Turns every error caused by an unavailable database (in a resolver, or in a permission check
 * that reads the tree) into `serviceUnavailable`, before faults are masked: the client learns to
 * retry, never a FORBIDDEN or an INTERNAL_SERVER_ERROR for what was the database's outage.
 */
export function serviceUnavailablePlugin(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone({ result, setResult }) {
        if (!('errors' in result) || !result.errors?.some((e) => isDatabaseUnavailable(e.originalError)))
          return;
        setResult({
          ...result,
          errors: result.errors.map((e) =>
            isDatabaseUnavailable(e.originalError) ? serviceUnavailable(e) : e,
          ),
        });
      },
    }),
  };
}
