// The activity module's adapter on Prisma: its reader (with the one conditional claim on an
// activity's places), how its changes are written and what each writes to the audit log.
//
// A claim is one UPDATE of the activity's row: PostgreSQL takes the row lock, so the claims on one
// activity are decided one after another in every process, while claims on other activities run in
// parallel; the lock is held until the enrollment commits, so "taken" can never pass "places" (the
// CHECK "Activity_places_taken" refuses it as well).

import type {
  Activity,
  ActivityReader,
  ActivityStoreChange,
  Enrollment,
  EnrollmentRequest,
} from '@gonghui/core';
import { Prisma } from '../generated/prisma/client.js';
import type { ChangeAudits, ChangeWriters, UnitContext } from './unit.js';
import { LockSetChanged } from './write-lock.js';

type ActivityRow = Prisma.ActivityGetPayload<object>;
type EnrollmentRow = Prisma.EnrollmentGetPayload<object>;

/** An activity's places as a unit of work left them: what a `remainingPlaces` event carries. */
export interface PlacesRow {
  readonly id: string;
  readonly places: number;
  readonly taken: number;
  /** Bumped by every change of `taken`, so a subscriber can drop an event older than one it has. */
  readonly revision: number;
}

/** Key under which a unit of work keeps the activity's places in its rows (`UnitState.rows`). */
export function placesKey(activityId: string): string {
  return `places:${activityId}`;
}

/** An activity row's columns the core entity holds. */
type ActivityColumns = Omit<
  ActivityRow,
  'taken' | 'arrivals' | 'lastClaimGranted' | 'revision' | 'createdAt'
>;

/** Maps an activity row (or its columns the entity holds) to the core entity. */
export function toActivity(row: ActivityColumns): Activity {
  return {
    id: row.id,
    organizationId: row.organizationId,
    title: row.title,
    description: row.description,
    place: row.place,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    enrollmentOpensAt: row.enrollmentOpensAt.toISOString(),
    enrollmentClosesAt: row.enrollmentClosesAt.toISOString(),
    places: row.places,
    placesPerMember: row.placesPerMember,
    waitingList: row.waitingList,
    eligibility: row.eligibility,
  };
}

/** Maps an enrollment row to the core entity. */
export function toEnrollment(row: EnrollmentRow): Enrollment {
  return {
    id: row.id,
    activityId: row.activityId,
    memberId: row.memberId,
    places: row.places,
    status: row.status,
    arrival: row.arrival,
    enrolledAt: row.enrolledAt.toISOString(),
  };
}

/** The activity module's reader inside a unit of work. */
export function activityReader({ tx, state }: UnitContext): ActivityReader {
  return {
    async findById(id) {
      const row = await tx.activity.findUnique({ where: { id } });
      return row ? { activity: toActivity(row), taken: row.taken } : null;
    },
    async lockById(id) {
      await tx.$queryRaw`SELECT 1 FROM "Activity" WHERE "id" = ${id} FOR UPDATE`;
      const row = await tx.activity.findUnique({ where: { id } });
      if (row) state.rows.set(placesKey(row.id), row);
      return row ? { activity: toActivity(row), taken: row.taken } : null;
    },
    async findEnrollment(activityId, memberId) {
      const row = await tx.enrollment.findUnique({
        where: { activityId_memberId: { activityId, memberId } },
      });
      return row ? toEnrollment(row) : null;
    },
    async waitingList(activityId, free) {
      const rows = await tx.enrollment.findMany({
        where: { activityId, status: 'WAITING', places: { lte: free } },
        orderBy: { arrival: 'asc' },
        take: free,
      });
      return rows.map(toEnrollment);
    },
    // A new member's row is inserted (two enrollments of one member at once meet at the unique index
    // on activity and member); a cancelled row is taken again only while it is still cancelled, else
    // the unit runs again and finds the member enrolled.
    async claimPlaces(request) {
      const { id, activityId } = request;
      const updatedAt = new Date();
      const [row] = await tx.$queryRaw<(ClaimRow & { recorded: boolean; updated: boolean })[]>`
        WITH ${claimCtes(request, updatedAt, Prisma.sql`true`)}
        SELECT c.*, (c."granted" OR c."waitingList") AS "recorded", EXISTS (SELECT 1 FROM "recorded") AS "updated"
        FROM "claim" c`;
      if (!row) throw new Error(`no activity '${activityId}' to claim places of`);
      if (row.recorded && !row.updated)
        throw new LockSetChanged(`enrollment ${id} was made again at the same moment`);
      const claim = { granted: row.granted, arrival: row.arrivals, taken: row.taken };
      for (const [key, value] of claimedRows(request, row, updatedAt)) state.rows.set(key, value);
      return claim;
    },
  };
}

/** What a claim's statement returns of the activity's row ("claim"). */
export interface ClaimRow extends PlacesRow {
  readonly arrivals: number;
  readonly granted: boolean;
  readonly waitingList: boolean;
}

/**
 * The claim on an activity's places and the enrollment's record, as two CTEs of one WITH ("claim",
 * "recorded"), the claim only where `condition` holds. Every claim takes the activity's row lock
 * and an arrival number; it takes the places only if they fit, and records the enrollment in the
 * same statement (ENROLLED, or WAITING when the activity keeps a waiting list). The SET expressions
 * read the row as it was, so "lastClaimGranted" says what this claim did. A cancelled record is
 * taken again in place (same id) only while it is still cancelled.
 */
export function claimCtes(request: EnrollmentRequest, updatedAt: Date, condition: Prisma.Sql): Prisma.Sql {
  const { id, activityId, memberId, places } = request;
  return Prisma.sql`
    "claim" AS (
      UPDATE "Activity"
      SET "taken" = CASE WHEN "taken" + ${places} <= "places" THEN "taken" + ${places} ELSE "taken" END,
          "arrivals" = "arrivals" + 1,
          "lastClaimGranted" = ("taken" + ${places} <= "places"),
          "revision" = "revision" + CASE WHEN "taken" + ${places} <= "places" THEN 1 ELSE 0 END
      WHERE "id" = ${activityId} AND ${condition}
      RETURNING "id", "places", "taken", "revision", "arrivals", "lastClaimGranted" AS "granted", "waitingList"),
    "recorded" AS (
      INSERT INTO "Enrollment" ("id", "activityId", "memberId", "places", "status", "arrival", "enrolledAt", "updatedAt")
      SELECT ${id}, c."id", ${memberId}, ${places},
             (CASE WHEN c."granted" THEN 'ENROLLED' ELSE 'WAITING' END)::"EnrollmentStatus", c."arrivals",
             ${new Date(request.enrolledAt)}, ${updatedAt}
      FROM "claim" c WHERE c."granted" OR c."waitingList"
      ON CONFLICT ("id") DO UPDATE SET
        "places" = EXCLUDED."places", "status" = EXCLUDED."status", "arrival" = EXCLUDED."arrival",
        "enrolledAt" = EXCLUDED."enrolledAt", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "Enrollment"."status" = 'CANCELLED'
      RETURNING "id")`;
}

/** The rows a claim leaves, by the keys a unit keeps them under: the activity's places, and the enrollment when recorded. */
export function claimedRows(
  request: EnrollmentRequest,
  claim: Pick<ClaimRow, 'id' | 'places' | 'taken' | 'revision' | 'arrivals' | 'granted' | 'waitingList'>,
  updatedAt: Date,
): Map<string, object> {
  const { id, places, taken, revision } = claim;
  const rows = new Map<string, object>([
    [placesKey(id), { id, places, taken, revision } satisfies PlacesRow],
  ]);
  if (claim.granted || claim.waitingList) {
    const enrollment: EnrollmentRow = {
      id: request.id,
      activityId: request.activityId,
      memberId: request.memberId,
      places: request.places,
      status: claim.granted ? 'ENROLLED' : 'WAITING',
      arrival: claim.arrivals,
      enrolledAt: new Date(request.enrolledAt),
      updatedAt,
    };
    rows.set(request.id, enrollment);
  }
  return rows;
}

/** How each activity change is written. */
export const activityWriters: ChangeWriters<ActivityStoreChange> = {
  'activity.created': async ({ tx, state }, { activity: a }) => {
    const row = await tx.activity.create({
      data: {
        ...a,
        startsAt: new Date(a.startsAt),
        endsAt: new Date(a.endsAt),
        enrollmentOpensAt: new Date(a.enrollmentOpensAt),
        enrollmentClosesAt: new Date(a.enrollmentClosesAt),
      },
    });
    state.rows.set(row.id, row);
  },
  // Recorded by its claim, in the claim's statement (activityReader.claimPlaces).
  'activity.enrolled': async ({ state }, { enrollment: e }) => {
    if (!state.rows.has(e.id)) throw new Error(`enrollment ${e.id} was not recorded by its claim`);
  },
  'activity.cancelled': async ({ tx, state }, change) => {
    const moved = change.promoted.reduce((sum, e) => sum + e.places, 0) - change.freed;
    for (const e of [change.enrollment, ...change.promoted]) {
      state.rows.set(e.id, await tx.enrollment.update({ where: { id: e.id }, data: { status: e.status } }));
    }
    if (moved !== 0) {
      const row = await tx.activity.update({
        where: { id: change.enrollment.activityId },
        data: { taken: { increment: moved }, revision: { increment: 1 } },
      });
      state.rows.set(placesKey(row.id), row);
    }
  },
};

/** What each activity change writes to the audit log (scoped to the activity's organization). */
export const activityAudits: ChangeAudits<ActivityStoreChange> = {
  'activity.created': (_, change) => [
    {
      action: change.type,
      targetType: 'Activity',
      targetId: change.activity.id,
      organizationId: change.activity.organizationId,
      after: change.activity,
    },
  ],
  'activity.enrolled': (_, change) => [
    {
      action: change.type,
      targetType: 'Enrollment',
      targetId: change.enrollment.id,
      organizationId: change.organizationId,
      after: change.enrollment,
    },
  ],
  'activity.cancelled': (_, change) => [
    {
      action: change.type,
      targetType: 'Enrollment',
      targetId: change.enrollment.id,
      organizationId: change.organizationId,
      after: { ...change.enrollment, freed: change.freed, promoted: change.promoted.map((e) => e.id) },
    },
  ],
};
