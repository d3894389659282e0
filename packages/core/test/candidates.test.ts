import { describe, expect, it } from 'vitest';
import { minimumCandidates } from '../src/election/candidates.js';
import { fraction } from '../src/kernel/fraction.js';
import { acftu2016, withRules } from '../src/ruleset/rule-set.js';

describe('minimumCandidates (差额率, rounded up, exact)', () => {
  it('committee, 5%: 7 seats need 8 candidates', () => {
    expect(minimumCandidates(7, 'COMMITTEE')).toBe(8);
  });

  it('committee, 5%: 20 seats need exactly 21 (5% of 20 is a whole 1)', () => {
    expect(minimumCandidates(20, 'COMMITTEE')).toBe(21);
  });

  it('committee, 5%: 21 seats need 23 (1.05 rounds up to 2)', () => {
    expect(minimumCandidates(21, 'COMMITTEE')).toBe(23);
  });

  it('committee, 5%: 1 seat needs 2', () => {
    expect(minimumCandidates(1, 'COMMITTEE')).toBe(2);
  });

  it('standing committee, 10%: 50 seats need 55, never 56 (50 × 1.1 is 55.000000000000007 in floating point)', () => {
    expect(50 * 1.1).not.toBe(55);
    expect(minimumCandidates(50, 'STANDING_COMMITTEE')).toBe(55);
  });

  it('standing committee, 10%: 51 seats need 57, 9 seats need 10', () => {
    expect(minimumCandidates(51, 'STANDING_COMMITTEE')).toBe(57);
    expect(minimumCandidates(9, 'STANDING_COMMITTEE')).toBe(10);
  });

  it('exact for every committee size up to 1000 (no floating-point drift)', () => {
    for (let seats = 1; seats <= 1000; seats++) {
      const c = minimumCandidates(seats, 'COMMITTEE');
      // c is the least integer with (c − seats) · 20 ≥ seats.
      expect((c - seats) * 20).toBeGreaterThanOrEqual(seats);
      expect((c - 1 - seats) * 20).toBeLessThan(seats);
      const s = minimumCandidates(seats, 'STANDING_COMMITTEE');
      expect((s - seats) * 10).toBeGreaterThanOrEqual(seats);
      expect((s - 1 - seats) * 10).toBeLessThan(seats);
    }
  });

  it('chair and vice-chair may be uncontested', () => {
    expect(minimumCandidates(1, 'CHAIR')).toBe(1);
    expect(minimumCandidates(3, 'VICE_CHAIR')).toBe(3);
  });

  it('the margins come from the rule set', () => {
    const rules = withRules(acftu2016, {
      election: { committeeMargin: fraction(1, 5), standingCommitteeMargin: fraction(0, 1) },
    });
    expect(minimumCandidates(7, 'COMMITTEE', rules)).toBe(9);
    expect(minimumCandidates(50, 'STANDING_COMMITTEE', rules)).toBe(50);
  });

  it('seats must be a positive integer', () => {
    for (const bad of [0, -1, 2.5, Number.NaN]) {
      expect(() => minimumCandidates(bad, 'COMMITTEE')).toThrow(RangeError);
    }
  });
});
