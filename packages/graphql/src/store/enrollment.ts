// Enrollments in batches (group commit): the `enroll` requests of one activity that reach one
// process while a batch of it is in flight wait for the next one, and a batch costs two statements
// however many requests it holds — one read of what core decides on (the activity, and each
// member's membership, union, real-name status, ancestors and enrollment in it), and one statement,
// in autocommit, that claims the places (`enrollment_batch`, see its migration). Core decides
// every request on those facts (`decideEnrollmentOn`) in arrival order, and what each claim's
// outcome makes of it (`settleEnrollment`); the statement takes the activity's row lock first, so
// claims on one activity are decided one after another across every process, while other
// activities enrol in parallel, and the lock is held only while PostgreSQL runs it — never across a
// turn of a busy Node process. Per request it re-checks what core read, stores the idempotent
// answer, records the enrollment (or its waiting place) with the next arrival number and queues
// its audit entries; a request whose facts changed meanwhile ('stale') or whose key a concurrent
// request answered first ('key_taken') is left out alone, the rest of its batch goes on.
//
// The audit entries and the answer are built before the claim, by core and the API's own code, for
// both outcomes, with the claim's numbers (arrival, places taken, revision) as marks: large random
// integers no other value holds, which the statement replaces with the claim's numbers. A request
// whose places did not fit at the read (the places the activity had taken then, plus those the
// requests before it in the batch would take) is built for the refusal alone and sent as `full`: the
// statement claims it only if it still does not fit, else it is 'stale' and decided again, with the
// claims after it in the batch (so they keep their order). Once an activity is full, most requests
// are such (1,750 of the bench's 2,000), and building one outcome instead of two halves the Node work
// and the JSON a batch sends for them. The sealer seals a batch's audit entries after the commit
// without the requests waiting for it (they are committed, pending; every reader of the log seals
// first).

import { randomInt } from 'node:crypto';
import {
  type CommandEnv,
  decideEnrollmentOn,
  type EnrollInput,
  type EnrollmentDecision,
  type EnrollmentFacts,
  type EnrollmentOutcome,
  type PlaceClaim,
  type Result,
  settleEnrollment,
} from '@gonghui/core';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { type ClaimRow, claimedRows, toActivity } from './activity.js';
import { pendingRows } from './audit.js';
import { IDEMPOTENCY_TTL_MS, IdempotencyKeyTaken, type KeyedAnswer } from './idempotency.js';
import { auditEventsOf, type PrismaStore, RACE_ATTEMPTS } from './prisma-store.js';
import { type Statement, withStatements } from './statements.js';
import { LockSetChanged } from './write-lock.js';

/** Most requests one batch decides and claims (the rest wait for the next batch). */
export const ENROLLMENT_BATCH = 200;

/** The claim's numbers that the statement fills in where their marks stand, in this order. */
const MARKED = ['arrivals', 'taken', 'revision'] as const;

/** A mark per claim number: distinct random integers of 15 digits (printed in JSON as they are). */
type Marks = Record<(typeof MARKED)[number], number>;

/** New marks for one statement. */
function newMarks(): Marks {
  const mark = () => 100_000_000_000_000 + randomInt(2 ** 47);
  const marks = { arrivals: mark(), taken: mark(), revision: mark() };
  return new Set(Object.values(marks)).size === MARKED.length ? marks : newMarks();
}

/** One `enroll` request waiting in its activity's queue. */
interface Waiting {
  readonly store: PrismaStore;
  readonly env: CommandEnv;
  readonly input: EnrollInput;
  /** How many times it was decided on facts that had changed by its claim. */
  stale: number;
  readonly resolve: (result: Result<EnrollmentOutcome>) => void;
  readonly reject: (error: unknown) => void;
}

/** The requests of one activity in one process, and whether a batch of them is in flight. */
interface Queue {
  readonly waiting: Waiting[];
  running: boolean;
}

/** Per database client (one per process and database), each activity's queue. */
const queues = new WeakMap<PrismaClient, Map<string, Queue>>();

/**
 * Enrols through core as `enroll` does, in the next batch of its activity in this process (see
 * above): the store's `answer` option shapes the answer for each outcome before the claim, and once
 * more for the claim's real outcome after it. A refusal before the claim writes nothing but its answer.
 */
export function enrollAtOnce(
  store: PrismaStore,
  env: CommandEnv,
  input: EnrollInput,
): Promise<Result<EnrollmentOutcome>> {
  return new Promise((resolve, reject) => {
    let activities = queues.get(store.client);
    if (activities === undefined) {
      activities = new Map();
      queues.set(store.client, activities);
    }
    let queue = activities.get(input.activityId);
    if (queue === undefined) {
      queue = { waiting: [], running: false };
      activities.set(input.activityId, queue);
    }
    queue.waiting.push({ store, env, input, stale: 0, resolve, reject });
    if (!queue.running) {
      queue.running = true;
      // After the requests that reached this point in the same turn of the event loop: one batch.
      const [byActivity, started] = [activities, queue];
      setImmediate(() => void drain(byActivity, input.activityId, started));
    }
  });
}

/** Runs batches of the queue until no request waits; then the queue is gone. */
async function drain(activities: Map<string, Queue>, activityId: string, queue: Queue): Promise<void> {
  while (queue.waiting.length > 0) {
    const batch = queue.waiting.splice(0, ENROLLMENT_BATCH);
    try {
      const again = await runBatch(activityId, batch);
      queue.waiting.unshift(...again);
    } catch (error) {
      for (const request of batch) request.reject(error);
    }
  }
  queue.running = false;
  activities.delete(activityId);
}

/** What the statement does with one request of a batch (see the migration). */
type Outcome = 'claimed' | 'stale' | 'key_taken' | 'answered';

/** One row the statement returns: a request's outcome and, when claimed, the claim's numbers. */
interface BatchRow {
  readonly n: number;
  readonly outcome: Outcome;
  readonly granted: boolean | null;
  readonly arrivals: number | null;
  readonly taken: number | null;
  readonly revision: number | null;
}

/** One request as the statement receives it (a JSON object of its `p_requests`). */
interface BatchRequest {
  readonly n: number;
  /** False: a refusal decided before the claim, with a key: only its answer is stored. */
  readonly claim: boolean;
  /** Its places did not fit at the read: built for the refusal alone (granted answer and audit null). */
  readonly full?: boolean;
  readonly id?: string;
  readonly memberId?: string;
  readonly places?: number;
  readonly again?: boolean;
  readonly status?: string;
  readonly organizationId?: string;
  readonly realName?: boolean;
  readonly enrolledAt?: string;
  readonly actor: string;
  readonly requestId: string | null;
  readonly key: string | null;
  readonly field: string | null;
  readonly hash: string | null;
  readonly answerGranted: string | null;
  readonly answerRefused: string | null;
  readonly auditGranted: string | null;
  readonly auditRefused: string | null;
}

/** What became of one request of a batch once its statement committed. */
type Settled =
  | { readonly kind: 'done'; readonly result: Result<EnrollmentOutcome> }
  | { readonly kind: 'again' }
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Decides and claims one batch: every request is answered (resolved or rejected) except those to
 * decide again, which it returns in their order. A race the database decides against the whole
 * statement (a deadlock) runs the batch again, as a unit of work would.
 */
async function runBatch(activityId: string, batch: readonly Waiting[]): Promise<Waiting[]> {
  const first = batch[0] as Waiting;
  const results = await first.store.unit({ ...first.store.options, awaitSeal: false }).alone((_uow, unit) =>
    // Both statements on one connection of the pg pool, taken once (statements.ts withStatements).
    withStatements(unit.tx, async (statement) => {
      const { facts, taken } = await readFacts(
        statement,
        activityId,
        batch.map((w) => w.input.memberId),
      );
      // The places taken as the read saw them, plus those of the requests before in the batch that fit.
      let predicted = taken;
      const at = new Date();
      const marks = newMarks();
      const requests: BatchRequest[] = [];
      const finish: ((row: BatchRow | undefined) => Settled)[] = batch.map((waiting, n) => {
        const { store, env, input } = waiting;
        const answer = store.options.answer;
        const decided = decideEnrollmentOn(facts(input.memberId), env, input);
        const { who } = store;
        if (!decided.ok) {
          const keyed = answer?.(decided, new Map()) ?? null;
          if (keyed === null) return () => ({ kind: 'done', result: decided });
          requests.push({
            n,
            claim: false,
            actor: keyed.scope.actor,
            requestId: who.requestId,
            ...keyOf(keyed),
            answerGranted: JSON.stringify(keyed.answer),
            answerRefused: null,
            auditGranted: null,
            auditRefused: null,
          });
          return (row) =>
            row?.outcome === 'answered'
              ? { kind: 'done', result: decided }
              : { kind: 'failed', error: new IdempotencyKeyTaken(keyed.scope) };
        }
        const decision = decided.value;
        const { request } = decision;
        /** What core and the API make of one outcome: its audit entries and its answer. */
        const written = (granted: boolean) => {
          const claim = { ...placesOf(decision), granted, ...marks };
          const outcome = settled(decision, claim);
          const events = outcome.ok ? outcome.value.changes.flatMap(auditEventsOf) : [];
          const keyed = answer?.(outcomeOf(outcome), claimedRows(request, claim, at)) ?? null;
          return { audit: events.length === 0 ? null : pendingRows(events), keyed };
        };
        const full = predicted + request.places > decision.activity.places;
        if (!full) predicted += request.places;
        const ifNot = written(false);
        const ifGranted = full ? null : written(true);
        requests.push({
          n,
          claim: true,
          id: request.id,
          memberId: request.memberId,
          places: request.places,
          again: request.again,
          status: request.facts.status,
          organizationId: request.facts.organizationId,
          realName: request.facts.realName,
          enrolledAt: request.enrolledAt,
          actor: who.actor,
          requestId: who.requestId,
          full,
          ...keyOf(ifNot.keyed),
          answerGranted: ifGranted?.keyed ? JSON.stringify(ifGranted.keyed.answer) : null,
          answerRefused: ifNot.keyed && JSON.stringify(ifNot.keyed.answer),
          auditGranted: ifGranted?.audit ?? null,
          auditRefused: ifNot.audit,
        });
        return (row) => {
          if (row?.outcome === 'key_taken' && ifNot.keyed !== null)
            return { kind: 'failed', error: new IdempotencyKeyTaken(ifNot.keyed.scope) };
          if (row?.outcome !== 'claimed') return { kind: 'again' };
          const claimed = { ...placesOf(decision), ...(row as ClaimNumbers) };
          // The claim's real outcome through core again: the answer the request gets (and stored above).
          const outcome = settled(decision, claimed);
          answer?.(outcomeOf(outcome), claimedRows(request, claimed, at));
          return { kind: 'done', result: outcomeOf(outcome) };
        };
      });
      const rows =
        requests.length === 0
          ? []
          : await statement<BatchRow>(
              Prisma.sql`
            SELECT * FROM "enrollment_batch"(${activityId}, ${JSON.stringify(requests)}::jsonb,
              ${MARKED.map((name) => String(marks[name]))}::text[], ${at.toISOString()}::timestamp,
              ${new Date(at.getTime() - IDEMPOTENCY_TTL_MS).toISOString()}::timestamp)`,
            );
      const byRequest = new Map(rows.map((row) => [row.n, row]));
      const audited = rows.some((row) => row.outcome === 'claimed');
      return { value: finish.map((end, n) => end(byRequest.get(n))), audited };
    }),
  );
  const again: Waiting[] = [];
  results.forEach((outcome, n) => {
    const waiting = batch[n] as Waiting;
    if (outcome.kind === 'done') waiting.resolve(outcome.result);
    else if (outcome.kind === 'failed') waiting.reject(outcome.error);
    else if (++waiting.stale >= RACE_ATTEMPTS)
      waiting.reject(new LockSetChanged(`what the enrollment was decided on kept changing before its claim`));
    else again.push(waiting);
  });
  return again;
}

/** The claim's numbers as the statement returns them for a claimed request. */
type ClaimNumbers = Pick<ClaimRow, 'granted' | 'arrivals' | 'taken' | 'revision'>;

/** A keyed answer's key columns (all null without a key). */
function keyOf(keyed: KeyedAnswer | null) {
  return keyed === null
    ? { key: null, field: null, hash: null }
    : { key: keyed.scope.key, field: keyed.scope.field, hash: keyed.hash };
}

/** The facts row of one member (with the activity's columns), as the batch's read returns it. */
interface FactsRow {
  readonly id: string;
  readonly organizationId: string;
  readonly title: string;
  readonly description: string;
  readonly place: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly enrollmentOpensAt: Date;
  readonly enrollmentClosesAt: Date;
  readonly places: number;
  readonly placesPerMember: number;
  readonly waitingList: boolean;
  readonly eligibility: 'SUBTREE_MEMBERS' | 'SUBTREE_REAL_NAME_MEMBERS';
  readonly taken: number;
  readonly memberId: string | null;
  readonly memberStatus: string | null;
  readonly memberOrganizationId: string | null;
  readonly realName: boolean | null;
  readonly ancestors: string[] | null;
  readonly enrollmentId: string | null;
  readonly enrollmentPlaces: number | null;
  readonly enrollmentStatus: 'ENROLLED' | 'WAITING' | 'CANCELLED' | null;
  readonly enrollmentArrival: number | null;
  readonly enrollmentEnrolledAt: Date | null;
}

/**
 * What core decides a batch on, in one statement that locks nothing: the activity, and per member
 * their membership status, union (with its ancestors, nearest first), real-name status and
 * enrollment in the activity. Returns each member's facts (no activity: none has any) and the places
 * the activity had taken (what the batch predicts its requests' outcomes from).
 *
 * The enrollment is looked up per member (LATERAL, an index probe each): the statement is prepared,
 * and the generic plan PostgreSQL settles on for a plain join scanned every enrollment of the
 * activity into a hash (0.9 ms per batch at 2,000 enrollments, growing with them; 0.15 ms this way).
 */
async function readFacts(
  statement: Statement,
  activityId: string,
  memberIds: readonly string[],
): Promise<{ facts: (memberId: string) => EnrollmentFacts; taken: number }> {
  // The instants as timestamptz (UTC): pg parses a timestamp without a zone in the process's zone.
  const rows = await statement<FactsRow>(
    Prisma.sql`
    SELECT a."id", a."organizationId", a."title", a."description", a."place",
           a."startsAt" AT TIME ZONE 'UTC' AS "startsAt", a."endsAt" AT TIME ZONE 'UTC' AS "endsAt",
           a."enrollmentOpensAt" AT TIME ZONE 'UTC' AS "enrollmentOpensAt",
           a."enrollmentClosesAt" AT TIME ZONE 'UTC' AS "enrollmentClosesAt",
           a."places", a."placesPerMember", a."waitingList",
           a."eligibility"::text AS "eligibility", a."taken",
           m."id" AS "memberId", m."status"::text AS "memberStatus", m."organizationId" AS "memberOrganizationId",
           (m."phoneEncrypted" IS NOT NULL) AS "realName",
           ARRAY(SELECT l."ancestorId" FROM "OrganizationLink" l
                 WHERE l."descendantId" = m."organizationId" AND l."distance" > 0
                 ORDER BY l."distance") AS "ancestors",
           e."id" AS "enrollmentId", e."places" AS "enrollmentPlaces", e."status"::text AS "enrollmentStatus",
           e."arrival" AS "enrollmentArrival", e."enrolledAt" AT TIME ZONE 'UTC' AS "enrollmentEnrolledAt"
    FROM "Activity" a
    LEFT JOIN "Member" m ON m."id" = ANY(${[...new Set(memberIds)]}::text[])
    LEFT JOIN LATERAL (SELECT * FROM "Enrollment" e
                       WHERE e."activityId" = a."id" AND e."memberId" = m."id" LIMIT 1) e ON true
    WHERE a."id" = ${activityId}`,
  );
  const [row] = rows;
  const activity = row === undefined ? null : toActivity(row);
  const members = new Map(rows.filter((r) => r.memberId !== null).map((r) => [r.memberId as string, r]));
  const facts = (memberId: string): EnrollmentFacts => {
    const m = members.get(memberId);
    if (activity === null || m === undefined) return { activity, member: null, existing: null };
    return {
      activity,
      member: {
        memberId,
        status: m.memberStatus as NonNullable<EnrollmentFacts['member']>['status'],
        organizationSelfAndAncestorIds: [m.memberOrganizationId as string, ...(m.ancestors ?? [])],
        realName: m.realName === true,
      },
      existing:
        m.enrollmentId === null
          ? null
          : {
              id: m.enrollmentId,
              activityId: activity.id,
              memberId,
              places: m.enrollmentPlaces as number,
              status: m.enrollmentStatus as 'ENROLLED' | 'WAITING' | 'CANCELLED',
              arrival: m.enrollmentArrival as number,
              enrolledAt: (m.enrollmentEnrolledAt as Date).toISOString(),
            },
    };
  };
  return { facts, taken: row?.taken ?? 0 };
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
