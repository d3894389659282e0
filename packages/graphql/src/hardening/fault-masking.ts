import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

/** True for an error a resolver did not raise on purpose (anything but a GraphQLError): a fault. */
function isFault(error: GraphQLError): boolean {
  return error.originalError !== undefined && !(error.originalError instanceof GraphQLError);
}

/** The masked form of a fault: where it happened (when known), the request id, never what it was. */
export function maskedFault(located: GraphQLError | undefined, requestId: string): GraphQLError {
  return new GraphQLError(`Unexpected error. (request id ${requestId})`, {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  });
}

/**
 * Production fault masking inside execution, where the request's context is known: every fault
 * is logged with the request's id (the one the audit log records) and answered masked with it.
 */
export function faultMaskingPlugin(log: (requestId: string, error: unknown) => void): Plugin<Context> {
  return {
    onExecute: () => ({
      onExecuteDone({ args, result, setResult }) {
        if (!('errors' in result) || !result.errors?.some(isFault)) return;
        const { requestId } = args.contextValue as Context;
        setResult({
          ...result,
          errors: result.errors.map((error) => {
            if (!isFault(error)) return error;
            log(requestId, error.originalError);
            return maskedFault(error, requestId);
          }),
        });
      },
    }),
  };
}
