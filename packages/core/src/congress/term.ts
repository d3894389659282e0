import type { DomainError } from '../kernel/result.js';
import { acftu2016, type RuleSet } from '../ruleset/rule-set.js';

/** Whose term: a grassroots union, or a local federation or industry union. */
export type TermKind = 'GRASSROOTS' | 'FEDERATION';

/** Violation codes of `checkTermYears`. */
export type TermViolation = 'TERM_YEARS_NOT_ALLOWED';

/** Violation codes of `checkElectionDelay`. */
export type ElectionDelayViolation = 'ELECTION_DELAY_TOO_LONG' | 'ELECTION_DELAY_NOT_APPROVED';

/** Checks a term of office: grassroots 3 or 5 years, federations and industry unions 5. Empty list: fine. */
export function checkTermYears(
  kind: TermKind,
  years: number,
  rules: RuleSet = acftu2016,
): readonly DomainError<TermViolation>[] {
  const allowed =
    kind === 'GRASSROOTS' ? rules.organization.grassrootsTermYears : [rules.organization.federationTermYears];
  if (allowed.includes(years)) return [];
  return [
    {
      code: 'TERM_YEARS_NOT_ALLOWED',
      message: `a ${kind.toLowerCase()} term is ${allowed.join(' or ')} years, not ${years}`,
      details: { kind, years, allowed },
    },
  ];
}

/** Checks a delay of an election past the end of term: at most 6 months, and only with the higher union's approval. */
export function checkElectionDelay(
  months: number,
  approvedByHigherUnion: boolean,
  rules: RuleSet = acftu2016,
): readonly DomainError<ElectionDelayViolation>[] {
  if (!Number.isSafeInteger(months) || months < 0) {
    throw new RangeError(`months: a non-negative integer expected, got ${months}`);
  }
  const max = rules.organization.maxElectionDelayMonths;
  const violations: DomainError<ElectionDelayViolation>[] = [];
  if (months > max) {
    violations.push({
      code: 'ELECTION_DELAY_TOO_LONG',
      message: `an election may be delayed by at most ${max} months, not ${months}`,
      details: { months, maxMonths: max },
    });
  }
  if (months > 0 && !approvedByHigherUnion) {
    violations.push({
      code: 'ELECTION_DELAY_NOT_APPROVED',
      message: 'delaying an election needs the approval of the higher union',
      details: { months },
    });
  }
  return violations;
}
