import { describe, expect, it } from 'vitest';
import { createBenefitProgram, createFund, disburse, reverseLedgerEntry } from '../src/benefit/commands.js';
import { checkBudget } from '../src/benefit/disbursement.js';
import { checkFundDraft, type FundDraft } from '../src/benefit/fund.js';
import { amountFor, type BeneficiaryFacts, ELIGIBILITY_POLICIES } from '../src/benefit/policy.js';
import { person, world } from './support/benefit-world.js';

const fund: FundDraft = {
  name: '余杭区总工会普惠专项资金',
  total: '5000000',
  fromYear: 2018,
  toYear: 2020,
  budgets: [
    { year: 2018, amount: '1500000' },
    { year: 2019, amount: '1500000' },
    { year: 2020, amount: '2000000.00' },
  ],
};

describe('checkFundDraft', () => {
  it('accepts budgets adding up exactly to the total, sorted by year', () => {
    const result = checkFundDraft({ ...fund, budgets: [...fund.budgets].reverse() });
    expect(result.ok && result.value.budgets.map((b) => [b.year, b.amount.fen])).toEqual([
      [2018, 150_000_000],
      [2019, 150_000_000],
      [2020, 200_000_000],
    ]);
  });

  it('refuses budgets one fen over the total, with the numbers', () => {
    const result = checkFundDraft({
      ...fund,
      budgets: [...fund.budgets.slice(0, 2), { year: 2020, amount: '2000000.01' }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FUND_BUDGET_OVER_TOTAL', details: { budgeted: '5000000.01', total: '5000000.00' } },
    });
  });

  it.each([
    ['a total with three decimals', { total: '5000000.001' }, 'MONEY_INVALID', ['total']],
    [
      'a negative budget',
      { budgets: [{ year: 2018, amount: '-1' }] },
      'MONEY_INVALID',
      ['budgets', 0, 'amount'],
    ],
    ['a reversed period', { fromYear: 2020, toYear: 2018 }, 'FUND_PERIOD_INVALID', ['toYear']],
    [
      'a period of 11 years',
      { fromYear: 2010, toYear: 2020, budgets: [] },
      'FUND_PERIOD_INVALID',
      ['toYear'],
    ],
    [
      'a budget outside the period',
      { budgets: [{ year: 2021, amount: '1' }] },
      'FUND_BUDGET_INVALID',
      ['budgets', 0, 'year'],
    ],
    [
      'two budgets of a year',
      { budgets: [fund.budgets[0], fund.budgets[0]] },
      'FUND_BUDGET_INVALID',
      ['budgets', 1, 'year'],
    ],
    ['a blank name', { name: ' ' }, 'FUND_NAME_INVALID', ['name']],
  ])('refuses %s', (_, change, code, path) => {
    expect(checkFundDraft({ ...fund, ...change } as FundDraft)).toMatchObject({
      ok: false,
      error: { code, path },
    });
  });

  it('accepts a period of 10 years', () => {
    expect(checkFundDraft({ ...fund, fromYear: 2011, toYear: 2020 }).ok).toBe(true);
  });
});

describe('policies', () => {
  const facts = (overrides: Partial<BeneficiaryFacts> = {}): BeneficiaryFacts => ({
    memberId: 'm',
    organizationId: 'o',
    status: 'ACTIVE',
    memberSince: '2015-01-01',
    since: '2015-01-01',
    realName: false,
    ...overrides,
  });

  it('mutual aid: 11 yuan per member, 5 yuan more for a real-name member', () => {
    const spec = { kind: 'PER_MEMBER' as const, base: { fen: 1100 }, realNameBonus: { fen: 500 } };
    expect(amountFor(spec, facts())).toEqual({ fen: 1100 });
    expect(amountFor(spec, facts({ realName: true }))).toEqual({ fen: 1600 });
    expect(amountFor({ kind: 'FIXED', amount: { fen: 30000 } }, facts({ realName: true }))).toEqual({
      fen: 30000,
    });
  });

  it.each([
    ['joined on the cutoff', facts({ memberSince: '2018-06-30' }), [true, true, false]],
    ['joined the day after', facts({ memberSince: '2018-07-01' }), [false, false, false]],
    ['retired (retained)', facts({ status: 'RETAINED' }), [true, false, false]],
    ['ended on the cutoff', facts({ status: 'ENDED', since: '2018-06-30' }), [false, false, false]],
    ['ended the day after', facts({ status: 'ENDED', since: '2018-07-01' }), [true, false, false]],
    ['real-name', facts({ realName: true }), [true, true, true]],
  ])('at 2018-06-30, a member %s is eligible as [live, working, real-name]: %j', (_, member, expected) => {
    const answers = (['LIVE_MEMBERS', 'WORKING_MEMBERS', 'REAL_NAME_MEMBERS'] as const).map((name) =>
      ELIGIBILITY_POLICIES[name].eligible(member, '2018-06-30'),
    );
    expect(answers).toEqual(expected);
  });
});

describe('checkBudget', () => {
  const year = { budget: { fen: 10_000 }, spent: { fen: 4_000 } };
  it('takes a run that exhausts the budget exactly', () => {
    expect(checkBudget({ fen: 6_000 }, year).ok).toBe(true);
  });
  it('refuses one fen over with the numbers', () => {
    expect(checkBudget({ fen: 6_001 }, year)).toMatchObject({
      ok: false,
      error: {
        code: 'BENEFIT_OVER_BUDGET',
        details: { requested: '60.01', budget: '100.00', spent: '40.00', remaining: '60.00', over: '0.01' },
      },
    });
  });
});

describe('funds, programs, runs and reversals', () => {
  async function setUp() {
    const w = await world('2018-07-01T00:00:00Z', [
      person('a', 'kindergarten', { phone: true, memberSince: '2010-01-01' }),
      person('b', 'kindergarten', { phone: false, memberSince: '2012-01-01' }),
      person('c', 'factory', { phone: true, memberSince: '2011-01-01' }),
      person('d', 'factory', { phone: false, status: 'RETAINED' }),
      person('late', 'factory', { memberSince: '2018-08-01' }),
      person('outsider', 'elsewhere'),
    ]);
    const created = await w.run(createFund, {
      organizationId: 'county',
      ...fund,
      total: '1000',
      budgets: [{ year: 2018, amount: '100' }],
    });
    if (!created.ok) throw new Error(created.error.message);
    const program = async (input: Partial<Parameters<typeof createBenefitProgram>[2]> = {}) => {
      const r = await w.run(createBenefitProgram, {
        fundId: created.value.id,
        name: '2018年职工医疗互助补助',
        year: 2018,
        eligibility: 'LIVE_MEMBERS',
        amountPolicy: 'PER_MEMBER',
        amount: '11',
        realNameBonus: '5',
        ...input,
      });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.id;
    };
    return { w, fundId: created.value.id, program };
  }

  it('previews without paying, pays once, and a repeated run pays nobody twice', async () => {
    const { w, program } = await setUp();
    const mutualAid = await program();
    const input = { programId: mutualAid, organizationId: 'county', cutoff: '2018-06-30', commit: false };
    const preview = await w.run(disburse, input);
    // a, c real-name (16 each), b, d not (11 each); 'late' joined after the cutoff, 'outsider' is elsewhere.
    expect(preview).toMatchObject({
      ok: true,
      value: { total: { fen: 5400 }, payments: 4, alreadyPaid: 0, remainingAfter: { fen: 4600 }, run: null },
      changes: [],
    });
    const paid = await w.run(disburse, { ...input, commit: true });
    expect(paid.ok && paid.value.run).toMatchObject({ total: { fen: 5400 }, payments: 4 });
    expect(w.benefits.ledger().map((e) => [e.memberId, e.amount.fen])).toEqual([
      ['a', 1600],
      ['b', 1100],
      ['c', 1600],
      ['d', 1100],
    ]);
    const again = await w.run(disburse, { ...input, commit: true });
    expect(again).toMatchObject({ ok: true, value: { total: { fen: 0 }, payments: 0, alreadyPaid: 4 } });
    expect(w.benefits.ledger()).toHaveLength(4);
  });

  it('takes a run that exhausts the year exactly and refuses one fen more, paying nothing', async () => {
    const { w, program } = await setUp();
    const input = { organizationId: 'county', cutoff: '2018-06-30', commit: true };
    // 4 members × 11.50 = 46.00, then 4 × 13.50 = 54.00: exactly 100.00.
    await w.run(disburse, { ...input, programId: await program({ amountPolicy: 'FIXED', amount: '11.50' }) });
    const exact = await w.run(disburse, {
      ...input,
      programId: await program({ amountPolicy: 'FIXED', amount: '13.50' }),
    });
    expect(exact.ok && exact.value.remainingAfter).toEqual({ fen: 0 });
    await w.run(reverseLedgerEntry, { entryId: w.benefits.ledger()[0]?.id ?? '', reason: '重复发放' });
    const over = await w.run(disburse, {
      ...input,
      programId: await program({ amountPolicy: 'FIXED', amount: '11.51' }),
    });
    expect(over).toMatchObject({
      ok: false,
      error: {
        code: 'BENEFIT_OVER_BUDGET',
        details: { requested: '46.04', remaining: '11.50', over: '34.54' },
      },
    });
    expect(w.benefits.ledger()).toHaveLength(9);
  });

  it('gives limited places to the longest-standing eligible members', async () => {
    const { w, program } = await setUp();
    const training = await program({
      eligibility: 'WORKING_MEMBERS',
      amountPolicy: 'FIXED',
      amount: '8',
      places: 2,
    });
    const input = { programId: training, organizationId: 'county', cutoff: '2018-06-30', commit: true };
    await w.run(disburse, input);
    expect(w.benefits.ledger().map((e) => e.memberId)).toEqual(['a', 'c']);
    expect(await w.run(disburse, input)).toMatchObject({ ok: true, value: { payments: 0, alreadyPaid: 2 } });
  });

  it('pays a subtree only, inside the fund owner’s subtree', async () => {
    const { w, program } = await setUp();
    const mutualAid = await program();
    const run = await w.run(disburse, {
      programId: mutualAid,
      organizationId: 'factory',
      cutoff: '2018-06-30',
      commit: true,
    });
    expect(run.ok && run.value.payments).toBe(2);
    expect(
      await w.run(disburse, {
        programId: mutualAid,
        organizationId: 'elsewhere',
        cutoff: '2018-06-30',
        commit: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'DISBURSEMENT_OUTSIDE_FUND', path: ['organizationId'] } });
    expect(
      await w.run(disburse, {
        programId: mutualAid,
        organizationId: 'county',
        cutoff: '2019-01-01',
        commit: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'DISBURSEMENT_CUTOFF_INVALID', path: ['cutoff'] } });
  });

  it('reverses a payment by a new negative entry, once', async () => {
    const { w, program } = await setUp();
    await w.run(disburse, {
      programId: await program(),
      organizationId: 'county',
      cutoff: '2018-06-30',
      commit: true,
    });
    const payment = w.benefits.ledger()[0];
    if (!payment) throw new Error('no payment');
    const reversal = await w.run(reverseLedgerEntry, { entryId: payment.id, reason: '发放对象有误' });
    expect(reversal.ok && reversal.value).toMatchObject({
      kind: 'REVERSAL',
      amount: { fen: -1600 },
      reversesId: payment.id,
    });
    expect(w.benefits.ledger()[0]).toEqual(payment);
    for (const entryId of [payment.id, reversal.ok ? reversal.value.id : '']) {
      expect(await w.run(reverseLedgerEntry, { entryId, reason: '再次冲正' })).toMatchObject({
        ok: false,
        error: { code: 'LEDGER_ENTRY_REVERSED' },
      });
    }
  });

  it('refuses programs outside the fund’s budget years or with unknown policies', async () => {
    const { w, fundId } = await setUp();
    const base = {
      fundId,
      name: '返乡交通补贴',
      year: 2018,
      eligibility: 'WORKING_MEMBERS',
      amountPolicy: 'FIXED',
      amount: '300',
    };
    const code = async (change: object) => {
      const r = await w.run(createBenefitProgram, { ...base, ...change });
      return r.ok ? null : r.error.code;
    };
    expect(await code({})).toBeNull();
    expect(await code({ year: 2019 })).toBe('PROGRAM_YEAR_INVALID');
    expect(await code({ eligibility: 'EVERYONE' })).toBe('PROGRAM_POLICY_INVALID');
    expect(await code({ amountPolicy: 'PER_HOUR' })).toBe('PROGRAM_POLICY_INVALID');
    expect(await code({ amount: '300.001' })).toBe('MONEY_INVALID');
    expect(await code({ places: 0 })).toBe('PROGRAM_POLICY_INVALID');
    expect(await code({ fundId: 'nothing' })).toBe('FUND_NOT_FOUND');
  });
});
