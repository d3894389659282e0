import type { BallotForm, CountingMethod } from '../counting-method.js';
import { type ApprovalCountResult, approvalResult, selectByVotes, tallyApprovals } from '../tally.js';

/** Its ballots: approval lists marking any number of names. */
const BALLOT: BallotForm = { marks: 'APPROVAL', maxMarks: () => Number.POSITIVE_INFINITY };

/**
 * `approval` (single- or multi-winner): each voter approves any number of names (write-ins
 * included); the most approvals win, no threshold (`threshold` 0), but a name with no approvals
 * is never elected; a tie across the last seat elects none of the tied.
 */
export const approval: CountingMethod<ApprovalCountResult> = {
  name: 'approval',
  ballot: BALLOT,
  count({ spec }, ballots) {
    const counted = tallyApprovals(spec.candidates, ballots, BALLOT.maxMarks(spec.seats));
    const selection = selectByVotes(counted.tally, spec.seats, 1);
    return approvalResult(counted, selection, spec.seats, 0, ballots.length);
  },
};
