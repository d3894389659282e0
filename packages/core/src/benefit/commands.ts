import { formatYuan, type Money } from '../kernel/money.js';
import { err, ok } from '../kernel/result.js';
import { isCalendarDate } from '../member/calendar-date.js';
import { type Command, loadActiveOrganization } from '../organization/commands.js';
import {
  checkBudget,
  computeDisbursement,
  type DisbursementRun,
  type DisbursementTotals,
  type LedgerEntry,
} from './disbursement.js';
import {
  type BenefitProgram,
  checkBenefitName,
  checkFundDraft,
  checkProgramDraft,
  type Fund,
  type FundDraft,
  type ProgramDraft,
} from './fund.js';

/** Input of `createFund`: the owning organization and the fund's draft. */
export interface CreateFundInput extends FundDraft {
  readonly organizationId: string;
}

/** Creates a special fund of an active organization. */
export const createFund: Command<CreateFundInput, Fund> = async (uow, env, input) => {
  const loaded = await loadActiveOrganization(uow, input.organizationId);
  if (!loaded.ok) return loaded;
  const organization = loaded.value;
  const draft = checkFundDraft(input);
  if (!draft.ok) return draft;
  const fund: Fund = { id: env.ids.next(), organizationId: organization.id, ...draft.value };
  return ok({ value: fund, changes: [{ type: 'benefit.fundCreated', fund }] });
};

/** Input of `createBenefitProgram`. */
export interface CreateBenefitProgramInput extends ProgramDraft {
  readonly fundId: string;
}

/** Creates a benefit program drawing on one year of a fund. */
export const createBenefitProgram: Command<CreateBenefitProgramInput, BenefitProgram> = async (
  uow,
  env,
  input,
) => {
  const fund = await uow.benefits.findFund(input.fundId);
  if (!fund) return err('FUND_NOT_FOUND', `no fund with id '${input.fundId}'`, { path: ['fundId'] });
  const draft = checkProgramDraft(fund, input);
  if (!draft.ok) return draft;
  const program: BenefitProgram = { id: env.ids.next(), fundId: fund.id, ...draft.value };
  return ok({
    value: program,
    changes: [{ type: 'benefit.programCreated', organizationId: fund.organizationId, program }],
  });
};

/** Input of `disburse`: a program, the subtree to pay, the cutoff date, and whether to pay or only preview. */
export interface DisburseInput {
  readonly programId: string;
  readonly organizationId: string;
  /** `YYYY-MM-DD` in the program's year: who is a member on that day. */
  readonly cutoff: string;
  /** False: compute and check only (a preview); true: pay. */
  readonly commit: boolean;
}

/** What a run (or its preview) comes to. */
export interface DisbursementOutcome extends Omit<DisbursementTotals, 'lines'> {
  /** Number of payments. */
  readonly payments: number;
  /** What is left of the year's budget after the run (before it, for a preview of nothing). */
  readonly remainingAfter: Money;
  /** The committed run, or null for a preview. */
  readonly run: DisbursementRun | null;
}

/**
 * Computes and (with `commit`) pays a program's run over an organization subtree at a cutoff date.
 * The fund year is locked first, so the budget check is exact; a run that would exceed the year's
 * remaining budget is refused with the numbers; members the program already paid get nothing again.
 */
export const disburse: Command<DisburseInput, DisbursementOutcome> = async (uow, env, input) => {
  const program = await uow.benefits.findProgram(input.programId);
  if (!program)
    return err('PROGRAM_NOT_FOUND', `no program with id '${input.programId}'`, { path: ['programId'] });
  if (!isCalendarDate(input.cutoff) || Number(input.cutoff.slice(0, 4)) !== program.year) {
    return err(
      'DISBURSEMENT_CUTOFF_INVALID',
      `cutoff '${input.cutoff}' is not a date YYYY-MM-DD in ${program.year}`,
      {
        path: ['cutoff'],
      },
    );
  }
  const fund = await uow.benefits.findFund(program.fundId);
  if (!fund) return err('FUND_NOT_FOUND', `no fund with id '${program.fundId}'`, { path: ['programId'] });
  const organization = await uow.organizations.findById(input.organizationId);
  if (!organization) {
    return err('ORG_NOT_FOUND', `no organization with id '${input.organizationId}'`, {
      path: ['organizationId'],
    });
  }
  const ancestors = await uow.organizations.ancestorIds(organization.id);
  if (organization.id !== fund.organizationId && !ancestors.includes(fund.organizationId)) {
    return err(
      'DISBURSEMENT_OUTSIDE_FUND',
      `'${organization.name}' is outside the subtree of the fund's organization`,
      {
        path: ['organizationId'],
      },
    );
  }
  const year = await uow.benefits.lockYear(fund.id, program.year);
  if (!year)
    return err('PROGRAM_YEAR_INVALID', `'${fund.name}' has no budget for ${program.year}`, {
      path: ['programId'],
    });
  const members = await uow.benefits.beneficiaries(organization.id);
  const paid = await uow.benefits.paidMemberIds(program.id);
  const totals = computeDisbursement(program, members, input.cutoff, paid);
  const fits = checkBudget(totals.total, year);
  if (!fits.ok) return fits;
  const outcome = {
    total: totals.total,
    alreadyPaid: totals.alreadyPaid,
    payments: totals.lines.length,
    remainingAfter: { fen: year.budget.fen - year.spent.fen - totals.total.fen },
  };
  if (!input.commit) return ok({ value: { ...outcome, run: null }, changes: [] });
  const at = env.clock.now().toISOString();
  const run: DisbursementRun = {
    id: env.ids.next(),
    programId: program.id,
    organizationId: organization.id,
    cutoff: input.cutoff,
    total: totals.total,
    payments: totals.lines.length,
    at,
  };
  const entries: LedgerEntry[] = totals.lines.map((line) => ({
    id: env.ids.next(),
    fundId: fund.id,
    programId: program.id,
    year: program.year,
    memberId: line.memberId,
    organizationId: line.organizationId,
    amount: line.amount,
    kind: 'PAYMENT',
    runId: run.id,
    reversesId: null,
    at,
  }));
  return ok({ value: { ...outcome, run }, changes: [{ type: 'benefit.disbursed', run, entries }] });
};

/** Input of `reverseLedgerEntry`. */
export interface ReverseLedgerEntryInput {
  readonly entryId: string;
  /** Why, e.g. "paid to the wrong member" (1–100 characters). */
  readonly reason: string;
}

/** Reverses a payment by a new entry of the opposite amount (never an edit); a payment is reversed at most once. */
export const reverseLedgerEntry: Command<ReverseLedgerEntryInput, LedgerEntry> = async (uow, env, input) => {
  const reason = checkBenefitName(input.reason);
  if (!reason.ok) return { ok: false, error: { ...reason.error, path: ['reason'] } };
  const entry = await uow.benefits.findEntry(input.entryId);
  if (!entry)
    return err('LEDGER_ENTRY_NOT_FOUND', `no ledger entry with id '${input.entryId}'`, { path: ['entryId'] });
  if (entry.kind !== 'PAYMENT') {
    return err('LEDGER_ENTRY_REVERSED', 'a reversal cannot itself be reversed', { path: ['entryId'] });
  }
  await uow.benefits.lockYear(entry.fundId, entry.year);
  if (await uow.benefits.isReversed(entry.id)) {
    return err(
      'LEDGER_ENTRY_REVERSED',
      `the payment of ${formatYuan(entry.amount)} yuan is already reversed`,
      {
        path: ['entryId'],
      },
    );
  }
  const reversal: LedgerEntry = {
    ...entry,
    id: env.ids.next(),
    amount: { fen: -entry.amount.fen },
    kind: 'REVERSAL',
    runId: null,
    reversesId: entry.id,
    at: env.clock.now().toISOString(),
  };
  return ok({ value: reversal, changes: [{ type: 'benefit.reversed', reversal, reason: reason.value }] });
};
