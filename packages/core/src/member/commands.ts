import { err, ok } from '../kernel/result.js';
import type { Command } from '../organization/commands.js';
import { GRASSROOTS_KINDS } from '../organization/kind.js';
import type { Clock } from '../ports/store.js';
import { acftu2016 } from '../ruleset/rule-set.js';
import { isCalendarDate } from './calendar-date.js';
import { parseIdNumber } from './id-number.js';
import {
  checkMemberName,
  checkPhone,
  type HeldMembershipState,
  type IdNumberClaim,
  type Member,
  type MembershipRecord,
} from './member.js';
import { decideJoin, NO_MEMBERSHIP } from './membership.js';

/** Today's date `YYYY-MM-DD` in China Standard Time (UTC+8, no daylight saving) by the clock. */
export function chinaToday(clock: Clock): string {
  return new Date(clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Input of `registerMember`. */
export interface RegisterMemberInput {
  /** The grassroots union (or its branch or group) the person joins. */
  readonly organizationId: string;
  readonly name: string;
  /** 18 characters, or a first-generation 15-digit number (upgraded). */
  readonly idNumber: string;
  readonly phone?: string | null;
  /** Joining date `YYYY-MM-DD`; default today (China Standard Time). Not in the future. */
  readonly joinedOn?: string | null;
}

/** The window of `identity.idNumberTakenAnswersPerHour`, in milliseconds. */
const HOUR_MS = 3_600_000;

/**
 * Registers a real-name member who joins a grassroots union, branch or group: the ID number must be
 * valid and not yet registered (one person, one record for life), the organization active and of a
 * kind that has people as members, and the person at least 16 on the joining date.
 *
 * Whether the ID number is already registered is looked up last, after every other check passed,
 * so asking costs a fully valid registration. The answer `MEMBER_ID_NUMBER_TAKEN` is recorded (a
 * `member.idNumberClaimed` change, audited where the holder's union sees it), and a viewer who got
 * `identity.idNumberTakenAnswersPerHour` such answers in the last hour gets
 * `MEMBER_ID_NUMBER_CHECK_LIMIT` instead, without any lookup.
 */
export const registerMember: Command<RegisterMemberInput, Member> = async (uow, env, input) => {
  const rules = env.rules ?? acftu2016;
  const today = chinaToday(env.clock);
  const name = checkMemberName(input.name);
  if (!name.ok) return name;
  const parsed = parseIdNumber(input.idNumber, { today, rules });
  if (!parsed.ok) return { ok: false, error: { ...parsed.error, path: ['idNumber'] } };
  const phone = checkPhone(input.phone ?? null);
  if (!phone.ok) return phone;
  const joinedOn = input.joinedOn ?? today;
  if (!isCalendarDate(joinedOn)) {
    return err('MEMBERSHIP_INVALID_DATE', `joinedOn '${joinedOn}' is not a real calendar date YYYY-MM-DD`, {
      path: ['joinedOn'],
    });
  }
  if (joinedOn > today) {
    return err('MEMBER_JOIN_DATE_FUTURE', `joinedOn ${joinedOn} is after today ${today}`, {
      path: ['joinedOn'],
    });
  }
  const organization = await uow.organizations.findById(input.organizationId);
  if (!organization) {
    return err('ORG_NOT_FOUND', `no organization with id '${input.organizationId}'`, {
      path: ['organizationId'],
    });
  }
  if (organization.status !== 'ACTIVE') {
    return err('ORG_DISSOLVED', `'${organization.name}' is dissolved`, { path: ['organizationId'] });
  }
  if (!GRASSROOTS_KINDS.includes(organization.kind)) {
    return err('MEMBER_ORGANIZATION_KIND', `a ${organization.kind} has unions, not people, as members`, {
      path: ['organizationId'],
      details: { kind: organization.kind, allowed: GRASSROOTS_KINDS },
    });
  }
  const joined = decideJoin(
    NO_MEMBERSHIP,
    { date: joinedOn, birthDate: parsed.value.birthDate, employerUnionId: organization.id },
    rules,
  );
  if (!joined.ok) {
    // The birth date comes from the ID number; the date is the joining date.
    const path = joined.error.code === 'MEMBERSHIP_UNDER_AGE' ? ['idNumber'] : ['joinedOn'];
    return { ok: false, error: { ...joined.error, path } };
  }
  // Every other check passed: only now may the registry say whether the number is taken.
  const now = env.clock.now();
  const limit = rules.identity.idNumberTakenAnswersPerHour;
  const answered = await uow.members.countIdNumberClaims(new Date(now.getTime() - HOUR_MS).toISOString());
  if (answered >= limit) {
    return err(
      'MEMBER_ID_NUMBER_CHECK_LIMIT',
      `${answered} registrations in the last hour were refused because the ID number was already registered; ` +
        `the limit is ${limit} an hour, so this one was not checked: try again later`,
      { path: ['idNumber'], details: { limit, answered } },
    );
  }
  const holder = await uow.members.findByIdNumber(parsed.value.value);
  if (holder) {
    const claim: IdNumberClaim = {
      at: now.toISOString(),
      holderId: holder.id,
      holderOrganizationId: holder.membership.organizationId,
      organizationId: organization.id,
      organizationName: organization.name,
      name: name.value,
      idNumber: parsed.value.value,
      phone: phone.value,
      joinedOn,
    };
    return {
      ok: false,
      error: {
        code: 'MEMBER_ID_NUMBER_TAKEN',
        message:
          'a member with this ID number is already registered; the union holding the membership sees this ' +
          'request in its audit log (member.idNumberClaimed) and can transfer it (会籍转接)',
        path: ['idNumber'],
      },
      changes: [{ type: 'member.idNumberClaimed', claim }],
    };
  }
  const member: Member = {
    id: env.ids.next(),
    name: name.value,
    idNumber: parsed.value.value,
    gender: parsed.value.gender,
    birthDate: parsed.value.birthDate,
    phone: phone.value,
    membership: joined.value.state as HeldMembershipState,
  };
  const event: MembershipRecord = { ...joined.value.event, id: env.ids.next(), memberId: member.id };
  return ok({ value: member, changes: [{ type: 'member.registered', member, event }] });
};

/** Input of `updateMemberContact`: `phone: null` (or blank) clears it. */
export interface UpdateMemberContactInput {
  readonly memberId: string;
  readonly phone: string | null;
}

/** Changes a member's contact phone. */
export const updateMemberContact: Command<UpdateMemberContactInput, Member> = async (uow, _env, input) => {
  const before = await uow.members.findById(input.memberId);
  if (!before)
    return err('MEMBER_NOT_FOUND', `no member with id '${input.memberId}'`, { path: ['memberId'] });
  const phone = checkPhone(input.phone);
  if (!phone.ok) return phone;
  const after: Member = { ...before, phone: phone.value };
  return ok({ value: after, changes: [{ type: 'member.updated', before, after }] });
};
