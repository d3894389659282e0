// Money is integer fen (分, 1/100 yuan) everywhere: no floating point ever touches an amount.
// Amounts enter as yuan strings ("11", "11.5", "11.05") and leave formatted as yuan ("11.00").
import { err, ok, type Result } from './result.js';

/** An amount of money in integer fen (1 yuan = 100 fen); may be negative (a reversal). */
export interface Money {
  readonly fen: number;
}

/** Error code of `parseYuan`. */
export type MoneyErrorCode = 'MONEY_INVALID';

/** The largest amount kept, in fen: 10^13 fen (100 billion yuan), well inside exact integers. */
export const MAX_FEN = 10_000_000_000_000;

/** Zero yuan. */
export const ZERO: Money = { fen: 0 };

/** Money of `fen` fen; throws a RangeError unless it is an integer within ±`MAX_FEN`. */
export function fen(amount: number): Money {
  if (!Number.isSafeInteger(amount) || Math.abs(amount) > MAX_FEN) {
    throw new RangeError(`money: ${amount} is not a whole number of fen within ±${MAX_FEN}`);
  }
  return { fen: amount };
}

/** Money of `amount` whole yuan. */
export function yuan(amount: number): Money {
  return fen(amount * 100);
}

const YUAN = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * Parses an amount written in yuan, e.g. `"11"`, `"11.5"` or `"5000000.00"`: digits with at most two
 * decimals (fen), not negative, at most 100 billion yuan. `"1.005"` (a third decimal), `"-1"`, `"1e3"`
 * and `" 1"` are refused with `MONEY_INVALID` at `path`.
 */
export function parseYuan(
  text: string,
  path: readonly (string | number)[] = [],
): Result<Money, MoneyErrorCode> {
  const match = YUAN.exec(text);
  if (!match) {
    const why = /^-/.test(text.trim())
      ? 'is negative'
      : /^\d+\.\d{3,}$/.test(text.trim())
        ? 'has more than two decimals (the smallest unit is one fen, 0.01 yuan)'
        : 'is not an amount in yuan such as 11 or 11.05';
    return err('MONEY_INVALID', `${JSON.stringify(text.slice(0, 40))} ${why}`, { path });
  }
  const whole = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const value = whole * 100 + cents;
  if (value > MAX_FEN) {
    return err('MONEY_INVALID', `${text} is more than ${formatYuan({ fen: MAX_FEN })} yuan`, { path });
  }
  return ok({ fen: value });
}

/** Formats money as yuan with two decimals: `{ fen: 1100 }` → `"11.00"`, `{ fen: -5 }` → `"-0.05"`. */
export function formatYuan(money: Money): string {
  const sign = money.fen < 0 ? '-' : '';
  const abs = Math.abs(money.fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The sum of amounts. */
export function addMoney(...amounts: readonly Money[]): Money {
  return fen(amounts.reduce((sum, m) => sum + m.fen, 0));
}

/** `a - b`. */
export function subtractMoney(a: Money, b: Money): Money {
  return fen(a.fen - b.fen);
}

/** `money` times a whole number `count`. */
export function multiplyMoney(money: Money, count: number): Money {
  if (!Number.isSafeInteger(count)) throw new RangeError(`money: cannot multiply by ${count}`);
  return fen(money.fen * count);
}
