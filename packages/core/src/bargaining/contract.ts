// A collective contract (集体合同): adopted by the workers' delegates, for a term of 1 to 3 years,
// filed with the labour administration, in force when it does not object in time.
import { atLeastFraction, ceilFractionOf, moreThanFraction, smallestAbove } from '../kernel/fraction.js';
import { err, ok, type Result } from '../kernel/result.js';
import { addDays, anniversary, dayBefore } from '../member/calendar-date.js';
import { checkDeadline, invalidDates, reversedDates } from './dates.js';
import type { BargainingErrorCode, BargainingViolation } from './errors.js';
import { type BargainingRules, zhejiang2010 } from './rules.js';
import { calendarPeriodEnd, WEEKDAYS, type WorkingCalendar } from './working-days.js';

/**
 * The vote on a draft contract at a workers' delegates congress (职工代表大会), or at an assembly of
 * all workers, where `delegates` is then all workers.
 */
export interface ContractVote {
  /** All delegates (全体职工代表), present or not. */
  readonly delegates: number;
  /** Delegates present at the vote. */
  readonly present: number;
  /** Delegates present who voted for the draft (同意). */
  readonly approving: number;
  /** Delegates present who voted against it (反对), or null when not recorded. */
  readonly against?: number | null;
  /** Delegates present who abstained (弃权), or null when not recorded. */
  readonly abstaining?: number | null;
}

/** A contract's term: from `startsOn` to `endsOn`, both days included. */
export interface ContractTerm {
  readonly startsOn: string;
  readonly endsOn: string;
}

/** When a filed contract comes into force: the last day to object, and the first day in force. */
export interface ContractInForce {
  /** Last day of the labour administration's objection period. */
  readonly objectionPeriodEnds: string;
  /** First day the contract is in force: the day after the objection period. */
  readonly inForceOn: string;
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/** `BARGAINING_COUNTS_INVALID` at `vote.<field>`, its message saying what the count must be. */
function countProblem(field: string, message: string, vote: ContractVote): BargainingViolation {
  return {
    code: 'BARGAINING_COUNTS_INVALID',
    message: `vote.${field}: ${message}`,
    path: ['vote', field],
    details: { ...vote },
  };
}

/**
 * The first impossible count of a vote, at its field: `delegates` a positive integer, `present` and
 * `approving` (and `against`, `abstaining` when given) non-negative integers, no more present than
 * delegates, no more approving than present, and approving + against + abstaining no more than present
 * (at the last of them given). Null when every count is possible.
 */
function impossibleCount(vote: ContractVote): BargainingViolation | null {
  const { delegates, present, approving } = vote;
  const given = (['approving', 'against', 'abstaining'] as const).filter(
    (field) => vote[field] !== undefined && vote[field] !== null,
  );
  if (!isCount(delegates) || delegates === 0) {
    return countProblem('delegates', `a positive integer expected, got ${delegates}`, vote);
  }
  for (const field of ['present', ...given] as const) {
    if (!isCount(vote[field] as number)) {
      return countProblem(field, `a non-negative integer expected, got ${vote[field]}`, vote);
    }
  }
  if (present > delegates) {
    return countProblem('present', `${present} present is more than all ${delegates} delegates`, vote);
  }
  if (approving > present) {
    return countProblem('approving', `${approving} approving is more than the ${present} present`, vote);
  }
  const cast = given.reduce((sum, field) => sum + (vote[field] as number), 0);
  if (cast > present) {
    const last = given[given.length - 1] as string;
    const sum = given.map((field) => `${field} ${vote[field]}`).join(' + ');
    return countProblem(last, `${sum} = ${cast} is more than the ${present} present`, vote);
  }
  return null;
}

/**
 * Checks the vote that adopts a contract: at least two thirds of all delegates present
 * (`CONTRACT_QUORUM_NOT_MET`: 20 of 30 present passes, 19 fails) and more than half of ALL delegates
 * approving, not of those present (`CONTRACT_NOT_APPROVED`: 15 of 30 fails, 16 passes). An impossible
 * count (see `impossibleCount`: no delegates, more present than delegates, more approving than present,
 * more votes cast than present) gives only `BARGAINING_COUNTS_INVALID`, at the field it concerns.
 * Empty list: the contract is adopted.
 */
export function checkContractVote(
  vote: ContractVote,
  rules: BargainingRules = zhejiang2010,
): readonly BargainingViolation[] {
  const impossible = impossibleCount(vote);
  if (impossible !== null) return [impossible];
  const { delegates, present, approving } = vote;
  const { quorum, approvalThreshold } = rules.contract;
  const violations: BargainingViolation[] = [];
  if (!atLeastFraction(present, delegates, quorum)) {
    const fewest = ceilFractionOf(delegates, quorum);
    violations.push({
      code: 'CONTRACT_QUORUM_NOT_MET',
      message:
        `${present} of ${delegates} delegates present: a vote on a contract needs at least ${fewest} ` +
        `(${quorum.numerator}/${quorum.denominator} of all ${delegates}) present, so no valid vote was held`,
      path: ['vote', 'present'],
      details: { delegates, present, fewestPresent: fewest },
    });
  }
  if (!moreThanFraction(approving, delegates, approvalThreshold)) {
    const fewest = smallestAbove(delegates, approvalThreshold);
    violations.push({
      code: 'CONTRACT_NOT_APPROVED',
      message: `${approving} of all ${delegates} delegates approved: a contract needs ${fewest}, more than half of all delegates`,
      path: ['vote', 'approving'],
      details: { delegates, approving, fewestApproving: fewest },
    });
  }
  return violations;
}

/**
 * The last day of a term of `years` years starting on `startsOn`: the day before its anniversary
 * (2027-01-01 for 1 year: 2027-12-31; 2028-02-29 for 1 year: 2029-02-28).
 */
export function contractTermLastDay(startsOn: string, years: number): string {
  return dayBefore(anniversary(startsOn, years));
}

/**
 * Checks a contract's term: at least 1 year (`CONTRACT_TERM_TOO_SHORT`) and at most 3
 * (`CONTRACT_TERM_TOO_LONG`; 3 years passes, 3 years and a day fails), counting `endsOn` as the
 * last day in force; `endsOn` before `startsOn` is `BARGAINING_DATES_REVERSED`.
 */
export function checkContractTerm(
  term: ContractTerm,
  rules: BargainingRules = zhejiang2010,
): readonly BargainingViolation[] {
  const invalid = invalidDates({ startsOn: term.startsOn, endsOn: term.endsOn });
  if (invalid.length > 0) return invalid;
  const reversed = reversedDates('startsOn', term.startsOn, 'endsOn', term.endsOn);
  if (reversed.length > 0) return reversed;
  const { minTermYears, maxTermYears } = rules.contract;
  const shortest = contractTermLastDay(term.startsOn, minTermYears);
  const longest = contractTermLastDay(term.startsOn, maxTermYears);
  const details = { ...term, shortestEndsOn: shortest, longestEndsOn: longest };
  if (term.endsOn < shortest) {
    return [
      {
        code: 'CONTRACT_TERM_TOO_SHORT',
        message: `a contract starting on ${term.startsOn} runs at least ${minTermYears} year(s), to ${shortest} or later, not ${term.endsOn}`,
        path: ['endsOn'],
        details,
      },
    ];
  }
  if (term.endsOn > longest) {
    return [
      {
        code: 'CONTRACT_TERM_TOO_LONG',
        message: `a contract starting on ${term.startsOn} runs at most ${maxTermYears} years, to ${longest} at the latest, not ${term.endsOn}`,
        path: ['endsOn'],
        details,
      },
    ];
  }
  return [];
}

/**
 * The last day to file a contract signed on `signedOn` with the labour administration: 10 calendar
 * days after signing (the day of signing not counted), moved to the next working day when that day
 * is a rest day (`contract.periodsEndOnWorkingDay`). Throws a `RangeError` unless `signedOn` is a real date.
 */
export function filingDueBy(
  signedOn: string,
  calendar: WorkingCalendar = WEEKDAYS,
  rules: BargainingRules = zhejiang2010,
): string {
  const { filingDays, periodsEndOnWorkingDay } = rules.contract;
  return calendarPeriodEnd(signedOn, filingDays, calendar, periodsEndOnWorkingDay);
}

/** Checks that a contract was filed by `filingDueBy` (`CONTRACT_FILING_LATE`) and not before it was signed. */
export function checkFiling(
  dates: { readonly signedOn: string; readonly filedOn: string },
  calendar: WorkingCalendar = WEEKDAYS,
  rules: BargainingRules = zhejiang2010,
): readonly BargainingViolation[] {
  return checkDeadline(
    dates,
    'signedOn',
    'filedOn',
    'CONTRACT_FILING_LATE',
    `a contract signed on ${dates.signedOn} is filed within ${rules.contract.filingDays} days,`,
    (signedOn) => filingDueBy(signedOn, calendar, rules),
  );
}

/**
 * When a contract filed on `filedOn` comes into force: the labour administration may object for 15
 * calendar days after receiving it (the day of filing not counted; a last day that is a rest day moves
 * to the next working day), and the contract is in force from the day after. An objection on or
 * before the last day (`objectedOn`) keeps it out of force (`CONTRACT_OBJECTED`); a later one does
 * not. An objection before the filing is `BARGAINING_DATES_REVERSED`.
 */
export function decideInForce(
  input: { readonly filedOn: string; readonly objectedOn: string | null },
  calendar: WorkingCalendar = WEEKDAYS,
  rules: BargainingRules = zhejiang2010,
): Result<ContractInForce, BargainingErrorCode> {
  const { filedOn, objectedOn } = input;
  const [problem] = [
    ...invalidDates(objectedOn === null ? { filedOn } : { filedOn, objectedOn }),
    ...(objectedOn === null ? [] : reversedDates('filedOn', filedOn, 'objectedOn', objectedOn)),
  ];
  if (problem) return { ok: false, error: problem };
  const { objectionDays, periodsEndOnWorkingDay } = rules.contract;
  const objectionPeriodEnds = calendarPeriodEnd(filedOn, objectionDays, calendar, periodsEndOnWorkingDay);
  if (objectedOn !== null && objectedOn <= objectionPeriodEnds) {
    return err(
      'CONTRACT_OBJECTED',
      `the labour administration objected on ${objectedOn}, within the ${objectionDays} days to ${objectionPeriodEnds}: the contract is not in force`,
      { path: ['objectedOn'], details: { filedOn, objectedOn, objectionPeriodEnds } },
    );
  }
  return ok({ objectionPeriodEnds, inForceOn: addDays(objectionPeriodEnds, 1) });
}
