// The benefit module's edge to a store: what its commands read, and the changes they decide.

import type { DisbursementRun, LedgerEntry, YearSpending } from './disbursement.js';
import type { BenefitProgram, Fund } from './fund.js';
import type { BeneficiaryFacts } from './policy.js';

/** Reads funds, programs and the ledger inside a unit of work. */
export interface BenefitReader {
  /** The fund with this id, or null. */
  findFund(id: string): Promise<Fund | null>;
  /** The program with this id, or null. */
  findProgram(id: string): Promise<BenefitProgram | null>;
  /**
   * Locks a fund year's row until the unit of work ends and returns its budget and spending
   * (null when the fund has no budget that year): runs and reversals of one fund year take turns.
   */
  lockYear(fundId: string, year: number): Promise<YearSpending | null>;
  /** What the policies need of every member (any status) whose membership a union of the subtree holds. */
  beneficiaries(organizationId: string): Promise<BeneficiaryFacts[]>;
  /** Ids of the members the program has paid (payments, reversed or not). */
  paidMemberIds(programId: string): Promise<ReadonlySet<string>>;
  /** The ledger entry with this id, or null. */
  findEntry(id: string): Promise<LedgerEntry | null>;
  /** Whether a payment was already reversed. */
  isReversed(entryId: string): Promise<boolean>;
}

/** A change to funds, programs and the ledger that a command decided on. */
export type BenefitStoreChange =
  | { readonly type: 'benefit.fundCreated'; readonly fund: Fund }
  | {
      readonly type: 'benefit.programCreated';
      readonly organizationId: string;
      readonly program: BenefitProgram;
    }
  /** A committed run and its payments; each (program, member) is paid at most once, whatever runs at once. */
  | {
      readonly type: 'benefit.disbursed';
      readonly run: DisbursementRun;
      readonly entries: readonly LedgerEntry[];
    }
  /** A payment reversed by a new, negative entry. */
  | { readonly type: 'benefit.reversed'; readonly reversal: LedgerEntry; readonly reason: string };
