// Special funds (专项资金), their yearly budgets and benefit programs, with the errors of the module.
import { addMoney, formatYuan, type Money, parseYuan } from '../kernel/money.js';
import { err, ok, type Result } from '../kernel/result.js';
import { nameTextProblem } from '../kernel/text.js';
import { type AmountSpec, ELIGIBILITY_POLICIES, type EligibilityName } from './policy.js';

/** What one year of a fund may spend. */
export interface YearBudget {
  readonly year: number;
  readonly amount: Money;
}

/** A special fund of an organization: a total spread over yearly budgets, drawn on by programs. */
export interface Fund {
  readonly id: string;
  readonly organizationId: string;
  readonly name: string;
  readonly total: Money;
  /** First and last year of the fund's period. */
  readonly fromYear: number;
  readonly toYear: number;
  /** One budget per year of the period that has one; their sum never exceeds `total`. */
  readonly budgets: readonly YearBudget[];
}

/** A benefit program of a fund and year: who is eligible and how much each gets. */
export interface BenefitProgram {
  readonly id: string;
  readonly fundId: string;
  readonly name: string;
  /** The budget year the program spends from. */
  readonly year: number;
  readonly eligibility: EligibilityName;
  readonly amount: AmountSpec;
  /** At most this many beneficiaries (training places), the longest-standing members first; null for no limit. */
  readonly places: number | null;
}

/** Stable codes of the benefit rules. */
export const BENEFIT_ERROR_CODES = [
  'MONEY_INVALID',
  'FUND_NOT_FOUND',
  'FUND_NAME_INVALID',
  'FUND_PERIOD_INVALID',
  'FUND_BUDGET_INVALID',
  'FUND_BUDGET_OVER_TOTAL',
  'PROGRAM_NOT_FOUND',
  'PROGRAM_YEAR_INVALID',
  'PROGRAM_POLICY_INVALID',
  'DISBURSEMENT_CUTOFF_INVALID',
  'DISBURSEMENT_OUTSIDE_FUND',
  'BENEFIT_OVER_BUDGET',
  'LEDGER_ENTRY_NOT_FOUND',
  'LEDGER_ENTRY_REVERSED',
] as const;

/** A stable code of a benefit rule. */
export type BenefitErrorCode = (typeof BENEFIT_ERROR_CODES)[number];

/** Chinese (zh-CN) text of every benefit code. */
export const BENEFIT_MESSAGES_ZH: Record<BenefitErrorCode, string> = {
  MONEY_INVALID: '金额应为不小于0的元数，最多两位小数（精确到分）',
  FUND_NOT_FOUND: '找不到该专项资金',
  FUND_NAME_INVALID: '名称应为1至100个可打印字符',
  FUND_PERIOD_INVALID: '资金期限不正确：起始年份不得晚于截止年份，期限不超过10年',
  FUND_BUDGET_INVALID: '年度预算不正确：年份须在资金期限内且不重复',
  FUND_BUDGET_OVER_TOTAL: '各年度预算之和超过资金总额',
  PROGRAM_NOT_FOUND: '找不到该普惠项目',
  PROGRAM_YEAR_INVALID: '项目年度须在资金期限内且有年度预算',
  PROGRAM_POLICY_INVALID: '项目的受益条件或金额标准不正确',
  DISBURSEMENT_CUTOFF_INVALID: '截止日期应为项目年度内YYYY-MM-DD格式的真实日期',
  DISBURSEMENT_OUTSIDE_FUND: '发放范围须在资金所属工会及其下级组织之内',
  BENEFIT_OVER_BUDGET: '发放总额超过该年度剩余预算',
  LEDGER_ENTRY_NOT_FOUND: '找不到该发放记录',
  LEDGER_ENTRY_REVERSED: '该发放记录已冲正，或本身是冲正记录',
};

/** Earliest and latest years a fund may cover. */
/** Most years one fund's period spans (so a fund has at most this many yearly budgets). */
export const FUND_YEARS_MAX = 10;

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** Input of a fund's rules: amounts as yuan strings (at most two decimals). */
export interface FundDraft {
  readonly name: string;
  readonly total: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly budgets: readonly { readonly year: number; readonly amount: string }[];
}

/** Checks a name of a fund or program: trimmed, 1–100 printable characters. */
export function checkBenefitName(name: string): Result<string, BenefitErrorCode> {
  const value = name.trim();
  const problem = nameTextProblem(value, 100);
  return problem === null
    ? ok(value)
    : err('FUND_NAME_INVALID', `a name has 1 to 100 printable characters; this one ${problem}`, {
        path: ['name'],
      });
}

/**
 * Checks a fund: a period of 1–FUND_YEARS_MAX (10) years within 2000–2100, amounts in yuan with at most two decimals,
 * one budget per year inside the period, and budgets adding up to at most the total.
 */
export function checkFundDraft(
  draft: FundDraft,
): Result<Omit<Fund, 'id' | 'organizationId'>, BenefitErrorCode> {
  const name = checkBenefitName(draft.name);
  if (!name.ok) return name;
  const total = parseYuan(draft.total, ['total']);
  if (!total.ok) return total;
  const { fromYear, toYear } = draft;
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(toYear) ||
    fromYear < FIRST_YEAR ||
    toYear > LAST_YEAR ||
    fromYear > toYear ||
    toYear - fromYear >= FUND_YEARS_MAX
  ) {
    return err(
      'FUND_PERIOD_INVALID',
      `the period ${fromYear}–${toYear} is not 1 to ${FUND_YEARS_MAX} years within ${FIRST_YEAR}–${LAST_YEAR}`,
      {
        path: ['toYear'],
      },
    );
  }
  const budgets: YearBudget[] = [];
  for (const [index, budget] of draft.budgets.entries()) {
    if (!Number.isInteger(budget.year) || budget.year < fromYear || budget.year > toYear) {
      return err(
        'FUND_BUDGET_INVALID',
        `budget year ${budget.year} is outside the period ${fromYear}–${toYear}`,
        {
          path: ['budgets', index, 'year'],
        },
      );
    }
    if (budgets.some((b) => b.year === budget.year)) {
      return err('FUND_BUDGET_INVALID', `${budget.year} has more than one budget`, {
        path: ['budgets', index, 'year'],
      });
    }
    const amount = parseYuan(budget.amount, ['budgets', index, 'amount']);
    if (!amount.ok) return amount;
    budgets.push({ year: budget.year, amount: amount.value });
  }
  const budgeted = addMoney(...budgets.map((b) => b.amount));
  if (budgeted.fen > total.value.fen) {
    return err(
      'FUND_BUDGET_OVER_TOTAL',
      `the yearly budgets add up to ${formatYuan(budgeted)} yuan, ${formatYuan({ fen: budgeted.fen - total.value.fen })} more than the total of ${formatYuan(total.value)}`,
      { path: ['budgets'], details: { budgeted: formatYuan(budgeted), total: formatYuan(total.value) } },
    );
  }
  budgets.sort((a, b) => a.year - b.year);
  return ok({ name: name.value, total: total.value, fromYear, toYear, budgets });
}

/** Input of a program's rules: the amount policy's amounts as yuan strings. */
export interface ProgramDraft {
  readonly name: string;
  readonly year: number;
  readonly eligibility: string;
  /** `PER_MEMBER`: `amount` each, plus `realNameBonus` for a real-name verified member; `FIXED`: `amount` each. */
  readonly amountPolicy: string;
  readonly amount: string;
  readonly realNameBonus?: string | null;
  readonly places?: number | null;
}

/** Checks a program of `fund`: a year of the fund with a budget, known policies and amounts, places ≥ 1 when given. */
export function checkProgramDraft(
  fund: Fund,
  draft: ProgramDraft,
): Result<Omit<BenefitProgram, 'id' | 'fundId'>, BenefitErrorCode> {
  const name = checkBenefitName(draft.name);
  if (!name.ok) return name;
  if (!fund.budgets.some((b) => b.year === draft.year)) {
    return err('PROGRAM_YEAR_INVALID', `'${fund.name}' has no budget for ${draft.year}`, { path: ['year'] });
  }
  if (!Object.hasOwn(ELIGIBILITY_POLICIES, draft.eligibility)) {
    return err('PROGRAM_POLICY_INVALID', `unknown eligibility policy '${draft.eligibility}'`, {
      path: ['eligibility'],
    });
  }
  const amount = parseYuan(draft.amount, ['amount']);
  if (!amount.ok) return amount;
  let spec: AmountSpec;
  if (draft.amountPolicy === 'PER_MEMBER') {
    const bonus = parseYuan(draft.realNameBonus ?? '0', ['realNameBonus']);
    if (!bonus.ok) return bonus;
    spec = { kind: 'PER_MEMBER', base: amount.value, realNameBonus: bonus.value };
  } else if (draft.amountPolicy === 'FIXED') {
    spec = { kind: 'FIXED', amount: amount.value };
  } else {
    return err('PROGRAM_POLICY_INVALID', `unknown amount policy '${draft.amountPolicy}'`, {
      path: ['amountPolicy'],
    });
  }
  const places = draft.places ?? null;
  if (places !== null && (!Number.isInteger(places) || places < 1)) {
    return err('PROGRAM_POLICY_INVALID', `places must be a whole number of at least 1, not ${places}`, {
      path: ['places'],
    });
  }
  return ok({
    name: name.value,
    year: draft.year,
    eligibility: draft.eligibility as EligibilityName,
    amount: spec,
    places,
  });
}
