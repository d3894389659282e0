import { describe, expect, it } from 'vitest';
import { countElection } from '../src/election/count.js';
import type { Ballot, ElectionSpec } from '../src/election/counting-method.js';
import type { ApprovalCountResult } from '../src/election/tally.js';

function spec(method: string, over: Partial<ElectionSpec> = {}): ElectionSpec {
  return {
    method,
    seats: 2,
    candidates: [{ id: 'A' }, { id: 'B' }, { id: 'C' }, { id: 'D' }],
    entitled: 100,
    present: 100,
    ballotsIssued: 100,
    ...over,
  };
}

function times(n: number, b: Ballot): Ballot[] {
  return Array.from({ length: n }, () => b);
}

function counted(s: ElectionSpec, bs: readonly Ballot[]): ApprovalCountResult {
  const r = countElection(s, bs);
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}`);
  return r.value as ApprovalCountResult;
}

describe('block (plurality at large)', () => {
  it('the most votes win, with no threshold: 10 votes of 100 entitled can elect', () => {
    const r = counted(spec('block'), [
      ...times(10, { approve: ['A', 'B'] }),
      ...times(9, { approve: ['C'] }),
    ]);
    expect(r.threshold).toBe(0);
    expect(r.elected).toEqual(['A', 'B']);
    expect(r.status).toBe('COMPLETE');
  });

  it('a ballot marking more names than seats is invalid; exactly seats is valid', () => {
    const r = counted(spec('block'), [
      { approve: ['A', 'B', 'C'] },
      { approve: ['A', 'B'] },
      { approve: ['C'], writeIns: ['X', 'Y'] },
    ]);
    expect(r.validBallots).toBe(1);
    expect(r.invalidReasons.TOO_MANY_MARKS).toBe(2);
  });

  it('a tie across the last seat: neither elected, all tied returned', () => {
    const r = counted(spec('block'), [
      ...times(5, { approve: ['A', 'B'] }),
      ...times(4, { approve: ['C', 'D'] }),
      { approve: ['C'] },
    ]);
    // A 5, B 5, C 5, D 4.
    expect(r.elected).toEqual([]);
    expect(r.tied).toEqual(['A', 'B', 'C']);
    expect(r.unfilledSeats).toBe(2);
    expect(r.status).toBe('INCOMPLETE');
  });

  it('a name with no votes is never elected', () => {
    const r = counted(spec('block'), [{ approve: ['A'] }]);
    expect(r.elected).toEqual(['A']);
    expect(r.unfilledSeats).toBe(1);
    expect(r.tied).toEqual([]);
  });

  it('write-ins can win', () => {
    const r = counted(spec('block', { seats: 1 }), [
      ...times(3, { writeIns: ['X'] }),
      ...times(2, { approve: ['A'] }),
    ]);
    expect(r.elected).toEqual(['X']);
  });
});

describe('approval (single and multi-winner)', () => {
  it('any number of approvals is valid', () => {
    const r = counted(spec('approval', { seats: 1 }), [
      { approve: ['A', 'B', 'C', 'D'], writeIns: ['X'] },
      { approve: ['B'] },
    ]);
    expect(r.validBallots).toBe(2);
    expect(r.elected).toEqual(['B']);
    expect(r.threshold).toBe(0);
  });

  it('multi-winner: the most approvals win', () => {
    const r = counted(spec('approval', { seats: 2 }), [
      ...times(6, { approve: ['A', 'B', 'C'] }),
      ...times(3, { approve: ['C', 'D'] }),
      ...times(2, { approve: ['B'] }),
    ]);
    // A 6, B 8, C 9, D 3.
    expect(r.tally).toEqual([
      { id: 'C', votes: 9 },
      { id: 'B', votes: 8 },
      { id: 'A', votes: 6 },
      { id: 'D', votes: 3 },
    ]);
    expect(r.elected).toEqual(['C', 'B']);
  });

  it('unknown names, duplicates and approve-and-oppose are still invalid', () => {
    const r = counted(spec('approval'), [
      { approve: ['Z'] },
      { approve: ['A', 'A'] },
      { approve: ['A'], oppose: ['A'] },
    ]);
    expect(r.invalidReasons).toEqual({
      TOO_MANY_MARKS: 0,
      UNKNOWN_CANDIDATE: 1,
      DUPLICATE_MARK: 1,
      APPROVED_AND_OPPOSED: 1,
    });
  });

  it('a tie for a single seat', () => {
    const r = counted(spec('approval', { seats: 1 }), [{ approve: ['A', 'B'] }, { approve: ['B', 'A'] }]);
    expect(r.elected).toEqual([]);
    expect(r.tied).toEqual(['A', 'B']);
  });

  it('approval of many write-ins grows past the initial buffers', () => {
    const names = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const r = counted(spec('approval', { seats: 1 }), [{ writeIns: names }, { writeIns: ['w7'] }]);
    expect(r.validBallots).toBe(2);
    expect(r.tally.length).toBe(204);
    expect(r.elected).toEqual(['w7']);
  });
});
