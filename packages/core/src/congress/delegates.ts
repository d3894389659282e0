import { atLeastFraction } from '../kernel/fraction.js';
import { acftu2016, bandFor, type RuleSet } from '../ruleset/rule-set.js';

/** The body that elects a grassroots union's committee: all members, or their delegates. */
export type CongressBodyKind = 'MEMBERS_ASSEMBLY' | 'DELEGATES_CONGRESS';

/** An inclusive range of whole numbers. */
export interface CountRange {
  readonly min: number;
  readonly max: number;
}

/** Throws a `RangeError` unless `n` is a non-negative safe integer. */
export function requireCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${what}: a non-negative integer expected, got ${n}`);
}

/** The kinds a union with `memberCount` members may hold: a members' assembly always, a delegates' congress from 100. */
export function congressKindsAllowed(
  memberCount: number,
  rules: RuleSet = acftu2016,
): readonly CongressBodyKind[] {
  requireCount(memberCount, 'memberCount');
  return memberCount < rules.congress.delegatesCongressFrom
    ? ['MEMBERS_ASSEMBLY']
    : ['MEMBERS_ASSEMBLY', 'DELEGATES_CONGRESS'];
}

/** The usual kind for `memberCount` members: a members' assembly below 100, else a delegates' congress. */
export function congressKindFor(memberCount: number, rules: RuleSet = acftu2016): CongressBodyKind {
  requireCount(memberCount, 'memberCount');
  return memberCount < rules.congress.delegatesCongressFrom ? 'MEMBERS_ASSEMBLY' : 'DELEGATES_CONGRESS';
}

/** Number of delegates a delegates' congress of `memberCount` members has; `null` below 100 (members' assembly). */
export function delegateRange(memberCount: number, rules: RuleSet = acftu2016): CountRange | null {
  requireCount(memberCount, 'memberCount');
  if (memberCount < rules.congress.delegatesCongressFrom) return null;
  const band = bandFor(rules.congress.delegateBands, memberCount);
  return band ? { min: band.min, max: band.max } : null;
}

/** True when `present` delegates are enough to convene a congress of `delegates`: at least two thirds. */
export function convenes(present: number, delegates: number, rules: RuleSet = acftu2016): boolean {
  requireCount(present, 'present');
  requireCount(delegates, 'delegates');
  if (delegates === 0) throw new RangeError('delegates: a congress has at least one delegate');
  if (present > delegates) throw new RangeError(`present ${present} exceeds delegates ${delegates}`);
  return atLeastFraction(present, delegates, rules.congress.convenQuorum);
}
