import { describe, expect, it } from 'vitest';
import type { Result } from '../src/kernel/result.js';
import {
  canStand,
  canVote,
  decideEmployerDissolved,
  decideJoin,
  decideLapse,
  decideReactivate,
  decideRetain,
  decideTerminate,
  decideTransfer,
  hasLiveMembership,
  type MembershipState,
  monthlyDues,
  NO_MEMBERSHIP,
  owesDues,
} from '../src/member/membership.js';
import { acftu2016, withRules } from '../src/ruleset/rule-set.js';

const BIRTH = '1990-03-07';

/** Unwraps a successful transition, failing the test with the error otherwise. */
function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function code(r: Result<unknown>): string | undefined {
  return r.ok ? undefined : r.error.code;
}

function active(): MembershipState {
  return must(decideJoin(NO_MEMBERSHIP, { date: '2020-01-01', birthDate: BIRTH, employerUnionId: 'u-a' }))
    .state;
}

describe('decideJoin', () => {
  it('opens an active membership at the employer union with a JOINED event', () => {
    const r = must(
      decideJoin(NO_MEMBERSHIP, { date: '2020-01-01', birthDate: BIRTH, employerUnionId: 'u-a' }),
    );
    expect(r.state).toEqual({
      status: 'ACTIVE',
      organizationId: 'u-a',
      memberSince: '2020-01-01',
      since: '2020-01-01',
      custody: 'EMPLOYER_UNION',
    });
    expect(r.event).toEqual({
      type: 'JOINED',
      date: '2020-01-01',
      fromOrganizationId: null,
      toOrganizationId: 'u-a',
      reason: null,
      note: null,
    });
  });

  it('admits at 16 exactly on the joining date and refuses one day short', () => {
    expect(
      code(decideJoin(NO_MEMBERSHIP, { date: '2024-05-10', birthDate: '2008-05-10', employerUnionId: 'u' })),
    ).toBe(undefined);
    const r = decideJoin(NO_MEMBERSHIP, {
      date: '2024-05-09',
      birthDate: '2008-05-10',
      employerUnionId: 'u',
    });
    expect(code(r)).toBe('MEMBERSHIP_UNDER_AGE');
    expect(!r.ok && r.error.details).toMatchObject({ age: 15, minimumAge: 16, eligibleFrom: '2024-05-10' });
  });

  it('counts a Feb 29 birthday from Mar 1 in a non-leap year (2084-02-29 turns 16 on 2100-03-01)', () => {
    const input = { birthDate: '2084-02-29', employerUnionId: 'u' };
    expect(code(decideJoin(NO_MEMBERSHIP, { ...input, date: '2100-02-28' }))).toBe('MEMBERSHIP_UNDER_AGE');
    expect(code(decideJoin(NO_MEMBERSHIP, { ...input, date: '2100-03-01' }))).toBe(undefined);
    const r = decideJoin(NO_MEMBERSHIP, { ...input, date: '2100-02-28' });
    expect(!r.ok && r.error.details).toMatchObject({ eligibleFrom: '2100-03-01' });
  });

  it('counts a Feb 29 birthday on Feb 29 of a leap year', () => {
    const input = { birthDate: '2008-02-29', employerUnionId: 'u' };
    expect(code(decideJoin(NO_MEMBERSHIP, { ...input, date: '2024-02-28' }))).toBe('MEMBERSHIP_UNDER_AGE');
    expect(code(decideJoin(NO_MEMBERSHIP, { ...input, date: '2024-02-29' }))).toBe(undefined);
  });

  it('takes the minimum age from the rule set', () => {
    const rules = withRules(acftu2016, { identity: { minimumJoiningAge: 18 } });
    const input = { birthDate: '2004-02-29', employerUnionId: 'u' };
    expect(code(decideJoin(NO_MEMBERSHIP, { ...input, date: '2022-02-28' }, rules))).toBe(
      'MEMBERSHIP_UNDER_AGE',
    );
    expect(code(decideJoin(NO_MEMBERSHIP, { ...input, date: '2022-03-01' }, rules))).toBe(undefined);
    expect(code(decideJoin(NO_MEMBERSHIP, { ...input, date: '2020-03-01' }))).toBe(undefined);
  });

  it('refuses a second live membership', () => {
    expect(code(decideJoin(active(), { date: '2021-01-01', birthDate: BIRTH, employerUnionId: 'u-b' }))).toBe(
      'MEMBERSHIP_ALREADY_ACTIVE',
    );
    const retained = must(decideRetain(active(), { date: '2021-01-01', reason: 'RETIRED' })).state;
    expect(code(decideJoin(retained, { date: '2022-01-01', birthDate: BIRTH, employerUnionId: 'u-b' }))).toBe(
      'MEMBERSHIP_ALREADY_RETAINED',
    );
  });

  it('lets a former member join again, not before the end', () => {
    const ended = must(decideTerminate(active(), { date: '2021-01-01', reason: 'LEFT' })).state;
    const again = must(decideJoin(ended, { date: '2022-01-01', birthDate: BIRTH, employerUnionId: 'u-b' }));
    expect(again.state).toMatchObject({ status: 'ACTIVE', organizationId: 'u-b', memberSince: '2022-01-01' });
    expect(code(decideJoin(ended, { date: '2020-12-31', birthDate: BIRTH, employerUnionId: 'u-b' }))).toBe(
      'MEMBERSHIP_DATE_ORDER',
    );
  });

  it('is held by the township/street union when the employer has no union', () => {
    const r = must(
      decideJoin(NO_MEMBERSHIP, {
        date: '2020-01-01',
        birthDate: BIRTH,
        employerUnionId: null,
        townshipUnionId: 't',
      }),
    );
    expect(r.state).toMatchObject({ status: 'ACTIVE', organizationId: 't', custody: 'TOWNSHIP_UNION' });
    expect(r.event.reason).toBe('EMPLOYER_HAS_NO_UNION');
    expect(
      code(decideJoin(NO_MEMBERSHIP, { date: '2020-01-01', birthDate: BIRTH, employerUnionId: null })),
    ).toBe('MEMBERSHIP_HOLDER_REQUIRED');
  });

  it('refuses dates that are not real', () => {
    expect(
      code(decideJoin(NO_MEMBERSHIP, { date: '2023-02-29', birthDate: BIRTH, employerUnionId: 'u' })),
    ).toBe('MEMBERSHIP_INVALID_DATE');
    expect(
      code(decideJoin(NO_MEMBERSHIP, { date: '2023-03-01', birthDate: '1990-02-30', employerUnionId: 'u' })),
    ).toBe('MEMBERSHIP_INVALID_DATE');
  });
});

describe('decideTransfer (会籍转接)', () => {
  it('closes the old membership and opens the new one in one event, keeping memberSince', () => {
    const r = must(decideTransfer(active(), { date: '2022-06-01', employerUnionId: 'u-b' }));
    expect(r.state).toEqual({
      status: 'ACTIVE',
      organizationId: 'u-b',
      memberSince: '2020-01-01',
      since: '2022-06-01',
      custody: 'EMPLOYER_UNION',
    });
    expect(r.event).toMatchObject({
      type: 'TRANSFERRED',
      fromOrganizationId: 'u-a',
      toOrganizationId: 'u-b',
    });
  });

  it('goes to the township/street union when the new employer has none, and on when it sets one up', () => {
    const held = must(
      decideTransfer(active(), { date: '2022-06-01', employerUnionId: null, townshipUnionId: 't' }),
    );
    expect(held.state).toMatchObject({ organizationId: 't', custody: 'TOWNSHIP_UNION' });
    expect(held.event.reason).toBe('EMPLOYER_HAS_NO_UNION');
    const later = must(decideTransfer(held.state, { date: '2023-01-01', employerUnionId: 'u-new' }));
    expect(later.state).toMatchObject({ organizationId: 'u-new', custody: 'EMPLOYER_UNION' });
    expect(later.event).toMatchObject({ fromOrganizationId: 't', toOrganizationId: 'u-new' });
  });

  it('needs a holder, a different organization and an active membership', () => {
    expect(code(decideTransfer(active(), { date: '2022-06-01', employerUnionId: null }))).toBe(
      'MEMBERSHIP_HOLDER_REQUIRED',
    );
    expect(code(decideTransfer(active(), { date: '2022-06-01', employerUnionId: 'u-a' }))).toBe(
      'MEMBERSHIP_SAME_ORGANIZATION',
    );
    expect(code(decideTransfer(NO_MEMBERSHIP, { date: '2022-06-01', employerUnionId: 'u-b' }))).toBe(
      'MEMBERSHIP_NOT_ACTIVE',
    );
    const retained = must(decideRetain(active(), { date: '2021-01-01', reason: 'UNEMPLOYED' })).state;
    expect(code(decideTransfer(retained, { date: '2022-06-01', employerUnionId: 'u-b' }))).toBe(
      'MEMBERSHIP_NOT_ACTIVE',
    );
  });

  it('may be dated on, not before, the start of the current membership', () => {
    expect(code(decideTransfer(active(), { date: '2020-01-01', employerUnionId: 'u-b' }))).toBe(undefined);
    expect(code(decideTransfer(active(), { date: '2019-12-31', employerUnionId: 'u-b' }))).toBe(
      'MEMBERSHIP_DATE_ORDER',
    );
  });
});

describe('decideRetain and decideReactivate (保留会籍)', () => {
  it('retains on retirement: no dues, no vote, cannot stand', () => {
    const r = must(decideRetain(active(), { date: '2050-03-07', reason: 'RETIRED' }));
    expect(r.state).toMatchObject({ status: 'RETAINED', reason: 'RETIRED', organizationId: 'u-a' });
    expect(r.event).toMatchObject({ type: 'RETAINED', reason: 'RETIRED', fromOrganizationId: 'u-a' });
    expect([owesDues(r.state), canVote(r.state), canStand(r.state)]).toEqual([false, false, false]);
    expect([owesDues(active()), canVote(active()), canStand(active())]).toEqual([true, true, true]);
  });

  it('may move a retained membership to the township/street union', () => {
    const r = must(decideRetain(active(), { date: '2021-01-01', reason: 'UNEMPLOYED', holderUnionId: 't' }));
    expect(r.state).toMatchObject({ organizationId: 't', custody: 'TOWNSHIP_UNION' });
    expect(r.event).toMatchObject({ fromOrganizationId: 'u-a', toOrganizationId: 't' });
  });

  it('refuses to retain twice or without a membership', () => {
    const retained = must(decideRetain(active(), { date: '2021-01-01', reason: 'UNEMPLOYED' })).state;
    expect(code(decideRetain(retained, { date: '2021-02-01', reason: 'RETIRED' }))).toBe(
      'MEMBERSHIP_ALREADY_RETAINED',
    );
    expect(code(decideRetain(NO_MEMBERSHIP, { date: '2021-02-01', reason: 'RETIRED' }))).toBe(
      'MEMBERSHIP_NOT_ACTIVE',
    );
  });

  it('reactivates on re-employment, at a new employer union', () => {
    const retained = must(decideRetain(active(), { date: '2021-01-01', reason: 'UNEMPLOYED' })).state;
    const r = must(decideReactivate(retained, { date: '2021-09-01', employerUnionId: 'u-c' }));
    expect(r.state).toEqual({
      status: 'ACTIVE',
      organizationId: 'u-c',
      memberSince: '2020-01-01',
      since: '2021-09-01',
      custody: 'EMPLOYER_UNION',
    });
    expect(r.event).toMatchObject({
      type: 'REACTIVATED',
      fromOrganizationId: 'u-a',
      toOrganizationId: 'u-c',
    });
    expect(code(decideReactivate(active(), { date: '2021-09-01', employerUnionId: 'u-c' }))).toBe(
      'MEMBERSHIP_NOT_RETAINED',
    );
  });
});

describe('decideTerminate', () => {
  it('ends an active or retained membership with the reason', () => {
    const r = must(decideTerminate(active(), { date: '2021-01-01', reason: 'LEFT' }));
    expect(r.state).toEqual({
      status: 'ENDED',
      organizationId: 'u-a',
      memberSince: '2020-01-01',
      since: '2021-01-01',
      reason: 'LEFT',
      note: null,
    });
    expect(r.event).toMatchObject({ type: 'TERMINATED', reason: 'LEFT', fromOrganizationId: 'u-a' });
    const retained = must(decideRetain(active(), { date: '2021-01-01', reason: 'RETIRED' })).state;
    expect(code(decideTerminate(retained, { date: '2021-02-01', reason: 'LEFT' }))).toBe(undefined);
  });

  it('needs the grounds of an expulsion', () => {
    expect(code(decideTerminate(active(), { date: '2021-01-01', reason: 'EXPELLED' }))).toBe(
      'MEMBERSHIP_REASON_REQUIRED',
    );
    expect(code(decideTerminate(active(), { date: '2021-01-01', reason: 'EXPELLED', note: '  ' }))).toBe(
      'MEMBERSHIP_REASON_REQUIRED',
    );
    const r = must(decideTerminate(active(), { date: '2021-01-01', reason: 'EXPELLED', note: 'grounds' }));
    expect(r.state).toMatchObject({ reason: 'EXPELLED', note: 'grounds' });
    expect(r.event.note).toBe('grounds');
  });

  it('refuses without a live membership', () => {
    const ended = must(decideTerminate(active(), { date: '2021-01-01', reason: 'LEFT' })).state;
    expect(code(decideTerminate(ended, { date: '2021-02-01', reason: 'LEFT' }))).toBe(
      'MEMBERSHIP_NOT_MEMBER',
    );
    expect(code(decideTerminate(NO_MEMBERSHIP, { date: '2021-02-01', reason: 'LEFT' }))).toBe(
      'MEMBERSHIP_NOT_MEMBER',
    );
    expect(hasLiveMembership(ended)).toBe(false);
  });
});

describe('decideLapse', () => {
  const base = { lastDuesPaidOn: '2024-01-15', lastActivityOn: '2023-12-01', spokenToOn: '2024-03-01' };

  it('lapses once six whole months passed without dues and activity: dues on Jan 15, silent from Jan 16, lapses Jul 16, not Jul 15', () => {
    const r = must(decideLapse(active(), { ...base, today: '2024-07-16' }));
    expect(r.state).toMatchObject({ status: 'ENDED', reason: 'LAPSED', since: '2024-07-16' });
    expect(r.event).toMatchObject({
      type: 'LAPSED',
      reason: 'LAPSED',
      date: '2024-07-16',
      fromOrganizationId: 'u-a',
    });
    // On Jul 15 the member, who paid on Jan 15, has had six months without dues only once the day is over.
    const early = decideLapse(active(), { ...base, today: '2024-07-15' });
    expect(code(early)).toBe('MEMBERSHIP_GRACE_NOT_OVER');
    expect(!early.ok && early.error.details).toMatchObject({
      silentSince: '2024-01-16',
      lapsesOn: '2024-07-16',
    });
    expect(code(decideLapse(active(), { ...base, today: '2024-06-16' }))).toBe('MEMBERSHIP_GRACE_NOT_OVER');
  });

  it('counts from the day after the later of the last dues and the last activity', () => {
    const input = { ...base, lastActivityOn: '2024-02-20', spokenToOn: '2024-03-01' };
    expect(code(decideLapse(active(), { ...input, today: '2024-08-20' }))).toBe('MEMBERSHIP_GRACE_NOT_OVER');
    expect(code(decideLapse(active(), { ...input, today: '2024-08-21' }))).toBe(undefined);
  });

  it('dues on Aug 31: silent Sep 1 to the end of February, lapses on Mar 1', () => {
    const input = { lastDuesPaidOn: '2024-08-31', lastActivityOn: null, spokenToOn: '2024-09-10' };
    expect(code(decideLapse(active(), { ...input, today: '2025-02-28' }))).toBe('MEMBERSHIP_GRACE_NOT_OVER');
    expect(code(decideLapse(active(), { ...input, today: '2025-03-01' }))).toBe(undefined);
  });

  it('counts from the start of the current active period when there were no dues or activity', () => {
    const input = { lastDuesPaidOn: null, lastActivityOn: null, spokenToOn: '2020-02-01' };
    expect(code(decideLapse(active(), { ...input, today: '2020-06-30' }))).toBe('MEMBERSHIP_GRACE_NOT_OVER');
    expect(code(decideLapse(active(), { ...input, today: '2020-07-01' }))).toBe(undefined);
    // Dues paid on the first day of the period: that day is not silent.
    const paid = { ...input, lastDuesPaidOn: '2020-01-01' };
    expect(code(decideLapse(active(), { ...paid, today: '2020-07-01' }))).toBe('MEMBERSHIP_GRACE_NOT_OVER');
    expect(code(decideLapse(active(), { ...paid, today: '2020-07-02' }))).toBe(undefined);
  });

  it('takes the grace period from the rule set', () => {
    const rules = withRules(acftu2016, { membership: { duesGraceMonths: 3 } });
    expect(code(decideLapse(active(), { ...base, today: '2024-04-16' }, rules))).toBe(undefined);
    expect(code(decideLapse(active(), { ...base, today: '2024-04-15' }, rules))).toBe(
      'MEMBERSHIP_GRACE_NOT_OVER',
    );
  });

  it('needs the member to have been spoken to after the last dues and activity', () => {
    expect(code(decideLapse(active(), { ...base, spokenToOn: null, today: '2025-01-01' }))).toBe(
      'MEMBERSHIP_NOT_SPOKEN_TO',
    );
    expect(code(decideLapse(active(), { ...base, spokenToOn: '2024-01-15', today: '2025-01-01' }))).toBe(
      'MEMBERSHIP_NOT_SPOKEN_TO',
    );
    expect(code(decideLapse(active(), { ...base, spokenToOn: '2024-01-16', today: '2025-01-01' }))).toBe(
      undefined,
    );
    expect(code(decideLapse(active(), { ...base, spokenToOn: '2025-01-02', today: '2025-01-01' }))).toBe(
      'MEMBERSHIP_DATE_ORDER',
    );
  });

  it('does not apply to retained memberships, which owe no dues', () => {
    const retained = must(decideRetain(active(), { date: '2021-01-01', reason: 'RETIRED' })).state;
    expect(code(decideLapse(retained, { ...base, today: '2025-01-01' }))).toBe('MEMBERSHIP_NOT_ACTIVE');
  });
});

describe('decideEmployerDissolved', () => {
  it('hands active and retained memberships to the next higher union', () => {
    const r = must(decideEmployerDissolved(active(), { date: '2023-05-01', higherUnionId: 'f' }));
    expect(r.state).toMatchObject({ status: 'ACTIVE', organizationId: 'f', custody: 'HIGHER_UNION' });
    expect(r.event).toMatchObject({
      type: 'HELD_BY_HIGHER_UNION',
      reason: 'EMPLOYER_DISSOLVED',
      fromOrganizationId: 'u-a',
      toOrganizationId: 'f',
    });
    const retained = must(decideRetain(active(), { date: '2021-01-01', reason: 'RETIRED' })).state;
    const r2 = must(decideEmployerDissolved(retained, { date: '2023-05-01', higherUnionId: 'f' }));
    expect(r2.state).toMatchObject({ status: 'RETAINED', reason: 'RETIRED', organizationId: 'f' });
    expect(code(decideEmployerDissolved(NO_MEMBERSHIP, { date: '2023-05-01', higherUnionId: 'f' }))).toBe(
      'MEMBERSHIP_NOT_MEMBER',
    );
    expect(code(decideEmployerDissolved(active(), { date: '2023-05-01', higherUnionId: 'u-a' }))).toBe(
      'MEMBERSHIP_SAME_ORGANIZATION',
    );
  });
});

describe('monthlyDues', () => {
  it('is 0.5% of the monthly wage in fen', () => {
    expect(monthlyDues(500_000)).toBe(2_500);
    expect(monthlyDues(0)).toBe(0);
  });

  it('rounds half up to the fen', () => {
    expect(monthlyDues(99)).toBe(0); // 0.495
    expect(monthlyDues(100)).toBe(1); // 0.5
    expect(monthlyDues(299)).toBe(1); // 1.495
    expect(monthlyDues(300)).toBe(2); // 1.5
    expect(monthlyDues(456_789)).toBe(2_284); // 2283.945
    expect(monthlyDues(456_700)).toBe(2_284); // 2283.5
    expect(monthlyDues(456_699)).toBe(2_283); // 2283.495
  });

  it('takes the rate from the rule set', () => {
    const rules = withRules(acftu2016, { membership: { duesRate: { numerator: 1, denominator: 100 } } });
    expect(monthlyDues(500_000, rules)).toBe(5_000);
    expect(monthlyDues(150, rules)).toBe(2);
    expect(monthlyDues(149, rules)).toBe(1);
  });

  it('refuses a wage that is not a non-negative integer of fen', () => {
    expect(() => monthlyDues(-1)).toThrow(RangeError);
    expect(() => monthlyDues(100.5)).toThrow(RangeError);
  });
});
