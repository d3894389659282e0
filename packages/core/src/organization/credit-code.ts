import { err, ok, type Result } from '../kernel/result.js';

/** The 31 characters of a unified social credit code (GB 32100-2015): digits and letters without I O Z S V. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** A parsed unified social credit code (统一社会信用代码). */
export interface CreditCode {
  /** The normalised 18-character code (upper case). */
  readonly value: string;
  /** Registration authority code (登记管理部门代码), character 1. */
  readonly authority: string;
  /** Organization category code (机构类别代码), character 2. */
  readonly category: string;
  /** 6-digit administrative division code of the registering authority, characters 3–8. */
  readonly regionCode: string;
}

/** Error codes of `parseCreditCode`. */
export type CreditCodeError = 'CREDIT_CODE_FORMAT' | 'CREDIT_CODE_CHECKSUM';

/** Computes the check character (character 18) of the first 17 characters of a credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17.charAt(i));
    if (v < 0) throw new RangeError(`credit code character ${i + 1} '${first17.charAt(i)}' is not allowed`);
    sum += v * (WEIGHTS[i] as number);
  }
  const check = (31 - (sum % 31)) % 31;
  return CHARSET.charAt(check);
}

/** Parses and validates a unified social credit code (GB 32100-2015), including its check character. */
export function parseCreditCode(input: string): Result<CreditCode, CreditCodeError> {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) {
    return err('CREDIT_CODE_FORMAT', `a unified social credit code has 18 characters, got ${value.length}`);
  }
  for (let i = 0; i < 18; i++) {
    if (!CHARSET.includes(value.charAt(i))) {
      return err(
        'CREDIT_CODE_FORMAT',
        `character ${i + 1} '${value.charAt(i)}' is not allowed in a unified social credit code`,
        { details: { position: i + 1 } },
      );
    }
  }
  const regionCode = value.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) {
    return err('CREDIT_CODE_FORMAT', `characters 3–8 must be a 6-digit region code, got '${regionCode}'`);
  }
  const expected = creditCodeCheckCharacter(value.slice(0, 17));
  if (value.charAt(17) !== expected) {
    return err(
      'CREDIT_CODE_CHECKSUM',
      `check character is '${value.charAt(17)}' but the first 17 characters give '${expected}'`,
      { details: { expected } },
    );
  }
  return ok({ value, authority: value.charAt(0), category: value.charAt(1), regionCode });
}
