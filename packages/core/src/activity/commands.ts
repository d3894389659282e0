import { isRealNameVerified } from '../benefit/policy.js';
import { err, ok, type Result } from '../kernel/result.js';
import {
  type Command,
  type CommandEnv,
  type Decision,
  loadActiveOrganization,
} from '../organization/commands.js';
import type { Readers } from '../ports/store.js';
import {
  type Activity,
  type ActivityDraft,
  checkActivityDraft,
  checkActivityEligibility,
  checkEnrollmentWindow,
  checkPlacesRequested,
  type EnrolleeFacts,
  type Enrollment,
  promoteFromWaitingList,
} from './activity.js';
import type { EnrollmentRequest, PlaceClaim } from './port.js';

/** Input of `createActivity`: the organizing union and the activity's draft. */
export interface CreateActivityInput extends ActivityDraft {
  readonly organizationId: string;
}

/** Creates an activity of an active organization (the draft checked by `checkActivityDraft`). */
export const createActivity: Command<CreateActivityInput, Activity> = async (uow, env, input) => {
  const loaded = await loadActiveOrganization(uow, input.organizationId);
  if (!loaded.ok) return loaded;
  const organization = loaded.value;
  const draft = checkActivityDraft(input);
  if (!draft.ok) return draft;
  const activity: Activity = { id: env.ids.next(), organizationId: organization.id, ...draft.value };
  return ok({ value: activity, changes: [{ type: 'activity.created', activity }] });
};

/** Input of `enroll`. */
export interface EnrollInput {
  readonly activityId: string;
  readonly memberId: string;
  /** Places wanted, default 1 (at most the activity's places per member). */
  readonly places?: number | null;
}

/** What an enrollment or a cancellation leaves: the enrollment and the places still free. */
export interface EnrollmentOutcome {
  readonly enrollment: Enrollment;
  readonly remaining: number;
  /** Waiting enrollments moved up by a cancellation (empty for an enrollment). */
  readonly promoted: readonly Enrollment[];
}

/** An enrollment decided up to its claim: the activity and the request core found in order. */
export interface EnrollmentDecision {
  readonly activity: Activity;
  readonly request: EnrollmentRequest;
}

/** What `enroll` decides on, read before the claim (a store may read it for many requests at once). */
export interface EnrollmentFacts {
  /** The activity, or null when there is none with the input's id. */
  readonly activity: Activity | null;
  /** The member as eligibility sees them, or null when there is no such member. */
  readonly member: EnrolleeFacts | null;
  /** The member's enrollment in the activity (cancelled or not), or null. */
  readonly existing: Enrollment | null;
}

/**
 * Everything `enroll` decides before the claim: inside the window, eligible, not enrolled already,
 * at most the places per member. A store that sends the claim on its own (one conditional
 * statement, see `settleEnrollment`) reads with this first.
 */
export async function decideEnrollment(
  uow: Readers,
  env: CommandEnv,
  input: EnrollInput,
): Promise<Result<EnrollmentDecision>> {
  const state = await uow.activities.findById(input.activityId);
  const member = state && (await uow.members.findById(input.memberId));
  if (!state || !member)
    return decideEnrollmentOn(
      { activity: state?.activity ?? null, member: null, existing: null },
      env,
      input,
    );
  const ancestors = await uow.organizations.ancestorIds(member.membership.organizationId);
  const existing = await uow.activities.findEnrollment(state.activity.id, member.id);
  const facts: EnrolleeFacts = {
    memberId: member.id,
    status: member.membership.status,
    organizationSelfAndAncestorIds: [member.membership.organizationId, ...ancestors],
    realName: isRealNameVerified(member),
  };
  return decideEnrollmentOn({ activity: state.activity, member: facts, existing }, env, input);
}

/** `decideEnrollment` on facts already read: the rules in order, no read of its own. */
export function decideEnrollmentOn(
  { activity, member, existing }: EnrollmentFacts,
  env: CommandEnv,
  input: EnrollInput,
): Result<EnrollmentDecision> {
  if (!activity)
    return err('ACTIVITY_NOT_FOUND', `no activity with id '${input.activityId}'`, { path: ['activityId'] });
  const now = env.clock.now();
  const window = checkEnrollmentWindow(activity, now);
  if (!window.ok) return { ok: false, error: { ...window.error, path: ['activityId'] } };
  const places = checkPlacesRequested(activity, input.places ?? 1);
  if (!places.ok) return places;
  if (!member)
    return err('MEMBER_NOT_FOUND', `no member with id '${input.memberId}'`, { path: ['memberId'] });
  const eligible = checkActivityEligibility(activity, member);
  if (!eligible.ok) return eligible;
  if (existing && existing.status !== 'CANCELLED') {
    return err(
      'ACTIVITY_ALREADY_ENROLLED',
      `the member is already ${existing.status.toLowerCase()} for '${activity.title}'`,
      {
        path: ['memberId'],
        details: { status: existing.status },
      },
    );
  }
  const request: EnrollmentRequest = {
    // One record per activity and member: enrolling again after cancelling reuses it.
    id: existing?.id ?? env.ids.next(),
    activityId: activity.id,
    memberId: member.memberId,
    places: places.value,
    enrolledAt: now.toISOString(),
    again: existing !== null,
    facts: {
      status: member.status,
      organizationId: member.organizationSelfAndAncestorIds[0] as string,
      realName: member.realName,
    },
  };
  return ok({ activity, request });
}

/**
 * What the claim's outcome makes of a decided enrollment: ENROLLED when the places were taken,
 * WAITING when not and the activity keeps a waiting list, `ACTIVITY_FULL` otherwise.
 */
export function settleEnrollment(
  { activity, request }: EnrollmentDecision,
  claim: PlaceClaim,
): Result<Decision<EnrollmentOutcome>> {
  if (!claim.granted && !activity.waitingList) {
    return err('ACTIVITY_FULL', `all ${activity.places} places of '${activity.title}' are taken`, {
      path: ['activityId'],
      details: { places: activity.places, taken: claim.taken },
    });
  }
  const { again: _again, facts: _facts, ...fields } = request;
  const enrollment: Enrollment = {
    ...fields,
    status: claim.granted ? 'ENROLLED' : 'WAITING',
    arrival: claim.arrival,
  };
  return ok({
    value: { enrollment, remaining: activity.places - claim.taken, promoted: [] },
    changes: [{ type: 'activity.enrolled', organizationId: activity.organizationId, enrollment }],
  });
}

/**
 * Enrols a member, first come, first served (`decideEnrollment`). The store's conditional claim
 * decides who gets the last places; a member who arrives when they are gone joins the waiting list,
 * or gets `ACTIVITY_FULL` when the activity has none (`settleEnrollment`).
 */
export const enroll: Command<EnrollInput, EnrollmentOutcome> = async (uow, env, input) => {
  const decided = await decideEnrollment(uow, env, input);
  if (!decided.ok) return decided;
  // Last: the claim decides the places (and records the enrollment) in one conditional write.
  return settleEnrollment(decided.value, await uow.activities.claimPlaces(decided.value.request));
};

/** Input of `cancelEnrollment`. */
export interface CancelEnrollmentInput {
  readonly activityId: string;
  readonly memberId: string;
}

/**
 * Cancels a member's enrollment (or their place on the waiting list) before the activity starts:
 * the freed places go to the waiting list in arrival order, in the same unit of work.
 */
export const cancelEnrollment: Command<CancelEnrollmentInput, EnrollmentOutcome> = async (
  uow,
  env,
  input,
) => {
  const state = await uow.activities.lockById(input.activityId);
  if (!state)
    return err('ACTIVITY_NOT_FOUND', `no activity with id '${input.activityId}'`, { path: ['activityId'] });
  const { activity, taken } = state;
  if (env.clock.now().getTime() >= Date.parse(activity.startsAt)) {
    return err(
      'ACTIVITY_CLOSED',
      `'${activity.title}' started at ${activity.startsAt}; it can no longer be cancelled`,
      {
        path: ['activityId'],
      },
    );
  }
  const live = await uow.activities.findEnrollment(activity.id, input.memberId);
  if (!live || live.status === 'CANCELLED') {
    return err('ENROLLMENT_NOT_FOUND', `the member has no enrollment in '${activity.title}'`, {
      path: ['memberId'],
    });
  }
  const freed = live.status === 'ENROLLED' ? live.places : 0;
  const free = activity.places - taken + freed;
  const promoted =
    freed === 0 ? [] : promoteFromWaitingList(free, await uow.activities.waitingList(activity.id, free));
  const enrollment: Enrollment = { ...live, status: 'CANCELLED' };
  const nowTaken = taken - freed + promoted.reduce((sum, e) => sum + e.places, 0);
  return ok({
    value: { enrollment, remaining: activity.places - nowTaken, promoted },
    changes: [
      { type: 'activity.cancelled', organizationId: activity.organizationId, enrollment, freed, promoted },
    ],
  });
};
