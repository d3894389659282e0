// A stream that must end when its viewer's token expires ends then, not at its next event. A
// subscription checked its viewer before each event it sent, so one whose events had stopped (an
// import job waiting for its next batch, or stopped altogether) stayed open past the token's `exp`,
// holding its connection and its subscription slot with a token no other request would accept.
// Every subscription that needs its viewer's rights (memberImportProgress, electionTurnout) ends at
// the token's `exp` with UNAUTHENTICATED; the public ones (remaining places, organization changes)
// need no token and are left alone.

import type { Viewer } from '@gonghui/core';
import { GraphQLError } from 'graphql';
import { tokenExpiresAt } from '../auth/token.js';

/** The longest delay a Node timer takes (about 24.8 days); a later expiry is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The end of a stream whose token expired at `expiresAt` (ms since the epoch). */
export function tokenExpiredError(expiresAt: number): GraphQLError {
  return new GraphQLError(
    `The token expired at ${new Date(expiresAt).toISOString()}: subscribe again with a new one`,
    { extensions: { code: 'UNAUTHENTICATED' } },
  );
}

/** The events of `source` until `viewer`'s token expires (`untilExpiry` with its `exp`; no end for the anonymous viewer). */
export function untilTokenExpiry<T>(viewer: Viewer, source: AsyncIterator<T>): AsyncGenerator<T> {
  const expiresAt = tokenExpiresAt(viewer);
  return untilExpiry(source, expiresAt, () => tokenExpiredError(expiresAt as number));
}

/**
 * The events of `source` until `expiresAt` (ms since the epoch; undefined: no end): once it has passed,
 * the iteration throws `expired()` — by a timer, so at once even while no event comes. The timer is
 * cleared however the iteration ends; `source` itself is left to its owner to close.
 */
export async function* untilExpiry<T>(
  source: AsyncIterator<T>,
  expiresAt: number | undefined,
  expired: () => Error,
): AsyncGenerator<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
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
  }
}
