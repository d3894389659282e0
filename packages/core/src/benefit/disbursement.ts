// Disbursement runs: who gets what at a cutoff date, checked against the year's remaining budget.
import { formatYuan, type Money } from '../kernel/money.js';
import { err, ok, type Result } from '../kernel/result.js';
import type { BenefitErrorCode, BenefitProgram } from './fund.js';
import { amountFor, type BeneficiaryFacts, ELIGIBILITY_POLICIES } from './policy.js';

/** One payment a run decides on. */
export interface DisbursementLine {
  readonly memberId: string;
  readonly organizationId: string;
  readonly amount: Money;
}

/** A run's totals, for a preview or a committed run. */
export interface DisbursementTotals {
  /** Payments of this run: members eligible at the cutoff not yet paid by the program. */
  readonly lines: readonly DisbursementLine[];
  readonly total: Money;
  /** Eligible members the program already paid (a repeated run pays them nothing). */
  readonly alreadyPaid: number;
}

/** One entry of a fund's ledger: a payment, or the reversal of one (a negative amount, never an edit). */
export interface LedgerEntry {
  readonly id: string;
  readonly fundId: string;
  readonly programId: string;
  readonly year: number;
  readonly memberId: string;
  readonly organizationId: string;
  readonly amount: Money;
  readonly kind: 'PAYMENT' | 'REVERSAL';
  /** The run that made a payment (null for a reversal). */
  readonly runId: string | null;
  /** The payment a reversal reverses (null for a payment). */
  readonly reversesId: string | null;
  readonly at: string;
}

/** A committed disbursement run. */
export interface DisbursementRun {
  readonly id: string;
  readonly programId: string;
  /** The subtree it paid. */
  readonly organizationId: string;
  readonly cutoff: string;
  readonly total: Money;
  readonly payments: number;
  readonly at: string;
}

/** Compares members for limited places: the longest-standing first, then by id. */
function bySeniority(a: BeneficiaryFacts, b: BeneficiaryFacts): number {
  if (a.memberSince !== b.memberSince) return a.memberSince < b.memberSince ? -1 : 1;
  return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
}

/**
 * Computes a run of `program` over `members` at `cutoff`: the eligible members the program has
 * not paid yet (`paid`), each with the amount policy's amount; with limited places, the
 * longest-standing eligible members until the places (paid ones counted) are used.
 */
export function computeDisbursement(
  program: BenefitProgram,
  members: readonly BeneficiaryFacts[],
  cutoff: string,
  paid: ReadonlySet<string>,
): DisbursementTotals {
  const policy = ELIGIBILITY_POLICIES[program.eligibility];
  let eligible = members.filter((m) => policy.eligible(m, cutoff));
  if (program.places !== null) eligible = [...eligible].sort(bySeniority).slice(0, program.places);
  const lines: DisbursementLine[] = [];
  let total = 0;
  let alreadyPaid = 0;
  for (const member of eligible) {
    if (paid.has(member.memberId)) {
      alreadyPaid += 1;
      continue;
    }
    const amount = amountFor(program.amount, member);
    total += amount.fen;
    lines.push({ memberId: member.memberId, organizationId: member.organizationId, amount });
  }
  return { lines, total: { fen: total }, alreadyPaid };
}

/** A year's budget and what its ledger has spent so far. */
export interface YearSpending {
  readonly budget: Money;
  readonly spent: Money;
}

/**
 * Whether `requested` fits what is left of the year's budget: exactly the remainder fits, one fen
 * more is `BENEFIT_OVER_BUDGET` with the numbers (requested, budget, spent, remaining, over) in yuan.
 */
export function checkBudget(requested: Money, year: YearSpending): Result<void, BenefitErrorCode> {
  const remaining = year.budget.fen - year.spent.fen;
  if (requested.fen <= remaining) return ok(undefined);
  const details = {
    requested: formatYuan(requested),
    budget: formatYuan(year.budget),
    spent: formatYuan(year.spent),
    remaining: formatYuan({ fen: remaining }),
    over: formatYuan({ fen: requested.fen - remaining }),
  };
  return err(
    'BENEFIT_OVER_BUDGET',
    `the run pays ${details.requested} yuan but only ${details.remaining} of the year's ${details.budget} is left ` +
      `(${details.spent} spent): ${details.over} over`,
    { details },
  );
}
