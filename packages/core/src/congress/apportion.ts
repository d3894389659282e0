import { compareCodePoints } from '../kernel/order.js';
import { err, ok, type Result } from '../kernel/result.js';

/**
 * How seats are shared out: `largest-remainder` (Hamilton / Hare–Niemeyer, the default),
 * `dhondt` (divisors 1, 2, 3, …), `sainte-lague` (1, 3, 5, …), `huntington-hill` (√(n(n+1))).
 */
export type ApportionMethod = 'largest-remainder' | 'dhondt' | 'sainte-lague' | 'huntington-hill';

/** An electoral unit: its weight (e.g. members) and optional bounds on its seats. */
export interface ApportionUnit {
  readonly id: string;
  /** A non-negative safe integer. A unit with weight 0 gets its minimum and never more. */
  readonly weight: number;
  /** Fewest seats for this unit (default 0). */
  readonly min?: number;
  /** Most seats for this unit (default: no limit). */
  readonly max?: number;
}

/** What to apportion: a number of seats among units, by a method. */
export interface ApportionInput {
  readonly seats: number;
  readonly units: readonly ApportionUnit[];
  /** Default `largest-remainder`. */
  readonly method?: ApportionMethod;
}

/** Seats per unit id (every unit, in input order), and the units that won a seat by a tie. */
export interface Apportionment {
  readonly seats: Record<string, number>;
  /** Units that won a last seat only by the tie rule (larger weight, then smaller id), in code-point order. */
  readonly ties: string[];
}

/** Error codes of `apportion`. */
export type ApportionErrorCode = 'APPORTION_INFEASIBLE' | 'APPORTION_INVALID';

const METHODS: readonly ApportionMethod[] = [
  'largest-remainder',
  'dhondt',
  'sainte-lague',
  'huntington-hill',
];

/** One unit prepared for counting: bounds resolved, weight as a BigInt, tie rank. */
interface Prepared {
  readonly id: string;
  readonly weight: bigint;
  readonly lo: number;
  /** Effective maximum: `max` (or `seats`), capped at `seats`; `lo` when the weight is 0. */
  readonly hi: number;
  /** Position in the tie order: larger weight first, then smaller id by code point. */
  rank: number;
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function invalid(message: string, path: (string | number)[], details: Record<string, unknown>) {
  return err('APPORTION_INVALID', message, { path, details });
}

/**
 * Apportions `seats` among `units` in proportion to their weights, exactly (BigInt arithmetic,
 * no floating point anywhere a result depends on).
 *
 * Bounds, every method: each unit first gets its `min`; a unit never gets more than its `max`;
 * a unit with weight 0 gets its `min` and no more.
 * - Divisor methods (`dhondt`, `sainte-lague`, `huntington-hill`) start every unit at its
 *   minimum and hand out the remaining seats one at a time to the unit below its maximum with
 *   the highest priority w/d(n): d(n) = n+1, 2n+1, or √(n(n+1)) (compared as w²/(n(n+1)); a
 *   unit with no seat has infinite priority, so every unit with weight is served first).
 * - `largest-remainder` uses bounded quotas: each unit's quota is clamp(λ·w, min, max), with the
 *   one λ that makes the quotas add up to `seats` — the fixed point of "fix each unit whose
 *   quota breaks a bound at that bound, re-divide the rest in proportion, repeat", found
 *   directly by an exact search over λ (fixing low and high units in one step can overshoot).
 *   Without bounds it is plain Hamilton. Each unit gets the whole part of its quota; the seats
 *   left go one each to the largest remainders. A quota at a bound is whole (remainder 0) and
 *   the remainders add up to the seats left, so no bound is ever broken.
 *
 * Ties for a last seat (equal priority, or equal remainder) go to the larger weight, then the
 * smaller id in code-point order; the winners of such a tie are listed in `ties`.
 *
 * Errors: `APPORTION_INVALID` for seats, weights, `min` or `max` that are not non-negative safe
 * integers, duplicate ids, `min > max` or an unknown method; `APPORTION_INFEASIBLE` when the
 * minimums add up to more than `seats`, or the maximums (weight-0 units counting their minimum)
 * to fewer.
 */
export function apportion(input: ApportionInput): Result<Apportionment, ApportionErrorCode> {
  const { seats, units } = input;
  const method = input.method ?? 'largest-remainder';
  if (!METHODS.includes(method)) {
    return invalid(`unknown apportionment method "${method}"`, ['method'], { method, known: METHODS });
  }
  if (!isCount(seats)) {
    return invalid(`seats must be a non-negative integer, got ${seats}`, ['seats'], { seats });
  }
  const ids = new Set<string>();
  const prepared: Prepared[] = [];
  let sumLo = 0n;
  let sumHi = 0n;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as ApportionUnit;
    if (ids.has(u.id)) return invalid(`unit id "${u.id}" appears twice`, ['units', i, 'id'], { id: u.id });
    ids.add(u.id);
    if (!isCount(u.weight)) {
      return invalid(
        `weight of "${u.id}" must be a non-negative integer, got ${u.weight}`,
        ['units', i, 'weight'],
        {
          weight: u.weight,
        },
      );
    }
    const min = u.min ?? 0;
    if (!isCount(min)) {
      return invalid(`min of "${u.id}" must be a non-negative integer, got ${u.min}`, ['units', i, 'min'], {
        min,
      });
    }
    if (u.max !== undefined && !isCount(u.max)) {
      return invalid(`max of "${u.id}" must be a non-negative integer, got ${u.max}`, ['units', i, 'max'], {
        max: u.max,
      });
    }
    if (u.max !== undefined && min > u.max) {
      return invalid(`min of "${u.id}" (${min}) is above its max (${u.max})`, ['units', i, 'min'], {
        min,
        max: u.max,
      });
    }
    const hi = u.weight === 0 ? min : Math.min(u.max ?? seats, seats);
    sumLo += BigInt(min);
    sumHi += BigInt(Math.max(hi, min));
    prepared.push({ id: u.id, weight: BigInt(u.weight), lo: min, hi, rank: 0 });
  }
  const total = BigInt(seats);
  if (sumLo > total) {
    return err('APPORTION_INFEASIBLE', `the minimums add up to ${sumLo}, more than the ${seats} seats`, {
      path: ['units'],
      details: { seats, minimums: Number(sumLo) },
    });
  }
  if (sumHi < total) {
    return err('APPORTION_INFEASIBLE', `at most ${sumHi} seats can be given, fewer than the ${seats} seats`, {
      path: ['units'],
      details: { seats, maximums: Number(sumHi) },
    });
  }
  // Here every min ≤ seats, so every unit has lo ≤ hi.

  const order = prepared
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = prepared[a] as Prepared;
      const pb = prepared[b] as Prepared;
      return pa.weight > pb.weight ? -1 : pa.weight < pb.weight ? 1 : compareCodePoints(pa.id, pb.id);
    });
  order.forEach((unit, rank) => {
    (prepared[unit] as Prepared).rank = rank;
  });

  const result =
    method === 'largest-remainder'
      ? largestRemainder(prepared, seats)
      : divisorMethod(prepared, seats, method);
  return ok({
    seats: Object.fromEntries(prepared.map((u, i) => [u.id, result.seats[i] as number])),
    ties: result.ties.sort(compareCodePoints),
  });
}

interface Allocation {
  readonly seats: number[];
  readonly ties: string[];
}

/** A priority w/d as a fraction; `den === 0n` is infinite. */
interface Priority {
  readonly num: bigint;
  readonly den: bigint;
}

function priority(method: Exclude<ApportionMethod, 'largest-remainder'>, w: bigint, n: number): Priority {
  const b = BigInt(n);
  switch (method) {
    case 'dhondt':
      return { num: w, den: b + 1n };
    case 'sainte-lague':
      return { num: w, den: 2n * b + 1n };
    case 'huntington-hill':
      return { num: w * w, den: b * (b + 1n) };
  }
}

/** Compares two priorities exactly: negative, zero or positive. */
function comparePriority(a: Priority, b: Priority): number {
  if (a.den === 0n || b.den === 0n) return a.den === 0n ? (b.den === 0n ? 0 : 1) : -1;
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l > r ? 1 : l < r ? -1 : 0;
}

function divisorMethod(
  units: readonly Prepared[],
  seats: number,
  method: Exclude<ApportionMethod, 'largest-remainder'>,
): Allocation {
  const n = units.map((u) => u.lo);
  let remaining = seats - n.reduce((a, b) => a + b, 0);
  const next = units.map((u, i) => priority(method, u.weight, n[i] as number));
  while (remaining > 0) {
    let best = -1;
    for (let i = 0; i < units.length; i++) {
      const u = units[i] as Prepared;
      if ((n[i] as number) >= u.hi || u.weight === 0n) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      const c = comparePriority(next[i] as Priority, next[best] as Priority);
      if (c > 0 || (c === 0 && u.rank < (units[best] as Prepared).rank)) best = i;
    }
    // Feasibility guarantees a unit below its maximum while seats remain.
    const w = units[best] as Prepared;
    n[best] = (n[best] as number) + 1;
    next[best] = priority(method, w.weight, n[best] as number);
    remaining--;
  }

  // The last seat's priority is the lowest priority of any seat the method gave.
  let last: Priority | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Prepared;
    if ((n[i] as number) > u.lo) {
      const p = priority(method, u.weight, (n[i] as number) - 1);
      if (last === undefined || comparePriority(p, last) < 0) last = p;
    }
  }
  const ties: string[] = [];
  if (last !== undefined) {
    const lost = units.some(
      (u, i) => (n[i] as number) < u.hi && u.weight > 0n && comparePriority(next[i] as Priority, last) === 0,
    );
    if (lost) {
      units.forEach((u, i) => {
        if (
          (n[i] as number) > u.lo &&
          comparePriority(priority(method, u.weight, (n[i] as number) - 1), last) === 0
        ) {
          ties.push(u.id);
        }
      });
    }
  }
  return { seats: n, ties };
}

/** λ = num/den (den > 0). */
interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** Σ clamp(λ·w, lo, hi), scaled by λ's denominator, for comparison with seats·den. */
function scaledQuotaSum(units: readonly Prepared[], lambda: Rational): bigint {
  let sum = 0n;
  for (const u of units) {
    const lo = BigInt(u.lo) * lambda.den;
    const hi = BigInt(u.hi) * lambda.den;
    const q = lambda.num * u.weight;
    sum += q < lo ? lo : q > hi ? hi : q;
  }
  return sum;
}

function compareRational(a: Rational, b: Rational): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l > r ? 1 : l < r ? -1 : 0;
}

/** The λ with Σ clamp(λ·w, lo, hi) = seats (any one; the clamped quotas are the same for all). */
function findLambda(units: readonly Prepared[], seats: number): Rational {
  const target = BigInt(seats);
  const points: Rational[] = [{ num: 0n, den: 1n }];
  for (const u of units) {
    if (u.weight === 0n) continue;
    points.push({ num: BigInt(u.lo), den: u.weight }, { num: BigInt(u.hi), den: u.weight });
  }
  points.sort(compareRational);
  const reaches = (p: Rational) => scaledQuotaSum(units, p) >= target * p.den;
  // The quota sum is non-decreasing in λ: Σlo at 0, Σhi at the largest point, and Σlo ≤ seats ≤ Σhi.
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reaches(points[mid] as Rational)) hi = mid;
    else lo = mid + 1;
  }
  const at = points[lo] as Rational;
  if (scaledQuotaSum(units, at) === target * at.den) return at;
  // Strictly between points[lo - 1] and points[lo] the sum is linear: free units are those
  // with lo/w at or below the left point and hi/w at or above the right one.
  const left = points[lo - 1] as Rational;
  let rest = target;
  let free = 0n;
  for (const u of units) {
    if (u.weight === 0n || compareRational({ num: BigInt(u.lo), den: u.weight }, at) >= 0) {
      rest -= BigInt(u.lo);
    } else if (compareRational({ num: BigInt(u.hi), den: u.weight }, left) <= 0) {
      rest -= BigInt(u.hi);
    } else {
      free += u.weight;
    }
  }
  return { num: rest, den: free };
}

function largestRemainder(units: readonly Prepared[], seats: number): Allocation {
  const lambda = findLambda(units, seats);
  const n: number[] = [];
  const remainder: bigint[] = [];
  let given = 0;
  for (const u of units) {
    const q = lambda.num * u.weight;
    let whole: number;
    let rem = 0n;
    if (q <= BigInt(u.lo) * lambda.den) whole = u.lo;
    else if (q >= BigInt(u.hi) * lambda.den) whole = u.hi;
    else {
      whole = Number(q / lambda.den);
      rem = q % lambda.den;
    }
    n.push(whole);
    remainder.push(rem);
    given += whole;
  }
  const left = seats - given;
  const ties: string[] = [];
  if (left > 0) {
    // Only units with a positive remainder can take one: the remainders add up to `left`, each below 1.
    const byRemainder = units
      .map((_, i) => i)
      .filter((i) => (remainder[i] as bigint) > 0n)
      .sort((a, b) => {
        const ra = remainder[a] as bigint;
        const rb = remainder[b] as bigint;
        return ra > rb ? -1 : ra < rb ? 1 : (units[a] as Prepared).rank - (units[b] as Prepared).rank;
      });
    for (let k = 0; k < left; k++) {
      const i = byRemainder[k] as number;
      n[i] = (n[i] as number) + 1;
    }
    const cut = remainder[byRemainder[left - 1] as number] as bigint;
    const loser = byRemainder[left];
    if (loser !== undefined && remainder[loser] === cut) {
      for (let k = 0; k < left; k++) {
        const i = byRemainder[k] as number;
        if (remainder[i] === cut) ties.push((units[i] as Prepared).id);
      }
    }
  }
  return { seats: n, ties };
}
