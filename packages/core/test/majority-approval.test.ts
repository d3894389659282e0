import { describe, expect, it } from 'vitest';
import { countElection } from '../src/election/count.js';
import type { Ballot, ElectionSpec } from '../src/election/counting-method.js';
import type { ApprovalCountResult } from '../src/election/tally.js';
import type { ThresholdBase } from '../src/ruleset/rule-set.js';

function spec(over: Partial<ElectionSpec> = {}): ElectionSpec {
  const entitled = over.entitled ?? 40;
  const present = over.present ?? entitled;
  return {
    method: 'majority-approval',
    seats: 1,
    candidates: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
    entitled,
    present,
    ballotsIssued: present,
    ...over,
  };
}

function times(n: number, b: Ballot): Ballot[] {
  return Array.from({ length: n }, () => b);
}

function counted(s: ElectionSpec, bs: readonly Ballot[]): ApprovalCountResult {
  const r = countElection(s, bs);
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}: ${r.error.message}`);
  return r.value as ApprovalCountResult;
}

function votes(r: ApprovalCountResult, id: string): number | undefined {
  return r.tally.find((e) => e.id === id)?.votes;
}

describe('majority-approval: the threshold is more than half of the entitled', () => {
  it('40 entitled: 21 votes elect', () => {
    const r = counted(spec(), [...times(21, { approve: ['A'] }), ...times(19, { approve: ['B'] })]);
    expect(r.threshold).toBe(21);
    expect(r.elected).toEqual(['A']);
    expect(r.status).toBe('COMPLETE');
    expect(r.unfilledSeats).toBe(0);
  });

  it('40 entitled: exactly half (20) does not elect, even with the most votes', () => {
    const r = counted(spec(), [...times(20, { approve: ['A'] }), ...times(20, {})]);
    expect(r.threshold).toBe(21);
    expect(r.elected).toEqual([]);
    expect(r.tied).toEqual([]);
    expect(r.status).toBe('INCOMPLETE');
    expect(r.unfilledSeats).toBe(1);
  });

  it('41 entitled: the threshold is 21 (20 fails, 21 elects)', () => {
    const s = spec({ entitled: 41 });
    expect(counted(s, times(20, { approve: ['A'] })).threshold).toBe(21);
    expect(counted(s, times(20, { approve: ['A'] })).elected).toEqual([]);
    expect(counted(s, times(21, { approve: ['A'] })).elected).toEqual(['A']);
  });

  it('the base is the entitled, not those present: 30 of 40 present, 20 votes still fail', () => {
    const r = counted(spec({ entitled: 40, present: 30 }), times(20, { approve: ['A'] }));
    expect(r.threshold).toBe(21);
    expect(r.elected).toEqual([]);
  });
});

describe('majority-approval: the rule set decides the threshold base', () => {
  // 60 entitled, 45 present, 45 ballots of which 5 invalid: 40 valid.
  // ENTITLED: 31, PRESENT: 23, VALID_BALLOTS: 21.
  function run(base: ThresholdBase, forA: number): ApprovalCountResult {
    const invalid = times(5, { approve: ['nobody'] });
    const rest = [...times(forA, { approve: ['A'] }), ...times(40 - forA, {})];
    return counted(spec({ entitled: 60, present: 45, rules: { election: { thresholdBase: base } } }), [
      ...invalid,
      ...rest,
    ]);
  }
  const expected: [ThresholdBase, number][] = [
    ['ENTITLED', 31],
    ['PRESENT', 23],
    ['VALID_BALLOTS', 21],
  ];
  for (const [base, threshold] of expected) {
    it(`${base}: threshold ${threshold}; ${threshold} elects, ${threshold - 1} does not`, () => {
      const at = run(base, threshold);
      expect(at.validBallots).toBe(40);
      expect(at.invalidBallots).toBe(5);
      expect(at.threshold).toBe(threshold);
      expect(at.elected).toEqual(['A']);
      const below = run(base, threshold - 1);
      expect(below.threshold).toBe(threshold);
      expect(below.elected).toEqual([]);
    });
  }

  it('the threshold share comes from the rule set (two thirds, strictly exceeded)', () => {
    // 40 entitled, more than 2/3: 26.67 → 27.
    const s = spec({ rules: { election: { threshold: { numerator: 2, denominator: 3 } } } });
    expect(counted(s, times(27, { approve: ['A'] })).elected).toEqual(['A']);
    expect(counted(s, times(26, { approve: ['A'] })).elected).toEqual([]);
    expect(counted(s, []).threshold).toBe(27);
  });
});

describe('majority-approval: valid and invalid ballots', () => {
  const s = spec({ seats: 2 });

  it('marking exactly as many names as seats is valid; one more is invalid', () => {
    const r = counted(s, [{ approve: ['A', 'B'] }, { approve: ['A', 'B', 'C'] }]);
    expect(r.validBallots).toBe(1);
    expect(r.invalidBallots).toBe(1);
    expect(r.invalidReasons.TOO_MANY_MARKS).toBe(1);
    expect(votes(r, 'C')).toBe(0);
    expect(votes(r, 'A')).toBe(1);
  });

  it('write-ins count towards the number of marks', () => {
    const r = counted(s, [
      { approve: ['A'], writeIns: ['张三'] },
      { approve: ['A', 'B'], writeIns: ['张三'] },
    ]);
    expect(r.validBallots).toBe(1);
    expect(r.invalidReasons.TOO_MANY_MARKS).toBe(1);
    expect(votes(r, '张三')).toBe(1);
    expect(votes(r, 'B')).toBe(0);
  });

  it('fewer marks and blank ballots are valid', () => {
    const r = counted(s, [{ approve: ['A'] }, {}, { approve: [], oppose: [], writeIns: [] }]);
    expect(r.validBallots).toBe(3);
    expect(r.invalidBallots).toBe(0);
  });

  it('naming an unknown candidate makes the ballot invalid (in approve or in oppose)', () => {
    const r = counted(s, [{ approve: ['A', 'Z'] }, { approve: ['A'], oppose: ['Z'] }, { approve: ['A'] }]);
    expect(r.invalidBallots).toBe(2);
    expect(r.invalidReasons.UNKNOWN_CANDIDATE).toBe(2);
    expect(votes(r, 'A')).toBe(1);
    expect(votes(r, 'Z')).toBeUndefined();
  });

  it('naming a candidate twice makes the ballot invalid', () => {
    const r = counted(spec({ seats: 3 }), [
      { approve: ['A', 'A'] },
      { approve: ['A'], writeIns: ['A'] },
      { writeIns: ['李四', ' 李四 '] },
      { oppose: ['B', 'B'] },
    ]);
    expect(r.invalidBallots).toBe(4);
    expect(r.invalidReasons.DUPLICATE_MARK).toBe(4);
    expect(r.tally.map((e) => e.id)).toEqual(['A', 'B', 'C']);
  });

  it('approving and opposing the same candidate makes the ballot invalid', () => {
    const r = counted(s, [
      { approve: ['A'], oppose: ['A'] },
      { writeIns: ['B'], oppose: ['B'] },
    ]);
    expect(r.invalidBallots).toBe(2);
    expect(r.invalidReasons.APPROVED_AND_OPPOSED).toBe(2);
    expect(votes(r, 'A')).toBe(0);
  });

  it('an oppose mark is not a vote for, and does not count towards the marks', () => {
    const r = counted(s, [{ approve: ['A', 'B'], oppose: ['C'] }]);
    expect(r.validBallots).toBe(1);
    expect(votes(r, 'C')).toBe(0);
    expect(votes(r, 'A')).toBe(1);
  });

  it('the invalid reasons add up to the invalid ballots', () => {
    const r = counted(s, [{ approve: ['A', 'A'] }, { approve: ['Q'] }, { approve: ['A', 'B', 'C'] }, {}]);
    const sum = Object.values(r.invalidReasons).reduce((a, b) => a + b, 0);
    expect(sum).toBe(r.invalidBallots);
    expect(r.validBallots + r.invalidBallots).toBe(r.ballotsReturned);
  });
});

describe('majority-approval: write-ins', () => {
  it('a write-in counts like a candidate, by its trimmed name, and can be elected', () => {
    const r = counted(spec(), [
      ...times(11, { writeIns: ['  王五 '] }),
      ...times(10, { writeIns: ['王五'] }),
    ]);
    expect(votes(r, '王五')).toBe(21);
    expect(r.elected).toEqual(['王五']);
  });

  it('writing in a candidate id votes for that candidate', () => {
    const r = counted(spec(), [{ writeIns: [' B'] }]);
    expect(votes(r, 'B')).toBe(1);
    expect(r.tally.length).toBe(3);
  });

  it('a blank write-in line is no mark', () => {
    const r = counted(spec(), [{ approve: ['A'], writeIns: ['   ', ''] }]);
    expect(r.validBallots).toBe(1);
    expect(r.tally.map((e) => e.id)).toEqual(['A', 'B', 'C']);
  });

  it('a write-in seen only on invalid ballots is not in the tally', () => {
    const r = counted(spec(), [{ writeIns: ['赵六'], approve: ['A'] }]);
    expect(r.invalidBallots).toBe(1);
    expect(r.tally.map((e) => e.id)).toEqual(['A', 'B', 'C']);
  });

  it('an oppose mark naming a write-in (not a candidate) is an unknown candidate', () => {
    const r = counted(spec({ seats: 2 }), [{ writeIns: ['赵六'] }, { approve: ['A'], oppose: ['赵六'] }]);
    expect(r.invalidReasons.UNKNOWN_CANDIDATE).toBe(1);
    expect(votes(r, '赵六')).toBe(1);
  });
});

describe('majority-approval: tally, most votes, ties', () => {
  it('the tally lists every name, most votes first, then by id in code-point order', () => {
    // U+FF5A (ｚ) sorts before U+1F600 (😀) by code point, after it by UTF-16 unit.
    const s = spec({
      seats: 2,
      candidates: [{ id: '😀' }, { id: 'ｚ' }, { id: 'b' }, { id: 'a' }, { id: 'zero' }],
    });
    const r = counted(s, [
      { approve: ['😀', 'ｚ'] },
      { approve: ['b', 'a'] },
      { approve: ['b'], writeIns: ['w'] },
      { writeIns: ['w'] },
    ]);
    expect(r.tally).toEqual([
      { id: 'b', votes: 2 },
      { id: 'w', votes: 2 },
      { id: 'a', votes: 1 },
      { id: 'ｚ', votes: 1 },
      { id: '😀', votes: 1 },
      { id: 'zero', votes: 0 },
    ]);
  });

  it('among those over the threshold the most votes win', () => {
    const s = spec({ seats: 2, entitled: 40 });
    const r = counted(s, [
      ...times(25, { approve: ['A', 'B'] }),
      ...times(5, { approve: ['A', 'C'] }),
      ...times(10, { approve: ['C'] }),
    ]);
    // A 30, C 15 + ... B 25, C 15: threshold 21.
    expect(votes(r, 'A')).toBe(30);
    expect(votes(r, 'B')).toBe(25);
    expect(r.elected).toEqual(['A', 'B']);
    expect(r.status).toBe('COMPLETE');
  });

  it('three over the threshold for two seats: the two with most votes win, the third is not elected', () => {
    const r = counted(spec({ seats: 2, entitled: 40 }), [
      ...times(16, { approve: ['A', 'B'] }),
      ...times(14, { approve: ['A', 'C'] }),
      ...times(10, { approve: ['B', 'C'] }),
    ]);
    expect([votes(r, 'A'), votes(r, 'B'), votes(r, 'C')]).toEqual([30, 26, 24]);
    expect(r.threshold).toBe(21);
    expect(r.elected).toEqual(['A', 'B']);
    expect(r.tied).toEqual([]);
    expect(r.status).toBe('COMPLETE');
  });

  it('one vote apart across the last seat is no tie', () => {
    const r = counted(spec({ seats: 2, entitled: 40 }), [
      ...times(18, { approve: ['A', 'B'] }),
      ...times(17, { approve: ['A', 'C'] }),
      ...times(5, { approve: ['B', 'C'] }),
    ]);
    expect([votes(r, 'A'), votes(r, 'B'), votes(r, 'C')]).toEqual([35, 23, 22]);
    expect(r.elected).toEqual(['A', 'B']);
    expect(r.tied).toEqual([]);
  });

  it('B and C tied for the last seat, both over the threshold: A elected, B and C tied, one seat unfilled', () => {
    const r = counted(spec({ seats: 2, entitled: 40 }), [
      ...times(18, { approve: ['A', 'B'] }),
      ...times(18, { approve: ['A', 'C'] }),
      ...times(4, { approve: ['B', 'C'] }),
    ]);
    expect([votes(r, 'A'), votes(r, 'B'), votes(r, 'C')]).toEqual([36, 22, 22]);
    expect(r.elected).toEqual(['A']);
    expect(r.tied).toEqual(['B', 'C']);
    expect(r.unfilledSeats).toBe(1);
    expect(r.status).toBe('INCOMPLETE');
  });

  it('a tie that fits within the seats elects all the tied', () => {
    const r = counted(spec({ seats: 3, entitled: 40 }), [
      ...times(18, { approve: ['A', 'B'] }),
      ...times(18, { approve: ['A', 'C'] }),
      ...times(4, { approve: ['B', 'C'] }),
    ]);
    expect(r.elected).toEqual(['A', 'B', 'C']);
    expect(r.tied).toEqual([]);
    expect(r.status).toBe('COMPLETE');
  });

  it('a tie below the threshold is no tie: nobody there is elected', () => {
    const r = counted(spec({ seats: 1, entitled: 40 }), [
      ...times(20, { approve: ['A'] }),
      ...times(20, { approve: ['B'] }),
    ]);
    expect(r.elected).toEqual([]);
    expect(r.tied).toEqual([]);
    expect(r.unfilledSeats).toBe(1);
  });

  it('ties among the top of several seats: all tied over the cut', () => {
    const r = counted(spec({ seats: 2, entitled: 30, candidates: [{ id: 'A' }, { id: 'B' }, { id: 'C' }] }), [
      ...times(10, { approve: ['A', 'B'] }),
      ...times(10, { approve: ['B', 'C'] }),
      ...times(10, { approve: ['C', 'A'] }),
    ]);
    expect(r.threshold).toBe(16);
    expect(r.elected).toEqual([]);
    expect(r.tied).toEqual(['A', 'B', 'C']);
    expect(r.unfilledSeats).toBe(2);
  });
});
