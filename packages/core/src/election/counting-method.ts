import type { RuleOverrides, RuleSet } from '../ruleset/rule-set.js';

/** One ballot paper. Approval methods read `approve`/`oppose`/`writeIns`; ranked methods read `ranking`. */
export interface Ballot {
  /** Candidate ids marked in favour. */
  readonly approve?: readonly string[];
  /** Candidate ids marked against (counted as not approved). */
  readonly oppose?: readonly string[];
  /** Names written in; each counts like a candidate whose id is the trimmed name. */
  readonly writeIns?: readonly string[];
  /** Candidate ids in order of preference (ranked methods). */
  readonly ranking?: readonly string[];
}

/** A candidate on the ballot. */
export interface CandidateSpec {
  readonly id: string;
  readonly name?: string;
}

/** What is being counted: seats, candidates and the attendance numbers. */
export interface ElectionSpec {
  /** Counting method by registered name or as an object; default `majority-approval`. */
  readonly method?: string | CountingMethod;
  readonly seats: number;
  readonly candidates: readonly CandidateSpec[];
  /** 应到会: those entitled to attend and vote. */
  readonly entitled: number;
  /** 实到会: those present. */
  readonly present: number;
  /** Ballot papers handed out. */
  readonly ballotsIssued: number;
  /** Rule set overrides on top of `acftu2016`. */
  readonly rules?: RuleOverrides;
}

/** Votes of one name. */
export interface TallyEntry {
  readonly id: string;
  readonly votes: number;
}

/** Why a whole vote is void and must be held again. */
export type VoidReason = 'QUORUM_NOT_MET' | 'BALLOTS_EXCEED_ISSUED';

/** The outcome of a count; methods may add their own fields (e.g. an STV round log). */
export interface CountResult {
  readonly status: 'COMPLETE' | 'INCOMPLETE' | 'VOID';
  readonly voidReason?: VoidReason;
  readonly ballotsReturned: number;
  readonly validBallots: number;
  readonly invalidBallots: number;
  /** The fewest votes that elect (0 when the method has no fixed threshold). */
  readonly threshold: number;
  /** Every name with its votes (first preferences for ranked methods), most votes first, then by id. */
  readonly tally: readonly TallyEntry[];
  readonly elected: readonly string[];
  /** Candidates tied across the last seat: neither elected nor dropped; a new vote among them follows. */
  readonly tied: readonly string[];
  readonly unfilledSeats: number;
}

/** The context a method counts in: the spec with its resolved rule set. */
export interface CountContext {
  readonly spec: ElectionSpec;
  readonly rules: RuleSet;
}

/** What a method's ballot marks: approval lists (`approve`, `oppose`, `writeIns`) or a `ranking`. */
export interface BallotForm {
  readonly marks: 'APPROVAL' | 'RANKING';
  /** The most names one ballot may mark for `seats` seats (write-ins included); more make it invalid. */
  readonly maxMarks: (seats: number) => number;
}

/** A counting method plugin, registered by name. */
export interface CountingMethod<R extends CountResult = CountResult> {
  /** Registered name, e.g. `majority-approval`. */
  readonly name: string;
  /** What its ballots mark, so a ballot can be checked before it is cast; a method without it takes any marks. */
  readonly ballot?: BallotForm;
  /** Counts the ballots; void checks that apply to every method are done before this is called. */
  count(context: CountContext, ballots: readonly Ballot[]): R;
}
