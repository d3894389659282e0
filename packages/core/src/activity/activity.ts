// Activities with limited places (活动名额): the entity, its rules and its error codes.
// Who gets a place is decided by the store (one conditional write per enrollment, see
// `ActivityReader.claimPlaces`); everything else — window, eligibility, places per member,
// the order of the waiting list — is decided here.

import { err, ok, type Result } from '../kernel/result.js';
import { nameTextProblem } from '../kernel/text.js';
import type { MembershipStatus } from '../member/membership.js';

/** Who may enrol: the live members of the organization's subtree, or only its real-name members among them. */
export const ACTIVITY_ELIGIBILITIES = ['SUBTREE_MEMBERS', 'SUBTREE_REAL_NAME_MEMBERS'] as const;

/** An eligibility policy of an activity. */
export type ActivityEligibility = (typeof ACTIVITY_ELIGIBILITIES)[number];

/** An activity of an organization with a fixed number of places, enrolled first come, first served. */
export interface Activity {
  readonly id: string;
  /** The organizing union; its whole subtree is invited (see `eligibility`). */
  readonly organizationId: string;
  readonly title: string;
  readonly description: string;
  /** Where it takes place. */
  readonly place: string;
  /** When it starts and ends (ISO-8601 instants), `startsAt < endsAt`. */
  readonly startsAt: string;
  readonly endsAt: string;
  /** Enrollment window `[opensAt, closesAt)`: open from `opensAt` inclusive, closed from `closesAt`. */
  readonly enrollmentOpensAt: string;
  readonly enrollmentClosesAt: string;
  /** Number of places, 1–100,000. */
  readonly places: number;
  /** Places one member may take in one enrollment (e.g. a parent and a child), 1–`places`; default 1. */
  readonly placesPerMember: number;
  /** Whether a member arriving when it is full joins a waiting list (else `ACTIVITY_FULL`). */
  readonly waitingList: boolean;
  readonly eligibility: ActivityEligibility;
}

/** Where an enrollment stands: holding places, waiting for them, or cancelled. */
export type EnrollmentStatus = 'ENROLLED' | 'WAITING' | 'CANCELLED';

/** One member's enrollment in an activity. */
export interface Enrollment {
  readonly id: string;
  readonly activityId: string;
  readonly memberId: string;
  /** Places held or wanted (1–`placesPerMember`). */
  readonly places: number;
  readonly status: EnrollmentStatus;
  /** Arrival number within the activity (1, 2, 3, …, in the order the store decided): the waiting list's order. */
  readonly arrival: number;
  /** When it was made (ISO-8601). */
  readonly enrolledAt: string;
}

/** What eligibility looks at: the member's live membership, union and whether they are real-name verified. */
export interface EnrolleeFacts {
  readonly memberId: string;
  readonly status: MembershipStatus;
  /** The union holding the membership and all its ancestors. */
  readonly organizationSelfAndAncestorIds: readonly string[];
  /** Real-name verified (实名认证): ID number checked and a contact phone on record. */
  readonly realName: boolean;
}

/** Stable codes of the activity rules. */
export const ACTIVITY_ERROR_CODES = [
  'ACTIVITY_NOT_FOUND',
  'ACTIVITY_TITLE_INVALID',
  'ACTIVITY_TEXT_INVALID',
  'ACTIVITY_TIME_INVALID',
  'ACTIVITY_WINDOW_INVALID',
  'ACTIVITY_PLACES_INVALID',
  'ACTIVITY_NOT_OPEN',
  'ACTIVITY_CLOSED',
  'ACTIVITY_NOT_ELIGIBLE',
  'ACTIVITY_ALREADY_ENROLLED',
  'ACTIVITY_FULL',
  'ENROLLMENT_NOT_FOUND',
] as const;

/** A stable code of an activity rule. */
export type ActivityErrorCode = (typeof ACTIVITY_ERROR_CODES)[number];

/** Chinese (zh-CN) text of every activity code. */
export const ACTIVITY_MESSAGES_ZH: Record<ActivityErrorCode, string> = {
  ACTIVITY_NOT_FOUND: '找不到该活动',
  ACTIVITY_TITLE_INVALID: '活动名称应为1至100个可打印字符',
  ACTIVITY_TEXT_INVALID: '活动地点应为1至200个字符，简介不超过2000个字符',
  ACTIVITY_TIME_INVALID: '活动时间不正确：开始时间须早于结束时间',
  ACTIVITY_WINDOW_INVALID: '报名时间不正确：报名开始须早于报名截止，且报名须在活动结束前截止',
  ACTIVITY_PLACES_INVALID: '名额应为1至100000之间的整数，每人可报名额不超过总名额',
  ACTIVITY_NOT_OPEN: '活动报名尚未开始',
  ACTIVITY_CLOSED: '活动报名已截止',
  ACTIVITY_NOT_ELIGIBLE: '您不符合该活动的报名条件',
  ACTIVITY_ALREADY_ENROLLED: '您已报名该活动（或已在候补名单中）',
  ACTIVITY_FULL: '活动名额已满',
  ENROLLMENT_NOT_FOUND: '找不到该报名记录',
};

/** Most places an activity may have. */
export const MAX_ACTIVITY_PLACES = 100_000;

/** Input of an activity's rules (what `createActivity` receives). */
export interface ActivityDraft {
  readonly title: string;
  readonly description?: string | null;
  readonly place: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly enrollmentOpensAt: string;
  readonly enrollmentClosesAt: string;
  readonly places: number;
  readonly placesPerMember?: number | null;
  readonly waitingList?: boolean | null;
  readonly eligibility?: ActivityEligibility | null;
}

/** An ISO-8601 instant as milliseconds, or NaN when it is not one. */
function instant(text: string): number {
  return /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : Number.NaN;
}

/** Checks a draft and normalises it (trimmed texts, instants as `toISOString`, defaults filled in). */
export function checkActivityDraft(
  draft: ActivityDraft,
): Result<Omit<Activity, 'id' | 'organizationId'>, ActivityErrorCode> {
  const title = draft.title.trim();
  const titleProblem = nameTextProblem(title, 100);
  if (titleProblem !== null) {
    return err(
      'ACTIVITY_TITLE_INVALID',
      `an activity's title has 1 to 100 printable characters; this one ${titleProblem}`,
      {
        path: ['title'],
      },
    );
  }
  const place = draft.place.trim();
  const placeProblem = nameTextProblem(place, 200);
  if (placeProblem !== null) {
    return err(
      'ACTIVITY_TEXT_INVALID',
      `the place has 1 to 200 printable characters; this one ${placeProblem}`,
      {
        path: ['place'],
      },
    );
  }
  const description = (draft.description ?? '').trim();
  if ([...description].length > 2000) {
    return err('ACTIVITY_TEXT_INVALID', 'the description has at most 2,000 characters', {
      path: ['description'],
    });
  }
  const [starts, ends, opens, closes] = [
    draft.startsAt,
    draft.endsAt,
    draft.enrollmentOpensAt,
    draft.enrollmentClosesAt,
  ].map(instant) as [number, number, number, number];
  for (const [value, field] of [
    [starts, 'startsAt'],
    [ends, 'endsAt'],
    [opens, 'enrollmentOpensAt'],
    [closes, 'enrollmentClosesAt'],
  ] as const) {
    if (Number.isNaN(value)) {
      return err(
        'ACTIVITY_TIME_INVALID',
        `${field} is not an ISO-8601 date-time such as 2018-07-10T09:00:00+08:00`,
        {
          path: [field],
        },
      );
    }
  }
  if (starts >= ends) {
    return err(
      'ACTIVITY_TIME_INVALID',
      `the activity starts at ${draft.startsAt}, not before it ends at ${draft.endsAt}`,
      {
        path: ['endsAt'],
      },
    );
  }
  if (opens >= closes) {
    return err(
      'ACTIVITY_WINDOW_INVALID',
      `enrollment opens at ${draft.enrollmentOpensAt}, not before it closes at ${draft.enrollmentClosesAt}`,
      { path: ['enrollmentClosesAt'] },
    );
  }
  if (closes > ends) {
    return err(
      'ACTIVITY_WINDOW_INVALID',
      `enrollment closes at ${draft.enrollmentClosesAt}, after the activity ended`,
      {
        path: ['enrollmentClosesAt'],
      },
    );
  }
  const perMember = draft.placesPerMember ?? 1;
  if (!Number.isInteger(draft.places) || draft.places < 1 || draft.places > MAX_ACTIVITY_PLACES) {
    return err(
      'ACTIVITY_PLACES_INVALID',
      `places must be a whole number from 1 to ${MAX_ACTIVITY_PLACES}, not ${draft.places}`,
      {
        path: ['places'],
      },
    );
  }
  if (!Number.isInteger(perMember) || perMember < 1 || perMember > draft.places) {
    return err(
      'ACTIVITY_PLACES_INVALID',
      `places per member must be from 1 to ${draft.places}, not ${perMember}`,
      {
        path: ['placesPerMember'],
      },
    );
  }
  return ok({
    title,
    description,
    place,
    startsAt: new Date(starts).toISOString(),
    endsAt: new Date(ends).toISOString(),
    enrollmentOpensAt: new Date(opens).toISOString(),
    enrollmentClosesAt: new Date(closes).toISOString(),
    places: draft.places,
    placesPerMember: perMember,
    waitingList: draft.waitingList ?? true,
    eligibility: draft.eligibility ?? 'SUBTREE_MEMBERS',
  });
}

/** Whether enrollment is open at `now`: from `enrollmentOpensAt` inclusive to `enrollmentClosesAt` exclusive. */
export function checkEnrollmentWindow(activity: Activity, now: Date): Result<void, ActivityErrorCode> {
  const at = now.getTime();
  if (at < Date.parse(activity.enrollmentOpensAt)) {
    return err('ACTIVITY_NOT_OPEN', `enrollment opens at ${activity.enrollmentOpensAt}`, {
      details: { opensAt: activity.enrollmentOpensAt },
    });
  }
  if (at >= Date.parse(activity.enrollmentClosesAt)) {
    return err('ACTIVITY_CLOSED', `enrollment closed at ${activity.enrollmentClosesAt}`, {
      details: { closesAt: activity.enrollmentClosesAt },
    });
  }
  return ok(undefined);
}

/**
 * Whether a member may enrol: a live membership (active or retained) held in the organization's
 * subtree, and for `SUBTREE_REAL_NAME_MEMBERS` real-name verified.
 */
export function checkActivityEligibility(
  activity: Activity,
  member: EnrolleeFacts,
): Result<void, ActivityErrorCode> {
  if (member.status !== 'ACTIVE' && member.status !== 'RETAINED') {
    return err('ACTIVITY_NOT_ELIGIBLE', 'only members with a live membership may enrol', {
      path: ['memberId'],
    });
  }
  if (!member.organizationSelfAndAncestorIds.includes(activity.organizationId)) {
    return err('ACTIVITY_NOT_ELIGIBLE', "the member's union is not in the organizing union's subtree", {
      path: ['memberId'],
    });
  }
  if (activity.eligibility === 'SUBTREE_REAL_NAME_MEMBERS' && !member.realName) {
    return err(
      'ACTIVITY_NOT_ELIGIBLE',
      'this activity is for real-name verified members (ID number and phone on record)',
      {
        path: ['memberId'],
      },
    );
  }
  return ok(undefined);
}

/** Checks the places one enrollment asks for: 1 to the activity's places per member. */
export function checkPlacesRequested(activity: Activity, places: number): Result<number, ActivityErrorCode> {
  if (!Number.isInteger(places) || places < 1 || places > activity.placesPerMember) {
    return err(
      'ACTIVITY_PLACES_INVALID',
      `one member may take 1 to ${activity.placesPerMember} places, not ${places}`,
      {
        path: ['places'],
      },
    );
  }
  return ok(places);
}

/**
 * Who moves up from the waiting list when `free` places are free: in arrival order, every waiting
 * enrollment that still fits (first fit). A member asking for more places than are left keeps the
 * head of the list while later, smaller requests move up, so no place stays free while a waiting
 * member fits in it — the same order `enroll` serves newcomers in, who find free places only when
 * no waiting member fits them.
 */
export function promoteFromWaitingList(free: number, waiting: readonly Enrollment[]): Enrollment[] {
  const ordered = [...waiting].sort((a, b) => a.arrival - b.arrival);
  const promoted: Enrollment[] = [];
  let left = free;
  for (const enrollment of ordered) {
    if (enrollment.places > left) continue;
    left -= enrollment.places;
    promoted.push({ ...enrollment, status: 'ENROLLED' });
  }
  return promoted;
}

/** A member's position on the waiting list (1 = next), or null when the enrollment is not waiting. */
export function waitingPosition(enrollment: Enrollment, waiting: readonly Enrollment[]): number | null {
  if (enrollment.status !== 'WAITING') return null;
  return waiting.filter((w) => w.status === 'WAITING' && w.arrival < enrollment.arrival).length + 1;
}
