// A stream that must end when its viewer's access to an organization ends ends then, not at its next
// event. memberImportProgress checked the viewer's scope before each batch it sent, so an idle stream
// (a slow job, or one whose process died) followed by an admin whose organization had since moved out
// of their subtree stayed open, holding its connection and subscription slot, until a batch came. A
// viewer's scope over an organization changes only when the organization or one of its ancestors moves
// or is dissolved (grants are the token's: they end at its `exp`, stream-expiry.ts), and each of those
// is published as `organization.changed` under the id of the organization that changed
// (schema/organization-events.ts). So the stream also listens to the changes of the organization and of
// each of its ancestors, and checks the viewer again on each; a check that throws ends the stream with
// its error. After a change the viewer may still follow (a move inside their subtree), the ancestors are
// read again and listened to instead.

import type { EventBus } from '../events.js';
import type { PrismaClient } from '../generated/prisma/client.js';

/** What a stream following one organization listens to and checks. */
export interface ScopeWatch {
  /** The bus organization changes are published on. */
  readonly pubsub: EventBus;
  /** The database the organization's ancestors are read from. */
  readonly prisma: Pick<PrismaClient, 'organizationLink'>;
  /** The organization whose access the stream needs. */
  readonly organizationId: string;
  /** Throws (the error the stream ends with) unless the viewer may still follow; reads the tree afresh. */
  readonly recheck: () => Promise<void>;
}

/** The organization and its ancestors now (the closure table, itself included). */
async function pathOf(watch: ScopeWatch): Promise<string[]> {
  const links = await watch.prisma.organizationLink.findMany({
    where: { descendantId: watch.organizationId },
    select: { ancestorId: true },
  });
  return [...new Set([watch.organizationId, ...links.map((link) => link.ancestorId)])];
}

/**
 * The events of `source` until `watch.recheck()` throws, which it is asked after every change to the
 * organization or an ancestor — at once, even while `source` sends nothing — and once when the
 * iteration starts (a change between the stream's own check and listening is not missed). The
 * iteration then throws that error. `source` itself is left to its owner to close.
 */
export async function* untilScopeEnds<T>(source: AsyncIterator<T>, watch: ScopeWatch): AsyncGenerator<T> {
  let end: (error: unknown) => void = () => undefined;
  const ended = new Promise<never>((_resolve, reject) => {
    end = reject;
  });
  ended.catch(() => undefined);
  let closed = false;
  let listening: AsyncIterator<unknown>[] = [];
  let checks = Promise.resolve();
  /** After the checks before it: listens to the path first (`listenFirst`), or checks the viewer and then listens to the path anew. */
  const check = (listenFirst: boolean) => {
    checks = checks
      .then(async () => {
        if (closed) return;
        if (listenFirst) await listen();
        await watch.recheck();
        if (!listenFirst) await listen();
      })
      .catch(end);
  };
  const listen = async () => {
    const ids = await pathOf(watch);
    if (closed) return;
    const previous = listening;
    listening = ids.map((id) => watch.pubsub.subscribe('organization.changed', id));
    for (const changes of previous) void changes.return?.();
    for (const changes of listening) void pump(changes);
  };
  const pump = async (changes: AsyncIterator<unknown>) => {
    for (;;) {
      const change = await changes.next().catch(() => ({ done: true }) as const);
      if (change.done || closed) return;
      check(false);
    }
  };
  try {
    // Not awaited: the source is read at once (a bus may drop what is published before it is read).
    check(true);
    for (;;) {
      const next = await Promise.race([source.next(), ended]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    closed = true;
    for (const changes of listening) void changes.return?.();
  }
}
