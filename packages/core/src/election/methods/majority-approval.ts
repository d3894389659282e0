import { smallestAbove } from '../../kernel/fraction.js';
import type { CountContext, CountingMethod } from '../counting-method.js';
import {
  type ApprovalCountResult,
  approvalResult,
  selectByVotes,
  tallyApprovals,
  UP_TO_SEATS,
} from '../tally.js';

/** The number the threshold is a share of, by the rule set's `thresholdBase`. */
function thresholdBase(context: CountContext, validBallots: number): number {
  switch (context.rules.election.thresholdBase) {
    case 'ENTITLED':
      return context.spec.entitled;
    case 'PRESENT':
      return context.spec.present;
    case 'VALID_BALLOTS':
      return validBallots;
  }
}

/**
 * `majority-approval` (acftu2016): each voter approves at most `seats` names (write-ins
 * included); a name is elected with more than the rule set's share (1/2) of its threshold base
 * (the entitled), the most votes winning when more pass than there are seats; a tie across the
 * last seat elects none of the tied.
 */
export const majorityApproval: CountingMethod<ApprovalCountResult> = {
  name: 'majority-approval',
  ballot: UP_TO_SEATS,
  count(context, ballots) {
    const { spec, rules } = context;
    const counted = tallyApprovals(spec.candidates, ballots, UP_TO_SEATS.maxMarks(spec.seats));
    const threshold = smallestAbove(thresholdBase(context, counted.validBallots), rules.election.threshold);
    const selection = selectByVotes(counted.tally, spec.seats, threshold);
    return approvalResult(counted, selection, spec.seats, threshold, ballots.length);
  },
};
