import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkCongressForm,
  checkConvening,
  checkDelegateSeats,
  checkPositionFits,
  compareTermWatch,
  type Position,
  sessionDueBy,
  termEnd,
  termWatchStatus,
} from '../src/index.js';
import { acftu2016, withRules } from '../src/ruleset/rule-set.js';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error?.code);

describe('checkCongressForm', () => {
  it('allows a grassroots union of 99 members only an assembly, of 100 also a delegates congress', () => {
    expect(code(checkCongressForm('GRASSROOTS_UNION', 'MEMBERS_ASSEMBLY', 99))).toBe('OK');
    expect(code(checkCongressForm('GRASSROOTS_UNION', 'DELEGATES_CONGRESS', 99))).toBe(
      'CONGRESS_FORM_NOT_ALLOWED',
    );
    expect(code(checkCongressForm('GRASSROOTS_UNION', 'DELEGATES_CONGRESS', 100))).toBe('OK');
    expect(code(checkCongressForm('GRASSROOTS_UNION', 'MEMBERS_ASSEMBLY', 100))).toBe('OK');
    expect(code(checkCongressForm('JOINT_GRASSROOTS_UNION', 'DELEGATES_CONFERENCE', 5000))).toBe(
      'CONGRESS_FORM_NOT_ALLOWED',
    );
  });

  it('gives a federation delegates (congress or conference), never an assembly; a branch nothing', () => {
    expect(code(checkCongressForm('INDUSTRY_CHAIN_FEDERATION', 'DELEGATES_CONGRESS', 40))).toBe('OK');
    expect(code(checkCongressForm('FEDERATION_OF_TRADE_UNIONS', 'DELEGATES_CONFERENCE', 0))).toBe('OK');
    expect(code(checkCongressForm('REGIONAL_FEDERATION', 'MEMBERS_ASSEMBLY', 40))).toBe(
      'CONGRESS_FORM_NOT_ALLOWED',
    );
    expect(code(checkCongressForm('BRANCH', 'MEMBERS_ASSEMBLY', 10))).toBe('CONGRESS_ORGANIZATION_KIND');
  });

  it('names the forms allowed and the count', () => {
    const r = checkCongressForm('GRASSROOTS_UNION', 'DELEGATES_CONGRESS', 99);
    expect(r.ok ? null : r.error.details).toEqual({
      kind: 'GRASSROOTS_UNION',
      memberCount: 99,
      form: 'DELEGATES_CONGRESS',
      allowed: ['MEMBERS_ASSEMBLY'],
    });
  });
});

describe('checkDelegateSeats', () => {
  // RULES.md (2019): 100–200 members 30–40 delegates; 201–1000: 40–60; 1001–5000: 60–90;
  // 5001–10000: 90–130; 10001–50000: 130–180; more: 180–240. At both ends of every band, the
  // fewest and most delegates pass and one fewer or one more is out of range.
  const bands = [
    [100, 200, 30, 40],
    [201, 1000, 40, 60],
    [1001, 5000, 60, 90],
    [5001, 10000, 90, 130],
    [10001, 50000, 130, 180],
    [50001, 2_000_000, 180, 240],
  ] as const;
  const cases = bands.flatMap(([from, to, min, max]) =>
    [from, to].flatMap((members): [number, number, string][] => [
      [members, min - 1, 'CONGRESS_SEATS_OUT_OF_RANGE'],
      [members, min, 'OK'],
      [members, max, 'OK'],
      [members, max + 1, 'CONGRESS_SEATS_OUT_OF_RANGE'],
    ]),
  );
  it.each(cases)('%i members, %i seats: %s', (members, seats, expected) => {
    expect(code(checkDelegateSeats('DELEGATES_CONGRESS', seats, members))).toBe(expected);
  });

  it('names the range in the error', () => {
    const r = checkDelegateSeats('DELEGATES_CONGRESS', 41, 150);
    expect(r.ok ? null : r.error.details).toEqual({ memberCount: 150, seats: 41, min: 30, max: 40 });
    expect(r.ok ? '' : r.error.message).toContain('30–40');
  });

  it('gives an assembly no seats and delegates always some', () => {
    expect(code(checkDelegateSeats('MEMBERS_ASSEMBLY', null, 50))).toBe('OK');
    expect(code(checkDelegateSeats('MEMBERS_ASSEMBLY', 30, 50))).toBe('CONGRESS_SEATS_NOT_ALLOWED');
    expect(code(checkDelegateSeats('DELEGATES_CONGRESS', null, 150))).toBe('CONGRESS_SEATS_REQUIRED');
    expect(code(checkDelegateSeats('DELEGATES_CONGRESS', 0, 150))).toBe('CONGRESS_SEATS_REQUIRED');
    // A small federation (below the first band) has no range: any positive number.
    expect(code(checkDelegateSeats('DELEGATES_CONGRESS', 7, 60))).toBe('OK');
  });
});

describe('checkConvening', () => {
  it('convenes with exactly two thirds and not one fewer', () => {
    expect(code(checkConvening(20, 30))).toBe('OK');
    expect(code(checkConvening(19, 30))).toBe('CONGRESS_QUORUM_NOT_MET');
    expect(code(checkConvening(21, 31))).toBe('OK');
    expect(code(checkConvening(20, 31))).toBe('CONGRESS_QUORUM_NOT_MET');
  });

  it('says how many were needed', () => {
    const r = checkConvening(20, 31);
    expect(r.ok ? null : r.error.details).toEqual({ present: 20, entitled: 31, needed: 21 });
  });

  it('refuses more present than entitled and nobody entitled', () => {
    expect(code(checkConvening(31, 30))).toBe('CONGRESS_PRESENT_EXCEEDS_ENTITLED');
    expect(code(checkConvening(-1, 30))).toBe('CONGRESS_PRESENT_EXCEEDS_ENTITLED');
    expect(code(checkConvening(0, 0))).toBe('CONGRESS_NOBODY_ENTITLED');
  });
});

describe('checkPositionFits', () => {
  const position = (
    id: string,
    memberId: string,
    role: Position['role'],
    startsOn: string,
    endsOn: string | null,
  ) => ({ id, committeeId: 'c', organizationId: 'o', memberId, role, startsOn, endsOn }) as Position;
  const chair = position('p1', 'm1', 'CHAIR', '2016-07-01', '2019-06-30');

  it('hands over the chair the day after, not on the same day', () => {
    expect(
      code(
        checkPositionFits(
          [chair],
          { memberId: 'm2', role: 'CHAIR', startsOn: '2019-06-30', endsOn: null },
          7,
        ),
      ),
    ).toBe('POSITION_CHAIR_OVERLAP');
    expect(
      code(
        checkPositionFits(
          [chair],
          { memberId: 'm2', role: 'CHAIR', startsOn: '2019-07-01', endsOn: null },
          7,
        ),
      ),
    ).toBe('OK');
    // Before it, ending the day before it starts, is fine too.
    expect(
      code(
        checkPositionFits(
          [chair],
          { memberId: 'm2', role: 'CHAIR', startsOn: '2014-01-01', endsOn: '2016-06-30' },
          7,
        ),
      ),
    ).toBe('OK');
  });

  it('refuses a second position of the same member at the same time, and reversed dates', () => {
    expect(
      code(
        checkPositionFits(
          [chair],
          { memberId: 'm1', role: 'MEMBER', startsOn: '2019-06-30', endsOn: null },
          7,
        ),
      ),
    ).toBe('POSITION_MEMBER_OVERLAP');
    expect(
      code(
        checkPositionFits(
          [],
          { memberId: 'm1', role: 'MEMBER', startsOn: '2020-01-02', endsOn: '2020-01-01' },
          7,
        ),
      ),
    ).toBe('CONGRESS_DATES_REVERSED');
    expect(
      code(
        checkPositionFits(
          [],
          { memberId: 'm1', role: 'MEMBER', startsOn: '2020-01-01', endsOn: '2020-01-01' },
          7,
        ),
      ),
    ).toBe('OK');
  });

  it('never holds more positions on a day than seats', () => {
    const held = [
      position('a', 'm1', 'CHAIR', '2020-01-01', null),
      position('b', 'm2', 'MEMBER', '2020-01-01', '2020-12-31'),
      position('c', 'm3', 'MEMBER', '2021-06-01', null),
    ];
    // Three seats: on 2020-06-01 two are held, so a third fits until 2021-05-31, not past it.
    expect(
      code(
        checkPositionFits(
          held,
          { memberId: 'm4', role: 'MEMBER', startsOn: '2020-06-01', endsOn: '2021-05-31' },
          3,
        ),
      ),
    ).toBe('OK');
    expect(
      code(
        checkPositionFits(
          held,
          { memberId: 'm4', role: 'MEMBER', startsOn: '2020-06-01', endsOn: '2021-06-01' },
          3,
        ),
      ),
    ).toBe('OK');
    expect(
      code(
        checkPositionFits(held, { memberId: 'm4', role: 'MEMBER', startsOn: '2020-06-01', endsOn: null }, 2),
      ),
    ).toBe('COMMITTEE_SEATS_FULL');
    const r = checkPositionFits(
      [...held, position('d', 'm5', 'MEMBER', '2021-06-01', null)],
      { memberId: 'm4', role: 'MEMBER', startsOn: '2020-06-01', endsOn: null },
      3,
    );
    expect(code(r)).toBe('COMMITTEE_SEATS_FULL');
  });
});

describe('sessionDueBy (the congress meets at least once a year)', () => {
  it('is due a year after the last session: held on 2025-05-10, the next by 2026-05-10 (the 11th is late)', () => {
    expect(sessionDueBy({ startsOn: '2024-03-01' }, '2025-05-10')).toBe('2026-05-10');
  });

  it('counts from the start of a term that has not met yet, and 29 February meets again by the 28th', () => {
    expect(sessionDueBy({ startsOn: '2024-03-01' }, null)).toBe('2025-03-01');
    expect(sessionDueBy({ startsOn: '2023-03-01' }, '2024-02-29')).toBe('2025-02-28');
  });

  it('takes the interval from the rule set', () => {
    const rules = withRules(acftu2016, { congress: { sessionIntervalMonths: 6 } });
    expect(sessionDueBy({ startsOn: '2024-03-01' }, '2025-05-10', rules)).toBe('2025-11-10');
  });
});

describe('terms and the term-expiry watch', () => {
  it('ends a term the same day years later (29 February: the 28th)', () => {
    expect(termEnd('2021-03-15', 5)).toBe('2026-03-15');
    expect(termEnd('2024-02-29', 5)).toBe('2029-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('watches a term N days before its end, today and N days included', () => {
    const term = { endsOn: '2027-01-30', delayedUntil: null };
    expect(termWatchStatus(term, '2026-12-31', 30)).toBe('DUE');
    expect(termWatchStatus(term, '2026-12-30', 30)).toBeNull();
    expect(termWatchStatus(term, '2027-01-30', 0)).toBe('DUE');
    expect(termWatchStatus(term, '2027-01-31', 0)).toBe('OVERDUE');
  });

  it('is DELAYED through the last day of an approved delay, OVERDUE after', () => {
    const term = { endsOn: '2027-01-30', delayedUntil: '2027-07-30' };
    expect(termWatchStatus(term, '2027-01-31', 30)).toBe('DELAYED');
    expect(termWatchStatus(term, '2027-07-30', 30)).toBe('DELAYED');
    expect(termWatchStatus(term, '2027-07-31', 30)).toBe('OVERDUE');
  });

  it('sorts by urgency: overdue, delayed, due, each by deadline', () => {
    const w = (
      status: 'OVERDUE' | 'DELAYED' | 'DUE',
      endsOn: string,
      delayedUntil: string | null,
      org: string,
    ) => ({
      status,
      term: { endsOn, delayedUntil, organizationId: org },
    });
    const list = [
      w('DUE', '2027-02-01', null, 'a'),
      w('DELAYED', '2026-10-01', '2027-03-01', 'b'),
      w('OVERDUE', '2026-06-01', null, 'c'),
      w('DELAYED', '2026-12-01', '2027-02-15', 'd'),
      w('OVERDUE', '2026-01-01', null, 'e'),
      w('DUE', '2027-02-01', null, '0'),
    ];
    expect(list.sort(compareTermWatch).map((x) => x.term.organizationId)).toEqual([
      'e',
      'c',
      'd',
      'b',
      '0',
      'a',
    ]);
  });
});
