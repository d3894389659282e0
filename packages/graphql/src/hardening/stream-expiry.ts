// A stream that must end when its viewer's token expires ends then, not at its next event. A
// subscription checked its viewer before each event it sent, so one whose events had stopped (an
// import job waiting for its next batch, or stopped altogether) stayed open past the token's `exp`,
// holding its connection and its subscription slot with a token no other request would accept.
// Every subscription that needs its viewer's rights (memberImportProgress, electionTurnout) ends at
// the token's `exp` with UNAUTHENTICATED; the public ones (remaining places, organization changes)
// need no token and are left alone. A stream also ends, at once, when its viewer's tokens are revoked
// (auth/revocation.ts: a revocation made in this process, or read by its poll, covering the token's
// issue), with UNAUTHENTICATED saying so.

import type { Viewer } from '@gonghui/core';
import { GraphQLError } from 'graphql';
import { onTokenRevoked, revokedMessage, tokenExpiresAt } from '../auth/token.js';

/** The longest delay a Node timer takes (about 24.8 days); a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The end of a stream whose token expired at `expiresAt` (ms since the epoch). */
export function tokenExpiredError(expiresAt: number): GraphQLError {
  return new GraphQLError(
    `The token expired at ${new Date(expiresAt).toISOString()}: subscribe again with a new one`,
    { extensions: { code: 'UNAUTHENTICATED' } },
  );
}

/** The end of a stream whose viewer's tokens were revoked up to `cutoff` (whole seconds). */
export function tokenRevokedError(cutoff: number): GraphQLError {
  return new GraphQLError(`The stream ended: ${revokedMessage(cutoff)}`, {
    extensions: { code: 'UNAUTHENTICATED' },
  });
}

/**
 * The events of `source` until `viewer`'s token expires or is revoked (`untilExpiry` with its `exp`,
 * watching its subject's revocations; no end for the anonymous viewer).
 */
export function untilTokenExpiry<T>(viewer: Viewer, source: AsyncIterator<T>): AsyncGenerator<T> {
  const expiresAt = tokenExpiresAt(viewer);
  return untilExpiry(
    source,
    expiresAt,
    () => tokenExpiredError(expiresAt as number),
    (end) => onTokenRevoked(viewer, (cutoff) => end(tokenRevokedError(cutoff))),
  );
}

/**
 * The events of `source` until `expiresAt` (ms since the epoch; undefined: no end): once it has passed,
 * the iteration throws `expired()` — by a timer, so at once even while no event comes. `watch`, when
 * given, may end it earlier: it is handed the function that ends the iteration with an error and
 * returns the function that stops watching. The timer and the watch end however the iteration ends;
 * `source` itself is left to its owner to close.
 */
export async function* untilExpiry<T>(
  source: AsyncIterator<T>,
  expiresAt: number | undefined,
  expired: () => Error,
  watch?: (end: (error: Error) => void) => () => void,
): AsyncGenerator<T> {
  let timer: NodeJS.Timeout | undefined;
  let unwatch: (() => void) | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    unwatch = watch?.(reject);
    if (expiresAt === undefined) return;
    const arm = () => {
      const left = expiresAt - Date.now();
      if (left <= 0) reject(expired());
      else timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
    };
    arm();
  });
  deadline.catch(() => undefined);
  try {
    for (;;) {
      const next = await Promise.race([source.next(), deadline]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    clearTimeout(timer);
    unwatch?.();
  }
}
