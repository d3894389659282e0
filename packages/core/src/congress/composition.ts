import { ceilFractionOf, fraction, moreThanFraction, smallestAbove } from '../kernel/fraction.js';
import type { DomainError } from '../kernel/result.js';
import { acftu2016, type RuleSet } from '../ruleset/rule-set.js';
import { requireCount } from './delegates.js';

/** Violation codes of `checkDelegateComposition`. */
/** The composition rules `checkDelegateComposition` checks, each broken at most once. */
export const COMPOSITION_VIOLATIONS = [
  'MANAGERS_OVER_LIMIT',
  'WOMEN_UNDER_SHARE',
  'FRONT_LINE_NOT_MAJORITY',
] as const;

/** A composition rule broken. */
export type CompositionViolation = (typeof COMPOSITION_VIOLATIONS)[number];

/** The delegates of a congress and the members they represent, as counts. */
export interface DelegateComposition {
  readonly delegates: {
    readonly total: number;
    /** Middle managers (中层正职) and above. */
    readonly managers: number;
    readonly women: number;
    /** Front-line workers (一线职工). */
    readonly frontLine: number;
  };
  readonly members: { readonly total: number; readonly women: number };
}

/**
 * Checks the composition of delegates, exactly in integers: managers at most 20% of delegates;
 * women's share of delegates not below their share of members less the tolerance; front-line
 * workers more than half. Empty list: the composition is fine.
 */
export function checkDelegateComposition(
  composition: DelegateComposition,
  rules: RuleSet = acftu2016,
): readonly DomainError<CompositionViolation>[] {
  const { delegates: d, members: m } = composition;
  for (const [k, v] of Object.entries(d)) requireCount(v, `delegates.${k}`);
  for (const [k, v] of Object.entries(m)) requireCount(v, `members.${k}`);
  if (d.total === 0) throw new RangeError('delegates.total: at least one delegate expected');
  if (m.total === 0) throw new RangeError('members.total: at least one member expected');
  for (const part of ['managers', 'women', 'frontLine'] as const) {
    if (d[part] > d.total)
      throw new RangeError(`delegates.${part} ${d[part]} exceeds delegates.total ${d.total}`);
  }
  if (m.women > m.total) throw new RangeError(`members.women ${m.women} exceeds members.total ${m.total}`);

  const { managerMaxShare, womenShareTolerance: tol, frontLineThreshold } = rules.congress;
  const violations: DomainError<CompositionViolation>[] = [];

  if (moreThanFraction(d.managers, d.total, managerMaxShare)) {
    const maxManagers = smallestAbove(d.total, managerMaxShare) - 1;
    violations.push({
      code: 'MANAGERS_OVER_LIMIT',
      message: `${d.managers} of ${d.total} delegates are managers; at most ${maxManagers} (${share(managerMaxShare)})`,
      details: { managers: d.managers, total: d.total, maxManagers, maxShare: managerMaxShare },
    });
  }

  // Minimum women's share of delegates: W/M − a/b = (W·b − a·M) / (M·b), when positive.
  const minNumerator = m.women * tol.denominator - tol.numerator * m.total;
  if (minNumerator > 0) {
    const minShare = fraction(minNumerator, m.total * tol.denominator);
    const minimumWomen = ceilFractionOf(d.total, minShare);
    if (d.women < minimumWomen) {
      violations.push({
        code: 'WOMEN_UNDER_SHARE',
        message:
          `${d.women} of ${d.total} delegates are women; their share of members is ${m.women}/${m.total}, ` +
          `so at least ${minimumWomen} (tolerance ${share(tol)})`,
        details: {
          women: d.women,
          total: d.total,
          minimumWomen,
          membersWomen: m.women,
          membersTotal: m.total,
          tolerance: tol,
        },
      });
    }
  }

  if (!moreThanFraction(d.frontLine, d.total, frontLineThreshold)) {
    const minimumFrontLine = smallestAbove(d.total, frontLineThreshold);
    violations.push({
      code: 'FRONT_LINE_NOT_MAJORITY',
      message: `${d.frontLine} of ${d.total} delegates are front-line workers; more than ${share(frontLineThreshold)} needed, at least ${minimumFrontLine}`,
      details: { frontLine: d.frontLine, total: d.total, minimumFrontLine, threshold: frontLineThreshold },
    });
  }
  return violations;
}

function share(f: { numerator: number; denominator: number }): string {
  return `${f.numerator}/${f.denominator}`;
}
