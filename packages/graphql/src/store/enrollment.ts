// An enrollment in one statement: core decides everything but the claim from reads that lock
// nothing (`decideEnrollment`), and for each outcome of the claim what it makes of it
// (`settleEnrollment`: enrolled, waiting, or ACTIVITY_FULL); then one statement, in autocommit,
// re-checks what core read, claims the places, records the enrollment, queues its audit entry and
// stores the request's idempotent answer. The activity's row lock is held only while PostgreSQL runs
// that statement and commits it, never across a turn of a busy Node process; claims on one activity
// still queue on that row in every process, so `taken` never passes `places`.
//
// The audit entry and the answer are built before the claim, by core and the API's own code, for
// both outcomes, with the claim's numbers (arrival, places taken, revision) as marks: large random
// integers no other value of the statement holds, which the statement replaces with the claim's
// numbers (see `onClaim`).

import { randomInt } from 'node:crypto';
import {
  type CommandEnv,
  decideEnrollment,
  type EnrollInput,
  type EnrollmentDecision,
  type EnrollmentOutcome,
  type PlaceClaim,
  type Readers,
  type Result,
  settleEnrollment,
  type UnitOfWork,
} from '@gonghui/core';
import { Prisma } from '../generated/prisma/client.js';
import { type ClaimRow, claimCtes, claimedRows, toActivity, toEnrollment } from './activity.js';
import { pendingInsert } from './audit.js';
import { sqlStates, violatedUniqueIndex } from './db-errors.js';
import { answerInsert, IdempotencyKeyTaken } from './idempotency.js';
import { toMember } from './member.js';
import { auditEventsOf, type PrismaStore } from './prisma-store.js';
import type { UnitContext } from './unit.js';
import { LockSetChanged } from './write-lock.js';

/** SQLSTATE of `enrollment_claimed` when a concurrent request with the same idempotency key answered first. */
const KEY_TAKEN_SQL_STATE = 'GH409';

/** The claim's numbers that the statement fills in where their marks stand. */
const MARKED = ['arrivals', 'taken', 'revision'] as const;

/** A mark per claim number: distinct random integers of 15 digits (printed in JSON as they are). */
type Marks = Record<(typeof MARKED)[number], number>;

/** New marks for one statement. */
function newMarks(): Marks {
  const mark = () => 100_000_000_000_000 + randomInt(2 ** 47);
  const marks = { arrivals: mark(), taken: mark(), revision: mark() };
  return new Set(Object.values(marks)).size === MARKED.length ? marks : newMarks();
}

/**
 * Enrols through core as `enroll` does, with the claim in one statement of its own (see above):
 * the store's `answer` option shapes the answer for each outcome before the claim, and once more
 * for the claim's real outcome after it. A refusal before the claim writes nothing but its answer.
 */
export function enrollAtOnce(
  store: PrismaStore,
  env: CommandEnv,
  input: EnrollInput,
): Promise<Result<EnrollmentOutcome>> {
  const answer = store.options.answer;
  return store.alone(async (uow, unit) => {
    const { tx, who } = unit;
    const decided = await decideEnrollment(await decisionReaders(uow, unit, input), env, input);
    if (!decided.ok) {
      const keyed = answer?.(decided, new Map()) ?? null;
      if (keyed !== null && (await tx.$queryRaw<unknown[]>(answerInsert(keyed))).length !== 1)
        throw new IdempotencyKeyTaken(keyed.scope);
      return { value: decided, audited: false };
    }
    const decision = decided.value;
    const at = new Date();
    const marks = newMarks();
    /** What core and the API make of one outcome: its audit entries and its answer. */
    const written = (granted: boolean) => {
      const claim = { ...placesOf(decision), granted, ...marks };
      const outcome = settled(decision, claim);
      const events = outcome.ok ? outcome.value.changes.flatMap(auditEventsOf) : [];
      const keyed = answer?.(outcomeOf(outcome), claimedRows(decision.request, claim, at)) ?? null;
      return { audit: pendingInsert(who, events, at), keyed, answer: keyed && answerInsert(keyed, at) };
    };
    const [ifGranted, ifNot] = [written(true), written(false)];
    const audit = onClaim(marks, ifGranted.audit, ifNot.audit);
    const stored = onClaim(marks, ifGranted.answer, ifNot.answer);
    const { request } = decision;
    const { facts } = request;
    const [row] = await tx.$queryRaw<(ClaimRow & { checked: number })[]>`
      WITH "member" AS (
        SELECT "id" FROM "Member"
        WHERE "id" = ${request.memberId} AND "status" = ${facts.status}::"MembershipStatus"
          AND "organizationId" = ${facts.organizationId} AND ("phoneEncrypted" IS NOT NULL) = ${facts.realName}
        FOR SHARE),
      "again" AS (
        SELECT "id" FROM "Enrollment" WHERE "id" = ${request.id} AND "status" = 'CANCELLED' FOR UPDATE),
      ${claimCtes(
        request,
        at,
        Prisma.sql`EXISTS (SELECT 1 FROM "member") AND (${!request.again} OR EXISTS (SELECT 1 FROM "again"))`,
      )},
      "audited" AS (${audit ?? Prisma.sql`SELECT 1`}),
      "answered" AS (${stored ?? Prisma.sql`SELECT 1`})
      SELECT c.*, "enrollment_claimed"(
        c."id" IS NOT NULL AND (NOT (c."granted" OR c."waitingList") OR EXISTS (SELECT 1 FROM "recorded")),
        EXISTS (SELECT 1 FROM "answered")) AS "checked"
      FROM (SELECT 1) AS "one" LEFT JOIN "claim" c ON true`.catch((error: unknown) => {
      const { keyed } = ifGranted;
      if (keyed !== null && sqlStates(error).includes(KEY_TAKEN_SQL_STATE))
        throw new IdempotencyKeyTaken(keyed.scope);
      // The member enrolled at the same moment through another request (the unique index on
      // activity and member): decided again, core finds the enrollment (on every backend, whatever
      // its driver names of the index).
      if (violatedUniqueIndex(error) !== null)
        throw new LockSetChanged(`the member enrolled at the same moment`);
      throw error;
    });
    if (!row) throw new Error('the enrollment statement returned no row');
    // The claim's real outcome through core again: the answer the request gets (and stored above).
    const outcome = settled(decision, row);
    answer?.(outcomeOf(outcome), claimedRows(request, row, at));
    return { value: outcomeOf(outcome), audited: outcome.ok };
  });
}

/**
 * Core's readers with what `decideEnrollment` reads fetched at once, in two statements sent
 * together that lock nothing: the activity, and the member with their union's ancestors and their
 * enrollment in the activity (a read of anything else goes to the unit's own readers).
 */
async function decisionReaders(uow: UnitOfWork, { tx, personalData }: UnitContext, input: EnrollInput) {
  const { activityId, memberId } = input;
  const [activity, member] = await Promise.all([
    tx.activity.findUnique({ where: { id: activityId } }),
    tx.member.findUnique({
      where: { id: memberId },
      relationLoadStrategy: 'join',
      include: {
        organization: {
          select: {
            ancestorLinks: {
              where: { distance: { gt: 0 } },
              orderBy: { distance: 'asc' },
              select: { ancestorId: true },
            },
          },
        },
        enrollments: { where: { activityId } },
      },
    }),
  ]);
  const enrollment = member?.enrollments[0];
  const readers: Readers = {
    ...uow,
    activities: {
      ...uow.activities,
      findById: async (id) =>
        id === activityId
          ? activity && { activity: toActivity(activity), taken: activity.taken }
          : uow.activities.findById(id),
      findEnrollment: async (a, m) =>
        a === activityId && m === memberId
          ? enrollment
            ? toEnrollment(enrollment)
            : null
          : uow.activities.findEnrollment(a, m),
    },
    members: {
      ...uow.members,
      findById: async (id) =>
        id === memberId ? member && toMember(member, personalData) : uow.members.findById(id),
    },
    organizations: {
      ...uow.organizations,
      ancestorIds: async (id) =>
        member && id === member.organizationId
          ? member.organization.ancestorLinks.map((l) => l.ancestorId)
          : uow.organizations.ancestorIds(id),
    },
  };
  return readers;
}

/** Core's settlement of a decided enrollment for a claim as the statement returns it. */
function settled(decision: EnrollmentDecision, claim: Pick<ClaimRow, 'granted' | 'arrivals' | 'taken'>) {
  const placeClaim: PlaceClaim = { granted: claim.granted, arrival: claim.arrivals, taken: claim.taken };
  return settleEnrollment(decision, placeClaim);
}

/** The activity's columns a claim returns that do not depend on its outcome. */
function placesOf({ activity }: EnrollmentDecision) {
  return { id: activity.id, places: activity.places, waitingList: activity.waitingList };
}

/** The command's result as a unit's `answer` option receives it: the outcome or the error. */
function outcomeOf(settled: ReturnType<typeof settleEnrollment>): Result<EnrollmentOutcome> {
  return settled.ok ? { ok: true, value: settled.value.value } : settled;
}

/**
 * One statement part (a CTE's body) built twice before the claim, for a granted and a refused
 * claim, as the one the claim's outcome picks: the parts have the same SQL, and a parameter that
 * differs between them or holds a mark (a JSON text: audit rows, an answer) becomes the granted or
 * the refused one, with the claim's numbers in place of the marks. An outcome without the part (no
 * audit entry for ACTIVITY_FULL) gets an empty JSON array there, which writes no audit row; so does
 * a statement whose claim did not happen, which then fails in its guard.
 */
function onClaim(marks: Marks, granted: Prisma.Sql | null, refused: Prisma.Sql | null): Prisma.Sql | null {
  const base = granted ?? refused;
  if (base === null) return null;
  const both = granted !== null && refused !== null;
  if (both && granted.sql !== refused.sql)
    throw new Error('the two outcomes of a claim built different statements');
  const marked = (value: unknown) =>
    typeof value === 'string' && MARKED.some((name) => value.includes(String(marks[name])));
  const filled = (value: unknown) => {
    if (value === undefined) return Prisma.sql`'[]'`;
    if (typeof value !== 'string')
      throw new Error('the two outcomes of a claim differ in a value that is no JSON text');
    let text = Prisma.sql`${value}`;
    for (const name of MARKED) {
      text = Prisma.sql`replace(${text}, ${String(marks[name])}, c.${Prisma.raw(`"${name}"`)}::text)`;
    }
    return text;
  };
  const values = base.values.map((value, n) => {
    const [g, r] = [granted?.values[n], refused?.values[n]];
    if (!marked(g) && !marked(r) && (!both || sameValue(g, r))) return value;
    return Prisma.sql`COALESCE((SELECT CASE WHEN c."granted" THEN ${filled(g)} ELSE ${filled(r)} END FROM "claim" c), '[]')`;
  });
  return new Prisma.Sql(base.strings, values);
}

/** Whether two parameters of a statement are the same value. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
