import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countElection } from '../src/election/count.js';
import type { Ballot, CountResult, ElectionSpec } from '../src/election/counting-method.js';
import type { ThresholdBase } from '../src/ruleset/rule-set.js';

const CANDIDATES = ['A', 'B', 'C', 'D', 'E'];
const METHODS = ['majority-approval', 'block', 'approval'];
const BASES: ThresholdBase[] = ['ENTITLED', 'PRESENT', 'VALID_BALLOTS'];

const ballotArb: fc.Arbitrary<Ballot> = fc.record(
  {
    approve: fc.array(fc.constantFrom(...CANDIDATES, 'Z'), { maxLength: 4 }),
    oppose: fc.array(fc.constantFrom(...CANDIDATES), { maxLength: 2 }),
    writeIns: fc.array(fc.constantFrom('X', ' X ', 'Y', '', 'A'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const electionArb = fc.record({
  ballots: fc.array(ballotArb, { maxLength: 40 }),
  seats: fc.integer({ min: 1, max: 3 }),
  method: fc.constantFrom(...METHODS),
  base: fc.constantFrom(...BASES),
  absent: fc.integer({ min: 0, max: 10 }),
  seed: fc.integer(),
});

function specFor(e: {
  ballots: readonly Ballot[];
  seats: number;
  method: string;
  base: ThresholdBase;
  absent: number;
}): ElectionSpec {
  const present = Math.max(e.ballots.length, 1);
  return {
    method: e.method,
    seats: e.seats,
    candidates: CANDIDATES.map((id) => ({ id })),
    // At most half as many absent as present keeps the two-thirds quorum.
    entitled: present + Math.min(e.absent, Math.floor(present / 2)),
    present,
    ballotsIssued: present,
    rules: { election: { thresholdBase: e.base } },
  };
}

function count(spec: ElectionSpec, ballots: readonly Ballot[]): CountResult {
  const r = countElection(spec, ballots);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function votesOf(r: CountResult): Map<string, number> {
  return new Map(r.tally.map((e) => [e.id, e.votes]));
}

describe('counting: properties', () => {
  it('the result does not depend on the order of the ballots', () => {
    fc.assert(
      fc.property(electionArb, (e) => {
        const spec = specFor(e);
        expect(count(spec, shuffle(e.ballots, e.seed))).toEqual(count(spec, e.ballots));
        expect(count(spec, [...e.ballots].reverse())).toEqual(count(spec, e.ballots));
      }),
      { numRuns: 300 },
    );
  });

  it('elected and tied names are over the threshold; seats, ties and status are consistent; tally sorted', () => {
    fc.assert(
      fc.property(electionArb, (e) => {
        const spec = specFor(e);
        const r = count(spec, e.ballots);
        const votes = votesOf(r);
        expect(r.status).not.toBe('VOID');
        expect(r.validBallots + r.invalidBallots).toBe(e.ballots.length);
        for (const id of [...r.elected, ...r.tied]) {
          expect(votes.get(id) ?? 0).toBeGreaterThanOrEqual(Math.max(r.threshold, 1));
        }
        expect(new Set([...r.elected, ...r.tied]).size).toBe(r.elected.length + r.tied.length);
        expect(r.elected.length).toBeLessThanOrEqual(spec.seats);
        if (r.tied.length > 0) {
          expect(r.elected.length).toBeLessThan(spec.seats);
          expect(r.elected.length + r.tied.length).toBeGreaterThan(spec.seats);
          const v = new Set(r.tied.map((id) => votes.get(id)));
          expect(v.size).toBe(1);
        }
        expect(r.unfilledSeats).toBe(spec.seats - r.elected.length);
        expect(r.status).toBe(r.unfilledSeats === 0 ? 'COMPLETE' : 'INCOMPLETE');
        // Nobody outside elected/tied has more votes than someone elected or tied.
        const lowest = Math.min(...[...r.elected, ...r.tied].map((id) => votes.get(id) ?? 0));
        for (const t of r.tally) {
          if (!r.elected.includes(t.id) && !r.tied.includes(t.id))
            expect(t.votes).toBeLessThanOrEqual(lowest);
        }
        for (const id of CANDIDATES) expect(votes.has(id)).toBe(true);
        for (let i = 1; i < r.tally.length; i++) {
          const a = r.tally[i - 1];
          const b = r.tally[i];
          if (a === undefined || b === undefined) continue;
          expect(a.votes > b.votes || (a.votes === b.votes && a.id < b.id)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('adding an approval to a valid ballot (still valid) never lowers anyone’s votes, and keeps its candidate elected', () => {
    fc.assert(
      fc.property(electionArb, fc.nat(), fc.constantFrom(...CANDIDATES), (e, pick, candidate) => {
        fc.pre(e.ballots.length > 0);
        const spec = specFor(e);
        const before = count(spec, e.ballots);
        const k = pick % e.ballots.length;
        const ballot = e.ballots[k] as Ballot;
        const changed: Ballot = { ...ballot, approve: [...(ballot.approve ?? []), candidate] };
        const ballots = e.ballots.map((b, i) => (i === k ? changed : b));
        const solo = count(spec, [ballot]);
        const soloAfter = count(spec, [changed]);
        fc.pre(solo.validBallots === 1 && soloAfter.validBallots === 1);
        const after = count(spec, ballots);
        expect(after.validBallots).toBe(before.validBallots);
        const vb = votesOf(before);
        const va = votesOf(after);
        for (const [id, v] of vb) expect(va.get(id) ?? 0).toBeGreaterThanOrEqual(v);
        expect(va.get(candidate)).toBe((vb.get(candidate) ?? 0) + 1);
        if (before.elected.includes(candidate)) expect(after.elected).toContain(candidate);
      }),
      { numRuns: 400 },
    );
  });
});
