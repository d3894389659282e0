// Collective bargaining (集体协商): who sits at the table and the deadlines of the talks.
import { moreThanFraction } from '../kernel/fraction.js';
import { addDays } from '../member/calendar-date.js';
import { checkDeadline, invalidDates, lateness } from './dates.js';
import type { BargainingViolation } from './errors.js';
import { type BargainingRules, zhejiang2010 } from './rules.js';
import { addWorkingDays, WEEKDAYS, type WorkingCalendar } from './working-days.js';

/** One side at the table: its negotiators (协商代表), of whom `outsideExperts` are engaged from outside the firm. */
export interface NegotiatingSide {
  /** All negotiators of the side, the outside experts included. */
  readonly negotiators: number;
  /** Negotiators who are experts from outside the firm (本单位以外的专业人员), counted in `negotiators`. */
  readonly outsideExperts: number;
}

/** Both sides of a bargaining, and the size of the firm (its workers, 职工) that decides the minimum. */
export interface NegotiatingSides {
  /** Workers (职工) of the firm, or covered by a regional or industry bargaining. */
  readonly firmWorkers: number;
  /** The workers' side (职工一方), led by the union. */
  readonly workers: NegotiatingSide;
  /** The employer's side (用人单位一方). */
  readonly employer: NegotiatingSide;
}

/** How many negotiators each side has: `min` to `max` (`max` null: no upper limit). */
export interface NegotiatorRange {
  readonly min: number;
  readonly max: number | null;
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * Negotiators per side at a firm of `firmWorkers` workers: at least 3, at least 5 from 100 workers
 * (`sides.largerFirmFrom`), at most `sides.maxPerSide` (Ningbo: 10). Throws a `RangeError` unless
 * `firmWorkers` is a non-negative integer.
 */
export function negotiatorRange(firmWorkers: number, rules: BargainingRules = zhejiang2010): NegotiatorRange {
  if (!isCount(firmWorkers))
    throw new RangeError(`firmWorkers: a non-negative integer expected, got ${firmWorkers}`);
  const { minPerSide, largerFirmFrom, largerFirmMinPerSide, maxPerSide } = rules.sides;
  const min = firmWorkers >= largerFirmFrom ? Math.max(minPerSide, largerFirmMinPerSide) : minPerSide;
  return { min, max: maxPerSide };
}

function checkSide(
  key: 'workers' | 'employer',
  side: NegotiatingSide,
  range: NegotiatorRange,
  firmWorkers: number,
  rules: BargainingRules,
): BargainingViolation[] {
  const violations: BargainingViolation[] = [];
  const { negotiators, outsideExperts } = side;
  const details = { firmWorkers, negotiators, min: range.min, max: range.max };
  if (negotiators < range.min) {
    violations.push({
      code: 'BARGAINING_SIDE_TOO_SMALL',
      message: `the ${key}' side has at least ${range.min} negotiators at a firm of ${firmWorkers} workers, not ${negotiators}`,
      path: [key, 'negotiators'],
      details,
    });
  }
  if (range.max !== null && negotiators > range.max) {
    violations.push({
      code: 'BARGAINING_SIDE_TOO_LARGE',
      message: `the ${key}' side has at most ${range.max} negotiators under '${rules.name}', not ${negotiators}`,
      path: [key, 'negotiators'],
      details,
    });
  }
  const share = rules.sides.outsideExpertsMaxShare;
  if (moreThanFraction(outsideExperts, negotiators, share)) {
    violations.push({
      code: 'BARGAINING_TOO_MANY_OUTSIDE_EXPERTS',
      message: `at most ${share.numerator}/${share.denominator} of the ${key}' ${negotiators} negotiators are outside experts, not ${outsideExperts}`,
      path: [key, 'outsideExperts'],
      details: { negotiators, outsideExperts, maxShare: `${share.numerator}/${share.denominator}` },
    });
  }
  return violations;
}

/**
 * Checks both sides of a bargaining: each within `negotiatorRange` (`BARGAINING_SIDE_TOO_SMALL`,
 * `BARGAINING_SIDE_TOO_LARGE`), the employer's side no larger than the workers'
 * (`BARGAINING_EMPLOYER_SIDE_LARGER`; equal is fine), and on each side at most a third of its own
 * negotiators outside experts (`BARGAINING_TOO_MANY_OUTSIDE_EXPERTS`: 3 of 9 passes, 2 of 5 fails).
 * Counts that are not non-negative integers, or more experts than negotiators, give only
 * `BARGAINING_COUNTS_INVALID`. Empty list: the sides are fine.
 */
export function checkNegotiatingSides(
  sides: NegotiatingSides,
  rules: BargainingRules = zhejiang2010,
): readonly BargainingViolation[] {
  const invalid: BargainingViolation[] = [];
  if (!isCount(sides.firmWorkers)) {
    invalid.push({
      code: 'BARGAINING_COUNTS_INVALID',
      message: `firmWorkers: a non-negative integer expected, got ${sides.firmWorkers}`,
      path: ['firmWorkers'],
    });
  }
  for (const key of ['workers', 'employer'] as const) {
    const { negotiators, outsideExperts } = sides[key];
    if (!isCount(negotiators) || !isCount(outsideExperts) || outsideExperts > negotiators) {
      invalid.push({
        code: 'BARGAINING_COUNTS_INVALID',
        message: `${key}: ${outsideExperts} outside experts among ${negotiators} negotiators is not possible`,
        path: [key],
        details: { negotiators, outsideExperts },
      });
    }
  }
  if (invalid.length > 0) return invalid;
  const range = negotiatorRange(sides.firmWorkers, rules);
  const violations = [
    ...checkSide('workers', sides.workers, range, sides.firmWorkers, rules),
    ...checkSide('employer', sides.employer, range, sides.firmWorkers, rules),
  ];
  if (sides.employer.negotiators > sides.workers.negotiators) {
    violations.push({
      code: 'BARGAINING_EMPLOYER_SIDE_LARGER',
      message: `the employer's side (${sides.employer.negotiators}) is larger than the workers' (${sides.workers.negotiators})`,
      path: ['employer', 'negotiators'],
      details: { employer: sides.employer.negotiators, workers: sides.workers.negotiators },
    });
  }
  return violations;
}

/**
 * The last day to reply in writing to a request to bargain received on `receivedOn`: the 10th working
 * day after it (the day of receipt not counted). Throws a `RangeError` unless `receivedOn` is a real date.
 */
export function replyDueBy(
  receivedOn: string,
  calendar: WorkingCalendar = WEEKDAYS,
  rules: BargainingRules = zhejiang2010,
): string {
  return addWorkingDays(receivedOn, rules.deadlines.replyWorkingDays, calendar);
}

/**
 * Checks a reply to a request to bargain: on or before `replyDueBy` (`BARGAINING_REPLY_LATE`), not
 * before the request (`BARGAINING_DATES_REVERSED`), real dates (`BARGAINING_DATE_INVALID`).
 */
export function checkReply(
  dates: { readonly receivedOn: string; readonly repliedOn: string },
  calendar: WorkingCalendar = WEEKDAYS,
  rules: BargainingRules = zhejiang2010,
): readonly BargainingViolation[] {
  return checkDeadline(
    dates,
    'receivedOn',
    'repliedOn',
    'BARGAINING_REPLY_LATE',
    `a request received on ${dates.receivedOn} is answered within ${rules.deadlines.replyWorkingDays} working days,`,
    (receivedOn) => replyDueBy(receivedOn, calendar, rules),
  );
}

/**
 * The last day on which the documents of a bargaining meeting held on `meetingOn` reach the other
 * side: 7 calendar days before it (meeting on the 8th: documents by the 1st). Calendar days, not
 * working days: RULES.md says "days" here and "working days" for the other two deadlines. Throws a
 * `RangeError` unless `meetingOn` is a real date.
 */
export function documentsDueBy(meetingOn: string, rules: BargainingRules = zhejiang2010): string {
  if (invalidDates({ meetingOn }).length > 0)
    throw new RangeError(`meetingOn: '${meetingOn}' is not a real date`);
  return addDays(meetingOn, -rules.deadlines.documentsNoticeDays);
}

/** Checks that a meeting's documents were provided by `documentsDueBy` (`BARGAINING_DOCUMENTS_LATE`). */
export function checkDocumentsNotice(
  dates: { readonly providedOn: string; readonly meetingOn: string },
  rules: BargainingRules = zhejiang2010,
): readonly BargainingViolation[] {
  const invalid = invalidDates(dates);
  if (invalid.length > 0) return invalid;
  return lateness(
    'BARGAINING_DOCUMENTS_LATE',
    `the documents of the meeting on ${dates.meetingOn} reach the other side ${rules.deadlines.documentsNoticeDays} days before it,`,
    'providedOn',
    dates.providedOn,
    documentsDueBy(dates.meetingOn, rules),
  );
}

/**
 * The last day of a bargaining that started (its first meeting) on `startedOn`: the 30th working day
 * after it (the first day not counted). Throws a `RangeError` unless `startedOn` is a real date.
 */
export function bargainingDueBy(
  startedOn: string,
  calendar: WorkingCalendar = WEEKDAYS,
  rules: BargainingRules = zhejiang2010,
): string {
  return addWorkingDays(startedOn, rules.deadlines.bargainingWorkingDays, calendar);
}

/**
 * Checks that a bargaining finished (a draft agreed, or the talks ended) by `bargainingDueBy`
 * (`BARGAINING_OVERRUN`) and not before it started (`BARGAINING_DATES_REVERSED`).
 */
export function checkBargainingFinished(
  dates: { readonly startedOn: string; readonly finishedOn: string },
  calendar: WorkingCalendar = WEEKDAYS,
  rules: BargainingRules = zhejiang2010,
): readonly BargainingViolation[] {
  return checkDeadline(
    dates,
    'startedOn',
    'finishedOn',
    'BARGAINING_OVERRUN',
    `a bargaining started on ${dates.startedOn} finishes within ${rules.deadlines.bargainingWorkingDays} working days,`,
    (startedOn) => bargainingDueBy(startedOn, calendar, rules),
  );
}
