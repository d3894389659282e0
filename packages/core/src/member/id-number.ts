import { PROVINCE_CODES } from '../kernel/region.js';
import { err, ok, type Result } from '../kernel/result.js';
import { acftu2016, type RuleSet } from '../ruleset/rule-set.js';
import { formatCalendarDate, isRealDate, localToday, requireCalendarDate } from './calendar-date.js';

/** Weights of the first 17 digits (GB 11643-1999). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character by weighted sum mod 11 (GB 11643-1999). */
const CHECK_CHARACTERS = '10X98765432';

/** Gender encoded in the sequence code: odd is male, even is female. */
export type Gender = 'MALE' | 'FEMALE';

/** A validated citizen identity number (公民身份号码) and what it encodes. */
export interface IdNumber {
  /** The normalised 18-character number (upper-case `X`). */
  readonly value: string;
  /** Birth date `YYYY-MM-DD`, characters 7–14. */
  readonly birthDate: string;
  /** From the sequence code, characters 15–17: odd male, even female. */
  readonly gender: Gender;
  /** The 6-digit address code, characters 1–6. */
  readonly regionCode: string;
}

/** Error codes of `parseIdNumber`. */
export type IdNumberError = 'ID_FORMAT' | 'ID_CHECKSUM' | 'ID_BIRTH_DATE' | 'ID_REGION';

/** Options of `parseIdNumber`. */
export interface ParseIdNumberOptions {
  /** The date `YYYY-MM-DD` a birth date may not be after; default the current local date. */
  readonly today?: string;
  /** The rule set whose `identity.earliestBirthYear` a birth date may not be before; default `acftu2016` (1900). */
  readonly rules?: RuleSet;
}

/** Computes the check character (character 18) of 17 digits (GB 11643-1999); throws on anything else. */
export function idCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`17 digits expected, got '${first17}'`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] as number);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/**
 * Parses and validates a citizen identity number. Accepts 18 characters (a lowercase `x` is
 * normalised to `X`) or a first-generation 15-digit number (YYMMDD, century 19), which is upgraded
 * to 18 with a computed check character; surrounding whitespace is trimmed. Checks, in order:
 * format (`ID_FORMAT`), check character (`ID_CHECKSUM`), province-level code (`ID_REGION`), birth
 * date real, in or after the rule set's earliest birth year and not after `options.today`
 * (`ID_BIRTH_DATE`).
 */
export function parseIdNumber(
  input: string,
  options: ParseIdNumberOptions = {},
): Result<IdNumber, IdNumberError> {
  const today = options.today ?? localToday();
  requireCalendarDate(today, 'today');
  const raw = input.trim().toUpperCase();
  if (raw.length !== 18 && raw.length !== 15) {
    return err(
      'ID_FORMAT',
      `an ID number has 18 characters (or 15 for a first-generation number), got ${raw.length}`,
      { details: { length: raw.length } },
    );
  }
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    const isCheck = raw.length === 18 && i === 17;
    if (!/\d/.test(c) && !(isCheck && c === 'X')) {
      const allowed = isCheck ? 'a digit or X' : 'a digit';
      return err('ID_FORMAT', `character ${i + 1} '${c}' must be ${allowed}`, {
        details: { position: i + 1, character: c },
      });
    }
  }
  const legacy = raw.length === 15;
  let value: string;
  if (legacy) {
    const first17 = `${raw.slice(0, 6)}19${raw.slice(6)}`;
    value = first17 + idCheckCharacter(first17);
  } else {
    value = raw;
    const expected = idCheckCharacter(raw.slice(0, 17));
    const actual = raw.charAt(17);
    if (actual !== expected) {
      return err(
        'ID_CHECKSUM',
        `character 18 (check character) is '${actual}' but the first 17 digits give '${expected}'`,
        { details: { position: 18, expected, actual } },
      );
    }
  }
  const province = value.slice(0, 2);
  if (!PROVINCE_CODES.includes(province)) {
    return err('ID_REGION', `characters 1–2 '${province}' are not a province-level address code`, {
      details: { position: 1, province },
    });
  }
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const where = legacy ? 'characters 7–12' : 'characters 7–14';
  const written = legacy ? raw.slice(6, 12) : value.slice(6, 14);
  if (!isRealDate(year, month, day)) {
    return err('ID_BIRTH_DATE', `${where} '${written}' are not a real calendar date`, {
      details: { position: 7, birthDate: written },
    });
  }
  const rules = options.rules ?? acftu2016;
  const earliest = rules.identity.earliestBirthYear;
  if (year < earliest) {
    return err(
      'ID_BIRTH_DATE',
      `${where} '${written}' give a birth year ${year}, before ${earliest}, the earliest the rule set ${rules.name} allows`,
      { details: { position: 7, birthYear: year, earliestBirthYear: earliest } },
    );
  }
  const birthDate = formatCalendarDate({ year, month, day });
  if (birthDate > today) {
    return err(
      'ID_BIRTH_DATE',
      `${where} '${written}' give a birth date ${birthDate} in the future (after ${today})`,
      {
        details: { position: 7, birthDate, today },
      },
    );
  }
  const gender: Gender = Number(value.charAt(16)) % 2 === 1 ? 'MALE' : 'FEMALE';
  return ok({ value, birthDate, gender, regionCode: value.slice(0, 6) });
}

/**
 * Masks an ID number for display: only the province-level address code (characters 1–2) is kept,
 * every other character is a star ('33****************'). With the year that `maskBirthDate` keeps
 * and the gender, at least 10,000 × 500 numbers remain (any 4-digit rest of the address code, any
 * sequence of that gender, and every day the year and the joining age allow); keeping the check
 * character or a sequence digit as well would divide that by 10 or 11 each, and the old mask
 * (first 6 and last 4) left about 33.
 */
export function maskIdNumber(value: string): string {
  const v = value.trim();
  if (v.length <= 2) return '*'.repeat(v.length);
  return v.slice(0, 2) + '*'.repeat(v.length - 2);
}

/** Masks a phone number for display: first 3 and last 4 characters kept, the rest stars ('138****5678'). */
export function maskPhone(value: string): string {
  const v = value.trim();
  if (v.length <= 7) return '*'.repeat(v.length);
  return v.slice(0, 3) + '*'.repeat(v.length - 7) + v.slice(-4);
}
