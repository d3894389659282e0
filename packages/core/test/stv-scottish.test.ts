import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countElection } from '../src/election/count.js';
import type { Ballot, CountContext } from '../src/election/counting-method.js';
import {
  createStvScottish,
  formatStvVotes,
  STV_SCALE,
  type StvScottishResult,
  stvScottish,
} from '../src/election/methods/stv-scottish.js';
import { seededUniform } from '../src/kernel/random.js';
import { acftu2016 } from '../src/ruleset/rule-set.js';
import { loadWard } from './stv-support.js';

function context(seats: number, candidates: readonly string[], ballots: number): CountContext {
  return {
    spec: {
      method: 'stv-scottish',
      seats,
      candidates: candidates.map((id) => ({ id })),
      entitled: ballots,
      present: ballots,
      ballotsIssued: ballots,
    },
    rules: acftu2016,
  };
}

/** `n` papers with the ranking given as a string of one-letter ids, e.g. `'AB'`. */
function papers(n: number, ranking: string): Ballot[] {
  return Array.from({ length: n }, () => ({ ranking: [...ranking] }));
}

function votesAt(result: StvScottishResult, stage: number): Record<string, string> {
  const s = result.stages[stage - 1];
  if (s === undefined) throw new Error(`no stage ${stage}`);
  return Object.fromEntries(s.votes.map((v) => [v.id, v.votes]));
}

/** A seeded shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rand = seededUniform(seed);
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

describe('formatStvVotes', () => {
  it('prints integer units with exactly 5 decimals', () => {
    expect(formatStvVotes(138_100_000)).toBe('1381.00000');
    expect(formatStvVotes(92_798_248)).toBe('927.98248');
    expect(formatStvVotes(7)).toBe('0.00007');
    expect(formatStvVotes(0)).toBe('0.00000');
    expect(STV_SCALE).toBe(100_000);
  });
});

describe('stv-scottish: quota (rule 46) and election at the quota (rule 47)', () => {
  it('quota is floor(valid / (seats + 1)) + 1', () => {
    const ballots = [...papers(40, 'A'), ...papers(35, 'B'), ...papers(25, 'C')];
    expect(stvScottish.count(context(3, ['A', 'B', 'C', 'D'], 100), ballots).quota).toBe(26);
    expect(stvScottish.count(context(1, ['A', 'B', 'C'], 100), ballots).quota).toBe(51);
    expect(stvScottish.count(context(2, ['A', 'B', 'C'], 99), ballots.slice(1)).threshold).toBe(34);
  });

  it('rounds the share down before adding one, also when it is not whole: 98 valid for 2 seats 33, 101 for 3 seats 26', () => {
    // 98 / 3 = 32.67 → 33 (rounding to nearest would give 34); 101 / 4 = 25.25 → 26 (rounding up would give 27).
    const ballots = [...papers(40, 'A'), ...papers(35, 'B'), ...papers(26, 'C')];
    expect(stvScottish.count(context(2, ['A', 'B', 'C'], 98), ballots.slice(3)).quota).toBe(33);
    expect(stvScottish.count(context(3, ['A', 'B', 'C', 'D'], 101), ballots).quota).toBe(26);
  });

  it('exactly the quota elects, with no surplus to transfer; one vote fewer does not', () => {
    // 10 valid, 1 seat: quota 6.
    const atQuota = stvScottish.count(context(1, ['A', 'B', 'C'], 10), [
      ...papers(6, 'AB'),
      ...papers(3, 'BA'),
      ...papers(1, 'CA'),
    ]);
    expect(atQuota.quota).toBe(6);
    expect(atQuota.elected).toEqual(['A']);
    expect(atQuota.stages).toHaveLength(1);
    expect(atQuota.stages[0]?.elected).toEqual(['A']);

    // 11 valid, 1 seat: quota 6; A has 5 and must wait for C's exclusion.
    const below = stvScottish.count(context(1, ['A', 'B', 'C'], 11), [
      ...papers(5, 'A'),
      ...papers(4, 'B'),
      ...papers(2, 'CB'),
    ]);
    expect(below.quota).toBe(6);
    expect(below.stages[0]?.elected).toEqual([]);
    expect(below.stages[1]).toMatchObject({ action: 'EXCLUDE', candidate: 'C', elected: ['B'] });
    expect(below.elected).toEqual(['B']);
  });

  it('a ballot with no candidate is invalid and does not count towards the quota', () => {
    const result = stvScottish.count(context(1, ['A', 'B'], 12), [
      ...papers(6, 'A'),
      ...papers(4, 'B'),
      { ranking: [] },
      { ranking: ['Z'] },
      { ranking: ['Z', 'B', 'B'] },
    ]);
    expect(result.validBallots).toBe(11);
    expect(result.invalidBallots).toBe(2);
    expect(result.quota).toBe(6);
    expect(result.tally).toEqual([
      { id: 'A', votes: 6 },
      { id: 'B', votes: 5 },
    ]);
  });
});

describe('stv-scottish: transfers', () => {
  it('transfers a surplus at a truncated value and keeps the quota with the elected candidate', () => {
    // 30 valid, 2 seats: quota 11. A has 16 (surplus 5): 14 papers go on to B, 2 to C.
    // Transfer value 5/16 = 0.3125: B gets 4.375, C 0.625.
    const result = stvScottish.count(context(2, ['A', 'B', 'C', 'D'], 30), [
      ...papers(14, 'AB'),
      ...papers(2, 'AC'),
      ...papers(6, 'B'),
      ...papers(5, 'C'),
      ...papers(3, 'D'),
    ]);
    expect(result.stages[1]).toMatchObject({
      action: 'TRANSFER_SURPLUS',
      candidate: 'A',
      transferred: '5.00000',
    });
    expect(votesAt(result, 2)).toEqual({ A: '11.00000', B: '10.37500', C: '5.62500', D: '3.00000' });

    // Surplus 1 of 12 papers: 1/12 = 0.08333 (truncated), 12 × 0.08333 = 0.99996; 0.00004 is lost.
    const lossy = stvScottish.count(context(2, ['A', 'B', 'C'], 30), [
      ...papers(12, 'AB'),
      ...papers(10, 'B'),
      ...papers(8, 'C'),
    ]);
    expect(lossy.quota).toBe(11);
    expect(votesAt(lossy, 2)).toEqual({ A: '11.00000', B: '10.99996', C: '8.00000' });
    expect(lossy.stages[1]?.lossByTruncation).toBe('0.00004');
  });

  it('excluded papers move at the value they were received at; papers with no next preference are non-transferable', () => {
    const result = stvScottish.count(context(2, ['A', 'B', 'C', 'D'], 30), [
      ...papers(14, 'ABD'),
      ...papers(2, 'A'),
      ...papers(6, 'C'),
      ...papers(5, 'D'),
      ...papers(3, 'BC'),
    ]);
    // Stage 2: A's surplus 5 at 0.3125: B +4.375, 0.625 non-transferable.
    expect(votesAt(result, 2)).toMatchObject({ B: '7.37500' });
    expect(result.stages[1]?.nonTransferable).toBe('0.62500');
    // Stage 3: D (5) is lowest and is excluded: nothing further on D's papers.
    expect(result.stages[2]).toMatchObject({ action: 'EXCLUDE', candidate: 'D', nonTransferable: '5.62500' });
    // Stage 4: C (6) excluded; B is deemed elected (rule 52) with 7.375.
    expect(result.stages[3]).toMatchObject({ action: 'EXCLUDE', candidate: 'C' });
    expect(result.elected).toEqual(['A', 'B']);
    for (const stage of result.stages) {
      const total = stage.votes.reduce((sum, v) => sum + v.units, 0);
      const nt = Math.round(Number(stage.nonTransferable) * STV_SCALE);
      const loss = Math.round(Number(stage.lossByTruncation) * STV_SCALE);
      expect(total + nt + loss).toBe(30 * STV_SCALE);
    }
  });
});

describe('stv-scottish: ties (rules 49 and 51)', () => {
  it('breaks a tie for exclusion by the most recent stage at which the tied candidates differed', () => {
    // 30 valid, 2 seats, quota 11. A's surplus 5 at 5/16 = 0.3125 gives B exactly 5,
    // level with C at stage 2; at stage 1 B had 0 and C had 5, so B is excluded.
    const ballots = [...papers(16, 'AB'), ...papers(5, 'CB'), ...papers(9, 'D')];
    const result = stvScottish.count(context(2, ['A', 'B', 'C', 'D'], 30), ballots);
    expect(votesAt(result, 2)).toEqual({ A: '11.00000', B: '5.00000', C: '5.00000', D: '9.00000' });
    expect(result.stages[2]).toMatchObject({
      action: 'EXCLUDE',
      candidate: 'B',
      tieBreak: { among: ['B', 'C'], by: 'EARLIER_STAGE', stage: 1, chosen: 'B' },
    });
    // Excluding C instead would have given B 10 and the seat; the look-back gives it to D.
    expect(result.elected).toEqual(['A', 'D']);
  });

  it('breaks a tie for the largest surplus by the most votes at an earlier stage', () => {
    // 52 valid, 4 seats, quota 11. Stage 1: A 22, B 9, C 10, D 6, E 5. A's surplus 11 moves at
    // 11/22 = 0.5: B +4, C +3, so B and C both have 13 (equal surpluses of 2) at stage 2.
    // At stage 1 C had more, so C's surplus is transferred first (rule 49(2)).
    const ballots = [
      ...papers(8, 'AB'),
      ...papers(6, 'AC'),
      ...papers(8, 'A'),
      ...papers(9, 'B'),
      ...papers(10, 'CE'),
      ...papers(6, 'D'),
      ...papers(5, 'E'),
    ];
    const result = stvScottish.count(context(4, ['A', 'B', 'C', 'D', 'E'], 52), ballots);
    expect(result.quota).toBe(11);
    expect(votesAt(result, 2)).toEqual({
      A: '11.00000',
      B: '13.00000',
      C: '13.00000',
      D: '6.00000',
      E: '5.00000',
    });
    expect(result.stages[1]?.elected).toEqual(['B', 'C']);
    expect(result.stages[2]).toMatchObject({
      action: 'TRANSFER_SURPLUS',
      candidate: 'C',
      transferred: '2.00000',
      tieBreak: { among: ['B', 'C'], by: 'EARLIER_STAGE', stage: 1, chosen: 'C' },
    });
    // C's 10 first-preference papers move to E at 2/13 = 0.15384; the 6 papers received from A
    // (value 0.5, no further preference) are non-transferable at 0.07692 each.
    expect(votesAt(result, 3)).toMatchObject({ C: '11.00000', E: '6.53840' });
    expect(result.stages[2]?.nonTransferable).toBe('4.46152');
  });

  it('a tie at every stage is broken by a seeded lot, reported with its seed', () => {
    // 9 valid, 2 seats, quota 4: C is elected, its surplus is non-transferable; A and B are level
    // at 2 at every stage, so one of them is excluded by lot and the other fills the last seat.
    const ballots = [...papers(2, 'A'), ...papers(2, 'B'), ...papers(5, 'C')];
    const ctx = context(2, ['A', 'B', 'C'], 9);
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 16; seed++) {
      const method = createStvScottish({ lotSeed: seed });
      const first = method.count(ctx, ballots);
      expect(method.count(ctx, ballots)).toEqual(first); // deterministic
      expect(createStvScottish({ lotSeed: seed }).count(ctx, ballots)).toEqual(first);
      const exclusion = first.stages.find((s) => s.action === 'EXCLUDE');
      expect(exclusion?.tieBreak).toMatchObject({ among: ['A', 'B'], by: 'LOT', seed });
      expect(first.elected).toHaveLength(2);
      expect(first.elected[0]).toBe('C');
      expect(first.elected[1]).not.toBe(exclusion?.candidate);
      outcomes.add(exclusion?.candidate ?? '');
    }
    expect(outcomes).toEqual(new Set(['A', 'B']));
  });
});

describe('stv-scottish: rule 52 and incomplete counts', () => {
  it('elects every candidate when there are no more candidates than seats', () => {
    const result = stvScottish.count(context(3, ['A', 'B'], 3), [...papers(2, 'A'), ...papers(1, 'B')]);
    expect(result.status).toBe('INCOMPLETE');
    expect([...result.elected].sort()).toEqual(['A', 'B']);
    expect(result.unfilledSeats).toBe(1);
  });

  it('no valid ballot: nothing elected', () => {
    const result = stvScottish.count(context(1, ['A', 'B'], 1), [{ ranking: [] }]);
    expect(result.elected).toEqual([]);
    expect(result.status).toBe('INCOMPLETE');
    expect(result.invalidBallots).toBe(1);
  });

  it('rejects a bad spec', () => {
    expect(() => stvScottish.count(context(0, ['A'], 0), [])).toThrow(RangeError);
    expect(() => stvScottish.count(context(1, ['A', 'A'], 0), [])).toThrow(RangeError);
  });
});

describe('stv-scottish: properties', () => {
  it('the result does not depend on the order of the ballots (a real ward, shuffled)', () => {
    const ward = loadWard('glasgow-2007', 'Anderston-City-2007.blt');
    const expected = stvScottish.count(ward.context, ward.ballots);
    for (const seed of [1, 2, 3]) {
      expect(stvScottish.count(ward.context, shuffled(ward.ballots, seed))).toEqual(expected);
    }
  });

  const election = fc
    .record({ n: fc.integer({ min: 2, max: 6 }), seats: fc.integer({ min: 1, max: 3 }) })
    .chain(({ n, seats }) => {
      const ids = 'ABCDEF'.slice(0, n).split('');
      const ranking = fc.shuffledSubarray(ids, { minLength: 1 });
      return fc.record({
        ids: fc.constant(ids),
        seats: fc.constant(seats),
        ballots: fc.array(
          ranking.map((r) => ({ ranking: r })),
          { minLength: 1, maxLength: 60 },
        ),
        seed: fc.integer(),
      });
    });

  it('random elections: order independence, conservation of votes, seats filled', () => {
    fc.assert(
      fc.property(election, ({ ids, seats, ballots, seed }) => {
        const ctx = context(seats, ids, ballots.length);
        const result = stvScottish.count(ctx, ballots);
        expect(stvScottish.count(ctx, shuffled(ballots, seed))).toEqual(result);
        expect(result.quota).toBe(Math.floor(ballots.length / (seats + 1)) + 1);
        expect(result.elected).toHaveLength(Math.min(seats, ids.length));
        expect(new Set(result.elected).size).toBe(result.elected.length);
        for (const stage of result.stages) {
          const total = stage.votes.reduce((sum, v) => sum + v.units, 0);
          const nt = Math.round(Number(stage.nonTransferable) * STV_SCALE);
          const loss = Math.round(Number(stage.lossByTruncation) * STV_SCALE);
          expect(total + nt + loss).toBe(ballots.length * STV_SCALE);
          for (const v of stage.votes) {
            expect(Number.isInteger(v.units)).toBe(true);
            if (stage.elected.includes(v.id))
              expect(v.units).toBeGreaterThanOrEqual(result.quota * STV_SCALE);
            if (v.status === 'EXCLUDED') expect(v.units).toBe(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stv-scottish through countElection', () => {
  it('is registered by name and counts a ward; the common void checks still apply', () => {
    const ward = loadWard('glasgow-2007', 'Calton-2007.blt');
    const direct = stvScottish.count(ward.context, ward.ballots);
    const counted = countElection(ward.context.spec, ward.ballots);
    expect(counted).toEqual({ ok: true, value: direct });
    const voided = countElection(
      { ...ward.context.spec, ballotsIssued: ward.ballots.length - 1 },
      ward.ballots,
    );
    expect(voided.ok && voided.value.status).toBe('VOID');
  });
});
