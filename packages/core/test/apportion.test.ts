import { describe, expect, it } from 'vitest';
import {
  type ApportionInput,
  type ApportionMethod,
  type Apportionment,
  apportion,
} from '../src/congress/apportion.js';

const DIVISOR: ApportionMethod[] = ['dhondt', 'sainte-lague', 'huntington-hill'];
const ALL: ApportionMethod[] = ['largest-remainder', ...DIVISOR];

function units(weights: Record<string, number>): ApportionInput['units'] {
  return Object.entries(weights).map(([id, weight]) => ({ id, weight }));
}

function value(input: ApportionInput): Apportionment {
  const r = apportion(input);
  if (!r.ok) throw new Error(`unexpected ${r.error.code}: ${r.error.message}`);
  return r.value;
}

function seatsOf(input: ApportionInput): Record<string, number> {
  return value(input).seats;
}

describe('largest remainder (Hamilton), the default', () => {
  it('textbook: 47000/16000/15800/12000/6100/3100 for 10 seats → 5,2,1,1,1,0', () => {
    const r = value({
      seats: 10,
      units: units({ A: 47000, B: 16000, C: 15800, D: 12000, E: 6100, F: 3100 }),
    });
    expect(r.seats).toEqual({ A: 5, B: 2, C: 1, D: 1, E: 1, F: 0 });
    expect(r.ties).toEqual([]);
  });

  it('an exact quota needs no remainder seat', () => {
    expect(seatsOf({ seats: 6, units: units({ A: 200, B: 100 }) })).toEqual({ A: 4, B: 2 });
  });

  it('the Alabama paradox: 6/6/2 — C has 2 seats of 10 but only 1 of 11', () => {
    const u = units({ A: 6, B: 6, C: 2 });
    expect(seatsOf({ seats: 10, units: u })).toEqual({ A: 4, B: 4, C: 2 });
    expect(seatsOf({ seats: 11, units: u })).toEqual({ A: 5, B: 5, C: 1 });
  });

  it('divisor methods do not show the Alabama paradox on the same units (house monotone, 1..40 seats)', () => {
    const u = units({ A: 6, B: 6, C: 2 });
    for (const method of DIVISOR) {
      let before = seatsOf({ seats: 0, units: u, method });
      for (let seats = 1; seats <= 40; seats++) {
        const now = seatsOf({ seats, units: u, method });
        for (const id of ['A', 'B', 'C']) expect(now[id]).toBeGreaterThanOrEqual(before[id] ?? 0);
        before = now;
      }
      expect(seatsOf({ seats: 11, units: u, method }).C).toBeGreaterThanOrEqual(
        seatsOf({ seats: 10, units: u, method }).C ?? 0,
      );
    }
  });

  it('compares remainders exactly even where floating point cannot (weights near 2^53)', () => {
    // Quotas 2·w/W with W ≈ 2^54: B's remainder is 1 − 2/W, C's is 2/W.
    const r = value({ seats: 2, units: units({ A: 9007199254740991, B: 9007199254740990, C: 1 }) });
    expect(r.seats).toEqual({ A: 1, B: 1, C: 0 });
  });
});

describe("D'Hondt", () => {
  it('textbook: 100000/80000/30000/20000 for 8 seats → 4,3,1,0', () => {
    const r = value({
      seats: 8,
      method: 'dhondt',
      units: units({ A: 100000, B: 80000, C: 30000, D: 20000 }),
    });
    expect(r.seats).toEqual({ A: 4, B: 3, C: 1, D: 0 });
    expect(r.ties).toEqual([]);
  });
});

describe('Sainte-Laguë', () => {
  it('textbook: 100000/80000/30000/20000 for 8 seats → 3,3,1,1', () => {
    const r = value({
      seats: 8,
      method: 'sainte-lague',
      units: units({ A: 100000, B: 80000, C: 30000, D: 20000 }),
    });
    expect(r.seats).toEqual({ A: 3, B: 3, C: 1, D: 1 });
    // A's third seat (100000/5) and D's first (20000/1) are equal, but both fit: no tie.
    expect(r.ties).toEqual([]);
  });

  it('a parliament: six parties, 598 seats → 173,146,93,76,68,42', () => {
    const r = value({
      seats: 598,
      method: 'sainte-lague',
      units: units({ P1: 11828277, P2: 9990488, P3: 6316080, P4: 5155933, P5: 4643272, P6: 2830238 }),
    });
    expect(r.seats).toEqual({ P1: 173, P2: 146, P3: 93, P4: 76, P5: 68, P6: 42 });
  });
});

describe('Huntington–Hill', () => {
  // 2020 US census apportionment populations; every state has at least one seat.
  const US_2020: [string, number, number][] = [
    ['AL', 5030053, 7],
    ['AK', 736081, 1],
    ['AZ', 7158923, 9],
    ['AR', 3013756, 4],
    ['CA', 39576757, 52],
    ['CO', 5782171, 8],
    ['CT', 3608298, 5],
    ['DE', 990837, 1],
    ['FL', 21570527, 28],
    ['GA', 10725274, 14],
    ['HI', 1460137, 2],
    ['ID', 1841377, 2],
    ['IL', 12822739, 17],
    ['IN', 6790280, 9],
    ['IA', 3192406, 4],
    ['KS', 2940865, 4],
    ['KY', 4509342, 6],
    ['LA', 4661468, 6],
    ['ME', 1363582, 2],
    ['MD', 6185278, 8],
    ['MA', 7033469, 9],
    ['MI', 10084442, 13],
    ['MN', 5709752, 8],
    ['MS', 2963914, 4],
    ['MO', 6160281, 8],
    ['MT', 1085407, 2],
    ['NE', 1963333, 3],
    ['NV', 3108462, 4],
    ['NH', 1379089, 2],
    ['NJ', 9294493, 12],
    ['NM', 2120220, 3],
    ['NY', 20215751, 26],
    ['NC', 10453948, 14],
    ['ND', 779702, 1],
    ['OH', 11808848, 15],
    ['OK', 3963516, 5],
    ['OR', 4241500, 6],
    ['PA', 13011844, 17],
    ['RI', 1098163, 2],
    ['SC', 5124712, 7],
    ['SD', 887770, 1],
    ['TN', 6916897, 9],
    ['TX', 29183290, 38],
    ['UT', 3275252, 4],
    ['VT', 643503, 1],
    ['VA', 8654542, 11],
    ['WA', 7715946, 10],
    ['WV', 1795045, 2],
    ['WI', 5897473, 8],
    ['WY', 577719, 1],
  ];
  const input = (nyExtra = 0): ApportionInput => ({
    seats: 435,
    method: 'huntington-hill',
    units: US_2020.map(([id, weight]) => ({ id, weight: id === 'NY' ? weight + nyExtra : weight, min: 1 })),
  });

  it('the 2020 US House: 435 seats among 50 states, as apportioned', () => {
    const r = value(input());
    expect(r.seats).toEqual(Object.fromEntries(US_2020.map(([id, , seats]) => [id, seats])));
    expect(r.ties).toEqual([]);
  });

  it('the last seat: New York with 88 more people still loses it to Minnesota, with 89 more it wins it', () => {
    const at88 = value(input(88)).seats;
    expect([at88.NY, at88.MN]).toEqual([26, 8]);
    const at89 = value(input(89)).seats;
    expect([at89.NY, at89.MN]).toEqual([27, 7]);
  });

  it('without minimums every unit with weight is served first (a unit with no seat has infinite priority)', () => {
    expect(
      seatsOf({ seats: 3, method: 'huntington-hill', units: units({ A: 100, B: 1, C: 0, D: 10, E: 0 }) }),
    ).toEqual({ A: 1, B: 1, C: 0, D: 1, E: 0 });
  });

  it('compares w²/(n(n+1)) exactly: an exact tie beyond 2^53 goes to the larger weight', () => {
    // A: 10^15 with 1 seat → 10^30/2; B: 6·10^15 with 8 seats → 36·10^30/72 = 10^30/2.
    const make = (b: number): ApportionInput => ({
      seats: 10,
      method: 'huntington-hill',
      units: [
        { id: 'A', weight: 1e15, min: 1 },
        { id: 'B', weight: b, min: 8 },
      ],
    });
    expect(value(make(6e15))).toEqual({ seats: { A: 1, B: 9 }, ties: ['B'] });
    expect(value(make(6e15 - 1))).toEqual({ seats: { A: 2, B: 8 }, ties: [] });
    expect(value(make(6e15 + 1))).toEqual({ seats: { A: 1, B: 9 }, ties: [] });
  });
});

describe('ties for a last seat: larger weight, then smaller id (code-point order); winners listed', () => {
  it('largest remainder: equal remainders, the larger weight wins', () => {
    // Quotas 1.5 and 2.5.
    expect(value({ seats: 4, units: units({ A: 3, B: 5 }) })).toEqual({ seats: { A: 1, B: 3 }, ties: ['B'] });
  });

  it('largest remainder: equal weights, the smaller id wins', () => {
    expect(value({ seats: 1, units: units({ B: 1, A: 1 }) })).toEqual({ seats: { B: 0, A: 1 }, ties: ['A'] });
  });

  it('ids are compared by code point, not by UTF-16 unit', () => {
    expect(value({ seats: 1, units: units({ '😀': 7, ｚ: 7 }) })).toEqual({
      seats: { '😀': 0, ｚ: 1 },
      ties: ['ｚ'],
    });
  });

  it("D'Hondt: 20 and 10 for 2 seats — A's second quotient 10 ties with B's first; A is larger", () => {
    expect(value({ seats: 2, method: 'dhondt', units: units({ A: 20, B: 10 }) })).toEqual({
      seats: { A: 2, B: 0 },
      ties: ['A'],
    });
    expect(value({ seats: 3, method: 'dhondt', units: units({ A: 20, B: 10 }) })).toEqual({
      seats: { A: 2, B: 1 },
      ties: [],
    });
  });

  it('Sainte-Laguë: 3 and 1 for 2 seats — 3/3 ties with 1/1', () => {
    expect(value({ seats: 2, method: 'sainte-lague', units: units({ A: 3, B: 1 }) })).toEqual({
      seats: { A: 2, B: 0 },
      ties: ['A'],
    });
  });

  it('Huntington–Hill: units without seats tie at infinite priority', () => {
    expect(value({ seats: 2, method: 'huntington-hill', units: units({ A: 5, B: 3, C: 1 }) })).toEqual({
      seats: { A: 1, B: 1, C: 0 },
      ties: ['A', 'B'],
    });
  });

  it('equal priorities that all fit are no tie', () => {
    for (const method of ALL) {
      expect(value({ seats: 2, method, units: units({ A: 10, B: 10 }) })).toEqual({
        seats: { A: 1, B: 1 },
        ties: [],
      });
    }
  });

  it('several tied winners are all listed', () => {
    for (const method of ALL) {
      expect(value({ seats: 2, method, units: units({ C: 1, B: 1, A: 1 }) })).toEqual({
        seats: { C: 0, B: 1, A: 1 },
        ties: ['A', 'B'],
      });
    }
  });
});

describe('minimums and maximums, every method', () => {
  it('a small unit gets its minimum, the rest is shared by the method', () => {
    for (const method of ALL) {
      expect(
        seatsOf({
          seats: 10,
          method,
          units: [
            { id: 'A', weight: 100 },
            { id: 'B', weight: 1, min: 2 },
          ],
        }),
      ).toEqual({ A: 8, B: 2 });
    }
  });

  it('a large unit is capped at its maximum, the rest is shared in proportion', () => {
    for (const method of ALL) {
      expect(
        seatsOf({
          seats: 10,
          method,
          units: [
            { id: 'A', weight: 100, max: 5 },
            { id: 'B', weight: 60 },
            { id: 'C', weight: 40 },
          ],
        }),
      ).toEqual({ A: 5, B: 3, C: 2 });
    }
  });

  it('seats equal to the sum of minimums: every unit gets exactly its minimum', () => {
    for (const method of ALL) {
      expect(
        seatsOf({
          seats: 7,
          method,
          units: [
            { id: 'A', weight: 1, min: 5 },
            { id: 'B', weight: 100, max: 2 },
            { id: 'C', weight: 1, min: 2 },
          ],
        }),
      ).toEqual({ A: 5, B: 0, C: 2 });
    }
  });

  it('seats equal to the sum of maximums: every unit gets exactly its maximum', () => {
    for (const method of ALL) {
      expect(
        seatsOf({
          seats: 9,
          method,
          units: [
            { id: 'A', weight: 1, max: 4 },
            { id: 'B', weight: 100, max: 2 },
            { id: 'C', weight: 50, min: 1, max: 3 },
          ],
        }),
      ).toEqual({ A: 4, B: 2, C: 3 });
    }
  });

  it('largest remainder with bounds: quotas are clamped to [min, max] and re-scaled (min and max at once)', () => {
    // Unbounded quotas of 20 seats: A 16.67, B 2.5, C 0.83. A is capped at 12; B and C share 8
    // in proportion 3:1 → 6 and 2, but C has a minimum of 3 → B 5.
    expect(
      seatsOf({
        seats: 20,
        units: [
          { id: 'A', weight: 200, max: 12 },
          { id: 'B', weight: 30 },
          { id: 'C', weight: 10, min: 3 },
        ],
      }),
    ).toEqual({ A: 12, B: 5, C: 3 });
  });

  it('a unit with zero weight gets its minimum and no more', () => {
    for (const method of ALL) {
      expect(
        seatsOf({
          seats: 5,
          method,
          units: [
            { id: 'A', weight: 3 },
            { id: 'Z', weight: 0, min: 1 },
          ],
        }),
      ).toEqual({
        A: 4,
        Z: 1,
      });
    }
  });

  it('no seats: everyone gets nothing', () => {
    for (const method of ALL)
      expect(value({ seats: 0, method, units: units({ A: 1, B: 2 }) })).toEqual({
        seats: { A: 0, B: 0 },
        ties: [],
      });
    expect(value({ seats: 0, units: [] })).toEqual({ seats: {}, ties: [] });
  });

  it('a unit id like __proto__ is an ordinary key', () => {
    const r = seatsOf({
      seats: 3,
      units: [
        { id: '__proto__', weight: 2 },
        { id: 'b', weight: 1 },
      ],
    });
    expect(Object.keys(r)).toContain('__proto__');
    expect(Object.getOwnPropertyDescriptor(r, '__proto__')?.value).toBe(2);
  });
});

describe('errors', () => {
  function code(input: ApportionInput): string | undefined {
    const r = apportion(input);
    return r.ok ? undefined : r.error.code;
  }

  it('APPORTION_INFEASIBLE: minimums add up to more than the seats (one more is fine)', () => {
    const u = [
      { id: 'A', weight: 1, min: 3 },
      { id: 'B', weight: 1, min: 2 },
    ];
    expect(code({ seats: 4, units: u })).toBe('APPORTION_INFEASIBLE');
    expect(code({ seats: 5, units: u })).toBeUndefined();
  });

  it('APPORTION_INFEASIBLE: maximums add up to fewer than the seats (equal is fine)', () => {
    const u = [
      { id: 'A', weight: 1, max: 3 },
      { id: 'B', weight: 1, max: 2 },
    ];
    expect(code({ seats: 6, units: u })).toBe('APPORTION_INFEASIBLE');
    expect(code({ seats: 5, units: u })).toBeUndefined();
  });

  it('APPORTION_INFEASIBLE: seats but no units, or only units without weight beyond their minimums', () => {
    expect(code({ seats: 1, units: [] })).toBe('APPORTION_INFEASIBLE');
    expect(code({ seats: 2, units: [{ id: 'A', weight: 0, min: 1 }] })).toBe('APPORTION_INFEASIBLE');
    expect(code({ seats: 1, units: [{ id: 'A', weight: 0, min: 1 }] })).toBeUndefined();
  });

  const invalid: [string, ApportionInput][] = [
    ['negative seats', { seats: -1, units: units({ A: 1 }) }],
    ['fractional seats', { seats: 1.5, units: units({ A: 1 }) }],
    ['NaN seats', { seats: Number.NaN, units: units({ A: 1 }) }],
    ['negative weight', { seats: 1, units: units({ A: -1 }) }],
    ['fractional weight', { seats: 1, units: units({ A: 0.5 }) }],
    ['infinite weight', { seats: 1, units: units({ A: Number.POSITIVE_INFINITY }) }],
    ['unsafe integer weight', { seats: 1, units: units({ A: 2 ** 53 }) }],
    [
      'duplicate id',
      {
        seats: 1,
        units: [
          { id: 'A', weight: 1 },
          { id: 'A', weight: 2 },
        ],
      },
    ],
    ['min > max', { seats: 1, units: [{ id: 'A', weight: 1, min: 3, max: 2 }] }],
    ['negative min', { seats: 1, units: [{ id: 'A', weight: 1, min: -1 }] }],
    ['fractional max', { seats: 1, units: [{ id: 'A', weight: 1, max: 1.5 }] }],
    ['unknown method', { seats: 1, units: units({ A: 1 }), method: 'jefferson' as ApportionMethod }],
  ];
  for (const [name, input] of invalid) {
    it(`APPORTION_INVALID: ${name}`, () => {
      expect(code(input)).toBe('APPORTION_INVALID');
    });
  }

  it('min equal to max is fine', () => {
    expect(seatsOf({ seats: 2, units: [{ id: 'A', weight: 1, min: 2, max: 2 }] })).toEqual({ A: 2 });
  });
});
