// The activity module's edge to a store: what its commands read (and the one claim the store decides), and its changes.

import type { MembershipStatus } from '../member/membership.js';
import type { Activity, Enrollment } from './activity.js';

/** The outcome of one claim on an activity's places, decided by the store in one conditional write. */
export interface PlaceClaim {
  /** True when the places were taken; false when too few were left. */
  readonly granted: boolean;
  /** The claim's arrival number within the activity (1, 2, 3, …): the waiting list's order. */
  readonly arrival: number;
  /** Places taken after the claim. */
  readonly taken: number;
}

/** An activity with the number of its places taken. */
export interface ActivityState {
  readonly activity: Activity;
  readonly taken: number;
}

/**
 * An enrollment as its member asks for it, before the claim decides its status and arrival, with
 * what core decided it on: a store whose claim runs apart from the reads (one conditional statement)
 * claims only while these still hold.
 */
export interface EnrollmentRequest extends Omit<Enrollment, 'status' | 'arrival'> {
  /** True when it takes the member's cancelled enrollment again (same id), false for a new one. */
  readonly again: boolean;
  /** The member's membership as eligibility read it. */
  readonly facts: {
    readonly status: MembershipStatus;
    /** The union holding the membership. */
    readonly organizationId: string;
    readonly realName: boolean;
  };
}

/** Reads activities inside a unit of work; `claimPlaces` is the one write, since the database must decide it. */
export interface ActivityReader {
  /** The activity with this id and its places taken, or null. */
  findById(id: string): Promise<ActivityState | null>;
  /** Like `findById`, and locks the activity's row until the unit of work ends (a cancellation's waiting list is then stable). */
  lockById(id: string): Promise<ActivityState | null>;
  /** The member's enrollment (one per activity and member, cancelled or not), or null. */
  findEnrollment(activityId: string, memberId: string): Promise<Enrollment | null>;
  /** The waiting enrollments that fit in `free` places (each asks for at most `free`), in arrival order, at most `free` of them: no others can move up. */
  waitingList(activityId: string, free: number): Promise<Enrollment[]>;
  /**
   * Takes the request's places if that many are left, atomically with respect to every other claim
   * on the same activity in any process (a conditional `UPDATE` of the activity's row), hands out the
   * next arrival number either way, and records the enrollment with it: ENROLLED when the places were
   * taken, WAITING when not and the activity keeps a waiting list, nothing otherwise (the command
   * refuses with ACTIVITY_FULL). A database store does all of it in one statement, the last of the
   * command, so the row lock the claim takes is held as briefly as the unit allows.
   */
  claimPlaces(request: EnrollmentRequest): Promise<PlaceClaim>;
}

/** A change to activities and enrollments that a command decided on. */
export type ActivityStoreChange =
  | { readonly type: 'activity.created'; readonly activity: Activity }
  /** An enrollment made: enrolled (its places already claimed) or waiting; recorded by its claim. */
  | { readonly type: 'activity.enrolled'; readonly organizationId: string; readonly enrollment: Enrollment }
  /**
   * An enrollment cancelled: the places it held (none when it was waiting) are freed and the
   * `promoted` waiting enrollments take them, so places taken change by `promoted places − freed`.
   */
  | {
      readonly type: 'activity.cancelled';
      /** The activity's organization (whose admins see the change in the audit log). */
      readonly organizationId: string;
      readonly enrollment: Enrollment;
      readonly freed: number;
      readonly promoted: readonly Enrollment[];
    };
