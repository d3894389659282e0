import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, anniversary, isCalendarDate, isLeapYear } from '../src/member/calendar-date.js';

describe('isLeapYear', () => {
  it('applies the Gregorian rule', () => {
    expect([1900, 1996, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates only, written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-4-30')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-00-10')).toBe(false);
  });
});

describe('ageOn', () => {
  it('reaches 16 on the 16th birthday, not one day before', () => {
    expect(ageOn('2008-05-10', '2024-05-10')).toBe(16);
    expect(ageOn('2008-05-10', '2024-05-09')).toBe(15);
  });

  it('handles year ends', () => {
    expect(ageOn('2008-12-31', '2024-12-31')).toBe(16);
    expect(ageOn('2008-12-31', '2025-01-01')).toBe(16);
    expect(ageOn('2009-01-01', '2024-12-31')).toBe(15);
  });

  it('gives a Feb 29 birthday its year on Feb 29 of a leap year', () => {
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
  });

  it('gives a Feb 29 birthday its year on Mar 1 of a non-leap year, not on Feb 28', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    // 2100 is not a leap year: someone born 2084-02-29 turns 16 on 2100-03-01.
    expect(ageOn('2084-02-29', '2100-02-28')).toBe(15);
    expect(ageOn('2084-02-29', '2100-03-01')).toBe(16);
  });

  it('throws on a date that is not real', () => {
    expect(() => ageOn('2023-02-29', '2024-01-01')).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('adds calendar months, across years', () => {
    expect(addMonths('2024-01-15', 6)).toBe('2024-07-15');
    expect(addMonths('2024-09-15', 6)).toBe('2025-03-15');
    expect(addMonths('2024-03-15', -3)).toBe('2023-12-15');
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
  });
});

describe('anniversary', () => {
  it('is the same month and day, years on', () => {
    expect(anniversary('2027-01-01', 3)).toBe('2030-01-01');
    expect(anniversary('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('puts 29 February on 1 March in a year that is not a leap year, as a birthday', () => {
    expect(anniversary('2028-02-29', 1)).toBe('2029-03-01');
    expect(anniversary('2084-02-29', 16)).toBe('2100-03-01');
    expect(ageOn('2084-02-29', anniversary('2084-02-29', 16))).toBe(16);
    expect(() => anniversary('2023-02-29', 1)).toThrow(RangeError);
  });
});
