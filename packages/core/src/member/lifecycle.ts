// The membership lifecycle as commands (会籍管理): transfer, retain, reactivate, terminate, lapse,
// employer dissolved. Each loads the member (the store locks its row), checks who holds the
// membership now, lets the state machine in membership.ts decide, and records one
// `member.membershipChanged` per member with the event for the history.

import { err, ok, type Result } from '../kernel/result.js';
import type { Command, Decision } from '../organization/commands.js';
import { GRASSROOTS_KINDS, type OrganizationKind, type OrganizationLevel } from '../organization/kind.js';
import type { Organization } from '../organization/organization.js';
import type { Change, UnitOfWork } from '../ports/store.js';
import { acftu2016 } from '../ruleset/rule-set.js';
import { addMonths, daysInMonth, isCalendarDate, requireCalendarDate } from './calendar-date.js';
import { chinaToday } from './commands.js';
import type { HeldMembershipState, Member, MemberErrorCode, MembershipRecord } from './member.js';
import {
  decideEmployerDissolved,
  decideLapse,
  decideReactivate,
  decideRetain,
  decideTerminate,
  decideTransfer,
  type MembershipResult,
  type RetentionReason,
} from './membership.js';

/** Dates of a member's dues and union activity, and of the talk before a lapse (经教育); each `YYYY-MM-DD` or null. */
export interface MemberEngagement {
  readonly lastDuesPaidOn: string | null;
  readonly lastActivityOn: string | null;
  readonly spokenToOn: string | null;
}

/** A member with no dues, activity or talk on record. */
export const NO_ENGAGEMENT: MemberEngagement = {
  lastDuesPaidOn: null,
  lastActivityOn: null,
  spokenToOn: null,
};

/** A member and their engagement, as the lapse run reads them. */
export interface EngagedMember {
  readonly member: Member;
  readonly engagement: MemberEngagement;
}

/** Kinds that may hold the membership of someone whose employer has no union: township/street unions. */
export const TOWNSHIP_UNION_KINDS: readonly OrganizationKind[] = [
  'FEDERATION_OF_TRADE_UNIONS',
  'REGIONAL_FEDERATION',
];

/** Levels of a township/street (乡镇/街道) union, or a village/community one below it. */
export const TOWNSHIP_UNION_LEVELS: readonly OrganizationLevel[] = ['TOWNSHIP', 'VILLAGE'];

/**
 * Most members one `lapseMemberships` or `holdMembersOfDissolvedEmployer` run changes; run again for more.
 * The API prices the run's `members` at this many rows, so a member with its organization fits the cost limit.
 */
export const MEMBERSHIP_BATCH_LIMIT = 500;

/** Result of a lifecycle command. */
type LifecycleResult<T> = Result<Decision<T>, MemberErrorCode>;

/** Input of `transferMember` (会籍转接). */
export interface TransferMemberInput {
  readonly memberId: string;
  /** The union the caller sees holding the membership: a transfer from elsewhere is refused (`MEMBER_HOLDER_CHANGED`). */
  readonly fromOrganizationId: string;
  /** The new employer's union (grassroots kind), or null when the new employer has none. */
  readonly employerUnionId: string | null;
  /** The township/street union that holds the membership when the employer has no union. */
  readonly townshipUnionId?: string | null;
  /** Date `YYYY-MM-DD` of the transfer; default today (China Standard Time); not in the future. */
  readonly date?: string | null;
}

/** Input of `retainMember` (保留会籍). */
export interface RetainMemberInput {
  readonly memberId: string;
  readonly reason: RetentionReason;
  /** The township/street union that holds the retained membership, if it moves there. */
  readonly holderUnionId?: string | null;
  readonly date?: string | null;
}

/** Input of `reactivateMember`: the new employer's union, or the township/street union. */
export interface ReactivateMemberInput {
  readonly memberId: string;
  readonly employerUnionId: string | null;
  readonly townshipUnionId?: string | null;
  readonly date?: string | null;
}

/** Input of `terminateMember`. */
export interface TerminateMemberInput {
  readonly memberId: string;
  readonly reason: 'LEFT' | 'EXPELLED';
  /** The grounds; required for an expulsion. */
  readonly note?: string | null;
  readonly date?: string | null;
}

/** Input of `recordMemberEngagement`: each given date replaces the one on record; an omitted one stays. */
export interface RecordEngagementInput {
  readonly memberId: string;
  readonly duesPaidOn?: string | null;
  readonly activityOn?: string | null;
  readonly spokenToOn?: string | null;
}

/** Input of `lapseMemberships`. */
export interface LapseMembershipsInput {
  /** The organization whose subtree is searched for lapsed memberships. */
  readonly organizationId: string;
  /** True: decide and return, change nothing. */
  readonly preview: boolean;
}

/** Input of `holdMembersOfDissolvedEmployer`. */
export interface DissolvedEmployerInput {
  /** The union of the dissolved (bankrupt) employer. */
  readonly organizationId: string;
  readonly date?: string | null;
}

/** What a subtree-wide run decided: the members as they are after it, and whether more remain. */
export interface MembershipRun {
  readonly members: readonly Member[];
  /** True when the batch limit was reached: run again for the rest. */
  readonly more: boolean;
}

/** Transfers (会籍转接) an active membership: the old one closes and the new one opens in one change. */
export const transferMember: Command<TransferMemberInput, Member> = async (uow, env, input) => {
  const loaded = await loadMember(uow, input.memberId);
  if (!loaded.ok) return loaded;
  const member = loaded.value;
  if (member.membership.organizationId !== input.fromOrganizationId) {
    // The new holder is not named: the caller may not be allowed to see it.
    return err(
      'MEMBER_HOLDER_CHANGED',
      `the membership is no longer held by '${input.fromOrganizationId}': it changed since it was read; read the member again`,
      { path: ['fromOrganizationId'] },
    );
  }
  const date = dateOf(input.date, env.clock);
  if (!date.ok) return date;
  const place = await checkPlacement(uow, input.employerUnionId, input.townshipUnionId ?? null);
  if (!place.ok) return place;
  return decided(member, decideTransfer(member.membership, { date: date.value, ...place.value }), env.ids);
};

/** Retains (保留会籍) an active membership on retirement or unemployment. */
export const retainMember: Command<RetainMemberInput, Member> = async (uow, env, input) => {
  const loaded = await loadMember(uow, input.memberId);
  if (!loaded.ok) return loaded;
  const date = dateOf(input.date, env.clock);
  if (!date.ok) return date;
  const holder = input.holderUnionId ?? null;
  if (holder !== null) {
    const township = await checkTownshipUnion(uow, holder, 'holderUnionId');
    if (!township.ok) return township;
  }
  const decision = decideRetain(loaded.value.membership, {
    date: date.value,
    reason: input.reason,
    holderUnionId: holder,
  });
  return decided(loaded.value, decision, env.ids);
};

/** Reactivates a retained membership on re-employment, at the new employer's union (or the township union). */
export const reactivateMember: Command<ReactivateMemberInput, Member> = async (uow, env, input) => {
  const loaded = await loadMember(uow, input.memberId);
  if (!loaded.ok) return loaded;
  const date = dateOf(input.date, env.clock);
  if (!date.ok) return date;
  const place = await checkPlacement(uow, input.employerUnionId, input.townshipUnionId ?? null);
  if (!place.ok) return place;
  return decided(
    loaded.value,
    decideReactivate(loaded.value.membership, { date: date.value, ...place.value }),
    env.ids,
  );
};

/** Ends an active or retained membership: left, or expelled with its grounds. */
export const terminateMember: Command<TerminateMemberInput, Member> = async (uow, env, input) => {
  const loaded = await loadMember(uow, input.memberId);
  if (!loaded.ok) return loaded;
  const date = dateOf(input.date, env.clock);
  if (!date.ok) return date;
  const decision = decideTerminate(loaded.value.membership, {
    date: date.value,
    reason: input.reason,
    note: input.note ?? null,
  });
  return decided(loaded.value, decision, env.ids);
};

/** Records a member's dues payment, union activity or the talk before a lapse (dates not in the future). */
export const recordMemberEngagement: Command<RecordEngagementInput, MemberEngagement> = async (
  uow,
  env,
  input,
) => {
  const loaded = await loadMember(uow, input.memberId);
  if (!loaded.ok) return loaded;
  const before = await uow.members.engagementOf(input.memberId);
  const fields = [
    ['duesPaidOn', 'lastDuesPaidOn'],
    ['activityOn', 'lastActivityOn'],
    ['spokenToOn', 'spokenToOn'],
  ] as const;
  let after = before;
  for (const [field, column] of fields) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    const date = dateOf(value, env.clock, field);
    if (!date.ok) return date;
    after = { ...after, [column]: date.value };
  }
  const { organizationId } = loaded.value.membership;
  const change: Change = {
    type: 'member.engagementRecorded',
    memberId: input.memberId,
    organizationId,
    before,
    after,
  };
  return ok({ value: after, changes: [change] });
};

/**
 * Ends, as left (自动退会), every active membership in an organization's subtree whose grace period
 * is over (`decideLapse`: no dues and no union activity for `rules.membership.duesGraceMonths`
 * months after being spoken to), at most `MEMBERSHIP_BATCH_LIMIT` per run. With `preview` nothing
 * changes: the answer lists who would lapse today.
 */
export const lapseMemberships: Command<LapseMembershipsInput, MembershipRun> = async (uow, env, input) => {
  const rules = env.rules ?? acftu2016;
  const organization = await loadOrganization(uow, input.organizationId, 'organizationId');
  if (!organization.ok) return organization;
  const today = chinaToday(env.clock);
  const candidates = await uow.members.findLapseCandidates(
    input.organizationId,
    lapseBound(today, rules.membership.duesGraceMonths),
    MEMBERSHIP_BATCH_LIMIT + 1,
  );
  const members: Member[] = [];
  const changes: Change[] = [];
  for (const { member, engagement } of candidates.slice(0, MEMBERSHIP_BATCH_LIMIT)) {
    const decision = decideLapse(member.membership, { today, ...engagement }, rules);
    if (!decision.ok) continue;
    const changed = membershipChange(member, decision.value.state, decision.value.event, env.ids.next());
    members.push(changed.after);
    changes.push(changed);
  }
  return ok({
    value: { members, more: candidates.length > MEMBERSHIP_BATCH_LIMIT },
    changes: input.preview ? [] : changes,
  });
};

/**
 * The employer went bankrupt or was dissolved: every active or retained membership its union holds
 * is held by the next higher union (the union's parent), at most `MEMBERSHIP_BATCH_LIMIT` per run.
 */
export const holdMembersOfDissolvedEmployer: Command<DissolvedEmployerInput, MembershipRun> = async (
  uow,
  env,
  input,
) => {
  const organization = await loadOrganization(uow, input.organizationId, 'organizationId');
  if (!organization.ok) return organization;
  const date = dateOf(input.date, env.clock);
  if (!date.ok) return date;
  const higherUnionId = organization.value.parentId;
  if (higherUnionId === null) {
    return err(
      'MEMBER_NO_HIGHER_UNION',
      `'${organization.value.name}' has no higher union to hold its members`,
      {
        path: ['organizationId'],
      },
    );
  }
  const held = await uow.members.findLiveHeldBy(input.organizationId, MEMBERSHIP_BATCH_LIMIT + 1);
  const members: Member[] = [];
  const changes: Change[] = [];
  for (const member of held.slice(0, MEMBERSHIP_BATCH_LIMIT)) {
    const decision = decideEmployerDissolved(member.membership, { date: date.value, higherUnionId });
    if (!decision.ok) return decision;
    const changed = membershipChange(member, decision.value.state, decision.value.event, env.ids.next());
    members.push(changed.after);
    changes.push(changed);
  }
  return ok({ value: { members, more: held.length > MEMBERSHIP_BATCH_LIMIT }, changes });
};

/**
 * The latest date a silence may have started for a membership to have lapsed by `today`: the
 * start is at most `today` less the grace months, widened to that month's end (Aug 31 + 6 months
 * is Feb 28), so the store's prefilter never misses one; `decideLapse` then decides exactly.
 */
export function lapseBound(today: string, graceMonths: number): string {
  const bound = requireCalendarDate(addMonths(today, -graceMonths), 'bound');
  const day = daysInMonth(bound.year, bound.month);
  return `${String(bound.year).padStart(4, '0')}-${String(bound.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

async function loadMember(uow: UnitOfWork, memberId: string): Promise<Result<Member, MemberErrorCode>> {
  const member = await uow.members.findById(memberId);
  if (!member) return err('MEMBER_NOT_FOUND', `no member with id '${memberId}'`, { path: ['memberId'] });
  return ok(member);
}

async function loadOrganization(
  uow: UnitOfWork,
  id: string,
  field: string,
): Promise<Result<Organization, MemberErrorCode>> {
  const organization = await uow.organizations.findById(id);
  if (!organization) return err('ORG_NOT_FOUND', `no organization with id '${id}'`, { path: [field] });
  return ok(organization);
}

async function loadActive(
  uow: UnitOfWork,
  id: string,
  field: string,
): Promise<Result<Organization, MemberErrorCode>> {
  const organization = await loadOrganization(uow, id, field);
  if (organization.ok && organization.value.status !== 'ACTIVE') {
    return err('ORG_DISSOLVED', `'${organization.value.name}' is dissolved`, { path: [field] });
  }
  return organization;
}

/** A township/street union: active, a federation kind, at township or village level. */
async function checkTownshipUnion(
  uow: UnitOfWork,
  id: string,
  field: string,
): Promise<Result<Organization, MemberErrorCode>> {
  const union = await loadActive(uow, id, field);
  if (!union.ok) return union;
  const { kind, level, name } = union.value;
  if (!TOWNSHIP_UNION_KINDS.includes(kind) || !TOWNSHIP_UNION_LEVELS.includes(level)) {
    return err(
      'MEMBER_HOLDER_KIND',
      `'${name}' (${kind} at ${level}) cannot hold memberships for employers without a union: ` +
        'that is the township/street union, a federation at TOWNSHIP or VILLAGE level',
      { path: [field], details: { kind, level } },
    );
  }
  return union;
}

/** Where a membership goes: an active grassroots union of the employer, else the township/street union. */
async function checkPlacement(
  uow: UnitOfWork,
  employerUnionId: string | null,
  townshipUnionId: string | null,
): Promise<Result<{ employerUnionId: string | null; townshipUnionId: string | null }, MemberErrorCode>> {
  if (employerUnionId !== null) {
    const union = await loadActive(uow, employerUnionId, 'employerUnionId');
    if (!union.ok) return union;
    if (!GRASSROOTS_KINDS.includes(union.value.kind)) {
      return err('MEMBER_ORGANIZATION_KIND', `a ${union.value.kind} has unions, not people, as members`, {
        path: ['employerUnionId'],
        details: { kind: union.value.kind, allowed: GRASSROOTS_KINDS },
      });
    }
    return ok({ employerUnionId, townshipUnionId: null });
  }
  if (townshipUnionId !== null) {
    const township = await checkTownshipUnion(uow, townshipUnionId, 'townshipUnionId');
    if (!township.ok) return township;
  }
  // No township union either: the state machine answers MEMBERSHIP_HOLDER_REQUIRED.
  return ok({ employerUnionId: null, townshipUnionId });
}

/** The date of a transition: given (a real date, not after today) or today in China Standard Time. */
function dateOf(
  value: string | null | undefined,
  clock: { now(): Date },
  field = 'date',
): Result<string, MemberErrorCode> {
  const today = chinaToday(clock);
  const date = value ?? today;
  if (!isCalendarDate(date)) {
    return err('MEMBERSHIP_INVALID_DATE', `${field} '${date}' is not a real calendar date YYYY-MM-DD`, {
      path: [field],
    });
  }
  if (date > today) {
    return err('MEMBER_DATE_FUTURE', `${field} ${date} is after today ${today}`, { path: [field] });
  }
  return ok(date);
}

/** The change that moves a member to a new membership state, with its history record. */
function membershipChange(
  before: Member,
  state: HeldMembershipState | { status: 'NONE' },
  event: MembershipRecord | Omit<MembershipRecord, 'id' | 'memberId'>,
  eventId: string,
): Extract<Change, { type: 'member.membershipChanged' }> {
  if (state.status === 'NONE') throw new Error('a registered member always has a membership');
  const after: Member = { ...before, membership: state };
  return {
    type: 'member.membershipChanged',
    before,
    after,
    event: { ...event, id: eventId, memberId: before.id },
  };
}

function decided(
  member: Member,
  decision: MembershipResult,
  ids: { next(): string },
): LifecycleResult<Member> {
  if (!decision.ok) return decision;
  const change = membershipChange(member, decision.value.state, decision.value.event, ids.next());
  return ok({ value: change.after, changes: [change] });
}
