// The date checks every bargaining deadline shares: real dates, in order, on time.
import { isCalendarDate } from '../member/calendar-date.js';
import type { BargainingErrorCode, BargainingViolation } from './errors.js';

/** `BARGAINING_DATE_INVALID` for each field of `dates` that is not a real `YYYY-MM-DD` date, at its path. */
export function invalidDates(dates: Readonly<Record<string, string>>): BargainingViolation[] {
  return Object.entries(dates)
    .filter(([, value]) => !isCalendarDate(value))
    .map(([field, value]) => ({
      code: 'BARGAINING_DATE_INVALID',
      message: `${field}: '${value}' is not a real calendar date YYYY-MM-DD`,
      path: [field],
    }));
}

/** `BARGAINING_DATES_REVERSED` when `later` (at path `laterField`) is before `earlier`, else nothing. */
export function reversedDates(
  earlierField: string,
  earlier: string,
  laterField: string,
  later: string,
): BargainingViolation[] {
  if (later >= earlier) return [];
  return [
    {
      code: 'BARGAINING_DATES_REVERSED',
      message: `${laterField} ${later} is before ${earlierField} ${earlier}`,
      path: [laterField],
      details: { [earlierField]: earlier, [laterField]: later },
    },
  ];
}

/** `code` when `on` (at path `field`) is after `dueBy`, else nothing; the message says what was due. */
export function lateness(
  code: BargainingErrorCode,
  what: string,
  field: string,
  on: string,
  dueBy: string,
): BargainingViolation[] {
  if (on <= dueBy) return [];
  return [
    { code, message: `${what} by ${dueBy}, not ${on}`, path: [field], details: { [field]: on, dueBy } },
  ];
}

/**
 * Checks a deadline counted from the date in field `from` to the date in field `on`: both real dates
 * (`BARGAINING_DATE_INVALID`), `on` not before `from` (`BARGAINING_DATES_REVERSED`), and `on` no later
 * than `dueBy(from)` (`code`, its message starting with `what`).
 */
export function checkDeadline<From extends string, On extends string>(
  dates: Readonly<Record<From | On, string>>,
  from: From,
  on: On,
  code: BargainingErrorCode,
  what: string,
  dueBy: (start: string) => string,
): BargainingViolation[] {
  const start: string = dates[from];
  const end: string = dates[on];
  const invalid = invalidDates({ [from]: start, [on]: end });
  if (invalid.length > 0) return invalid;
  return [...reversedDates(from, start, on, end), ...lateness(code, what, on, end, dueBy(start))];
}
