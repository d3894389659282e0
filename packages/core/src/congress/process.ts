import { ceilFractionOf } from '../kernel/fraction.js';
import { type DomainError, err, ok, type Result } from '../kernel/result.js';
import { addDays, addMonths, isCalendarDate } from '../member/calendar-date.js';
import { FEDERATION_KINDS, GRASSROOTS_KINDS, type OrganizationKind } from '../organization/kind.js';
import { acftu2016, type RuleSet } from '../ruleset/rule-set.js';
import type { DelegateComposition } from './composition.js';
import type { CongressForm, Delegate, MemberCount, Position, Term } from './congress.js';
import { congressKindsAllowed, convenes, delegateRange } from './delegates.js';
import type { CongressErrorCode } from './errors.js';
import type { TermKind } from './term.js';

/** A result whose error is a congress code. */
export type CongressResult<T> = Result<T, CongressErrorCode>;

/** Kinds that hold no congress of their own: a branch or group meets in its union's congress. */
const NO_CONGRESS_KINDS: readonly OrganizationKind[] = ['BRANCH', 'GROUP'];

/** True for kinds whose members are counted from their own members' statistics (federations of any kind). */
export function countsReportedMembers(kind: OrganizationKind): boolean {
  return !GRASSROOTS_KINDS.includes(kind);
}

/** The organizations whose subtrees hold an organization's members: itself, and a federation's member unions. */
export function memberSubtreesOf(
  organization: { readonly id: string; readonly kind: OrganizationKind },
  memberUnionIds: readonly string[],
): string[] {
  return FEDERATION_KINDS.includes(organization.kind)
    ? [organization.id, ...memberUnionIds]
    : [organization.id];
}

/**
 * Checks a congress's form against its organization: a grassroots union with fewer than 100 members
 * holds a members' assembly only, from 100 also a delegates' congress, never a delegates' conference;
 * a federation (members are unions) holds a delegates' congress or conference; a branch or group none.
 */
export function checkCongressForm(
  kind: OrganizationKind,
  form: CongressForm,
  memberCount: number,
  rules: RuleSet = acftu2016,
): CongressResult<void> {
  if (NO_CONGRESS_KINDS.includes(kind)) {
    return err('CONGRESS_ORGANIZATION_KIND', `a ${kind} holds no congress of its own`, {
      path: ['organizationId'],
      details: { kind },
    });
  }
  const allowed: readonly CongressForm[] = GRASSROOTS_KINDS.includes(kind)
    ? congressKindsAllowed(memberCount, rules)
    : ['DELEGATES_CONGRESS', 'DELEGATES_CONFERENCE'];
  if (allowed.includes(form)) return ok(undefined);
  return err(
    'CONGRESS_FORM_NOT_ALLOWED',
    `a ${kind} of ${memberCount} members may hold ${allowed.join(' or ')}, not ${form}`,
    { path: ['form'], details: { kind, memberCount, form, allowed } },
  );
}

/**
 * Checks the delegate seats of a congress: none for a members' assembly; for delegates, a positive
 * number within `delegateRange` of the member count (a federation below 100 members: any positive).
 */
export function checkDelegateSeats(
  form: CongressForm,
  seats: number | null,
  memberCount: number,
  rules: RuleSet = acftu2016,
): CongressResult<number | null> {
  if (form === 'MEMBERS_ASSEMBLY') {
    if (seats === null) return ok(null);
    return err('CONGRESS_SEATS_NOT_ALLOWED', "a members' assembly has no delegate seats", {
      path: ['seats'],
    });
  }
  if (seats === null || !Number.isSafeInteger(seats) || seats < 1) {
    return err('CONGRESS_SEATS_REQUIRED', `a ${form} needs a positive whole number of seats, not ${seats}`, {
      path: ['seats'],
    });
  }
  const range = delegateRange(memberCount, rules);
  if (range !== null && (seats < range.min || seats > range.max)) {
    return err(
      'CONGRESS_SEATS_OUT_OF_RANGE',
      `a congress of ${memberCount} members has ${range.min}–${range.max} delegates, not ${seats}`,
      { path: ['seats'], details: { memberCount, seats, min: range.min, max: range.max } },
    );
  }
  return ok(seats);
}

/** Whose term rules apply: a grassroots union's (3 or 5 years) or a federation's (5). */
export function termKindOf(kind: OrganizationKind): TermKind {
  return GRASSROOTS_KINDS.includes(kind) ? 'GRASSROOTS' : 'FEDERATION';
}

/** Checks a `YYYY-MM-DD` input date, naming the field. */
export function checkDate(value: string, field: string): CongressResult<string> {
  if (isCalendarDate(value)) return ok(value);
  return err('CONGRESS_DATE_INVALID', `${field} '${value}' is not a real calendar date YYYY-MM-DD`, {
    path: [field],
  });
}

/** The end of a term of `years` starting on `startsOn`: the same day `years` years later. */
export function termEnd(startsOn: string, years: number): string {
  return addMonths(startsOn, 12 * years);
}

/**
 * Checks that a session convenes: those present at least two thirds of those entitled (exactly two
 * thirds convenes). The error carries the numbers: entitled, present and the fewest needed.
 */
export function checkConvening(
  present: number,
  entitled: number,
  rules: RuleSet = acftu2016,
): CongressResult<void> {
  if (!Number.isSafeInteger(present) || present < 0 || present > entitled) {
    return err(
      'CONGRESS_PRESENT_EXCEEDS_ENTITLED',
      `${present} present of ${entitled} entitled is not possible`,
      {
        path: ['present'],
        details: { present, entitled },
      },
    );
  }
  if (entitled === 0) {
    return err('CONGRESS_NOBODY_ENTITLED', 'nobody is entitled to attend: no serving delegates or members', {
      path: ['termId'],
    });
  }
  if (convenes(present, entitled, rules)) return ok(undefined);
  const needed = ceilFractionOf(entitled, rules.congress.convenQuorum);
  return err(
    'CONGRESS_QUORUM_NOT_MET',
    `${present} of ${entitled} entitled are present; at least ${needed} (two thirds) are needed to convene`,
    { path: ['present'], details: { present, entitled, needed } },
  );
}

/** True when two inclusive date ranges (null end: open) share a day. */
function overlaps(
  a: { startsOn: string; endsOn: string | null },
  b: { startsOn: string; endsOn: string | null },
) {
  return (b.endsOn === null || a.startsOn <= b.endsOn) && (a.endsOn === null || b.startsOn <= a.endsOn);
}

/**
 * Checks a new position against a committee's positions: its dates in order; its holder holding no
 * other position in the committee on any of its days; no second chair on any day; and never more
 * positions held on one day than the committee has seats.
 */
export function checkPositionFits(
  existing: readonly Position[],
  candidate: Pick<Position, 'memberId' | 'role' | 'startsOn' | 'endsOn'>,
  seats: number,
): CongressResult<void> {
  if (candidate.endsOn !== null && candidate.endsOn < candidate.startsOn) {
    return err(
      'CONGRESS_DATES_REVERSED',
      `endsOn ${candidate.endsOn} is before startsOn ${candidate.startsOn}`,
      {
        path: ['endsOn'],
      },
    );
  }
  const during = existing.filter((p) => overlaps(p, candidate));
  const same = during.find((p) => p.memberId === candidate.memberId);
  if (same) {
    return err(
      'POSITION_MEMBER_OVERLAP',
      `the member already holds a ${same.role} position from ${same.startsOn} to ${same.endsOn ?? 'now'}`,
      { path: ['memberId'], details: { positionId: same.id } },
    );
  }
  const chair = candidate.role === 'CHAIR' ? during.find((p) => p.role === 'CHAIR') : undefined;
  if (chair) {
    return err(
      'POSITION_CHAIR_OVERLAP',
      `the committee has a chair from ${chair.startsOn} to ${chair.endsOn ?? 'now'}; a new chair starts after that`,
      { path: ['startsOn'], details: { positionId: chair.id } },
    );
  }
  // The most positions held on one day of the candidate's range: the count only rises on a start day.
  const days = [candidate.startsOn, ...during.map((p) => p.startsOn).filter((d) => d > candidate.startsOn)];
  const busiest = Math.max(
    ...days.map((day) => during.filter((p) => overlaps(p, { startsOn: day, endsOn: day })).length),
  );
  if (busiest + 1 > seats) {
    return err('COMMITTEE_SEATS_FULL', `the committee's ${seats} seats are all held on a day of that range`, {
      path: ['startsOn'],
      details: { seats, held: busiest },
    });
  }
  return ok(undefined);
}

/**
 * The last day by which a term's congress must meet again — it meets at least once a year
 * (`rules.congress.sessionIntervalMonths`): the same day a year after its last session, or after the
 * term began when it has not met yet (a term from 2024-03-01 meets by 2025-03-01; a session on
 * 2024-02-29 calls for the next by 2025-02-28). A session on that day is in time; the day after, it is late.
 */
export function sessionDueBy(
  term: Pick<Term, 'startsOn'>,
  lastSessionOn: string | null,
  rules: RuleSet = acftu2016,
): string {
  return addMonths(lastSessionOn ?? term.startsOn, rules.congress.sessionIntervalMonths);
}

/** The state of a term as the term-expiry watch (换届提醒) sees it on a day. */
export type TermWatchStatus = 'OVERDUE' | 'DELAYED' | 'DUE';

/**
 * Where a term stands on `today`: OVERDUE past its end with no approved delay or past the delay;
 * DELAYED past its end within an approved delay; DUE ending within `withinDays` days (today
 * included); null otherwise.
 */
export function termWatchStatus(
  term: Pick<Term, 'endsOn' | 'delayedUntil'>,
  today: string,
  withinDays: number,
): TermWatchStatus | null {
  if (today > term.endsOn) {
    return term.delayedUntil !== null && today <= term.delayedUntil ? 'DELAYED' : 'OVERDUE';
  }
  return term.endsOn <= addDays(today, withinDays) ? 'DUE' : null;
}

/** The day by which a watched term must be renewed: the approved delay's end when delayed, else its end. */
export function termDeadline(term: Pick<Term, 'endsOn' | 'delayedUntil'>): string {
  return term.delayedUntil ?? term.endsOn;
}

const URGENCY: Record<TermWatchStatus, number> = { OVERDUE: 0, DELAYED: 1, DUE: 2 };

/** Orders watched terms by urgency: overdue, then delayed, then due; each by deadline, then organization id. */
export function compareTermWatch(
  a: {
    readonly status: TermWatchStatus;
    readonly term: Pick<Term, 'endsOn' | 'delayedUntil' | 'organizationId'>;
  },
  b: {
    readonly status: TermWatchStatus;
    readonly term: Pick<Term, 'endsOn' | 'delayedUntil' | 'organizationId'>;
  },
): number {
  const byStatus = URGENCY[a.status] - URGENCY[b.status];
  if (byStatus !== 0) return byStatus;
  const da = termDeadline(a.term);
  const db = termDeadline(b.term);
  if (da !== db) return da < db ? -1 : 1;
  return a.term.organizationId < b.term.organizationId
    ? -1
    : a.term.organizationId > b.term.organizationId
      ? 1
      : 0;
}

/** What `checkDelegateComposition` is given for a term: its serving delegates against the members they represent. */
export function delegateComposition(
  delegates: readonly Delegate[],
  members: MemberCount,
): DelegateComposition {
  const serving = delegates.filter((d) => d.status === 'SERVING');
  return {
    delegates: {
      total: serving.length,
      managers: serving.filter((d) => d.manager).length,
      women: serving.filter((d) => d.gender === 'FEMALE').length,
      frontLine: serving.filter((d) => d.frontLine).length,
    },
    members,
  };
}

/** Re-labels a core rule's violation as a command error at a field path. */
export function violation<C extends CongressErrorCode>(
  error: DomainError<C>,
  path: readonly (string | number)[],
): { readonly ok: false; readonly error: DomainError<C> } {
  return { ok: false, error: { ...error, path } };
}
