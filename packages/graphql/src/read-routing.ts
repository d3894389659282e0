// Which requests read from the replicas: queries do, unless their viewer wrote within the
// read-your-writes window (GONGHUI_READ_YOUR_WRITES_MS); mutations, the reads inside them and
// subscriptions stay on the primary. A viewer's last write is remembered in the shared Redis when
// there is one (a load balancer may send their next query to another server), and in the process.
//
// Why a window and not an LSN wait: a window costs no statement at all (an LSN wait costs one on the
// primary after each write and one on the replica before each read of that viewer), writers are
// the few (officials, not the members who read), and a replica lagging more than the window is
// left out of reads by its health check — so within the window the primary answers and after it any
// replica in use has replayed the write.

import type { Viewer } from '@gonghui/core';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Access } from './auth/access.js';
import type { Context } from './context.js';
import type { SharedRedis } from './redis.js';
import type { ReadReplicas } from './store/replicas.js';

/** Prefix of the read-your-writes marks' keys in the shared Redis. */
export const RECENT_WRITE_KEY_PREFIX = 'gonghui:wrote:';

/** Viewers who wrote within the last `windowMs`: in this process, and in Redis when given. */
export class RecentWriters {
  readonly #until = new Map<string, number>();

  /** Remembers writes for `windowMs`, in `redis` too when given. */
  constructor(
    readonly windowMs: number,
    private readonly redis?: SharedRedis,
  ) {}

  /** Marks `subject` as having just written (Redis failures leave the mark in this process only). */
  async wrote(subject: string): Promise<void> {
    const now = Date.now();
    if (this.#until.size > 10_000) {
      for (const [who, until] of this.#until) if (until <= now) this.#until.delete(who);
    }
    this.#until.set(subject, now + this.windowMs);
    if (this.redis?.up) {
      await this.redis.client
        .set(`${RECENT_WRITE_KEY_PREFIX}${subject}`, '1', 'PX', this.windowMs)
        .catch(() => undefined);
    }
  }

  /** Whether `subject` wrote within the window, on this server or (through Redis) another. */
  async recently(subject: string): Promise<boolean> {
    if ((this.#until.get(subject) ?? 0) > Date.now()) return true;
    if (!this.redis?.up) return false;
    try {
      return (await this.redis.client.exists(`${RECENT_WRITE_KEY_PREFIX}${subject}`)) === 1;
    } catch {
      return false;
    }
  }
}

/** Whether a query of `viewer` reads the replicas: anonymous, or no write within the window. */
export async function readsReplicas(writers: RecentWriters, viewer: Viewer): Promise<boolean> {
  return viewer.subject === null || !(await writers.recently(viewer.subject));
}

/**
 * Routes each query of a viewer who has not written recently to `replicas` (its `prisma` and its
 * access checks), and marks the viewer of each mutation as a recent writer.
 */
export function readRoutingPlugin(replicas: ReadReplicas, writers: RecentWriters): Plugin<Context> {
  return {
    async onExecute({ args, extendContext }) {
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      const { viewer } = args.contextValue.access;
      if (operation === 'mutation') {
        if (viewer.subject === null) return;
        const subject = viewer.subject;
        await writers.wrote(subject);
        // The window runs from the end of the write too (a long mutation must not use it up).
        return { onExecuteDone: () => void writers.wrote(subject) };
      }
      if (operation !== 'query') return;
      if (!(await readsReplicas(writers, viewer))) return;
      extendContext({ prisma: replicas.prisma, access: new Access(replicas.prisma, viewer) });
    },
  };
}
