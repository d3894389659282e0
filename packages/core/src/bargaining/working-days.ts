// Working days (工作日) for deadlines: Monday to Friday, less public holidays (法定节假日), plus the
// weekend days the State Council moves into work (调休上班). The calendar is a value the caller
// supplies (from the State Council's yearly notice); core ships no holiday data.

import { err, ok, type Result } from '../kernel/result.js';
import { addDays, isCalendarDate } from '../member/calendar-date.js';
import type { BargainingErrorCode } from './errors.js';

/** Which days are working days: weekdays, less `holidays`, plus `workingWeekendDays`. */
export interface WorkingCalendar {
  /** Days off that would otherwise be working days (public holidays and the days moved off), `YYYY-MM-DD`. */
  readonly holidays: ReadonlySet<string>;
  /** Saturdays and Sundays that are working days (调休上班), `YYYY-MM-DD`. */
  readonly workingWeekendDays: ReadonlySet<string>;
}

/** What `workingCalendar` builds a calendar from: lists of `YYYY-MM-DD` dates. */
export interface WorkingCalendarInput {
  /** Public holidays and other days off (a holiday on a weekend changes nothing and is accepted). */
  readonly holidays?: readonly string[];
  /** Adjusted working days (调休上班): each a Saturday or a Sunday. */
  readonly workingWeekendDays?: readonly string[];
}

/** Most dates one calendar may list, holidays and working weekend days together (10,000: decades of notices). */
export const MAX_CALENDAR_DAYS = 10_000;

/** The default calendar: plain weekdays, Monday to Friday, no holidays and no adjusted working days. */
export const WEEKDAYS: WorkingCalendar = { holidays: new Set(), workingWeekendDays: new Set() };

/** Day of the week of a `YYYY-MM-DD` date: 0 Sunday … 6 Saturday. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/**
 * Builds a working calendar, refusing a date that is not real (`CALENDAR_DATE_INVALID`), a date listed
 * both as a holiday and as a working day (`CALENDAR_DAY_CONFLICT`), an adjusted working day that is
 * not a Saturday or Sunday (`CALENDAR_WORKDAY_NOT_WEEKEND`) and more than `MAX_CALENDAR_DAYS` dates
 * (`CALENDAR_TOO_LARGE`); `path` names the list and the index.
 */
export function workingCalendar(input: WorkingCalendarInput): Result<WorkingCalendar, BargainingErrorCode> {
  const holidays = input.holidays ?? [];
  const workingWeekendDays = input.workingWeekendDays ?? [];
  if (holidays.length + workingWeekendDays.length > MAX_CALENDAR_DAYS) {
    return err('CALENDAR_TOO_LARGE', `a working calendar lists at most ${MAX_CALENDAR_DAYS} dates`, {
      details: { dates: holidays.length + workingWeekendDays.length, max: MAX_CALENDAR_DAYS },
    });
  }
  for (const [list, dates] of [
    ['holidays', holidays],
    ['workingWeekendDays', workingWeekendDays],
  ] as const) {
    const index = dates.findIndex((d) => !isCalendarDate(d));
    if (index >= 0) {
      return err(
        'CALENDAR_DATE_INVALID',
        `${list}[${index}] '${dates[index]}' is not a real date YYYY-MM-DD`,
        {
          path: [list, index],
        },
      );
    }
  }
  const off = new Set(holidays);
  for (const [index, date] of workingWeekendDays.entries()) {
    if (off.has(date)) {
      return err('CALENDAR_DAY_CONFLICT', `${date} is listed both as a holiday and as a working day`, {
        path: ['workingWeekendDays', index],
      });
    }
    if (!isWeekend(date)) {
      return err(
        'CALENDAR_WORKDAY_NOT_WEEKEND',
        `${date} is a weekday: only a weekend day is moved into work`,
        {
          path: ['workingWeekendDays', index],
        },
      );
    }
  }
  return ok({ holidays: off, workingWeekendDays: new Set(workingWeekendDays) });
}

/** True when `date` is a working day under `calendar`. */
export function isWorkingDay(date: string, calendar: WorkingCalendar = WEEKDAYS): boolean {
  if (calendar.workingWeekendDays.has(date)) return true;
  return !isWeekend(date) && !calendar.holidays.has(date);
}

/** The next working day after `date` (not `date` itself). */
function nextWorkingDay(date: string, calendar: WorkingCalendar): string {
  let day = date;
  do day = addDays(day, 1);
  while (!isWorkingDay(day, calendar));
  return day;
}

/**
 * The `days`-th working day after `date`: `date` itself is not counted (民法典 第二百零一条, 开始的当日不计入),
 * whether or not it is a working day. 10 working days after Friday 2025-09-26 under the 2025 National
 * Day calendar is 2025-10-16; under plain weekdays 2025-10-10. Throws a `RangeError` unless `date` is
 * a real date and `days` a positive integer.
 */
export function addWorkingDays(date: string, days: number, calendar: WorkingCalendar = WEEKDAYS): string {
  if (!isCalendarDate(date)) throw new RangeError(`date: '${date}' is not a real calendar date YYYY-MM-DD`);
  if (!Number.isSafeInteger(days) || days < 1) {
    throw new RangeError(`days: a positive integer expected, got ${days}`);
  }
  let day = date;
  for (let counted = 0; counted < days; counted++) day = nextWorkingDay(day, calendar);
  return day;
}

/**
 * The last day of a period of `days` calendar days after `date` (`date` not counted): `date + days`,
 * moved to the next working day when that is not a working day and `endOnWorkingDay` holds
 * (民法典 第二百零三条: a period whose last day is a rest day ends on the day after the rest).
 */
export function calendarPeriodEnd(
  date: string,
  days: number,
  calendar: WorkingCalendar,
  endOnWorkingDay: boolean,
): string {
  if (!isCalendarDate(date)) throw new RangeError(`date: '${date}' is not a real calendar date YYYY-MM-DD`);
  const last = addDays(date, days);
  return !endOnWorkingDay || isWorkingDay(last, calendar) ? last : nextWorkingDay(last, calendar);
}
