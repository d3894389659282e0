import {
  type Command,
  type DomainError,
  execute,
  MEMBER_ERROR_CODES,
  ORGANIZATION_ERROR_CODES,
  type Result,
  TEXT_ERROR_CODES,
} from '@gonghui/core';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { builder, PUBLIC } from '../builder.js';
import type { Context } from '../context.js';
import { violatedUniqueIndex } from '../store/db-errors.js';
import {
  findAnswer,
  IdempotencyKeyTaken,
  type IdempotencyScope,
  inputHash,
  storeAnswer,
} from '../store/idempotency.js';
import type { LockPlan } from '../store/write-lock.js';

/** Every code the API can return as data: organization rules, the member registry's, then the input guard's. */
const ERROR_CODES = [...ORGANIZATION_ERROR_CODES, ...MEMBER_ERROR_CODES, ...TEXT_ERROR_CODES] as const;

/** A code the API can return as data. */
type ApiErrorCode = (typeof ERROR_CODES)[number];

/** Chinese (zh-CN) text of every error code the API can return as data. */
const MESSAGES_ZH: Record<ApiErrorCode, string> = {
  ORG_NAME_INVALID: '组织名称应为1至100个可打印字符',
  ORG_REGION_INVALID: '行政区划代码应为6位数字',
  ORG_LEVEL_NOT_ALLOWED: '该类型的组织不能设在此层级',
  ORG_PARENT_NOT_ALLOWED: '该类型的组织不能隶属于所选上级组织',
  ORG_ROOT_NOT_ALLOWED: '该类型的组织必须有上级组织',
  ORG_LEVEL_ORDER: '下级组织的层级必须低于上级组织',
  ORG_NOT_FOUND: '找不到该组织',
  ORG_DISSOLVED: '该组织已撤销',
  ORG_CYCLE: '不能把组织移到它自身或其下级组织之下',
  ORG_HAS_CHILDREN: '该组织仍有未撤销的下级组织',
  ORG_HAS_MEMBER_UNIONS: '该联合会仍有成员工会',
  ORG_CREDIT_CODE_TAKEN: '该统一社会信用代码已被其他组织使用',
  CREDIT_CODE_FORMAT: '统一社会信用代码格式不正确',
  CREDIT_CODE_CHECKSUM: '统一社会信用代码校验码不正确',
  FEDERATION_NOT_A_FEDERATION: '所选组织不是工会联合会',
  FEDERATION_MEMBER_KIND: '只有基层工会或联合基层工会可以加入联合会',
  FEDERATION_ALREADY_MEMBER: '该工会已是此联合会的成员',
  FEDERATION_NOT_MEMBER: '该工会不是此联合会的成员',
  FEDERATION_SELF: '联合会不能加入自身',
  FEDERATION_SEGMENT_REQUIRED: '加入产业链工会联合会须注明所在产业链环节',
  FEDERATION_SEGMENT_NOT_ALLOWED: '只有产业链工会联合会记录产业链及环节',
  FEDERATION_CHAIN_INVALID: '产业链名称应为1至50个可打印字符',
  MEMBER_NAME_INVALID: '会员姓名应为1至50个可打印字符',
  MEMBER_PHONE_INVALID: '电话号码应为11位手机号码或带区号的固定电话（如0571-87654321）',
  MEMBER_ID_NUMBER_TAKEN:
    '该身份证号码已登记为会员，一人只能有一条会员记录；会籍所在工会已收到此次登记的记录，可办理会籍转接',
  MEMBER_ID_NUMBER_CHECK_LIMIT:
    '一小时内因身份证号码已登记而被拒绝的登记次数已达上限，本次未予核查，请稍后再试',
  MEMBER_NOT_FOUND: '找不到该会员',
  MEMBER_ORGANIZATION_KIND: '只有基层工会、联合基层工会及其分会、工会小组可以发展会员',
  MEMBER_JOIN_DATE_FUTURE: '入会日期不能晚于今天',
  ID_FORMAT: '身份证号码应为18位（末位可为X）或15位数字',
  ID_CHECKSUM: '身份证号码校验码不正确',
  ID_BIRTH_DATE: '身份证号码中的出生日期不正确',
  ID_REGION: '身份证号码中的地址码不正确',
  MEMBERSHIP_UNDER_AGE: '入会时须年满16周岁',
  MEMBERSHIP_INVALID_DATE: '日期不正确，应为YYYY-MM-DD格式的真实日期',
  TEXT_MALFORMED: '输入含有空字符（NUL）或不成对的代理项，不是有效文本',
  TEXT_TOO_LONG: '输入过长，超出任何字段允许的字符数',
};

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
export interface CommandOptions<T, V> {
  /** Organization rows to lock first (write-lock.ts); without it, each organization read is locked FOR UPDATE. */
  readonly locks?: LockPlan;
  /**
   * The payload's value, from the command's value and the rows the transaction locked or wrote (by
   * id, as they commit): built inside the transaction, never by a read after commit that could fail.
   */
  readonly answer: (value: T, rows: ReadonlyMap<string, object>) => V;
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
  FederationMembership_federationId_memberId_key: {
    code: 'FEDERATION_ALREADY_MEMBER',
    message: 'the union joined this federation at the same moment',
    path: ['memberId'],
  },
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
  options: CommandOptions<T, V>,
): Promise<Payload<V>> {
  const scope =
    ctx.idempotencyKey === null
      ? null
      : { actor: ctx.store.who.actor, key: ctx.idempotencyKey, field: String(info.path.key) };
  const hash = scope === null ? '' : inputHash(info.fieldName, input);
  if (scope !== null) {
    const first = await replay<V>(ctx, scope, hash);
    if (first !== null) return first;
  }
  let payload: Payload<V> | undefined;
  const unit = ctx.store.unit({
    locks: options.locks,
    beforeCommit: async (tx, value, rows) => {
      const result = value as Result<T>;
      payload = result.ok
        ? { value: options.answer(result.value, rows), errors: [] }
        : { value: null, errors: [toUserError(result.error)] };
      if (scope !== null) await storeAnswer(tx, scope, hash, payload);
    },
  });
  try {
    await execute(unit, ctx.env, command, input);
  } catch (error) {
    if (error instanceof IdempotencyKeyTaken && scope !== null) {
      const first = await replay<V>(ctx, scope, hash);
      if (first !== null) return first;
    }
    const index = violatedUniqueIndex(error);
    const decided = index === null ? undefined : UNIQUE_INDEX_ERRORS[index];
    if (decided) return { value: null, errors: [toUserError(decided)] };
    throw error;
  }
  if (payload === undefined) throw new Error('the unit of work ended without an answer');
  return payload;
}

/** The row with this id that the transaction locked or wrote (a missing one is a bug in the mutation's plan). */
export function rowOf<R>(rows: ReadonlyMap<string, object>, id: string): R {
  const row = rows.get(id);
  if (row === undefined) throw new Error(`the transaction neither locked nor wrote row '${id}'`);
  return row as R;
}

/** The first answer stored under the key, or null; the same key with another input is refused. */
async function replay<V>(ctx: Context, scope: IdempotencyScope, hash: string): Promise<Payload<V> | null> {
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

/** The `errors` field every payload has. */
export const errorsField = {
  type: [RuleViolation] as [typeof RuleViolation],
  description: 'Why the change was refused; empty when it succeeded.',
  resolve: (p: Payload<unknown>) => p.errors,
};
