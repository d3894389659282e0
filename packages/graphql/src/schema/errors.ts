import {
  ACTIVITY_MESSAGES_ZH,
  BARGAINING_MESSAGES_ZH,
  BENEFIT_MESSAGES_ZH,
  CONGRESS_MESSAGES_ZH,
  type Command,
  type CommandEnv,
  type DomainError,
  ELECTION_MESSAGES_ZH,
  execute,
  MEMBER_MESSAGES_ZH,
  ORGANIZATION_MESSAGES_ZH,
  REVOCATION_MESSAGES_ZH,
  type Result,
  TEXT_MESSAGES_ZH,
} from '@gonghui/core';
import type { ObjectRef } from '@pothos/core';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { builder, listCost, PUBLIC, type Types } from '../builder.js';
import type { Context } from '../context.js';
import type { EventBus } from '../events.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { CONGRESS_UNIQUE_INDEX_ERRORS } from '../store/congress.js';
import { violatedUniqueIndex } from '../store/db-errors.js';
import { findAnswer, IdempotencyKeyTaken, type IdempotencyScope, inputHash } from '../store/idempotency.js';
import type { PrismaStore } from '../store/prisma-store.js';
import type { LockPlan } from '../store/write-lock.js';

/** Chinese (zh-CN) text of every code the API can return as data: one line per module. */
const MESSAGES_ZH = {
  ...ORGANIZATION_MESSAGES_ZH,
  ...MEMBER_MESSAGES_ZH,
  ...CONGRESS_MESSAGES_ZH,
  ...ACTIVITY_MESSAGES_ZH,
  ...BENEFIT_MESSAGES_ZH,
  ...TEXT_MESSAGES_ZH,
  ...ELECTION_MESSAGES_ZH,
  ...BARGAINING_MESSAGES_ZH,
  ...REVOCATION_MESSAGES_ZH,
} as const;

/** A code the API can return as data. */
type ApiErrorCode = keyof typeof MESSAGES_ZH;

/** Every code the API can return as data, in the modules' order. */
const ERROR_CODES = Object.keys(MESSAGES_ZH) as ApiErrorCode[];

/** Every code an expected failure can carry. */
export const ErrorCode = builder.enumType('ErrorCode', {
  description: 'Stable code of a broken rule or bad input; the message may change, the code does not.',
  values: Object.fromEntries(
    ERROR_CODES.map((code) => [code, { value: code, description: MESSAGES_ZH[code] }]),
  ) as Record<ApiErrorCode, { value: ApiErrorCode; description: string }>,
});

/** An expected failure returned as data in a mutation payload. */
export interface UserErrorShape {
  readonly code: ApiErrorCode;
  readonly message: string;
  readonly messageZh: string;
  readonly path: readonly string[];
}

/** Turns a core domain error into the API's error object. */
export function toUserError(error: DomainError): UserErrorShape {
  const code = error.code as ApiErrorCode;
  return {
    code,
    message: error.message,
    messageZh: MESSAGES_ZH[code] ?? error.message,
    path: ['input', ...(error.path ?? []).map(String)],
  };
}

/** The interface every error-as-data type implements. */
export const UserError = builder.interfaceRef<UserErrorShape>('UserError').implement({
  description:
    'An expected failure: a rule broken or bad input. Faults come as top-level GraphQL errors instead.',
  fields: (t) => ({
    code: t.field({ type: ErrorCode, description: 'Stable machine-readable code.', resolve: (e) => e.code }),
    message: t.exposeString('message', { description: 'What is wrong, in English.' }),
    messageZh: t.exposeString('messageZh', { description: 'What is wrong, in Chinese (zh-CN).' }),
    path: t.exposeStringList('path', { description: 'Where: the path of the input field at fault.' }),
  }),
});

/** A business rule of the union rules was broken. */
export const RuleViolation = builder.objectRef<UserErrorShape>('RuleViolation').implement({
  description: 'A union rule refused the change (e.g. a move that would create a cycle).',
  authScopes: PUBLIC,
  interfaces: [UserError],
  isTypeOf: () => true,
});

/** What every mutation payload resolves from: the command's value, or the rules it broke. */
export interface Payload<T> {
  readonly value: T | null;
  readonly errors: readonly UserErrorShape[];
}

/** How a mutation runs its command: the rows it locks, and its payload's value. */
export interface CommandOptions<T, V, I = unknown> {
  /** Organization rows to lock first (write-lock.ts); without it, each organization read is locked FOR UPDATE. */
  readonly locks?: LockPlan;
  /**
   * The payload's value, from the command's value and the rows the transaction locked or wrote (by
   * id, as they commit): built inside the transaction, never by a read after commit that could fail.
   */
  readonly answer: (value: T, rows: ReadonlyMap<string, object>) => V;
  /** Announces a committed change to subscribers (not on an idempotent replay, nor for a refusal). */
  readonly publish?: (value: V, pubsub: EventBus) => void;
  /**
   * Runs the command in the request's store (with the unit options above) instead of core's
   * `execute` in one transaction: e.g. an enrollment decided from reads and claimed in one statement
   * of its own (store/enrollment.ts). It answers through the store's `answer` option as a unit does,
   * storing the answer with its write, and throws IdempotencyKeyTaken when the key was answered
   * before — so a request with a key is not looked up first (a retry is found by its write).
   */
  readonly run?: (store: PrismaStore, env: CommandEnv, input: I) => Promise<unknown>;
}

/** What a unique index deciding a race between two writes means, as the rule core would have named. */
const UNIQUE_INDEX_ERRORS: Record<string, DomainError> = {
  Member_idNumberHash_key: {
    code: 'MEMBER_ID_NUMBER_TAKEN',
    message: 'a member with this ID number was registered at the same moment',
    path: ['idNumber'],
  },
  Organization_creditCode_key: {
    code: 'ORG_CREDIT_CODE_TAKEN',
    message: 'another organization registered this credit code at the same moment',
    path: ['creditCode'],
  },
  Enrollment_activityId_memberId_key: {
    code: 'ACTIVITY_ALREADY_ENROLLED',
    message: 'the member enrolled in this activity at the same moment',
    path: ['memberId'],
  },
  FederationMembership_federationId_memberId_key: {
    code: 'FEDERATION_ALREADY_MEMBER',
    message: 'the union joined this federation at the same moment',
    path: ['memberId'],
  },
  ...CONGRESS_UNIQUE_INDEX_ERRORS,
};

/**
 * Runs a core command in the request's store and shapes its result as a payload (errors as data).
 * With an Idempotency-Key header, the payload is stored in the command's transaction under the
 * viewer, the key and the mutation's response key, and a repeat of the same mutation with the same
 * input gets that payload back without running the command again (another input: a typed error).
 */
export async function runCommand<I, T, V>(
  ctx: Context,
  info: GraphQLResolveInfo,
  command: Command<I, T>,
  input: I,
  options: CommandOptions<T, V, I>,
): Promise<Payload<V>> {
  const scope =
    ctx.idempotencyKey === null
      ? null
      : { actor: ctx.store.who.actor, key: ctx.idempotencyKey, field: String(info.path.key) };
  const hash = scope === null ? '' : inputHash(info.fieldName, input);
  if (scope !== null && options.run === undefined) {
    const first = await replay<V>(ctx, scope, hash);
    if (first !== null) return first;
  }
  let payload: Payload<V> | undefined;
  const unit = ctx.store.unit({
    locks: options.locks,
    answer: (value, rows) => {
      const result = value as Result<T>;
      payload = result.ok
        ? { value: options.answer(result.value, rows), errors: [] }
        : { value: null, errors: [toUserError(result.error)] };
      return scope === null ? null : { scope, hash, answer: payload };
    },
  });
  try {
    await (options.run ? options.run(unit, ctx.env, input) : execute(unit, ctx.env, command, input));
  } catch (error) {
    // A concurrent request with the same key answered first (its answer or its row took the key or
    // a unique index): that answer is this one's too.
    const index = violatedUniqueIndex(error);
    if ((error instanceof IdempotencyKeyTaken || index !== null) && scope !== null) {
      const first = await replay<V>(ctx, scope, hash);
      if (first !== null) return first;
    }
    const decided = index === null ? undefined : UNIQUE_INDEX_ERRORS[index];
    if (decided) return { value: null, errors: [toUserError(decided)] };
    throw error;
  }
  if (payload === undefined) throw new Error('the unit of work ended without an answer');
  if (payload.value !== null) options.publish?.(payload.value, ctx.pubsub);
  return payload;
}

/** The row with this id that the transaction locked or wrote (a missing one is a bug in the mutation's plan). */
export function rowOf<R>(rows: ReadonlyMap<string, object>, id: string): R {
  const row = rows.get(id);
  if (row === undefined) throw new Error(`the transaction neither locked nor wrote row '${id}'`);
  return row as R;
}

/** A payload value: the row the transaction locked or wrote for the command's value, by its id. */
export function writtenRow<R>(value: { readonly id: string }, rows: ReadonlyMap<string, object>): R {
  return rowOf<R>(rows, value.id);
}

/** The first answer stored under the key, or null; the same key with another input is refused. */
export async function replay<V>(
  ctx: Context,
  scope: IdempotencyScope,
  hash: string,
): Promise<Payload<V> | null> {
  const stored = await findAnswer(ctx.prisma, scope);
  if (stored === null) return null;
  if (stored.inputHash !== hash) {
    throw new GraphQLError(
      `Idempotency-Key '${scope.key}' was already used for ${scope.field} with a different input; ` +
        'use a new key for a new change.',
      { extensions: { code: 'IDEMPOTENCY_KEY_REUSED', http: { status: 422 } } },
    );
  }
  return stored.answer as Payload<V>;
}

/**
 * Most errors one payload carries: a command refuses with one; the input guard reports the first
 * this many strings of an input it refuses (an input of 100 entries could name 100 or more).
 */
export const MAX_PAYLOAD_ERRORS = 10;

/** The `errors` field every payload has. */
export const errorsField = {
  type: [RuleViolation] as [typeof RuleViolation],
  description: `Why the change was refused (at most ${MAX_PAYLOAD_ERRORS}); empty when it succeeded.`,
  complexity: listCost(MAX_PAYLOAD_ERRORS),
  resolve: (p: Payload<unknown>) => p.errors,
};

/** The builder's schema types, for the refs a function returns. */

/** A model's row as a transaction writes it: every column, no relation. */
export type RowOf<M extends keyof PrismaTypes> = PrismaTypes[M]['Shape'];

/** A row payload's type and the field that holds the written row. */
export interface RowPayloadOptions<M extends keyof PrismaTypes> {
  /** The Prisma model of the row, e.g. 'Organization'. */
  readonly model: M;
  /** The payload type's description. */
  readonly description: string;
  /** The row's field, e.g. `organization`. */
  readonly field: string;
  /** The row field's description. */
  readonly fieldDescription: string;
}

/**
 * A payload type whose value is the row the mutation wrote: the row as `field` (null when refused),
 * answered from the row the transaction returned (the query is not run again), and `errors`. With
 * `row`, the value holds more than the row and `row` picks it out.
 */
export function rowPayload<M extends keyof PrismaTypes>(
  name: string,
  options: RowPayloadOptions<M>,
): ObjectRef<Types, Payload<RowOf<M>>>;
export function rowPayload<M extends keyof PrismaTypes, V>(
  name: string,
  options: RowPayloadOptions<M> & { readonly row: (value: V) => RowOf<M> },
): ObjectRef<Types, Payload<V>>;
export function rowPayload<M extends keyof PrismaTypes, V>(
  name: string,
  options: RowPayloadOptions<M> & { readonly row?: (value: V) => RowOf<M> },
): ObjectRef<Types, Payload<V>> {
  // Without `row`, the first overload says the value is the row itself.
  const row = options.row ?? ((value: V) => value as RowOf<M>);
  return builder.objectRef<Payload<V>>(name).implement({
    description: options.description,
    authScopes: PUBLIC,
    fields: (t) => ({
      [options.field]: t.prismaField({
        // Widened to every model: Pothos cannot resolve a row shape for a model that is a type parameter.
        type: options.model as keyof PrismaTypes,
        nullable: true,
        description: options.fieldDescription,
        resolve: (_query, p) => (p.value === null ? null : row(p.value)),
      }),
      errors: t.field(errorsField),
    }),
  });
}
