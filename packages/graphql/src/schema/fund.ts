// Special funds, benefit programs, disbursement runs and reports through the API. Amounts go in as
// yuan strings (at most two decimals; core's parseYuan says what is wrong as data) and come out as
// `Money`: yuan with two decimals and the exact fen. Readable by ORG_VIEWER of the fund's
// organization or above; changes by its ORG_ADMIN.

import {
  createBenefitProgram,
  createFund,
  type DisbursementOutcome,
  disburse,
  ELIGIBILITY_POLICIES,
  FUND_YEARS_MAX,
  formatYuan,
  reverseLedgerEntry,
} from '@gonghui/core';
import { builder, listCost, PUBLIC } from '../builder.js';
import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { countedConnection } from './connection.js';
import { errorsField, type Payload, rowOf, rowPayload, runCommand, writtenRow } from './errors.js';
import { Organization } from './organization.js';

/** Months of a report's year: its `months` list has one line each (the SQL's generate_series(1, 12)). */
const MONTHS = 12;

/** An amount in fen, as the database and core keep it. */
type Fen = bigint | number;

/** An amount of money: yuan for people, fen for arithmetic. */
export const Money = builder.objectRef<Fen>('Money').implement({
  description: 'An amount of money (人民币): kept as whole fen (分), shown as yuan (元) with two decimals.',
  authScopes: PUBLIC,
  fields: (t) => ({
    yuan: t.string({
      description: 'Yuan with two decimals, e.g. `5000000.00` (negative for a reversal).',
      resolve: (fen) => formatYuan({ fen: Number(fen) }),
    }),
    fen: t.string({
      description: 'Whole fen (1 yuan = 100 fen) as a decimal string, e.g. `500000000`.',
      resolve: (fen) => String(fen),
    }),
  }),
});

/** A money field from a fen column or value. */
const money = (description: string) => ({ type: Money, description });

/** Who a program pays. */
export const BenefitEligibilityEnum = builder.enumType('BenefitEligibility', {
  description: 'Who a benefit program pays, judged at the run’s cutoff date (core’s eligibility policies).',
  values: Object.fromEntries(
    Object.entries(ELIGIBILITY_POLICIES).map(([name, policy]) => [
      name,
      { value: name, description: policy.description },
    ]),
  ) as Record<
    keyof typeof ELIGIBILITY_POLICIES,
    { value: keyof typeof ELIGIBILITY_POLICIES; description: string }
  >,
});

/** How a program computes each amount. */
export const AmountPolicyEnum = builder.enumType('AmountPolicy', {
  description: 'How a benefit program computes what each eligible member gets.',
  values: {
    PER_MEMBER: {
      value: 'PER_MEMBER',
      description:
        '`amount` per member plus `realNameBonus` for a real-name verified one (the mutual-aid subsidy: 11 + 5 yuan).',
    },
    FIXED: {
      value: 'FIXED',
      description: 'The same `amount` for every eligible member (a travel subsidy, a health check).',
    },
  } as const,
});

/** Whether the viewer may read a fund's data (ORG_VIEWER of its organization or above). */
async function viewsFund(fundId: string, ctx: Context): Promise<boolean> {
  const fund = await ctx.prisma.fund.findUnique({ where: { id: fundId }, select: { organizationId: true } });
  return fund ? ctx.access.permits('VIEW', fund.organizationId) : ctx.access.systemAdmin;
}

/** Whether the viewer may change a fund (ORG_ADMIN of its organization or above). */
async function administersFund(fundId: string, ctx: Context): Promise<boolean> {
  const fund = await ctx.prisma.fund.findUnique({ where: { id: fundId }, select: { organizationId: true } });
  // An unknown fund: only a system admin gets as far as the command's FUND_NOT_FOUND.
  return fund ? ctx.access.permits('ADMIN', fund.organizationId) : ctx.access.systemAdmin;
}

/** One year of a fund. */
builder.prismaObject('FundYear', {
  description: 'One year of a special fund: its budget, what its ledger spent, what is left.',
  authScopes: PUBLIC,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year.' }),
    budget: t.field({ ...money('The year’s budget.'), resolve: (y) => y.budget }),
    spent: t.field({ ...money('Spent so far: payments less reversals.'), resolve: (y) => y.spent }),
    remaining: t.field({ ...money('Budget not yet spent.'), resolve: (y) => y.budget - y.spent }),
  }),
});

/** A special fund. */
export const Fund = builder.prismaNode('Fund', {
  description:
    'A special fund (专项资金) of an organization: a total spread over yearly budgets, drawn on by benefit ' +
    'programs. ORG_VIEWER of the organization or above.',
  runScopesOnType: true,
  authScopes: (fund) => ({ orgView: fund.organizationId }),
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name, e.g. 普惠专项资金.' }),
    total: t.field({ ...money('The fund’s total.'), resolve: (f) => f.total }),
    fromYear: t.exposeInt('fromYear', { description: 'First year of the period.' }),
    toYear: t.exposeInt('toYear', { description: 'Last year of the period.' }),
    organization: t.relation('organization', { description: 'The organization the fund belongs to.' }),
    years: t.relation('years', {
      description: `The yearly budgets (at most ${FUND_YEARS_MAX}).`,
      complexity: listCost(FUND_YEARS_MAX),
      query: { orderBy: { year: 'asc' } },
    }),
    programs: t.relatedConnection(
      'programs',
      {
        cursor: 'id',
        totalCount: true,
        description: 'The benefit programs drawing on the fund, by year and creation.',
        query: () => ({ orderBy: [{ year: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] }),
      },
      BenefitProgramConnection,
    ),
  }),
});

/** A ledger entry. */
export const LedgerEntry = builder.prismaNode('LedgerEntry', {
  description:
    'A payment to a member, or its reversal (a new, negative entry). ORG_VIEWER of the fund’s organization.',
  runScopesOnType: true,
  authScopes: (entry, ctx) => viewsFund(entry.fundId, ctx),
  id: { field: 'id' },
  fields: (t) => ({
    kind: t.exposeString('kind', { description: '`PAYMENT` or `REVERSAL`.' }),
    amount: t.field({ ...money('The amount (negative for a reversal).'), resolve: (e) => e.amount }),
    member: t.relation('member', { description: 'The member paid (masked like every member).' }),
    organization: t.relation('organization', { description: 'The union holding the membership when paid.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When it was booked.' }),
    reverses: t.relation('reverses', { nullable: true, description: 'The payment a reversal reverses.' }),
  }),
});

/** A page of ledger entries. */
const LedgerEntryConnection = countedConnection(LedgerEntry, 'LedgerEntry', {
  connection: 'A page of ledger entries, oldest first.',
  edge: 'A ledger entry in a page.',
});

/** A benefit program. */
export const BenefitProgram = builder.prismaNode('BenefitProgram', {
  description:
    'A benefit program (普惠项目) drawing on one year of a fund: who is eligible and how much each gets. ' +
    'ORG_VIEWER of the fund’s organization.',
  runScopesOnType: true,
  authScopes: (program, ctx) => viewsFund(program.fundId, ctx),
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name, e.g. 2018年职工医疗互助补助.' }),
    year: t.exposeInt('year', { description: 'The budget year it spends from.' }),
    eligibility: t.field({
      type: BenefitEligibilityEnum,
      description: 'Who it pays.',
      resolve: (p) => p.eligibility as keyof typeof ELIGIBILITY_POLICIES,
    }),
    amountPolicy: t.expose('amountPolicy', {
      type: AmountPolicyEnum,
      description: 'How each amount is computed.',
    }),
    amount: t.field({ ...money('Amount each (for PER_MEMBER: the base).'), resolve: (p) => p.amount }),
    realNameBonus: t.field({
      ...money('Extra for a real-name verified member (PER_MEMBER).'),
      resolve: (p) => p.realNameBonus,
    }),
    places: t.exposeInt('places', {
      nullable: true,
      description: 'At most this many beneficiaries, or null.',
    }),
    fund: t.relation('fund', { description: 'The fund.' }),
    ledger: t.relatedConnection(
      'entries',
      {
        cursor: 'id',
        totalCount: true,
        description: 'Its payments and reversals, oldest first.',
        query: () => ({ orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
      },
      LedgerEntryConnection,
    ),
  }),
});

/** A page of benefit programs. */
const BenefitProgramConnection = countedConnection(BenefitProgram, 'BenefitProgram', {
  connection: 'A page of benefit programs, by year and creation.',
  edge: 'A benefit program in a page.',
});

/** A page of funds. */
const FundConnection = countedConnection(Fund, 'Fund', {
  connection: 'A page of special funds, by first year and name.',
  edge: 'A fund in a page.',
});

builder.prismaObjectFields(Organization, (t) => ({
  funds: t.relatedConnection(
    'funds',
    {
      cursor: 'id',
      totalCount: true,
      nullable: true,
      description: 'Special funds of this organization; ORG_VIEWER of it or above.',
      authScopes: (org) => ({ orgView: org.id }),
      query: () => ({ orderBy: [{ fromYear: 'asc' }, { name: 'asc' }, { id: 'asc' }] }),
    },
    FundConnection,
  ),
}));

/** One month of a report's series. */
interface MonthRow {
  readonly month: number;
  readonly spent: bigint;
  readonly payments: number;
}

/** A report of the funds of a subtree for one year. */
interface ReportShape {
  readonly organizationId: string;
  readonly year: number;
  readonly budgeted: bigint;
  readonly spent: bigint;
  readonly membersReached: number;
  readonly months: readonly MonthRow[];
}

const MonthlySpending = builder.objectRef<MonthRow>('MonthlySpending').implement({
  description: 'What the ledger booked in one month (China Standard Time).',
  authScopes: PUBLIC,
  fields: (t) => ({
    month: t.exposeInt('month', { description: 'Month, 1–12.' }),
    spent: t.field({ ...money('Booked that month: payments less reversals.'), resolve: (m) => m.spent }),
    payments: t.exposeInt('payments', { description: 'Payments booked that month.' }),
  }),
});

const BenefitReport = builder.objectRef<ReportShape>('BenefitReport').implement({
  description:
    'The funds of an organization’s subtree in one budget year: budgeted, spent, left, members reached.',
  authScopes: PUBLIC,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The budget year.' }),
    budgeted: t.field({
      ...money('Sum of the year’s budgets of the subtree’s funds.'),
      resolve: (r) => r.budgeted,
    }),
    spent: t.field({ ...money('Spent from them: payments less reversals.'), resolve: (r) => r.spent }),
    remaining: t.field({ ...money('Budgeted and not spent.'), resolve: (r) => r.budgeted - r.spent }),
    membersReached: t.exposeInt('membersReached', {
      description: 'Members who received a payment of that year that was not reversed.',
    }),
    months: t.field({
      type: [MonthlySpending],
      description:
        'Twelve months, January first: what was booked in each month of that calendar year (chart-ready).',
      complexity: listCost(MONTHS),
      resolve: (r) => r.months,
    }),
  }),
});

/** The report of the subtree's funds for a year: three statements over the closure table. */
async function benefitReport(ctx: Context, organizationId: string, year: number): Promise<ReportShape> {
  const [totals] = await ctx.prisma.$queryRaw<{ budgeted: bigint | null; spent: bigint | null }[]>`
    SELECT SUM(y."budget")::bigint AS "budgeted", SUM(y."spent")::bigint AS "spent"
    FROM "OrganizationLink" l JOIN "Fund" f ON f."organizationId" = l."descendantId"
    JOIN "FundYear" y ON y."fundId" = f."id" AND y."year" = ${year}
    WHERE l."ancestorId" = ${organizationId}`;
  const [reached] = await ctx.prisma.$queryRaw<{ count: number }[]>`
    SELECT COUNT(*)::int AS "count" FROM (
      SELECT e."memberId" FROM "OrganizationLink" l JOIN "Fund" f ON f."organizationId" = l."descendantId"
      JOIN "LedgerEntry" e ON e."fundId" = f."id" AND e."year" = ${year}
      WHERE l."ancestorId" = ${organizationId}
      GROUP BY e."memberId" HAVING SUM(e."amount") > 0) reached`;
  const months = await ctx.prisma.$queryRaw<MonthRow[]>`
    SELECT m.month::int AS "month", COALESCE(SUM(e."amount"), 0)::bigint AS "spent",
           COUNT(*) FILTER (WHERE e."kind" = 'PAYMENT')::int AS "payments"
    FROM generate_series(1, 12) AS m(month)
    LEFT JOIN ("OrganizationLink" l JOIN "Fund" f ON f."organizationId" = l."descendantId" AND l."ancestorId" = ${organizationId}
               JOIN "LedgerEntry" e ON e."fundId" = f."id" AND e."year" = ${year}
                 AND EXTRACT(YEAR FROM e."at" + interval '8 hours') = ${year})
      ON EXTRACT(MONTH FROM e."at" + interval '8 hours') = m.month
    GROUP BY m.month ORDER BY m.month`;
  return {
    organizationId,
    year,
    budgeted: totals?.budgeted ?? 0n,
    spent: totals?.spent ?? 0n,
    membersReached: reached?.count ?? 0,
    months,
  };
}

builder.queryFields((t) => ({
  benefitReport: t.field({
    type: BenefitReport,
    description:
      'The special funds of an organization’s subtree in one budget year: budgeted, spent, remaining, members ' +
      'reached, and a series per month. ORG_VIEWER of the organization or above.',
    args: {
      organizationId: t.arg.globalID({ for: Organization, description: 'The root of the subtree.' }),
      year: t.arg.int({ description: 'The budget year, e.g. 2018.' }),
    },
    authScopes: (_root, args) => ({ orgView: args.organizationId.id }),
    resolve: (_root, args, ctx) => benefitReport(ctx, args.organizationId.id, args.year),
  }),
}));

const YearBudgetInput = builder.inputType('YearBudgetInput', {
  description: 'One year’s budget of a fund.',
  fields: (t) => ({
    year: t.int({ description: 'A year of the fund’s period.' }),
    amount: t.string({ description: 'Yuan, at most two decimals, e.g. "1500000" or "1500000.00".' }),
  }),
});

const CreateFundInput = builder.inputType('CreateFundInput', {
  description: 'A special fund of an organization. Amounts are yuan strings with at most two decimals.',
  fields: (t) => ({
    organizationId: t.globalID({ for: Organization, description: 'The organization the fund belongs to.' }),
    name: t.string({ description: 'Name, 1–100 characters.' }),
    total: t.string({ description: 'The total in yuan, e.g. "5000000".' }),
    fromYear: t.int({ description: 'First year of the period.' }),
    toYear: t.int({ description: `Last year (a period of 1 to ${FUND_YEARS_MAX} years).` }),
    budgets: t.field({
      type: [YearBudgetInput],
      description: 'Yearly budgets inside the period, adding up to at most the total.',
    }),
  }),
});

const CreateBenefitProgramInput = builder.inputType('CreateBenefitProgramInput', {
  description: 'A benefit program drawing on one budget year of a fund.',
  fields: (t) => ({
    fundId: t.globalID({ for: Fund, description: 'The fund.' }),
    name: t.string({ description: 'Name, 1–100 characters.' }),
    year: t.int({ description: 'A year the fund has a budget for.' }),
    eligibility: t.field({ type: BenefitEligibilityEnum, description: 'Who it pays.' }),
    amountPolicy: t.field({ type: AmountPolicyEnum, description: 'How each amount is computed.' }),
    amount: t.string({ description: 'Yuan each (for PER_MEMBER: the base), e.g. "11".' }),
    realNameBonus: t.string({
      required: false,
      description: 'PER_MEMBER: extra yuan for a real-name verified member, e.g. "5".',
    }),
    places: t.int({
      required: false,
      description: 'At most this many beneficiaries (the longest-standing first).',
    }),
  }),
});

const DisbursementInput = builder.inputType('DisbursementInput', {
  description: 'A run of a program over an organization subtree at a cutoff date.',
  fields: (t) => ({
    programId: t.globalID({ for: BenefitProgram, description: 'The program.' }),
    organizationId: t.globalID({
      for: Organization,
      description: 'The subtree to pay: the fund’s organization or one below it.',
    }),
    cutoff: t.string({ description: 'Who is a member on this date `YYYY-MM-DD` (in the program’s year).' }),
  }),
});

const ReverseLedgerEntryInput = builder.inputType('ReverseLedgerEntryInput', {
  description: 'A payment to reverse.',
  fields: (t) => ({
    entryId: t.globalID({ for: LedgerEntry, description: 'The payment.' }),
    reason: t.string({ description: 'Why, 1–100 characters.' }),
  }),
});

type FundRow = Prisma.FundGetPayload<object>;
type ProgramRow = Prisma.BenefitProgramGetPayload<object>;
type RunRow = Prisma.DisbursementRunGetPayload<object>;
type EntryRow = Prisma.LedgerEntryGetPayload<object>;

const FundPayload = rowPayload('FundPayload', {
  model: 'Fund',
  description: 'Result of creating a fund: the fund, or the rules broken.',
  field: 'fund',
  fieldDescription: 'The fund, or null.',
});

const BenefitProgramPayload = rowPayload('BenefitProgramPayload', {
  model: 'BenefitProgram',
  description: 'Result of creating a benefit program: the program, or the rules broken.',
  field: 'program',
  fieldDescription: 'The program, or null.',
});

/** What a run (or its preview) came to, and the committed run's row. */
interface DisbursementAnswer {
  readonly outcome: DisbursementOutcome;
  readonly run: RunRow | null;
}

const DisbursementPayload = builder.objectRef<Payload<DisbursementAnswer>>('DisbursementPayload').implement({
  description:
    'Result of a disbursement run or its preview: the totals, or the rules broken (e.g. over budget).',
  authScopes: PUBLIC,
  fields: (t) => ({
    total: t.field({
      type: Money,
      nullable: true,
      description: 'What the run pays (members the program already paid get nothing again).',
      resolve: (p) => p.value?.outcome.total.fen ?? null,
    }),
    payments: t.int({
      nullable: true,
      description: 'Number of payments.',
      resolve: (p) => p.value?.outcome.payments ?? null,
    }),
    alreadyPaid: t.int({
      nullable: true,
      description: 'Eligible members the program had already paid.',
      resolve: (p) => p.value?.outcome.alreadyPaid ?? null,
    }),
    remainingAfter: t.field({
      type: Money,
      nullable: true,
      description: 'What is left of the year’s budget after the run.',
      resolve: (p) => p.value?.outcome.remainingAfter.fen ?? null,
    }),
    runId: t.id({
      nullable: true,
      description: 'Id of the committed run (null for a preview or a refusal).',
      resolve: (p) => p.value?.run?.id ?? null,
    }),
    errors: t.field(errorsField),
  }),
});

const LedgerEntryPayload = rowPayload('LedgerEntryPayload', {
  model: 'LedgerEntry',
  description: 'Result of a reversal: the new, negative entry, or the rules broken.',
  field: 'entry',
  fieldDescription: 'The reversal entry, or null.',
});

/** Whether the viewer may run a program (ORG_ADMIN of its fund's organization). */
async function administersProgram(programId: string, ctx: Context): Promise<boolean> {
  const program = await ctx.prisma.benefitProgram.findUnique({
    where: { id: programId },
    select: { fundId: true },
  });
  return program ? administersFund(program.fundId, ctx) : ctx.access.systemAdmin;
}

/** A run or its preview. */
function runOrPreview(commit: boolean) {
  return (
    _root: unknown,
    { input }: { input: { programId: { id: string }; organizationId: { id: string }; cutoff: string } },
    ctx: Context,
    info: Parameters<typeof runCommand>[1],
  ) =>
    runCommand(
      ctx,
      info,
      disburse,
      {
        programId: input.programId.id,
        organizationId: input.organizationId.id,
        cutoff: input.cutoff,
        commit,
      },
      {
        locks: { mode: 'share', organizations: [input.organizationId.id] },
        answer: (outcome, rows): DisbursementAnswer => ({
          outcome,
          run: outcome.run ? rowOf<RunRow>(rows, outcome.run.id) : null,
        }),
      },
    );
}

builder.mutationFields((t) => ({
  createFund: t.field({
    type: FundPayload,
    description: 'Creates a special fund with its yearly budgets: ORG_ADMIN of the organization or above.',
    authScopes: (_root, { input }) => ({ orgAdmin: input.organizationId.id }),
    args: { input: t.arg({ type: CreateFundInput, description: 'The fund.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        createFund,
        { ...input, organizationId: input.organizationId.id },
        {
          locks: { mode: 'share', organizations: [input.organizationId.id] },
          answer: writtenRow<FundRow>,
        },
      ),
  }),
  createBenefitProgram: t.field({
    type: BenefitProgramPayload,
    description: 'Creates a benefit program of a fund year: ORG_ADMIN of the fund’s organization or above.',
    authScopes: (_root, { input }, ctx) => administersFund(input.fundId.id, ctx),
    args: { input: t.arg({ type: CreateBenefitProgramInput, description: 'The program.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        createBenefitProgram,
        {
          ...input,
          fundId: input.fundId.id,
          realNameBonus: input.realNameBonus ?? null,
          places: input.places ?? null,
        },
        {
          locks: { mode: 'share', organizations: [] },
          answer: writtenRow<ProgramRow>,
        },
      ),
  }),
  previewDisbursement: t.field({
    type: DisbursementPayload,
    description:
      'Computes a run without paying: totals, payments, members already paid, what would be left; ' +
      'BENEFIT_OVER_BUDGET with the numbers when it would not fit. ORG_ADMIN of the fund’s organization.',
    authScopes: (_root, { input }, ctx) => administersProgram(input.programId.id, ctx),
    args: { input: t.arg({ type: DisbursementInput, description: 'The run.' }) },
    resolve: runOrPreview(false),
  }),
  runDisbursement: t.field({
    type: DisbursementPayload,
    description:
      'Pays a run: one ledger entry per eligible member not yet paid by the program, refused as a whole with ' +
      'BENEFIT_OVER_BUDGET when it would pass the year’s remaining budget. Run twice, or twice at once, it pays ' +
      'nobody twice. ORG_ADMIN of the fund’s organization.',
    authScopes: (_root, { input }, ctx) => administersProgram(input.programId.id, ctx),
    args: { input: t.arg({ type: DisbursementInput, description: 'The run.' }) },
    resolve: runOrPreview(true),
  }),
  reverseLedgerEntry: t.field({
    type: LedgerEntryPayload,
    description:
      'Reverses a payment by a new, negative entry (never an edit), once. ORG_ADMIN of the fund’s organization.',
    authScopes: async (_root, { input }, ctx) => {
      const entry = await ctx.prisma.ledgerEntry.findUnique({
        where: { id: input.entryId.id },
        select: { fundId: true },
      });
      return entry ? administersFund(entry.fundId, ctx) : ctx.access.systemAdmin;
    },
    args: { input: t.arg({ type: ReverseLedgerEntryInput, description: 'The payment and why.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runCommand(
        ctx,
        info,
        reverseLedgerEntry,
        { entryId: input.entryId.id, reason: input.reason },
        {
          locks: { mode: 'share', organizations: [] },
          answer: writtenRow<EntryRow>,
        },
      ),
  }),
}));
