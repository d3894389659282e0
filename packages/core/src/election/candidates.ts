import { ceilFractionOf } from '../kernel/fraction.js';
import { acftu2016, type RuleSet } from '../ruleset/rule-set.js';

/** What is being elected, for the competitive margin (差额率): committee, standing committee, chair, vice-chair, a congress's delegates. */
export type ElectedBody = 'COMMITTEE' | 'STANDING_COMMITTEE' | 'CHAIR' | 'VICE_CHAIR' | 'DELEGATES';

/**
 * The fewest candidates for `seats` on `body`: seats plus the rule set's margin of the seats,
 * rounded up, in exact integers (committee 5%: 7 seats → 8, 20 → 21; standing committee 10%:
 * 50 → 55). Chair and vice-chairs may be uncontested: `seats`; so may a unit's delegates (the rule
 * set has no margin for them). Throws a `RangeError` when
 * `seats` is not a positive integer (a programming error, not a broken rule).
 */
export function minimumCandidates(seats: number, body: ElectedBody, rules: RuleSet = acftu2016): number {
  if (!Number.isSafeInteger(seats) || seats < 1) {
    throw new RangeError(`minimumCandidates: seats must be a positive integer, got ${seats}`);
  }
  switch (body) {
    case 'COMMITTEE':
      return seats + ceilFractionOf(seats, rules.election.committeeMargin);
    case 'STANDING_COMMITTEE':
      return seats + ceilFractionOf(seats, rules.election.standingCommitteeMargin);
    case 'CHAIR':
    case 'VICE_CHAIR':
    case 'DELEGATES':
      return seats;
  }
}
