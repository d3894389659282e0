import type { ChangeHandlers } from '../ports/store.js';
import type { LedgerEntry } from './disbursement.js';
import type { BenefitProgram, Fund } from './fund.js';
import type { BeneficiaryFacts } from './policy.js';
import type { BenefitReader, BenefitStoreChange } from './port.js';

/** The benefit module's part of the in-memory store: funds, programs and the ledger. */
export class BenefitMemory {
  private readonly funds = new Map<string, Fund>();
  private readonly programs = new Map<string, BenefitProgram>();
  private readonly entries: LedgerEntry[] = [];

  /**
   * @param members the members of an organization's subtree, as the policies see them (the memory
   *   store answers it from its member and organization parts)
   */
  constructor(private readonly members: (organizationId: string) => BeneficiaryFacts[]) {}

  /** The module's reader over the Maps. */
  readonly reader: BenefitReader = {
    findFund: async (id) => this.funds.get(id) ?? null,
    findProgram: async (id) => this.programs.get(id) ?? null,
    lockYear: async (fundId, year) => {
      const budget = this.funds.get(fundId)?.budgets.find((b) => b.year === year);
      if (!budget) return null;
      const spent = this.entries
        .filter((e) => e.fundId === fundId && e.year === year)
        .reduce((sum, e) => sum + e.amount.fen, 0);
      return { budget: budget.amount, spent: { fen: spent } };
    },
    beneficiaries: async (organizationId) => this.members(organizationId),
    paidMemberIds: async (programId) =>
      new Set(
        this.entries.filter((e) => e.programId === programId && e.kind === 'PAYMENT').map((e) => e.memberId),
      ),
    findEntry: async (id) => this.entries.find((e) => e.id === id) ?? null,
    isReversed: async (entryId) => this.entries.some((e) => e.reversesId === entryId),
  };

  /** What each of the module's changes does to the Maps. */
  readonly handlers: ChangeHandlers<BenefitStoreChange, undefined, void> = {
    'benefit.fundCreated': (_, change) => void this.funds.set(change.fund.id, change.fund),
    'benefit.programCreated': (_, change) => void this.programs.set(change.program.id, change.program),
    'benefit.disbursed': (_, change) => void this.entries.push(...change.entries),
    'benefit.reversed': (_, change) => void this.entries.push(change.reversal),
  };

  /** The ledger, oldest entry first. */
  ledger(): LedgerEntry[] {
    return [...this.entries];
  }
}
