import type { CommandEnv } from '@gonghui/core';
import type { Access } from './auth/access.js';
import type { TokenRevocations } from './auth/revocation.js';
import type { EventBus } from './events.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { CursorSeal, Deadline } from './hardening/edge-plugin.js';
import type { ImportRunner } from './import/runner.js';
import type { ElectionStore } from './store/election.js';
import type { PersonalDataCipher } from './store/personal-data.js';
import type { PrismaStore } from './store/prisma-store.js';

/** Per-request context: the database, the store that runs core commands, and the request id. */
export interface Context {
  /** Prisma client for reads (Pothos pushes selections into it). */
  readonly prisma: PrismaClient;
  /** Decrypts members' personal data read through `prisma` (the Member fields resolve through it). */
  readonly personalData: PersonalDataCipher;
  /** The core store port, backed by Prisma and bound to this request's viewer: writes go through core commands and are audited. */
  readonly store: PrismaStore;
  /** Clock and id generator for commands. */
  readonly env: CommandEnv;
  /** Who is asking, and what they may see and do. */
  readonly access: Access;
  /** Id of this request, echoed in logs and masked errors. */
  readonly requestId: string;
  /** Seals the connection cursors this server hands out and opens the ones it gets back. */
  readonly cursors: CursorSeal;
  /** The request's deadline (`requestTimeoutMs` after it came): past it a query stops with REQUEST_TIMEOUT. */
  readonly deadline: Deadline;
  /** The request's `Idempotency-Key` header, or null: mutations then answer a retry with their first answer. */
  readonly idempotencyKey: string | null;
  /** Where subscriptions' events are published (after the change that caused them committed) and heard. */
  readonly pubsub: EventBus;
  /** The election process, bound to this request's viewer (src/store/election.ts). */
  readonly elections: ElectionStore;
  /** Runs the imports started through the API (`importMembers`) in the background. */
  readonly imports: ImportRunner;
  /** This process's copy of the token revocations: a revoking mutation applies its revocation to it at once. */
  readonly revocations: TokenRevocations;
}
