// Revoking bearer tokens: "every token of subject S issued at or before T is refused". The rule of
// which token a revocation refuses, and what a revocation must say, live here; the API keeps the
// revocations and checks each token against them (packages/graphql/src/auth/revocation.ts).

import { err, ok, type Result } from '../kernel/result.js';
import { nameTextProblem } from '../kernel/text.js';

/** Stable codes of a refused revocation. */
export const REVOCATION_ERROR_CODES = ['REVOCATION_SUBJECT_INVALID', 'REVOCATION_REASON_INVALID'] as const;

/** A stable code of a refused revocation. */
export type RevocationErrorCode = (typeof REVOCATION_ERROR_CODES)[number];

/** Chinese (zh-CN) text of every revocation error code. */
export const REVOCATION_MESSAGES_ZH: Readonly<Record<RevocationErrorCode, string>> = {
  REVOCATION_SUBJECT_INVALID: '令牌主体应为1至200个可打印字符',
  REVOCATION_REASON_INVALID: '吊销原因应为1至200个可打印字符',
};

/** Most characters of a revoked subject and of a revocation's reason. */
export const MAX_REVOCATION_TEXT = 200;

/** What a revocation says: whose tokens, and why (both trimmed). */
export interface RevocationRequest {
  readonly subject: string;
  readonly reason: string;
}

/**
 * Checks a revocation's subject and reason (each 1 to MAX_REVOCATION_TEXT printable characters once
 * trimmed; the path names the field): the trimmed request, or why not. Whether the subject has ever
 * held a token is not asked — a revocation of a subject no token names is stored all the same.
 */
export function checkRevocation(request: RevocationRequest): Result<RevocationRequest, RevocationErrorCode> {
  const subject = request.subject.trim();
  const reason = request.reason.trim();
  const subjectProblem = nameTextProblem(subject, MAX_REVOCATION_TEXT);
  if (subjectProblem !== null) {
    return err('REVOCATION_SUBJECT_INVALID', `the subject ${subjectProblem}`, { path: ['subject'] });
  }
  const reasonProblem = nameTextProblem(reason, MAX_REVOCATION_TEXT);
  if (reasonProblem !== null) {
    return err('REVOCATION_REASON_INVALID', `the reason ${reasonProblem}`, { path: ['reason'] });
  }
  return ok({ subject, reason });
}

/** The whole second (since the epoch) a revocation's cutoff counts as. */
export function cutoffSecond(revokedBefore: Date): number {
  return Math.floor(revokedBefore.getTime() / 1000);
}

/**
 * Whether a token issued at `issuedAt` (its `iat`, else its `nbf`, in seconds; undefined: neither) is
 * refused under a cutoff (`cutoffSecond`; undefined: its subject has no revocation). A token issued in
 * the cutoff's own second is refused too (so a token signed a moment after a revocation, in the same
 * second, is refused: sign again from the next second on), and one that says nothing of when it was
 * issued is refused whenever its subject has a revocation.
 */
export function isRevoked(issuedAt: number | undefined, cutoff: number | undefined): boolean {
  return cutoff !== undefined && (issuedAt === undefined || issuedAt <= cutoff);
}

/**
 * Whether a token issued at `issuedAt` (seconds, its `iat` else its `nbf`; undefined: it says neither)
 * and expiring at `expiresAt` (its `exp`) lives longer than `maxLifetime` seconds, or cannot tell: such a
 * token is refused, so that no accepted token outlives its issue by more than `maxLifetime` — which is
 * what lets a revocation be forgotten (`revocationMatters`).
 */
export function outlivesMaxLifetime(
  issuedAt: number | undefined,
  expiresAt: number,
  maxLifetime: number,
): boolean {
  return issuedAt === undefined || expiresAt - issuedAt > maxLifetime;
}

/**
 * Whether a revocation with `cutoff` (`cutoffSecond`) can still refuse a token that is valid at `now`
 * (seconds), when no accepted token lives longer than `maxLifetime` seconds (`outlivesMaxLifetime`): a
 * token it refuses was issued at or before the cutoff, so it expired by `cutoff + maxLifetime` at the
 * latest, and from then on the revocation refuses nothing and may be deleted. Kept while
 * `now - cutoff <= maxLifetime` (the second at the boundary is kept too).
 */
export function revocationMatters(cutoff: number, now: number, maxLifetime: number): boolean {
  return cutoff >= earliestMatteringCutoff(now, maxLifetime);
}

/** The earliest cutoff second that still matters at `now` (`revocationMatters`): an earlier one may be deleted. */
export function earliestMatteringCutoff(now: number, maxLifetime: number): number {
  return now - maxLifetime;
}
