// Idempotency keys: a mutation sent with an `Idempotency-Key` header stores its answer (the
// payload's value or its errors) in the transaction of its work, under (viewer, key, mutation).
// A retry with the same key and the same input gets that first answer back and does nothing; the
// same key with another input is refused. Keys expire IDEMPOTENCY_TTL_MS after the work.

import { hash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

/** The HTTP header that carries the key (IETF draft "The Idempotency-Key HTTP Header Field"). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** How long a key is remembered: 24 hours after the work was done. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** A valid key: 1 to 255 printable ASCII characters (a UUID is a good one). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Whose key, which key, and which mutation of the request it answers (its response key). */
export interface IdempotencyScope {
  readonly actor: string;
  readonly key: string;
  readonly field: string;
}

/** A stored first answer and the hash of the input it answered. */
export interface StoredAnswer {
  readonly inputHash: string;
  readonly answer: unknown;
}

/** Another transaction stored an answer under this key first (it committed while this one ran). */
export class IdempotencyKeyTaken extends Error {
  /** Names the key. */
  constructor(scope: IdempotencyScope) {
    super(`idempotency key '${scope.key}' was used by a concurrent request`);
    this.name = 'IdempotencyKeyTaken';
  }
}

/**
 * SHA-256 (hex) of a mutation's name and its input, canonical (RFC 8785): what "the same input" means.
 * node:crypto's one-shot `hash` (no Hash object per request; the same digest, so keys stored before
 * still match: test/idempotency-hash.test.ts).
 */
export function inputHash(mutation: string, input: unknown): string {
  return hash('sha256', canonicalize({ mutation, input }) ?? '', 'hex');
}

/** Columns of the rows an answer holds that are dates (JSON turns them into ISO strings). */
const DATE_FIELDS = new Set(['createdAt', 'updatedAt', 'dissolvedAt', 'joinedAt', 'memberSince', 'since']);

/** The answer stored under the key, if any that has not expired; its rows' dates revived. */
export async function findAnswer(
  prisma: Pick<PrismaClient, 'idempotencyKey'>,
  scope: IdempotencyScope,
  now: Date = new Date(),
): Promise<StoredAnswer | null> {
  const row = await prisma.idempotencyKey.findFirst({
    where: { ...scope, createdAt: { gt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } },
    select: { inputHash: true, answer: true },
  });
  if (row === null) return null;
  const answer = JSON.parse(JSON.stringify(row.answer), (key, value) =>
    DATE_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value,
  );
  return { inputHash: row.inputHash, answer };
}

/** An answer to store under an idempotency key, with the hash of the input it answers. */
export interface KeyedAnswer {
  readonly scope: IdempotencyScope;
  readonly hash: string;
  readonly answer: unknown;
}

/**
 * The INSERT that stores the answer under its key (an expired key is taken over), returning a row
 * only when it stored: it runs in the work's transaction (its last statement, with the audit
 * entries). No row means a concurrent request with the same key committed first: the caller
 * throws IdempotencyKeyTaken, rolls its work back and answers with that request's answer.
 */
export function answerInsert({ scope, hash, answer }: KeyedAnswer, now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "IdempotencyKey" ("actor", "key", "field", "inputHash", "answer", "createdAt")
    VALUES (${scope.actor}, ${scope.key}, ${scope.field}, ${hash}, ${JSON.stringify(answer)}::jsonb,
            ${now.toISOString()}::timestamp)
    ON CONFLICT ("actor", "key", "field") DO UPDATE
      SET "inputHash" = EXCLUDED."inputHash", "answer" = EXCLUDED."answer", "createdAt" = EXCLUDED."createdAt"
      WHERE "IdempotencyKey"."createdAt" <= ${new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString()}::timestamp
    RETURNING 1`;
}

/** Deletes expired keys; returns how many. */
export async function purgeExpiredKeys(
  prisma: Pick<PrismaClient, 'idempotencyKey'>,
  now: Date = new Date(),
): Promise<number> {
  const { count } = await prisma.idempotencyKey.deleteMany({
    where: { createdAt: { lte: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } },
  });
  return count;
}
