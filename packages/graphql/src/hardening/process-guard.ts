// What a serving process does with an error nothing waited for. Node 20 ends the process on an
// unhandled promise rejection and on an uncaught exception, which turns one request's stray fault
// into an outage of every request: graphql-js 16 leaves an earlier list item's late rejection
// unhandled when a later item of a non-null list throws at once (completeListValue returns without
// waiting for the items it had started), and a stream's 'error' event with no listener is thrown as
// an uncaught exception (a multipart upload cut off inside a file part the parser was told to skip
// did that: test/attack-serve.test.ts). Once `serve` is listening, such an error is logged through
// the server's logger (level error, the error serialized, `unhandled: 'rejection' | 'exception'`)
// and the server keeps serving. Before it is listening nothing is guarded: a failure while starting
// ends the process with its message and exit code 1, as before.

import type { Logger } from '../observe/log.js';

/** The process events the guard handles. */
const EVENTS = ['unhandledRejection', 'uncaughtException'] as const;

/**
 * Logs every unhandled rejection and uncaught exception of `target` (the process) through `logger`
 * and keeps the process running; returns a function that removes the handlers. Install it once the
 * server listens, so that startup failures still end the process.
 */
export function guardServingProcess(logger: Logger, target: NodeJS.EventEmitter = process): () => void {
  const onRejection = (reason: unknown) => {
    logger.error(
      { unhandled: 'rejection', err: reason },
      `a promise rejected with nothing waiting for it (kept serving): ${describe(reason)}`,
    );
  };
  const onException = (error: unknown) => {
    logger.error(
      { unhandled: 'exception', err: error },
      `an exception reached the event loop (kept serving): ${describe(error)}`,
    );
  };
  target.on(EVENTS[0], onRejection);
  target.on(EVENTS[1], onException);
  return () => {
    target.off(EVENTS[0], onRejection);
    target.off(EVENTS[1], onException);
  };
}

/** One line for the log message: an error's message, or the value as a string. */
function describe(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
