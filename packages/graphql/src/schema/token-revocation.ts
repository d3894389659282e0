// Revoking bearer tokens over GraphQL: `revokeTokens` (SYSTEM_ADMIN: anyone's) and `revokeMyTokens`
// (any signed-in viewer: "sign out everywhere"). Each stores the revocation (its cutoff: now; it never
// moves earlier), audits it (`token.revoked`), answers a retry with the same Idempotency-Key from the
// first answer, and applies it in this process at once; the others hear it through the shared Redis
// when there is one, else (and as a net) at their next poll: src/auth/revocation.ts.
// A viewer who may not revoke others' tokens gets FORBIDDEN before anything is read or checked, for
// any subject: nothing tells whether a subject has tokens or was revoked before.

import { checkRevocation, type RevocationRequest } from '@gonghui/core';
import type { GraphQLResolveInfo } from 'graphql';
import { builder, PUBLIC } from '../builder.js';
import type { Context } from '../context.js';
import { IdempotencyKeyTaken, inputHash } from '../store/idempotency.js';
import { storeRevocation } from '../store/token-revocation.js';
import { errorsField, type Payload, replay, toUserError } from './errors.js';

/** A stored revocation as the API answers it (plain JSON, so a replayed answer is the same). */
interface RevocationShape {
  readonly subject: string;
  /** ISO-8601. */
  readonly revokedBefore: string;
  readonly revokedBy: string;
  readonly reason: string;
}

/** A subject's tokens revoked up to a time. */
const TokenRevocationRef = builder.objectRef<RevocationShape>('TokenRevocation').implement({
  description:
    'Every bearer token of `subject` issued at or before `revokedBefore` (its `iat`, in whole seconds: a token ' +
    'issued in that same second too) is refused with 401; tokens issued later are accepted.',
  authScopes: PUBLIC,
  fields: (t) => ({
    subject: t.exposeString('subject', { description: 'The token subject whose tokens are revoked.' }),
    revokedBefore: t.field({
      type: 'DateTime',
      description:
        'The cutoff: tokens issued at or before it (to the second) are refused. A later revocation only moves it later.',
      resolve: (r) => new Date(r.revokedBefore),
    }),
    revokedBy: t.exposeString('revokedBy', { description: 'Who revoked them last (a token subject).' }),
    reason: t.exposeString('reason', { description: 'Why, as given by whoever revoked them last.' }),
  }),
});

const RevokeTokensPayload = builder.objectRef<Payload<RevocationShape>>('RevokeTokensPayload').implement({
  description: 'Result of a revocation: the revocation as stored, or why it was refused.',
  authScopes: PUBLIC,
  fields: (t) => ({
    revocation: t.field({
      type: TokenRevocationRef,
      nullable: true,
      description: 'The revocation as stored (its cutoff the later of the stored one and now), or null.',
      resolve: (p) => p.value,
    }),
    errors: t.field(errorsField),
  }),
});

const RevokeTokensInput = builder.inputType('RevokeTokensInput', {
  description: 'Whose tokens to revoke, and why (the audit log keeps both).',
  fields: (t) => ({
    subject: t.string({ description: 'The token subject (`sub`) whose tokens to refuse, 1–200 characters.' }),
    reason: t.string({ description: 'Why, 1–200 characters (e.g. "removed from office", "lost phone").' }),
  }),
});

const RevokeMyTokensInput = builder.inputType('RevokeMyTokensInput', {
  description: 'Why the viewer signs out everywhere.',
  fields: (t) => ({
    reason: t.string({
      required: false,
      description: 'Why, 1–200 characters; default "signed out everywhere".',
    }),
  }),
});

/** What `revokeMyTokens` records when no reason is given. */
const SIGNED_OUT = 'signed out everywhere';

/**
 * Revokes every token of `request.subject` issued up to now: checked by core, stored with its audit
 * entry (and, with an Idempotency-Key, its answer) in one transaction, applied in this process and
 * published to the others (through Redis, when shared), sealed.
 */
async function revoke(
  ctx: Context,
  info: GraphQLResolveInfo,
  request: RevocationRequest,
): Promise<Payload<RevocationShape>> {
  const checked = checkRevocation(request);
  if (!checked.ok) return { value: null, errors: [toUserError(checked.error)] };
  const who = ctx.store.who;
  const scope =
    ctx.idempotencyKey === null
      ? null
      : { actor: who.actor, key: ctx.idempotencyKey, field: String(info.path.key) };
  const hash = scope === null ? '' : inputHash(info.fieldName, checked.value);
  if (scope !== null) {
    const first = await replay<RevocationShape>(ctx, scope, hash);
    if (first !== null) return first;
  }
  let payload: Payload<RevocationShape> | undefined;
  const shape = (row: { subject: string; revokedBefore: Date; revokedBy: string; reason: string }) => {
    payload = {
      value: {
        subject: row.subject,
        revokedBefore: row.revokedBefore.toISOString(),
        revokedBy: row.revokedBy,
        reason: row.reason,
      },
      errors: [],
    };
    return payload;
  };
  let row: Awaited<ReturnType<typeof storeRevocation>>;
  try {
    row = await storeRevocation(
      ctx.prisma,
      who,
      { ...checked.value, before: ctx.env.clock.now() },
      scope === null ? undefined : (stored) => ({ scope, hash, answer: shape(stored) }),
    );
  } catch (error) {
    // A concurrent request with the same key answered first: that answer is this one's too.
    if (error instanceof IdempotencyKeyTaken && scope !== null) {
      const first = await replay<RevocationShape>(ctx, scope, hash);
      if (first !== null) return first;
    }
    throw error;
  }
  await ctx.revocations.record(row.subject, row.revokedBefore);
  await ctx.store.sealAudit();
  return payload ?? shape(row);
}

builder.mutationFields((t) => ({
  revokeTokens: t.field({
    type: RevokeTokensPayload,
    description:
      'Revokes every bearer token of a subject issued up to now (to the second): each is refused with 401 from now ' +
      'on: at once in every server sharing GONGHUI_REDIS_URL, else within GONGHUI_REVOCATION_POLL_MS; its open ' +
      'subscriptions end and its import jobs are ' +
      'not resumed. Tokens issued later (from the next second) are accepted. SYSTEM_ADMIN only; audited as ' +
      '`token.revoked`. Whether the subject ever held a token is neither checked nor told.',
    authScopes: { systemAdmin: true },
    args: { input: t.arg({ type: RevokeTokensInput, description: 'Whose tokens, and why.' }) },
    resolve: (_root, { input }, ctx, info) =>
      revoke(ctx, info, { subject: input.subject, reason: input.reason }),
  }),
  revokeMyTokens: t.field({
    type: RevokeTokensPayload,
    description:
      "Signs the viewer out everywhere: revokes every token of the viewer's subject issued up to now (this " +
      "request's token too: the next request with it gets 401), as `revokeTokens` does. Any signed-in viewer; audited.",
    authScopes: { authenticated: true },
    args: {
      input: t.arg({ type: RevokeMyTokensInput, required: false, description: 'Why (optional).' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      revoke(ctx, info, { subject: ctx.access.viewer.subject ?? '', reason: input?.reason ?? SIGNED_OUT }),
  }),
}));
