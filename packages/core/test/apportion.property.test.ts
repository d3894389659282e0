import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ApportionInput,
  type ApportionMethod,
  type ApportionUnit,
  apportion,
} from '../src/congress/apportion.js';

const METHODS: ApportionMethod[] = ['largest-remainder', 'dhondt', 'sainte-lague', 'huntington-hill'];
const DIVISOR: ApportionMethod[] = ['dhondt', 'sainte-lague', 'huntington-hill'];

const weight = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) },
);

const unitsArb = (bounds: boolean) =>
  fc
    .array(
      fc.record({
        weight,
        min: bounds ? fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }) : fc.constant(undefined),
        extra: bounds
          ? fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined })
          : fc.constant(undefined),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((rows) =>
      rows.map(({ weight: w, min, extra }, i): ApportionUnit => {
        const unit: { id: string; weight: number; min?: number; max?: number } = { id: `u${i}`, weight: w };
        if (min !== undefined) unit.min = min;
        if (extra !== undefined) unit.max = (min ?? 0) + extra;
        return unit;
      }),
    );

/** Σmin and the most seats the units can hold (a unit without weight holds only its minimum). */
function capacity(units: readonly ApportionUnit[], seats: number): { lo: number; hi: number } {
  let lo = 0;
  let hi = 0;
  for (const u of units) {
    lo += u.min ?? 0;
    hi += u.weight === 0 ? (u.min ?? 0) : Math.min(u.max ?? seats, seats);
  }
  return { lo, hi };
}

function priority(method: ApportionMethod, w: bigint, n: number): [bigint, bigint] {
  const b = BigInt(n);
  if (method === 'dhondt') return [w, b + 1n];
  if (method === 'sainte-lague') return [w, 2n * b + 1n];
  return [w * w, b * (b + 1n)];
}

describe('apportion: properties', () => {
  it('seats always add up, every bound holds, infeasible exactly when the bounds say so (every method)', () => {
    fc.assert(
      fc.property(
        unitsArb(true),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(...METHODS),
        (units, seats, method) => {
          const r = apportion({ seats, units, method });
          const { lo, hi } = capacity(units, seats);
          if (lo > seats || hi < seats) {
            expect(r.ok).toBe(false);
            if (!r.ok) expect(r.error.code).toBe('APPORTION_INFEASIBLE');
            return;
          }
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const got = units.map((u) => r.value.seats[u.id] as number);
          expect(got.reduce((a, b) => a + b, 0)).toBe(seats);
          units.forEach((u, i) => {
            const n = got[i] as number;
            expect(Number.isInteger(n)).toBe(true);
            expect(n).toBeGreaterThanOrEqual(u.min ?? 0);
            if (u.max !== undefined) expect(n).toBeLessThanOrEqual(u.max);
            if (u.weight === 0) expect(n).toBe(u.min ?? 0);
          });
          for (const id of r.value.ties) expect(r.value.seats[id]).toBeGreaterThan(0);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('Hamilton without bounds stays within quota: each unit gets its quota rounded down or up', () => {
    fc.assert(
      fc.property(unitsArb(false), fc.integer({ min: 0, max: 60 }), (units, seats) => {
        const total = units.reduce((a, u) => a + BigInt(u.weight), 0n);
        fc.pre(total > 0n);
        const r = apportion({ seats, units });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        for (const u of units) {
          const n = BigInt(r.value.seats[u.id] as number);
          const q = BigInt(seats) * BigInt(u.weight); // quota · total
          expect((n - 1n) * total < q || (n === 0n && q === 0n)).toBe(true);
          expect((n + 1n) * total > q).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('divisor methods: no seat could move to a unit with a higher priority', () => {
    fc.assert(
      fc.property(
        unitsArb(true),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(...DIVISOR),
        (units, seats, method) => {
          const r = apportion({ seats, units, method });
          fc.pre(r.ok);
          if (!r.ok) return;
          for (const a of units) {
            const na = r.value.seats[a.id] as number;
            if (na <= (a.min ?? 0)) continue;
            const [pa, da] = priority(method, BigInt(a.weight), na - 1);
            for (const b of units) {
              const nb = r.value.seats[b.id] as number;
              if (b === a || b.weight === 0 || nb >= Math.min(b.max ?? seats, seats)) continue;
              const [pb, db] = priority(method, BigInt(b.weight), nb);
              // a's last seat had priority ≥ b's next seat (an infinite priority has denominator 0).
              if (db === 0n) expect(da).toBe(0n);
              else if (da !== 0n) expect(pa * db >= pb * da).toBe(true);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('divisor methods are house monotone: one more seat never takes a seat from anyone', () => {
    fc.assert(
      fc.property(
        unitsArb(true),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...DIVISOR),
        (units, seats, method) => {
          const a = apportion({ seats, units, method });
          const b = apportion({ seats: seats + 1, units, method });
          fc.pre(a.ok && b.ok);
          if (!a.ok || !b.ok) return;
          for (const u of units) {
            expect(b.value.seats[u.id] as number).toBeGreaterThanOrEqual(a.value.seats[u.id] as number);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the order of the units does not change the result', () => {
    fc.assert(
      fc.property(
        unitsArb(true),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(...METHODS),
        (units, seats, method) => {
          const input: ApportionInput = { seats, units, method };
          const a = apportion(input);
          const b = apportion({ ...input, units: [...units].reverse() });
          expect(b.ok).toBe(a.ok);
          if (a.ok && b.ok) {
            expect(b.value.seats).toEqual(a.value.seats);
            expect(b.value.ties).toEqual(a.value.ties);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
