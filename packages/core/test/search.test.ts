// Search rules: name pieces, pinyin queries and their ranges, age bands as birth years.
import { describe, expect, it } from 'vitest';
import { birthYearRange, nameGrams, normalizePinyin, prefixEnd, queryGrams } from '../src/index.js';

describe('nameGrams and queryGrams', () => {
  it('cut a name into characters and adjacent pairs, and a query into what a containing name must hold', () => {
    expect(nameGrams(' 胡红军 ')).toEqual(['胡', '红', '军', '胡红', '红军']);
    expect(queryGrams('红军')).toEqual(['红军']);
    expect(queryGrams('红')).toEqual(['红']);
    expect(queryGrams('胡红军')).toEqual(['胡红', '红军']);
    // Every piece of a query that a name contains is one of the name's pieces.
    for (const q of ['胡', '红军', '胡红军'])
      expect(nameGrams('胡红军')).toEqual(expect.arrayContaining(queryGrams(q)));
    expect(nameGrams('Anna')).toEqual(['a', 'n', 'an', 'nn', 'na']);
  });
});

describe('normalizePinyin and prefixEnd', () => {
  it('normalises case, spaces, apostrophes and ü, and refuses anything else', () => {
    expect(normalizePinyin("Hu Hong'jun")).toEqual({ ok: true, value: 'huhongjun' });
    expect(normalizePinyin('lü')).toEqual({ ok: true, value: 'lv' });
    expect(normalizePinyin('胡').ok).toBe(false);
    expect(normalizePinyin('').ok).toBe(false);
    expect(normalizePinyin('a'.repeat(60)).ok).toBe(true);
    expect(normalizePinyin('a'.repeat(61)).ok).toBe(false);
  });

  it('ends a prefix range after the last string with the prefix', () => {
    expect(prefixEnd('hhj')).toBe('hhk');
    expect(prefixEnd('hz')).toBe('i');
    expect(prefixEnd('zz')).toBeNull();
  });
});

describe('birthYearRange', () => {
  it('turns ages reached this year into birth years, open ends open', () => {
    expect(birthYearRange(26, 35, 2026)).toEqual({ ok: true, value: { from: 1991, to: 2000 } });
    expect(birthYearRange(null, 25, 2026)).toEqual({ ok: true, value: { from: 2001, to: null } });
    expect(birthYearRange(56, null, 2026)).toEqual({ ok: true, value: { from: null, to: 1970 } });
    expect(birthYearRange(36, 35, 2026).ok).toBe(false);
    expect(birthYearRange(-1, null, 2026).ok).toBe(false);
  });
});
