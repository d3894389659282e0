import { err, ok, type Result } from '../kernel/result.js';
import { acftu2016, type RuleSet } from '../ruleset/rule-set.js';
import { addDays, addMonths, ageOn, anniversary, isCalendarDate } from './calendar-date.js';

/** Where one person's membership (会籍) stands. */
export type MembershipStatus = 'NONE' | 'ACTIVE' | 'RETAINED' | 'ENDED';

/** Why a membership is retained (保留会籍): no dues, no vote, cannot stand. */
export type RetentionReason = 'RETIRED' | 'UNEMPLOYED';

/** Why a membership ended. */
export type EndReason = 'LEFT' | 'EXPELLED' | 'LAPSED';

/** Who holds a live membership: the employer's own union, the township/street union, or the next higher union. */
export type Custody = 'EMPLOYER_UNION' | 'TOWNSHIP_UNION' | 'HIGHER_UNION';

/** Fields every membership that exists (or existed) carries. */
interface HeldMembership {
  /** The union holding the membership (for ENDED: the last one). */
  readonly organizationId: string;
  /** Date `YYYY-MM-DD` the person joined; kept across transfers, retention and reactivation. */
  readonly memberSince: string;
  /** Date `YYYY-MM-DD` the current status and holder began. */
  readonly since: string;
}

/** One person's membership at a point in time. */
export type MembershipState =
  | { readonly status: 'NONE' }
  | (HeldMembership & { readonly status: 'ACTIVE'; readonly custody: Custody })
  | (HeldMembership & {
      readonly status: 'RETAINED';
      readonly custody: Custody;
      readonly reason: RetentionReason;
    })
  | (HeldMembership & { readonly status: 'ENDED'; readonly reason: EndReason; readonly note: string | null });

/** The state of a person who has never been a member. */
export const NO_MEMBERSHIP: MembershipState = { status: 'NONE' };

/** What happened to a membership, one per transition. */
export type MembershipEventType =
  | 'JOINED'
  | 'TRANSFERRED'
  | 'RETAINED'
  | 'REACTIVATED'
  | 'TERMINATED'
  | 'LAPSED'
  | 'HELD_BY_HIGHER_UNION';

/** Reason recorded on an event. */
export type MembershipEventReason =
  | RetentionReason
  | EndReason
  | 'EMPLOYER_HAS_NO_UNION'
  | 'EMPLOYER_DISSOLVED';

/** A record of one transition, to store in the membership history. */
export interface MembershipEvent {
  readonly type: MembershipEventType;
  /** Date `YYYY-MM-DD` the transition takes effect. */
  readonly date: string;
  /** The union the membership leaves (null on joining). */
  readonly fromOrganizationId: string | null;
  /** The union that holds the membership afterwards (null when it ends). */
  readonly toOrganizationId: string | null;
  readonly reason: MembershipEventReason | null;
  /** Free text: the grounds of an expulsion, or a remark. */
  readonly note: string | null;
}

/** A transition's outcome: the new state and the event to store. */
export interface MembershipTransition {
  readonly state: MembershipState;
  readonly event: MembershipEvent;
}

/** Error codes of the membership transitions. */
export type MembershipError =
  | 'MEMBERSHIP_ALREADY_ACTIVE'
  | 'MEMBERSHIP_ALREADY_RETAINED'
  | 'MEMBERSHIP_UNDER_AGE'
  | 'MEMBERSHIP_NOT_ACTIVE'
  | 'MEMBERSHIP_NOT_RETAINED'
  | 'MEMBERSHIP_NOT_MEMBER'
  | 'MEMBERSHIP_SAME_ORGANIZATION'
  | 'MEMBERSHIP_HOLDER_REQUIRED'
  | 'MEMBERSHIP_DATE_ORDER'
  | 'MEMBERSHIP_INVALID_DATE'
  | 'MEMBERSHIP_REASON_REQUIRED'
  | 'MEMBERSHIP_NOT_SPOKEN_TO'
  | 'MEMBERSHIP_GRACE_NOT_OVER';

/** Result of a membership transition. */
export type MembershipResult = Result<MembershipTransition, MembershipError>;

/**
 * Where a membership goes on joining, transfer or reactivation: the employer's union, or, when the
 * employer has none (`employerUnionId: null`), the union of the township/street where the member works.
 */
export interface Placement {
  readonly employerUnionId: string | null;
  readonly townshipUnionId?: string | null;
}

/** Input of `decideJoin`. */
export interface JoinInput extends Placement {
  /** Joining date `YYYY-MM-DD`. */
  readonly date: string;
  /** Birth date `YYYY-MM-DD`, e.g. from `parseIdNumber`. */
  readonly birthDate: string;
}

/** Input of `decideTransfer` and `decideReactivate`. */
export interface MoveInput extends Placement {
  /** Date `YYYY-MM-DD` of the transfer or re-employment. */
  readonly date: string;
}

/** Input of `decideRetain`. */
export interface RetainInput {
  readonly date: string;
  readonly reason: RetentionReason;
  /** The township/street (or community) union that holds the retained membership, if it moves there. */
  readonly holderUnionId?: string | null;
}

/** Input of `decideTerminate`. */
export interface TerminateInput {
  readonly date: string;
  readonly reason: 'LEFT' | 'EXPELLED';
  /** The grounds; required for an expulsion. */
  readonly note?: string | null;
}

/**
 * Input of `decideLapse`: the member's record as of `today`. The silence starts the day after the
 * later of the last dues payment and the last union activity (a day with either is not silent), or
 * on the first day of the current active period when that is later.
 */
export interface LapseInput {
  readonly today: string;
  readonly lastDuesPaidOn: string | null;
  readonly lastActivityOn: string | null;
  /** When the union spoke to the member (经教育); must be after the last dues and activity. */
  readonly spokenToOn: string | null;
}

/** Input of `decideEmployerDissolved`. */
export interface DissolvedInput {
  readonly date: string;
  /** The next higher union, which holds the membership from now on. */
  readonly higherUnionId: string;
}

/** True while a membership is active or retained: a person has at most one such. */
export function hasLiveMembership(state: MembershipState): boolean {
  return state.status === 'ACTIVE' || state.status === 'RETAINED';
}

/** True when the member may vote: active members only (retained members do not). */
export function canVote(state: MembershipState): boolean {
  return state.status === 'ACTIVE';
}

/** True when the member may stand for election as far as membership goes (see also candidate eligibility). */
export function canStand(state: MembershipState): boolean {
  return state.status === 'ACTIVE';
}

/** True when the member owes monthly dues: active members only. */
export function owesDues(state: MembershipState): boolean {
  return state.status === 'ACTIVE';
}

/**
 * Monthly dues in integer fen: the wage (integer fen) times `rules.membership.duesRate`, rounded
 * half up to the fen (四舍五入: 0.5 fen becomes 1 fen), computed exactly in integers.
 */
export function monthlyDues(wageFen: number, rules: RuleSet = acftu2016): number {
  if (!Number.isSafeInteger(wageFen) || wageFen < 0) {
    throw new RangeError(`wage: a non-negative integer of fen expected, got ${wageFen}`);
  }
  const { numerator, denominator } = rules.membership.duesRate;
  const twice = 2n * BigInt(wageFen) * BigInt(numerator);
  const d = BigInt(denominator);
  return Number((twice + d) / (2n * d));
}

/** Joins: from no membership (or an ended one), if the person is old enough on the joining date. */
export function decideJoin(
  state: MembershipState,
  input: JoinInput,
  rules: RuleSet = acftu2016,
): MembershipResult {
  const bad = invalidDate(input.date, 'date') ?? invalidDate(input.birthDate, 'birthDate');
  if (bad) return bad;
  if (state.status === 'ACTIVE')
    return err('MEMBERSHIP_ALREADY_ACTIVE', 'the person already has an active membership');
  if (state.status === 'RETAINED') {
    return err(
      'MEMBERSHIP_ALREADY_RETAINED',
      'the person has a retained membership; reactivate it instead of joining',
    );
  }
  const order = dateOrder(state, input.date);
  if (order) return order;
  const minimumAge = rules.identity.minimumJoiningAge;
  const age = ageOn(input.birthDate, input.date);
  if (age < minimumAge) {
    return err(
      'MEMBERSHIP_UNDER_AGE',
      `a member must be at least ${minimumAge} on the joining date; age ${age}`,
      {
        path: ['birthDate'],
        details: { age, minimumAge, eligibleFrom: anniversary(input.birthDate, minimumAge) },
      },
    );
  }
  const place = placement(input);
  if (!place.ok) return place;
  const { organizationId, custody } = place.value;
  return ok({
    state: { status: 'ACTIVE', organizationId, memberSince: input.date, since: input.date, custody },
    event: event('JOINED', input.date, null, organizationId, custodyReason(custody)),
  });
}

/** Transfers (会籍转接) an active membership to the union of a new employer, closing the old one. */
export function decideTransfer(state: MembershipState, input: MoveInput): MembershipResult {
  const bad = invalidDate(input.date, 'date');
  if (bad) return bad;
  if (state.status !== 'ACTIVE') return notActive(state);
  const order = dateOrder(state, input.date);
  if (order) return order;
  const place = placement(input);
  if (!place.ok) return place;
  const { organizationId, custody } = place.value;
  if (organizationId === state.organizationId) return sameOrganization(organizationId);
  return ok({
    state: { ...state, organizationId, since: input.date, custody },
    event: event('TRANSFERRED', input.date, state.organizationId, organizationId, custodyReason(custody)),
  });
}

/** Retains (保留会籍) an active membership on retirement or unemployment. */
export function decideRetain(state: MembershipState, input: RetainInput): MembershipResult {
  const bad = invalidDate(input.date, 'date');
  if (bad) return bad;
  if (state.status === 'RETAINED')
    return err('MEMBERSHIP_ALREADY_RETAINED', 'the membership is already retained');
  if (state.status !== 'ACTIVE') return notActive(state);
  const order = dateOrder(state, input.date);
  if (order) return order;
  const holder = input.holderUnionId;
  const moved = holder != null && holder !== state.organizationId;
  const organizationId = moved ? holder : state.organizationId;
  const custody: Custody = moved ? 'TOWNSHIP_UNION' : state.custody;
  const { memberSince } = state;
  return ok({
    state: {
      status: 'RETAINED',
      organizationId,
      memberSince,
      since: input.date,
      custody,
      reason: input.reason,
    },
    event: event('RETAINED', input.date, state.organizationId, organizationId, input.reason),
  });
}

/** Reactivates a retained membership on re-employment, at the new employer's union. */
export function decideReactivate(state: MembershipState, input: MoveInput): MembershipResult {
  const bad = invalidDate(input.date, 'date');
  if (bad) return bad;
  if (state.status !== 'RETAINED') {
    return err(
      'MEMBERSHIP_NOT_RETAINED',
      `only a retained membership can be reactivated; it is ${state.status}`,
      {
        details: { status: state.status },
      },
    );
  }
  const order = dateOrder(state, input.date);
  if (order) return order;
  const place = placement(input);
  if (!place.ok) return place;
  const { organizationId, custody } = place.value;
  return ok({
    state: { status: 'ACTIVE', organizationId, memberSince: state.memberSince, since: input.date, custody },
    event: event('REACTIVATED', input.date, state.organizationId, organizationId, custodyReason(custody)),
  });
}

/** Ends an active or retained membership: the member left, or was expelled (grounds required). */
export function decideTerminate(state: MembershipState, input: TerminateInput): MembershipResult {
  const bad = invalidDate(input.date, 'date');
  if (bad) return bad;
  if (state.status !== 'ACTIVE' && state.status !== 'RETAINED') return notMember(state);
  const order = dateOrder(state, input.date);
  if (order) return order;
  const note = input.note?.trim() || null;
  if (input.reason === 'EXPELLED' && note === null) {
    return err('MEMBERSHIP_REASON_REQUIRED', 'an expulsion needs its grounds in the note', {
      path: ['note'],
    });
  }
  return ok({
    state: { ...ended(state, input.date, input.reason), note },
    event: { ...event('TERMINATED', input.date, state.organizationId, null, input.reason), note },
  });
}

/**
 * Treats an active membership as left (自动退会) after `rules.membership.duesGraceMonths` whole
 * calendar months without dues and without union activity, the member having been spoken to after
 * the last dues and activity. The silence starts the day after the last dues or activity (or on the
 * first day of the active period); it lapses on `today` when `today` is at least that start plus the
 * grace months, the first day after six whole silent months (dues on Jan 15: silent from Jan 16,
 * lapses Jul 16; dues on Aug 31: silent from Sep 1, lapses Mar 1; joined Jan 1 and silent since:
 * lapses Jul 1).
 */
export function decideLapse(
  state: MembershipState,
  input: LapseInput,
  rules: RuleSet = acftu2016,
): MembershipResult {
  const bad =
    invalidDate(input.today, 'today') ??
    (input.lastDuesPaidOn === null ? undefined : invalidDate(input.lastDuesPaidOn, 'lastDuesPaidOn')) ??
    (input.lastActivityOn === null ? undefined : invalidDate(input.lastActivityOn, 'lastActivityOn')) ??
    (input.spokenToOn === null ? undefined : invalidDate(input.spokenToOn, 'spokenToOn'));
  if (bad) return bad;
  if (state.status !== 'ACTIVE') return notActive(state);
  const order = dateOrder(state, input.today);
  if (order) return order;
  const lastContribution = latest([input.lastDuesPaidOn, input.lastActivityOn]);
  // A day with dues or activity is not silent: the silence starts the day after it.
  const firstSilentDay = lastContribution === null ? null : addDays(lastContribution, 1);
  const silentSince = latest([firstSilentDay, state.since]) as string;
  if (input.spokenToOn === null || (lastContribution !== null && input.spokenToOn <= lastContribution)) {
    return err(
      'MEMBERSHIP_NOT_SPOKEN_TO',
      'the member must have been spoken to after the last dues and union activity before the membership lapses',
      { path: ['spokenToOn'], details: { spokenToOn: input.spokenToOn, lastContribution } },
    );
  }
  if (input.spokenToOn > input.today) {
    return err('MEMBERSHIP_DATE_ORDER', `spokenToOn ${input.spokenToOn} is after today ${input.today}`, {
      path: ['spokenToOn'],
    });
  }
  const graceMonths = rules.membership.duesGraceMonths;
  const lapsesOn = addMonths(silentSince, graceMonths);
  if (input.today < lapsesOn) {
    return err(
      'MEMBERSHIP_GRACE_NOT_OVER',
      `no dues or activity from ${silentSince} on: the membership lapses on ${lapsesOn}, after ${graceMonths} whole months`,
      { details: { silentSince, lapsesOn, graceMonths } },
    );
  }
  return ok({
    state: { ...ended(state, input.today, 'LAPSED'), note: null },
    event: event('LAPSED', input.today, state.organizationId, null, 'LAPSED'),
  });
}

/** The employer went bankrupt or was dissolved: an active or retained membership is held by the next higher union. */
export function decideEmployerDissolved(state: MembershipState, input: DissolvedInput): MembershipResult {
  const bad = invalidDate(input.date, 'date');
  if (bad) return bad;
  if (state.status !== 'ACTIVE' && state.status !== 'RETAINED') return notMember(state);
  const order = dateOrder(state, input.date);
  if (order) return order;
  if (input.higherUnionId === state.organizationId) return sameOrganization(input.higherUnionId);
  return ok({
    state: { ...state, organizationId: input.higherUnionId, since: input.date, custody: 'HIGHER_UNION' },
    event: event(
      'HELD_BY_HIGHER_UNION',
      input.date,
      state.organizationId,
      input.higherUnionId,
      'EMPLOYER_DISSOLVED',
    ),
  });
}

function event(
  type: MembershipEventType,
  date: string,
  fromOrganizationId: string | null,
  toOrganizationId: string | null,
  reason: MembershipEventReason | null,
): MembershipEvent {
  return { type, date, fromOrganizationId, toOrganizationId, reason, note: null };
}

function ended(state: HeldMembership, date: string, reason: EndReason) {
  const { organizationId, memberSince } = state;
  return { status: 'ENDED' as const, organizationId, memberSince, since: date, reason };
}

function placement(p: Placement): Result<{ organizationId: string; custody: Custody }, MembershipError> {
  if (p.employerUnionId) return ok({ organizationId: p.employerUnionId, custody: 'EMPLOYER_UNION' });
  if (p.townshipUnionId) return ok({ organizationId: p.townshipUnionId, custody: 'TOWNSHIP_UNION' });
  return err(
    'MEMBERSHIP_HOLDER_REQUIRED',
    'the employer has no union: give the township/street union that holds the membership',
    { path: ['townshipUnionId'] },
  );
}

function custodyReason(custody: Custody): MembershipEventReason | null {
  return custody === 'TOWNSHIP_UNION' ? 'EMPLOYER_HAS_NO_UNION' : null;
}

function invalidDate(value: string, field: string) {
  if (isCalendarDate(value)) return undefined;
  return err('MEMBERSHIP_INVALID_DATE', `${field} '${value}' is not a real calendar date YYYY-MM-DD`, {
    path: [field],
  });
}

function dateOrder(state: MembershipState, date: string) {
  if (state.status === 'NONE' || date >= state.since) return undefined;
  return err('MEMBERSHIP_DATE_ORDER', `date ${date} is before the current status began on ${state.since}`, {
    path: ['date'],
    details: { date, since: state.since },
  });
}

function notActive(state: MembershipState) {
  return err('MEMBERSHIP_NOT_ACTIVE', `the membership is not active; it is ${state.status}`, {
    details: { status: state.status },
  });
}

function notMember(state: MembershipState) {
  return err(
    'MEMBERSHIP_NOT_MEMBER',
    `the person has no active or retained membership; it is ${state.status}`,
    {
      details: { status: state.status },
    },
  );
}

function sameOrganization(organizationId: string) {
  return err('MEMBERSHIP_SAME_ORGANIZATION', `the membership is already held by ${organizationId}`, {
    details: { organizationId },
  });
}

function latest(dates: readonly (string | null)[]): string | null {
  let result: string | null = null;
  for (const d of dates) if (d !== null && (result === null || d > result)) result = d;
  return result;
}
