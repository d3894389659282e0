// A collective bargaining case (集体协商) of a union with one employer, step by step: the request,
// the employer's reply, both sides' negotiators, the first meeting and its documents, the end of the
// talks, the contract vote and term, filing and coming into force. The rules are bargaining.ts's
// and contract.ts's; this file holds the entity and what its stored dates make of them.

import { bargainingDueBy, documentsDueBy, type NegotiatingSide, replyDueBy } from './bargaining.js';
import type { ContractTerm, ContractVote } from './contract.js';
import { decideInForce, filingDueBy } from './contract.js';
import { BARGAINING_RULE_SETS, type BargainingRuleSetName, type BargainingRules } from './rules.js';
import type { WorkingCalendar } from './working-days.js';

/** The steps of a bargaining case, in order; `TALKS_FAILED` and `OBJECTED` end it without a contract in force. */
export const BARGAINING_STAGES = [
  'REQUESTED',
  'REPLIED',
  'NEGOTIATORS_NAMED',
  'MEETING_SCHEDULED',
  'DRAFT_AGREED',
  'TALKS_FAILED',
  'CONTRACT_ADOPTED',
  'FILED',
  'OBJECTED',
] as const;

/** Where a bargaining case stands. */
export type BargainingStage = (typeof BARGAINING_STAGES)[number];

/** The working calendar a case counts its working days by, as stored: lists of `YYYY-MM-DD` dates. */
export interface StoredCalendar {
  /** Public holidays and days moved off (法定节假日). */
  readonly holidays: readonly string[];
  /** Weekend days moved into work (调休上班). */
  readonly workingWeekendDays: readonly string[];
}

/**
 * A vote of the workers' congress on a case's draft contract, held with its quorum (a vote without
 * it is no vote and is not recorded): its day, its counts and whether it adopted the draft.
 */
export interface RecordedContractVote extends ContractVote {
  /** Day of the vote. */
  readonly votedOn: string;
  /** Delegates present who voted against, or null when not recorded. */
  readonly against: number | null;
  /** Delegates present who abstained, or null when not recorded. */
  readonly abstaining: number | null;
  /** True: more than half of all delegates approved and the contract was adopted; false: the draft was rejected. */
  readonly adopted: boolean;
}

/** A collective bargaining case: a union's request to bargain with one employer and each step since. */
export interface BargainingCase {
  readonly id: string;
  /** The union that requested the bargaining and leads the workers' side. */
  readonly organizationId: string;
  /** The employer (用人单位) asked to bargain. */
  readonly employer: string;
  /** Workers (职工) of the firm: decides the fewest negotiators per side. */
  readonly firmWorkers: number;
  /** The rule set the case is checked under. */
  readonly rules: BargainingRuleSetName;
  /** Holidays and adjusted working days for its working-day deadlines (empty: plain weekdays). */
  readonly calendar: StoredCalendar;
  readonly stage: BargainingStage;
  /** Day the employer received the written request (要约): the reply deadline counts from the next working day. */
  readonly requestedOn: string;
  /** Day the employer replied in writing, or null. */
  readonly repliedOn: string | null;
  /** Both sides' negotiators, or null before they are named. */
  readonly sides: { readonly workers: NegotiatingSide; readonly employer: NegotiatingSide } | null;
  /** Day of the first bargaining meeting (the talks start), or null. */
  readonly meetingOn: string | null;
  /** Day the meeting's documents reached the other side, or null. */
  readonly documentsProvidedOn: string | null;
  /** Day the talks ended (a draft agreed, or not), or null. */
  readonly finishedOn: string | null;
  /**
   * Every vote held on the case's drafts, oldest first: rejected ones (each sent the parties back to
   * the table), then at most one that adopted the contract, the last.
   */
  readonly votes: readonly RecordedContractVote[];
  /** The adopted contract's term, or null. */
  readonly term: ContractTerm | null;
  /** Day the contract was signed, or null. */
  readonly signedOn: string | null;
  /** Day it was filed with the labour administration, or null. */
  readonly filedOn: string | null;
  /** Day the labour administration objected within its period, or null. */
  readonly objectedOn: string | null;
}

/** The deadlines of a case as its dates and rules give them; null where the step they count from is not recorded. */
export interface BargainingDeadlines {
  /** Last day for the employer's written reply (10 working days after the request). */
  readonly replyDueBy: string;
  /** Last day for the first meeting's documents (7 days before it). */
  readonly documentsDueBy: string | null;
  /** Last day of the talks (30 working days after they started: the first meeting, or the last rejected vote). */
  readonly bargainingDueBy: string | null;
  /** Last day to file the signed contract (10 days after signing). */
  readonly filingDueBy: string | null;
  /** Last day the labour administration may object (15 days after filing). */
  readonly objectionPeriodEnds: string | null;
  /** First day in force, or null while not filed or when objected to. */
  readonly inForceOn: string | null;
}

/** The rules and working calendar a case is checked under. */
export function caseRules(c: Pick<BargainingCase, 'rules' | 'calendar'>): {
  rules: BargainingRules;
  calendar: WorkingCalendar;
} {
  return {
    rules: BARGAINING_RULE_SETS[c.rules],
    calendar: {
      holidays: new Set(c.calendar.holidays),
      workingWeekendDays: new Set(c.calendar.workingWeekendDays),
    },
  };
}

/** The vote that adopted the case's contract, or null. */
export function adoptingVote(c: Pick<BargainingCase, 'votes'>): RecordedContractVote | null {
  return c.votes.find((v) => v.adopted) ?? null;
}

/**
 * The day the case's current talks started, from which their 30 working days count: the day of the
 * last vote that rejected a draft (the talks resumed that day), else the first meeting; null before it.
 * A rejection reopens the talks with a window of their own: RULES.md's 30 working days bound the talks
 * from their start, and the congress's vote is no part of them (it has no deadline of its own); if the
 * first window still held, a draft rejected after its 30th working day would leave the parties no
 * lawful way to agree again, nor even to record that the talks failed.
 */
export function talksStartedOn(c: Pick<BargainingCase, 'votes' | 'meetingOn'>): string | null {
  const rejected = c.votes.filter((v) => !v.adopted);
  return rejected[rejected.length - 1]?.votedOn ?? c.meetingOn;
}

/** The deadlines of a case, computed by the rule functions from its stored dates. */
export function bargainingDeadlines(c: BargainingCase): BargainingDeadlines {
  const { rules, calendar } = caseRules(c);
  const filed =
    c.filedOn === null ? null : decideInForce({ filedOn: c.filedOn, objectedOn: null }, calendar, rules);
  const inForce = filed?.ok && c.objectedOn === null ? filed.value.inForceOn : null;
  const talksFrom = talksStartedOn(c);
  return {
    replyDueBy: replyDueBy(c.requestedOn, calendar, rules),
    documentsDueBy: c.meetingOn === null ? null : documentsDueBy(c.meetingOn, rules),
    bargainingDueBy: talksFrom === null ? null : bargainingDueBy(talksFrom, calendar, rules),
    filingDueBy: c.signedOn === null ? null : filingDueBy(c.signedOn, calendar, rules),
    objectionPeriodEnds: filed?.ok ? filed.value.objectionPeriodEnds : null,
    inForceOn: inForce,
  };
}
