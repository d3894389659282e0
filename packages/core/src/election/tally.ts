import { grownInt32 } from '../kernel/arrays.js';
import { compareCodePoints } from '../kernel/order.js';
import type { Ballot, BallotForm, CandidateSpec, CountResult, TallyEntry } from './counting-method.js';

/** Approval ballots marking at most the seats, write-ins included (`majority-approval`, `block`). */
export const UP_TO_SEATS: BallotForm = { marks: 'APPROVAL', maxMarks: (seats) => seats };

/** Why an approval ballot is invalid (the first problem found on it). */
export type InvalidBallotReason =
  | 'TOO_MANY_MARKS'
  | 'UNKNOWN_CANDIDATE'
  | 'DUPLICATE_MARK'
  | 'APPROVED_AND_OPPOSED';

/** The result of an approval-style count (`majority-approval`, `block`, `approval`): a `CountResult` plus why ballots were invalid. */
export interface ApprovalCountResult extends CountResult {
  /** Invalid ballots by the first problem found on each; the numbers add up to `invalidBallots`. */
  readonly invalidReasons: Readonly<Record<InvalidBallotReason, number>>;
}

/** Votes counted from approval ballots, before anyone is elected. */
export interface ApprovalTally {
  readonly validBallots: number;
  readonly invalidBallots: number;
  readonly invalidReasons: Readonly<Record<InvalidBallotReason, number>>;
  /** Every candidate (zero votes too) and every write-in with at least one vote, sorted by `compareTallyEntries`. */
  readonly tally: readonly TallyEntry[];
}

/** Orders tally entries: most votes first, then by id in code-point order. */
export function compareTallyEntries(a: TallyEntry, b: TallyEntry): number {
  return b.votes - a.votes || compareCodePoints(a.id, b.id);
}

const TOO_MANY = 1;
const UNKNOWN = 2;
const DUPLICATE = 3;
const BOTH = 4;

/**
 * Counts approval ballots. A ballot is invalid when it marks (approvals plus non-blank
 * write-ins) more than `maxMarks` names, names an id in `approve` or `oppose` that is not a
 * candidate, names one name twice (in any of its lists), or approves and opposes the same
 * candidate. Write-ins are trimmed; a blank write-in is no mark; a write-in equal to a
 * candidate id is a vote for that candidate. `oppose` marks are never votes.
 *
 * Allocation-light: ids map to indices once; counts and a per-ballot stamp array are typed
 * arrays; nothing is allocated per ballot except trimmed write-in strings.
 */
export function tallyApprovals(
  candidates: readonly CandidateSpec[],
  ballots: readonly Ballot[],
  maxMarks: number,
): ApprovalTally {
  const index = new Map<string, number>();
  const names: string[] = [];
  for (const c of candidates) {
    index.set(c.id, names.length);
    names.push(c.id);
  }
  const nCandidates = names.length;
  let capacity = nCandidates + 16;
  let counts = new Int32Array(capacity);
  // stamp[i] === k + 1: name i approved on ballot k; === -(k + 1): opposed on ballot k.
  let stamp = new Int32Array(capacity);
  let marks = new Int32Array(Math.max(1, Math.min(maxMarks, capacity)));
  const reasons = new Int32Array(5);
  let valid = 0;
  // Marks of the current ballot: marks[0..n).
  let n = 0;
  /** Records a mark for name `idx` on ballot `s`: 0, or why the ballot is invalid. */
  const mark = (idx: number, s: number): number => {
    if (stamp[idx] === s) return DUPLICATE;
    stamp[idx] = s;
    if (n >= maxMarks) return TOO_MANY;
    if (n === marks.length) marks = grownInt32(marks, marks.length * 2);
    marks[n++] = idx;
    return 0;
  };

  const nBallots = ballots.length;
  for (let k = 0; k < nBallots; k++) {
    const ballot = ballots[k] as Ballot;
    const s = k + 1;
    n = 0;
    let reason = 0;

    const approve = ballot.approve;
    if (approve !== undefined) {
      for (let j = 0; j < approve.length && reason === 0; j++) {
        const idx = index.get(approve[j] as string);
        reason = idx === undefined || idx >= nCandidates ? UNKNOWN : mark(idx, s);
      }
    }

    const writeIns = ballot.writeIns;
    if (reason === 0 && writeIns !== undefined) {
      for (let j = 0; j < writeIns.length && reason === 0; j++) {
        const name = (writeIns[j] as string).trim();
        if (name === '') continue;
        let idx = index.get(name);
        if (idx === undefined) {
          idx = names.length;
          index.set(name, idx);
          names.push(name);
          if (idx === capacity) {
            capacity *= 2;
            counts = grownInt32(counts, capacity);
            stamp = grownInt32(stamp, capacity);
          }
        }
        reason = mark(idx, s);
      }
    }

    const oppose = ballot.oppose;
    if (reason === 0 && oppose !== undefined) {
      for (let j = 0; j < oppose.length; j++) {
        const idx = index.get(oppose[j] as string);
        if (idx === undefined || idx >= nCandidates) {
          reason = UNKNOWN;
          break;
        }
        const st = stamp[idx];
        if (st === s) {
          reason = BOTH;
          break;
        }
        if (st === -s) {
          reason = DUPLICATE;
          break;
        }
        stamp[idx] = -s;
      }
    }

    if (reason === 0) {
      valid++;
      for (let j = 0; j < n; j++) {
        const idx = marks[j] as number;
        counts[idx] = (counts[idx] as number) + 1;
      }
    } else {
      reasons[reason] = (reasons[reason] as number) + 1;
    }
  }

  const tally: TallyEntry[] = [];
  for (let i = 0; i < names.length; i++) {
    const votes = counts[i] as number;
    if (i < nCandidates || votes > 0) tally.push({ id: names[i] as string, votes });
  }
  tally.sort(compareTallyEntries);
  return {
    validBallots: valid,
    invalidBallots: nBallots - valid,
    invalidReasons: {
      TOO_MANY_MARKS: reasons[TOO_MANY] as number,
      UNKNOWN_CANDIDATE: reasons[UNKNOWN] as number,
      DUPLICATE_MARK: reasons[DUPLICATE] as number,
      APPROVED_AND_OPPOSED: reasons[BOTH] as number,
    },
    tally,
  };
}

/** Who is elected from a sorted tally, and who is tied across the last seat. */
export interface Selection {
  readonly elected: readonly string[];
  readonly tied: readonly string[];
}

/**
 * Elects from a tally sorted by `compareTallyEntries`: among the names with at least
 * `minVotes` votes, the most votes win. When names with equal votes straddle the last seat,
 * none of them is elected and all are returned in `tied` (a new vote among them follows).
 */
export function selectByVotes(tally: readonly TallyEntry[], seats: number, minVotes: number): Selection {
  let qualifying = 0;
  while (qualifying < tally.length && (tally[qualifying] as TallyEntry).votes >= minVotes) qualifying++;
  if (qualifying <= seats) {
    return { elected: tally.slice(0, qualifying).map((e) => e.id), tied: [] };
  }
  const cut = (tally[seats - 1] as TallyEntry).votes;
  let above = 0;
  while ((tally[above] as TallyEntry).votes > cut) above++;
  let end = above;
  while (end < qualifying && (tally[end] as TallyEntry).votes === cut) end++;
  if (end <= seats) {
    return { elected: tally.slice(0, end).map((e) => e.id), tied: [] };
  }
  return {
    elected: tally.slice(0, above).map((e) => e.id),
    tied: tally.slice(above, end).map((e) => e.id),
  };
}

/** Builds an approval-style `CountResult` from a tally, a selection and the threshold. */
export function approvalResult(
  counted: ApprovalTally,
  selection: Selection,
  seats: number,
  threshold: number,
  ballotsReturned: number,
): ApprovalCountResult {
  const unfilledSeats = seats - selection.elected.length;
  return {
    status: unfilledSeats === 0 ? 'COMPLETE' : 'INCOMPLETE',
    ballotsReturned,
    validBallots: counted.validBallots,
    invalidBallots: counted.invalidBallots,
    invalidReasons: counted.invalidReasons,
    threshold,
    tally: counted.tally,
    elected: selection.elected,
    tied: selection.tied,
    unfilledSeats,
  };
}
