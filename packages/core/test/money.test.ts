import { describe, expect, it } from 'vitest';
import {
  addMoney,
  fen,
  formatYuan,
  MAX_FEN,
  multiplyMoney,
  parseYuan,
  subtractMoney,
} from '../src/kernel/money.js';

describe('parseYuan', () => {
  it.each([
    ['0', 0],
    ['0.01', 1],
    ['11', 1100],
    ['11.5', 1150],
    ['11.05', 1105],
    ['5000000.00', 500_000_000],
    ['100000000000.00', MAX_FEN],
  ])('%s yuan is %i fen', (text, expected) => {
    expect(parseYuan(text)).toEqual({ ok: true, value: { fen: expected } });
  });

  it('refuses a third decimal, naming the fen as the smallest unit and the path', () => {
    const result = parseYuan('1.005', ['input', 'amount']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'MONEY_INVALID', path: ['input', 'amount'] });
    expect(result.error.message).toContain('more than two decimals');
  });

  it('refuses negative amounts as negative', () => {
    const result = parseYuan('-1');
    expect(!result.ok && result.error.message).toContain('is negative');
  });

  it.each(['', ' 1', '1 ', '1.', '.5', '1e3', '1,000', '０', '100000000000.01', '1000000000000'])(
    'refuses %j',
    (text) => {
      expect(parseYuan(text)).toMatchObject({ ok: false, error: { code: 'MONEY_INVALID' } });
    },
  );
});

describe('formatYuan and arithmetic', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [1100, '11.00'],
    [1105, '11.05'],
    [-5, '-0.05'],
    [-1100, '-11.00'],
    [500_000_000, '5000000.00'],
  ])('%i fen is %s yuan', (amount, text) => {
    expect(formatYuan({ fen: amount })).toBe(text);
  });

  it('adds, subtracts and multiplies in whole fen', () => {
    expect(addMoney(fen(1100), fen(500), fen(1))).toEqual({ fen: 1601 });
    expect(subtractMoney(fen(100), fen(101))).toEqual({ fen: -1 });
    expect(multiplyMoney(fen(1600), 250)).toEqual({ fen: 400_000 });
  });

  it('refuses fractions of a fen and amounts past the limit', () => {
    expect(() => fen(0.5)).toThrow(RangeError);
    expect(() => fen(MAX_FEN + 1)).toThrow(RangeError);
    expect(() => multiplyMoney(fen(MAX_FEN), 2)).toThrow(RangeError);
  });
});
