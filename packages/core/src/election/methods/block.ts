import type { CountingMethod } from '../counting-method.js';
import {
  type ApprovalCountResult,
  approvalResult,
  selectByVotes,
  tallyApprovals,
  UP_TO_SEATS,
} from '../tally.js';

/**
 * `block` (plurality at large): each voter marks at most `seats` names (write-ins included);
 * the most votes win, no threshold (`threshold` 0), but a name with no votes is never elected;
 * a tie across the last seat elects none of the tied.
 */
export const block: CountingMethod<ApprovalCountResult> = {
  name: 'block',
  ballot: UP_TO_SEATS,
  count({ spec }, ballots) {
    const counted = tallyApprovals(spec.candidates, ballots, UP_TO_SEATS.maxMarks(spec.seats));
    const selection = selectByVotes(counted.tally, spec.seats, 1);
    return approvalResult(counted, selection, spec.seats, 0, ballots.length);
  },
};
