/** An exact rational number, used for every share and threshold in a rule set (no floating point). */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/** Builds a fraction `numerator / denominator`; the denominator must be a positive integer. */
export function fraction(numerator: number, denominator: number): Fraction {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0) {
    throw new RangeError(
      `fraction ${numerator}/${denominator}: integers with a positive denominator expected`,
    );
  }
  return { numerator, denominator };
}

/** True when `part / whole >= f`, computed exactly in integers. */
export function atLeastFraction(part: number, whole: number, f: Fraction): boolean {
  return BigInt(part) * BigInt(f.denominator) >= BigInt(whole) * BigInt(f.numerator);
}

/** True when `part / whole > f`, computed exactly in integers. */
export function moreThanFraction(part: number, whole: number, f: Fraction): boolean {
  return BigInt(part) * BigInt(f.denominator) > BigInt(whole) * BigInt(f.numerator);
}

/** The smallest integer `n` with `n / whole >= f` (ceil of `whole * f`), exact. */
export function ceilFractionOf(whole: number, f: Fraction): number {
  const p = BigInt(whole) * BigInt(f.numerator);
  const d = BigInt(f.denominator);
  return Number((p + d - 1n) / d);
}

/** The smallest integer `n` with `n / whole > f` (floor of `whole * f` plus one), exact. */
export function smallestAbove(whole: number, f: Fraction): number {
  return Number((BigInt(whole) * BigInt(f.numerator)) / BigInt(f.denominator)) + 1;
}
