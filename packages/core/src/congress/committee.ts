import { moreThanFraction, smallestAbove } from '../kernel/fraction.js';
import { type DomainError, err, ok, type Result } from '../kernel/result.js';
import { acftu2016, bandFor, type RuleSet } from '../ruleset/rule-set.js';
import { type CountRange, requireCount } from './delegates.js';
import type { CongressErrorCode } from './errors.js';

/** Violation codes of `checkCommitteeSize`. */
export type CommitteeSizeViolation = 'COMMITTEE_SIZE_OUT_OF_RANGE' | 'COMMITTEE_SIZE_EVEN';

/** What a union has for its women workers: a committee (女职工委员会) or one officer (女职工委员). */
export type WomenWorkersBody = 'COMMITTEE' | 'OFFICER';

/** True when a grassroots union of `memberCount` members must have a union committee (25 or more). */
export function requiresCommittee(memberCount: number, rules: RuleSet = acftu2016): boolean {
  requireCount(memberCount, 'memberCount');
  return memberCount >= rules.organization.committeeRequiredFrom;
}

/**
 * Committee size range for `memberCount` members. Below 25 members (below the committee threshold
 * or the first band), `{ min: 1, max: 1 }`: one organizer (组织员) or chair instead of a committee.
 */
export function committeeSizeRange(memberCount: number, rules: RuleSet = acftu2016): CountRange {
  requireCount(memberCount, 'memberCount');
  const bands = rules.organization.committeeSizes;
  const first = bands[0];
  if (!requiresCommittee(memberCount, rules) || (first !== undefined && memberCount < first.from)) {
    return { min: 1, max: 1 };
  }
  const band = bandFor(bands, memberCount);
  if (!band)
    throw new RangeError(`rule set '${rules.name}' has no committee size for ${memberCount} members`);
  return { min: band.min, max: band.max };
}

/** Checks a committee size: within `committeeSizeRange` and odd. Empty list: the size is fine. */
export function checkCommitteeSize(
  memberCount: number,
  size: number,
  rules: RuleSet = acftu2016,
): readonly DomainError<CommitteeSizeViolation>[] {
  requireCount(size, 'size');
  const { min, max } = committeeSizeRange(memberCount, rules);
  const details = { memberCount, size, min, max };
  const violations: DomainError<CommitteeSizeViolation>[] = [];
  if (size < min || size > max) {
    violations.push({
      code: 'COMMITTEE_SIZE_OUT_OF_RANGE',
      message: `a union of ${memberCount} members has a committee of ${min}–${max}, not ${size}`,
      details,
    });
  }
  if (size % 2 === 0) {
    violations.push({
      code: 'COMMITTEE_SIZE_EVEN',
      message: `a committee has an odd number of members, not ${size}`,
      details,
    });
  }
  return violations;
}

/** A women workers' committee from 10 women members, else one women workers' officer. */
export function womenWorkersBody(womenMembers: number, rules: RuleSet = acftu2016): WomenWorkersBody {
  requireCount(womenMembers, 'womenMembers');
  return womenMembers >= rules.organization.womenCommitteeFrom ? 'COMMITTEE' : 'OFFICER';
}

/** True when `votesFor` removes a chair or vice-chair: more than half of ALL members or delegates (not of those present). */
export function removalPasses(
  votesFor: number,
  allMembersOrDelegates: number,
  rules: RuleSet = acftu2016,
): boolean {
  requireCount(votesFor, 'votesFor');
  requireCount(allMembersOrDelegates, 'allMembersOrDelegates');
  if (votesFor > allMembersOrDelegates) {
    throw new RangeError(`votesFor ${votesFor} exceeds all members or delegates ${allMembersOrDelegates}`);
  }
  return moreThanFraction(votesFor, allMembersOrDelegates, rules.election.removalThreshold);
}

/** A vote on removing a chair or vice-chair (罢免): votes for removal, and all members or delegates (not those present). */
export interface RemovalVote {
  /** Votes for removing the officer. */
  readonly votesFor: number;
  /** All members (members' assembly) or all serving delegates (delegates' congress), present or not. */
  readonly entitled: number;
}

/** A removal that passed: its vote and the fewest votes it needed. */
export interface RemovalTally extends RemovalVote {
  /** The fewest votes that remove: more than half of `entitled` (51 of 100, 51 of 101). */
  readonly fewestNeeded: number;
}

/**
 * Decides a vote removing a chair or vice-chair: more than half of ALL members or delegates
 * (`POSITION_REMOVAL_NOT_PASSED`: 50 of 100 fails, 51 passes). Counts that are not whole, nobody
 * entitled or more votes than entitled are `POSITION_REMOVAL_VOTES_INVALID`, at `path` `votesFor`.
 */
export function decideRemoval(
  vote: RemovalVote,
  rules: RuleSet = acftu2016,
): Result<RemovalTally, CongressErrorCode> {
  const { votesFor, entitled } = vote;
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (!whole(votesFor) || !whole(entitled) || entitled === 0 || votesFor > entitled) {
    return err(
      'POSITION_REMOVAL_VOTES_INVALID',
      `${votesFor} votes of ${entitled} entitled is not possible`,
      {
        path: ['votesFor'],
        details: { votesFor, entitled },
      },
    );
  }
  const fewestNeeded = smallestAbove(entitled, rules.election.removalThreshold);
  if (!removalPasses(votesFor, entitled, rules)) {
    return err(
      'POSITION_REMOVAL_NOT_PASSED',
      `${votesFor} of all ${entitled} members or delegates voted for removal: it needs ${fewestNeeded}, more than half of all`,
      { path: ['votesFor'], details: { votesFor, entitled, fewestNeeded } },
    );
  }
  return ok({ votesFor, entitled, fewestNeeded });
}
