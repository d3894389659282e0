import type { CommandEnv, Store } from '@gonghui/core';
import type { Access } from './auth/access.js';
import type { PrismaClient } from './generated/prisma/client.js';

/** Per-request context: the database, the store that runs core commands, and the request id. */
export interface Context {
  /** Prisma client for reads (Pothos pushes selections into it). */
  readonly prisma: PrismaClient;
  /** The core store port, backed by Prisma: writes go through core commands. */
  readonly store: Store;
  /** Clock and id generator for commands. */
  readonly env: CommandEnv;
  /** Who is asking, and what they may see and do. */
  readonly access: Access;
  /** Id of this request, echoed in logs and masked errors. */
  readonly requestId: string;
}
