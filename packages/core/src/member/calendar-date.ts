/**
 * Calendar dates as ISO-8601 strings `YYYY-MM-DD` (proleptic Gregorian, no time, no zone).
 * Four-digit years only, so two valid dates compare correctly as strings.
 */

/** A calendar date split into its numbers. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** True in a Gregorian leap year: divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year, month and day form a real calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Splits a `YYYY-MM-DD` string into numbers, or `undefined` when it is not a real calendar date. */
export function parseCalendarDate(value: string): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== undefined;
}

/** Writes a date as `YYYY-MM-DD`. */
export function formatCalendarDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a date that the caller guarantees, throwing a `RangeError` naming `what` when it is not one. */
export function requireCalendarDate(value: string, what: string): DateParts {
  const parts = parseCalendarDate(value);
  if (!parts) throw new RangeError(`${what}: '${value}' is not a real calendar date YYYY-MM-DD`);
  return parts;
}

/** Today's date in the local time zone of the process, as `YYYY-MM-DD`. */
export function localToday(): string {
  const now = new Date();
  return formatCalendarDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/**
 * Age in whole years on `date` of a person born on `birthDate`: the years since birth, less one
 * when the birthday has not yet come that year. Someone born on Feb 29 gains a year on Feb 29 of
 * a leap year and on Mar 1 otherwise (on Feb 28 the birthday has not yet come). Throws a
 * `RangeError` when either argument is not a real date.
 */
export function ageOn(birthDate: string, date: string): number {
  const b = requireCalendarDate(birthDate, 'birth date');
  const d = requireCalendarDate(date, 'date');
  const beforeBirthday = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (beforeBirthday ? 1 : 0);
}

/**
 * The date `months` calendar months after `date`; a day that does not exist in the target month
 * becomes its last day (Aug 31 + 6 months = Feb 28, or Feb 29 in a leap year).
 */
export function addMonths(date: string, months: number): string {
  const d = requireCalendarDate(date, 'date');
  if (!Number.isInteger(months)) throw new RangeError(`months: integer expected, got ${months}`);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatCalendarDate({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

/**
 * The date `years` whole years after `date`, on the same month and day; Feb 29 falls on Mar 1 in a
 * year that is not a leap year (as a birthday does: see `ageOn`). Throws a `RangeError` when `date`
 * is not a real date.
 */
export function anniversary(date: string, years: number): string {
  const d = requireCalendarDate(date, 'date');
  if (!Number.isInteger(years)) throw new RangeError(`years: integer expected, got ${years}`);
  const year = d.year + years;
  return isRealDate(year, d.month, d.day)
    ? formatCalendarDate({ year, month: d.month, day: d.day })
    : formatCalendarDate({ year, month: 3, day: 1 });
}

/** The date `days` days after `date` (`YYYY-MM-DD`, negative days go back). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The day before a `YYYY-MM-DD` date. */
export function dayBefore(date: string): string {
  return addDays(date, -1);
}
