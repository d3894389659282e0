// RULES.md "Collective bargaining (Zhejiang and Ningbo)": every number at its boundary, the side that
// passes and the side that fails, under zhejiang2010 (the default) and ningbo2014.
import { describe, expect, it } from 'vitest';
import {
  bargainingDueBy,
  checkBargainingFinished,
  checkDocumentsNotice,
  checkNegotiatingSides,
  checkReply,
  documentsDueBy,
  type NegotiatingSides,
  negotiatorRange,
  replyDueBy,
} from '../src/bargaining/bargaining.js';
import {
  checkContractTerm,
  checkContractVote,
  checkFiling,
  contractTermLastDay,
  decideInForce,
  filingDueBy,
} from '../src/bargaining/contract.js';
import { BARGAINING_ERROR_CODES, BARGAINING_MESSAGES_ZH } from '../src/bargaining/errors.js';
import { ningbo2014, withBargainingRules, zhejiang2010 } from '../src/bargaining/rules.js';
import {
  addWorkingDays,
  isWorkingDay,
  MAX_CALENDAR_DAYS,
  WEEKDAYS,
  type WorkingCalendar,
  workingCalendar,
} from '../src/bargaining/working-days.js';
import { fraction } from '../src/kernel/fraction.js';

const codes = (violations: readonly { code: string }[]) => violations.map((v) => v.code);

/**
 * The 2025 National Day and Mid-Autumn holiday (国务院办公厅 2024 notice): Wed 1 to Wed 8 October off,
 * Sunday 28 September and Saturday 11 October worked (调休上班).
 */
const NATIONAL_DAY_2025: WorkingCalendar = (() => {
  const calendar = workingCalendar({
    holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
    workingWeekendDays: ['2025-09-28', '2025-10-11'],
  });
  if (!calendar.ok) throw new Error(calendar.error.message);
  return calendar.value;
})();

function sides(firmWorkers: number, workers: number, employer = workers, experts = 0): NegotiatingSides {
  return {
    firmWorkers,
    workers: { negotiators: workers, outsideExperts: experts },
    employer: { negotiators: employer, outsideExperts: 0 },
  };
}

describe('negotiating sides', () => {
  it('has at least 3 on each side below 100 workers: 3 passes, 2 fails', () => {
    expect(negotiatorRange(99)).toEqual({ min: 3, max: null });
    expect(checkNegotiatingSides(sides(99, 3))).toEqual([]);
    expect(codes(checkNegotiatingSides(sides(99, 2)))).toEqual([
      'BARGAINING_SIDE_TOO_SMALL',
      'BARGAINING_SIDE_TOO_SMALL',
    ]);
    expect(checkNegotiatingSides(sides(99, 2))[0]?.path).toEqual(['workers', 'negotiators']);
  });

  it('has at least 5 on each side from 100 workers (a larger firm): 5 passes, 4 fails', () => {
    expect(negotiatorRange(100)).toEqual({ min: 5, max: null });
    expect(checkNegotiatingSides(sides(100, 5))).toEqual([]);
    expect(codes(checkNegotiatingSides(sides(100, 5, 4)))).toEqual(['BARGAINING_SIDE_TOO_SMALL']);
    expect(checkNegotiatingSides(sides(100, 5, 4))[0]).toMatchObject({
      path: ['employer', 'negotiators'],
      details: { firmWorkers: 100, negotiators: 4, min: 5 },
    });
  });

  it('takes the larger-firm line from the rule set', () => {
    const rules = withBargainingRules(zhejiang2010, { sides: { largerFirmFrom: 200 } });
    expect(checkNegotiatingSides(sides(199, 3), rules)).toEqual([]);
    expect(codes(checkNegotiatingSides(sides(200, 5, 4), rules))).toEqual(['BARGAINING_SIDE_TOO_SMALL']);
  });

  it('has no upper limit under zhejiang2010, and 10 under ningbo2014: 10 passes, 11 fails', () => {
    expect(checkNegotiatingSides(sides(5000, 25))).toEqual([]);
    expect(negotiatorRange(50, ningbo2014)).toEqual({ min: 3, max: 10 });
    expect(checkNegotiatingSides(sides(50, 10), ningbo2014)).toEqual([]);
    expect(checkNegotiatingSides(sides(50, 3), ningbo2014)).toEqual([]);
    expect(codes(checkNegotiatingSides(sides(50, 11, 10), ningbo2014))).toEqual([
      'BARGAINING_SIDE_TOO_LARGE',
    ]);
    expect(codes(checkNegotiatingSides(sides(50, 2), ningbo2014))).toEqual([
      'BARGAINING_SIDE_TOO_SMALL',
      'BARGAINING_SIDE_TOO_SMALL',
    ]);
  });

  it('keeps the province’s 5 at a larger Ningbo firm: 5–10', () => {
    expect(negotiatorRange(100, ningbo2014)).toEqual({ min: 5, max: 10 });
    expect(codes(checkNegotiatingSides(sides(100, 5, 4), ningbo2014))).toEqual(['BARGAINING_SIDE_TOO_SMALL']);
  });

  it('keeps the employer side no larger than the workers’: equal passes, one more fails', () => {
    expect(checkNegotiatingSides(sides(30, 4, 4))).toEqual([]);
    expect(checkNegotiatingSides(sides(30, 4, 3))).toEqual([]);
    const larger = checkNegotiatingSides(sides(30, 4, 5));
    expect(codes(larger)).toEqual(['BARGAINING_EMPLOYER_SIDE_LARGER']);
    expect(larger[0]?.details).toEqual({ employer: 5, workers: 4 });
  });

  it.each([
    [3, 1, true],
    [3, 2, false],
    [5, 1, true],
    [5, 2, false],
    [6, 2, true],
    [6, 3, false],
    [9, 3, true],
    [9, 4, false],
  ])(
    'outside experts on a side of %i: %i passes = %s (at most a third of that side)',
    (size, experts, fine) => {
      const violations = checkNegotiatingSides(sides(99, size, 3, experts));
      expect(codes(violations)).toEqual(fine ? [] : ['BARGAINING_TOO_MANY_OUTSIDE_EXPERTS']);
      if (!fine) expect(violations[0]?.path).toEqual(['workers', 'outsideExperts']);
    },
  );

  it('counts the employer side’s experts against the employer side alone', () => {
    const input = { ...sides(99, 6, 3), employer: { negotiators: 3, outsideExperts: 2 } };
    expect(checkNegotiatingSides(input)[0]).toMatchObject({
      code: 'BARGAINING_TOO_MANY_OUTSIDE_EXPERTS',
      path: ['employer', 'outsideExperts'],
    });
  });

  it('takes the experts’ share from the rule set', () => {
    const rules = withBargainingRules(zhejiang2010, { sides: { outsideExpertsMaxShare: fraction(1, 2) } });
    expect(checkNegotiatingSides(sides(99, 4, 3, 2), rules)).toEqual([]);
    expect(codes(checkNegotiatingSides(sides(99, 4, 3, 2)))).toEqual(['BARGAINING_TOO_MANY_OUTSIDE_EXPERTS']);
  });

  it('refuses impossible counts as data, and only that', () => {
    expect(codes(checkNegotiatingSides(sides(99, 3, 3, 4)))).toEqual(['BARGAINING_COUNTS_INVALID']);
    expect(codes(checkNegotiatingSides(sides(-1, 3)))).toEqual(['BARGAINING_COUNTS_INVALID']);
    expect(checkNegotiatingSides(sides(99, 3, 2.5))).toMatchObject([
      { code: 'BARGAINING_COUNTS_INVALID', path: ['employer'] },
    ]);
    expect(() => negotiatorRange(-1)).toThrow(RangeError);
  });
});

describe('working calendar', () => {
  it('is plain weekdays by default', () => {
    expect(isWorkingDay('2025-10-01')).toBe(true); // a Wednesday
    expect(isWorkingDay('2025-10-04')).toBe(false); // a Saturday
    expect(isWorkingDay('2025-09-28', WEEKDAYS)).toBe(false); // a Sunday
  });

  it('takes holidays off and adjusted weekend days in', () => {
    expect(isWorkingDay('2025-10-01', NATIONAL_DAY_2025)).toBe(false);
    expect(isWorkingDay('2025-09-28', NATIONAL_DAY_2025)).toBe(true);
    expect(isWorkingDay('2025-10-11', NATIONAL_DAY_2025)).toBe(true);
    expect(isWorkingDay('2025-10-12', NATIONAL_DAY_2025)).toBe(false);
    expect(isWorkingDay('2025-10-09', NATIONAL_DAY_2025)).toBe(true);
  });

  it('counts working days after a date, the date itself not counted', () => {
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-29'); // Friday → Monday
    expect(addWorkingDays('2025-09-27', 1)).toBe('2025-09-29'); // from a Saturday
    expect(addWorkingDays('2025-09-26', 1, NATIONAL_DAY_2025)).toBe('2025-09-28'); // the adjusted Sunday
    expect(addWorkingDays('2025-09-30', 1, NATIONAL_DAY_2025)).toBe('2025-10-09'); // over the holiday
    expect(() => addWorkingDays('2025-09-30', 0)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-02-30', 1)).toThrow(RangeError);
  });

  it('refuses a bad calendar as data, with the path of the date', () => {
    const bad = (input: Parameters<typeof workingCalendar>[0]) => {
      const result = workingCalendar(input);
      return result.ok ? null : { code: result.error.code, path: result.error.path };
    };
    expect(bad({ holidays: ['2025-10-01', '2025-10-32'] })).toEqual({
      code: 'CALENDAR_DATE_INVALID',
      path: ['holidays', 1],
    });
    expect(bad({ holidays: ['2025-10-11'], workingWeekendDays: ['2025-10-11'] })).toEqual({
      code: 'CALENDAR_DAY_CONFLICT',
      path: ['workingWeekendDays', 0],
    });
    expect(bad({ workingWeekendDays: ['2025-09-28', '2025-10-10'] })).toEqual({
      code: 'CALENDAR_WORKDAY_NOT_WEEKEND',
      path: ['workingWeekendDays', 1],
    });
    const days = Array.from({ length: MAX_CALENDAR_DAYS + 1 }, () => '2025-10-01');
    expect(bad({ holidays: days })?.code).toBe('CALENDAR_TOO_LARGE');
    expect(workingCalendar({ holidays: days.slice(1) }).ok).toBe(true);
    expect(workingCalendar({ holidays: ['2025-10-04'] }).ok).toBe(true); // a holiday on a Saturday
  });
});

describe('bargaining deadlines', () => {
  it('replies within 10 working days: on the 10th passes, the next day fails', () => {
    expect(replyDueBy('2025-11-03')).toBe('2025-11-17'); // Monday → Monday two weeks on
    expect(checkReply({ receivedOn: '2025-11-03', repliedOn: '2025-11-17' })).toEqual([]);
    const late = checkReply({ receivedOn: '2025-11-03', repliedOn: '2025-11-18' });
    expect(codes(late)).toEqual(['BARGAINING_REPLY_LATE']);
    expect(late[0]).toMatchObject({ path: ['repliedOn'], details: { dueBy: '2025-11-17' } });
  });

  it('counts the 10 working days across a holiday with an adjusted Saturday', () => {
    // Friday 26 Sep: 28 Sep (Sun, worked) 1, 29–30 Sep 2–3, 1–8 Oct off, 9–10 Oct 4–5,
    // Sat 11 Oct (worked) 6, 13–16 Oct 7–10.
    expect(replyDueBy('2025-09-26', NATIONAL_DAY_2025)).toBe('2025-10-16');
    expect(replyDueBy('2025-09-26')).toBe('2025-10-10'); // plain weekdays
    expect(checkReply({ receivedOn: '2025-09-26', repliedOn: '2025-10-16' }, NATIONAL_DAY_2025)).toEqual([]);
    expect(
      codes(checkReply({ receivedOn: '2025-09-26', repliedOn: '2025-10-17' }, NATIONAL_DAY_2025)),
    ).toEqual(['BARGAINING_REPLY_LATE']);
    expect(codes(checkReply({ receivedOn: '2025-09-26', repliedOn: '2025-10-16' }))).toEqual([
      'BARGAINING_REPLY_LATE',
    ]);
  });

  it('refuses a reply before the request and a date that is not real', () => {
    expect(codes(checkReply({ receivedOn: '2025-11-03', repliedOn: '2025-11-02' }))).toEqual([
      'BARGAINING_DATES_REVERSED',
    ]);
    const invalid = checkReply({ receivedOn: '2025-11-31', repliedOn: '2025-12-01' });
    expect(invalid).toMatchObject([{ code: 'BARGAINING_DATE_INVALID', path: ['receivedOn'] }]);
  });

  it('provides documents 7 calendar days before the meeting: 7 passes, 6 fails', () => {
    expect(documentsDueBy('2025-10-09')).toBe('2025-10-02'); // calendar days, over the holiday too
    expect(checkDocumentsNotice({ providedOn: '2025-10-02', meetingOn: '2025-10-09' })).toEqual([]);
    expect(codes(checkDocumentsNotice({ providedOn: '2025-10-03', meetingOn: '2025-10-09' }))).toEqual([
      'BARGAINING_DOCUMENTS_LATE',
    ]);
    const rules = withBargainingRules(zhejiang2010, { deadlines: { documentsNoticeDays: 5 } });
    expect(checkDocumentsNotice({ providedOn: '2025-10-04', meetingOn: '2025-10-09' }, rules)).toEqual([]);
  });

  it('finishes within 30 working days of the start: the 30th passes, the next working day fails', () => {
    expect(bargainingDueBy('2025-11-03')).toBe('2025-12-15'); // six weeks of weekdays
    expect(checkBargainingFinished({ startedOn: '2025-11-03', finishedOn: '2025-12-15' })).toEqual([]);
    expect(codes(checkBargainingFinished({ startedOn: '2025-11-03', finishedOn: '2025-12-16' }))).toEqual([
      'BARGAINING_OVERRUN',
    ]);
    // Over the holiday: six weekdays off and two weekend days worked put the end four working days later.
    expect(bargainingDueBy('2025-09-26')).toBe('2025-11-07');
    expect(bargainingDueBy('2025-09-26', NATIONAL_DAY_2025)).toBe('2025-11-13');
    expect(codes(checkBargainingFinished({ startedOn: '2025-11-03', finishedOn: '2025-11-01' }))).toEqual([
      'BARGAINING_DATES_REVERSED',
    ]);
  });
});

describe('adopting a collective contract', () => {
  it('needs two thirds of all delegates present: exactly 20 of 30 passes, 19 fails', () => {
    expect(checkContractVote({ delegates: 30, present: 20, approving: 16 })).toEqual([]);
    const short = checkContractVote({ delegates: 30, present: 19, approving: 16 });
    expect(codes(short)).toEqual(['CONTRACT_QUORUM_NOT_MET']);
    expect(short[0]).toMatchObject({ path: ['vote', 'present'], details: { fewestPresent: 20 } });
    // 31 delegates: two thirds is 20.67, so 21 present are needed.
    expect(checkContractVote({ delegates: 31, present: 21, approving: 16 })).toEqual([]);
    expect(codes(checkContractVote({ delegates: 31, present: 20, approving: 16 }))).toEqual([
      'CONTRACT_QUORUM_NOT_MET',
    ]);
  });

  it('needs more than half of ALL delegates approving, not of those present: 15 of 30 fails, 16 passes', () => {
    const half = checkContractVote({ delegates: 30, present: 20, approving: 15 });
    expect(codes(half)).toEqual(['CONTRACT_NOT_APPROVED']);
    expect(half[0]).toMatchObject({ path: ['vote', 'approving'], details: { fewestApproving: 16 } });
    expect(checkContractVote({ delegates: 30, present: 20, approving: 16 })).toEqual([]);
    // 15 of 20 present is three quarters of those present, still only half of all 30.
    expect(codes(checkContractVote({ delegates: 30, present: 20, approving: 15 }))).toEqual([
      'CONTRACT_NOT_APPROVED',
    ]);
    expect(checkContractVote({ delegates: 31, present: 31, approving: 16 })).toEqual([]);
    expect(codes(checkContractVote({ delegates: 31, present: 31, approving: 15 }))).toEqual([
      'CONTRACT_NOT_APPROVED',
    ]);
  });

  it('reports a vote short on both counts twice', () => {
    expect(codes(checkContractVote({ delegates: 30, present: 19, approving: 15 }))).toEqual([
      'CONTRACT_QUORUM_NOT_MET',
      'CONTRACT_NOT_APPROVED',
    ]);
  });

  it('takes the quorum and the threshold from the rule set', () => {
    const rules = withBargainingRules(zhejiang2010, {
      contract: { quorum: fraction(3, 4), approvalThreshold: fraction(2, 3) },
    });
    // 22 of 30 is short of three quarters (22.5); 20 of 30 is exactly two thirds, not more.
    expect(codes(checkContractVote({ delegates: 30, present: 22, approving: 20 }, rules))).toEqual([
      'CONTRACT_QUORUM_NOT_MET',
      'CONTRACT_NOT_APPROVED',
    ]);
    expect(checkContractVote({ delegates: 30, present: 23, approving: 21 }, rules)).toEqual([]);
  });

  it('refuses impossible counts as data', () => {
    for (const vote of [
      { delegates: 0, present: 0, approving: 0 },
      { delegates: 30, present: 31, approving: 16 },
      { delegates: 30, present: 20, approving: 21 },
      { delegates: 30, present: -1, approving: 0 },
    ]) {
      expect(codes(checkContractVote(vote))).toEqual(['BARGAINING_COUNTS_INVALID']);
    }
  });
});

describe('contract term', () => {
  it('runs 1 to 3 years: 1 year passes, a day less fails; 3 years passes, 3 years and a day fails', () => {
    expect(checkContractTerm({ startsOn: '2027-01-01', endsOn: '2027-12-31' })).toEqual([]);
    expect(codes(checkContractTerm({ startsOn: '2027-01-01', endsOn: '2027-12-30' }))).toEqual([
      'CONTRACT_TERM_TOO_SHORT',
    ]);
    expect(checkContractTerm({ startsOn: '2027-01-01', endsOn: '2029-12-31' })).toEqual([]);
    const long = checkContractTerm({ startsOn: '2027-01-01', endsOn: '2030-01-01' });
    expect(codes(long)).toEqual(['CONTRACT_TERM_TOO_LONG']);
    expect(long[0]).toMatchObject({ path: ['endsOn'], details: { longestEndsOn: '2029-12-31' } });
  });

  it('gives a term starting on 29 February its years to 28 February', () => {
    expect(contractTermLastDay('2028-02-29', 1)).toBe('2029-02-28');
    expect(contractTermLastDay('2028-02-29', 3)).toBe('2031-02-28');
    expect(checkContractTerm({ startsOn: '2028-02-29', endsOn: '2031-02-28' })).toEqual([]);
    expect(codes(checkContractTerm({ startsOn: '2028-02-29', endsOn: '2031-03-01' }))).toEqual([
      'CONTRACT_TERM_TOO_LONG',
    ]);
    expect(codes(checkContractTerm({ startsOn: '2028-02-29', endsOn: '2029-02-27' }))).toEqual([
      'CONTRACT_TERM_TOO_SHORT',
    ]);
  });

  it('takes the years from the rule set and refuses a reversed term', () => {
    const rules = withBargainingRules(zhejiang2010, { contract: { maxTermYears: 2 } });
    expect(codes(checkContractTerm({ startsOn: '2027-01-01', endsOn: '2029-12-31' }, rules))).toEqual([
      'CONTRACT_TERM_TOO_LONG',
    ]);
    expect(codes(checkContractTerm({ startsOn: '2027-01-01', endsOn: '2026-12-31' }))).toEqual([
      'BARGAINING_DATES_REVERSED',
    ]);
  });
});

describe('filing and coming into force', () => {
  it('files within 10 days of signing: the 10th day passes, the 11th fails', () => {
    expect(filingDueBy('2025-11-03')).toBe('2025-11-13'); // a Thursday
    expect(checkFiling({ signedOn: '2025-11-03', filedOn: '2025-11-13' })).toEqual([]);
    expect(codes(checkFiling({ signedOn: '2025-11-03', filedOn: '2025-11-14' }))).toEqual([
      'CONTRACT_FILING_LATE',
    ]);
    expect(codes(checkFiling({ signedOn: '2025-11-03', filedOn: '2025-11-02' }))).toEqual([
      'BARGAINING_DATES_REVERSED',
    ]);
  });

  it('moves a 10th day that is a rest day to the next working day, unless the rule set says not to', () => {
    // Signed Wed 24 Sep: the 10th day is Sat 4 Oct, inside the holiday; the next working day is 9 Oct.
    expect(filingDueBy('2025-09-24', NATIONAL_DAY_2025)).toBe('2025-10-09');
    expect(checkFiling({ signedOn: '2025-09-24', filedOn: '2025-10-09' }, NATIONAL_DAY_2025)).toEqual([]);
    expect(codes(checkFiling({ signedOn: '2025-09-24', filedOn: '2025-10-10' }, NATIONAL_DAY_2025))).toEqual([
      'CONTRACT_FILING_LATE',
    ]);
    expect(filingDueBy('2025-09-24')).toBe('2025-10-06'); // plain weekdays: Saturday → Monday
    const strict = withBargainingRules(zhejiang2010, { contract: { periodsEndOnWorkingDay: false } });
    expect(filingDueBy('2025-09-24', NATIONAL_DAY_2025, strict)).toBe('2025-10-04');
    // An adjusted working Saturday is a working day: a 10th day on it stays there.
    expect(filingDueBy('2025-10-01', NATIONAL_DAY_2025)).toBe('2025-10-11');
  });

  it('is in force the day after 15 days with no objection', () => {
    expect(decideInForce({ filedOn: '2025-11-03', objectedOn: null })).toEqual({
      ok: true,
      value: { objectionPeriodEnds: '2025-11-18', inForceOn: '2025-11-19' },
    });
    // The 15th day a Sunday: the period ends on Monday, in force on Tuesday.
    expect(decideInForce({ filedOn: '2025-11-01', objectedOn: null })).toEqual({
      ok: true,
      value: { objectionPeriodEnds: '2025-11-17', inForceOn: '2025-11-18' },
    });
    // Filed 20 Sep: the 15th day is 5 Oct, in the holiday; the period ends 9 Oct.
    expect(decideInForce({ filedOn: '2025-09-20', objectedOn: null }, NATIONAL_DAY_2025)).toMatchObject({
      value: { objectionPeriodEnds: '2025-10-09', inForceOn: '2025-10-10' },
    });
  });

  it('is kept out of force by an objection on the last day, not by one a day later', () => {
    const objected = decideInForce({ filedOn: '2025-11-03', objectedOn: '2025-11-18' });
    expect(objected.ok ? null : objected.error).toMatchObject({
      code: 'CONTRACT_OBJECTED',
      path: ['objectedOn'],
      details: { objectionPeriodEnds: '2025-11-18' },
    });
    expect(decideInForce({ filedOn: '2025-11-03', objectedOn: '2025-11-19' })).toMatchObject({
      ok: true,
      value: { inForceOn: '2025-11-19' },
    });
    const before = decideInForce({ filedOn: '2025-11-03', objectedOn: '2025-11-02' });
    expect(before.ok ? null : before.error.code).toBe('BARGAINING_DATES_REVERSED');
    const invalid = decideInForce({ filedOn: '2025-13-03', objectedOn: null });
    expect(invalid.ok ? null : invalid.error.code).toBe('BARGAINING_DATE_INVALID');
  });
});

describe('bargaining codes', () => {
  it('has a Chinese text for every code', () => {
    expect(Object.keys(BARGAINING_MESSAGES_ZH).sort()).toEqual([...BARGAINING_ERROR_CODES].sort());
  });
});
