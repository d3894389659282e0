// Funds through the API: bad input as data (three decimals, reversed period, budgets over the
// total), a run that exhausts the year exactly, one fen over refused with the numbers, two runs at
// once paying once, a reversal as a new entry, the report, and the database's own guards.

import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import {
  type ActivityWorld,
  createActivityWorld,
  mutualAidProgramInput,
  yuhangFundInput,
} from './support/activity-world.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { postAs } from './support/post.js';

/** Members: all but the last two real-name verified, so mutual aid pays 298 × 16 + 2 × 11 = 4,790 yuan. */
const MEMBERS = 300;

const CREATE_FUND = `mutation($input: CreateFundInput!) {
  createFund(input: $input) { fund { id total { yuan } years { year budget { yuan } } } errors { code path } } }`;
const CREATE_PROGRAM = `mutation($input: CreateBenefitProgramInput!) {
  createBenefitProgram(input: $input) { program { id } errors { code path } } }`;
const RESULT = 'total { yuan } payments alreadyPaid remainingAfter { yuan } runId errors { code message }';
const PREVIEW = `mutation($input: DisbursementInput!) { previewDisbursement(input: $input) { ${RESULT} } }`;
const RUN = `mutation($input: DisbursementInput!) { runDisbursement(input: $input) { ${RESULT} } }`;
const LEDGER = `query($id: ID!) { node(id: $id) { ... on BenefitProgram { ledger(first: 1) { totalCount nodes { id amount { yuan } } } } } }`;
const REVERSE = `mutation($input: ReverseLedgerEntryInput!) {
  reverseLedgerEntry(input: $input) { entry { kind amount { yuan fen } } errors { code } } }`;
const REPORT = `query($org: ID!) { benefitReport(organizationId: $org, year: 2018) {
  budgeted { yuan } spent { yuan } remaining { yuan } membersReached months { month spent { yuan } payments } } }`;

describe.each(testBackends())('funds on %s', (backend) => {
  let db: Database;
  let world: ActivityWorld;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let admin: string;
  const post = (query: string, variables: object, authorization = admin) =>
    postAs(yoga, authorization, query, variables);
  const county = () => encodeGlobalID('Organization', world.countyId);
  const fundInput = (overrides: object = {}) => yuhangFundInput(county(), '4790', overrides);
  const program = async (fundId: string, overrides: object = {}) => {
    const { data } = await post(CREATE_PROGRAM, { input: mutualAidProgramInput(fundId, overrides) });
    return data.createBenefitProgram.program.id as string;
  };
  const run = (programId: string, query = RUN) =>
    post(query, { input: { programId, organizationId: county(), cutoff: '2018-12-28' } });

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    world = await createActivityWorld(db, MEMBERS, 2);
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    admin = await bearer([{ role: 'ORG_ADMIN', organizationId: world.countyId }], 'county-admin');
  }, 60_000);
  afterAll(() => db?.close());

  it('refuses bad funds as data, storing nothing', async () => {
    const cases: [object, string, string[]][] = [
      [{ total: '5000000.001' }, 'MONEY_INVALID', ['input', 'total']],
      [{ total: '-1' }, 'MONEY_INVALID', ['input', 'total']],
      [{ fromYear: 2020, toYear: 2018 }, 'FUND_PERIOD_INVALID', ['input', 'toYear']],
      [{ total: '4789.99' }, 'FUND_BUDGET_OVER_TOTAL', ['input', 'budgets']],
    ];
    for (const [change, code, path] of cases) {
      const { data } = await post(CREATE_FUND, { input: fundInput(change) });
      expect(data.createFund).toEqual({ fund: null, errors: [{ code, path }] });
    }
    expect(await db.prisma.fund.count()).toBe(0);
    const member = await bearer([{ role: 'MEMBER', memberId: world.memberIds[0] as string }], 'member');
    expect((await post(CREATE_FUND, { input: fundInput() }, member)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('pays a run that exhausts the year exactly, once even when run twice at once; one fen more is refused', async () => {
    const { data } = await post(CREATE_FUND, { input: fundInput() });
    const fundId = data.createFund.fund.id as string;
    expect(data.createFund.fund.years).toEqual([{ year: 2018, budget: { yuan: '4790.00' } }]);
    const mutualAid = await program(fundId);
    expect((await run(mutualAid, PREVIEW)).data.previewDisbursement).toEqual({
      total: { yuan: '4790.00' },
      payments: MEMBERS,
      alreadyPaid: 0,
      remainingAfter: { yuan: '0.00' },
      runId: null,
      errors: [],
    });
    expect(await db.prisma.ledgerEntry.count()).toBe(0);
    const [first, second] = await Promise.all([run(mutualAid), run(mutualAid)]);
    const runs = [first?.data.runDisbursement, second?.data.runDisbursement];
    expect(runs.map((r) => r.payments).sort()).toEqual([0, MEMBERS]);
    expect(runs.map((r) => r.alreadyPaid).sort()).toEqual([0, MEMBERS]);
    expect(await db.prisma.ledgerEntry.count()).toBe(MEMBERS);
    const year = await db.prisma.fundYear.findFirstOrThrow();
    expect(year.spent).toBe(479_000n);
    const oneFen = await program(fundId, {
      name: '一分钱',
      amountPolicy: 'FIXED',
      amount: '0.01',
      eligibility: 'REAL_NAME_MEMBERS',
      places: 1,
    });
    const over = await run(oneFen);
    expect(over.data.runDisbursement.errors).toEqual([
      {
        code: 'BENEFIT_OVER_BUDGET',
        message:
          "the run pays 0.01 yuan but only 0.00 of the year's 4790.00 is left (4790.00 spent): 0.01 over",
      },
    ]);
    expect(await db.prisma.ledgerEntry.count()).toBe(MEMBERS);
  });

  it('reverses a payment by a new entry, once, and reports the year', async () => {
    const programRow = await db.prisma.benefitProgram.findFirstOrThrow({
      where: { amountPolicy: 'PER_MEMBER' },
    });
    const programId = encodeGlobalID('BenefitProgram', programRow.id);
    const ledger = await post(LEDGER, { id: programId });
    const [entry] = ledger.data.node.ledger.nodes;
    const reversed = await post(REVERSE, { input: { entryId: entry.id, reason: '发放对象有误' } });
    expect(reversed.data.reverseLedgerEntry).toEqual({
      entry: {
        kind: 'REVERSAL',
        amount: { yuan: `-${entry.amount.yuan}`, fen: `-${Number(entry.amount.yuan) * 100}` },
      },
      errors: [],
    });
    expect(
      (await post(REVERSE, { input: { entryId: entry.id, reason: '再次冲正' } })).data.reverseLedgerEntry
        .errors,
    ).toEqual([{ code: 'LEDGER_ENTRY_REVERSED' }]);
    const report = (await post(REPORT, { org: encodeGlobalID('Organization', world.countyId) })).data
      .benefitReport;
    const spent = (479_000 - Number(entry.amount.yuan) * 100) / 100;
    expect(report).toMatchObject({
      budgeted: { yuan: '4790.00' },
      spent: { yuan: spent.toFixed(2) },
      remaining: { yuan: (4790 - spent).toFixed(2) },
      membersReached: MEMBERS - 1,
    });
    expect(report.months).toHaveLength(12);
    // Runs happened now, not in 2018: the 2018 calendar months booked nothing.
    expect(report.months.every((m: { payments: number }) => m.payments === 0)).toBe(true);
  });

  it('guards the budget and the ledger in the database itself', async () => {
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "FundYear" SET "spent" = "budget" + 1`)).rejects.toThrow(
      /FundYear_within_budget/,
    );
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "LedgerEntry" SET "amount" = 0`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM "LedgerEntry"`)).rejects.toThrow(/append-only/);
  });
});
