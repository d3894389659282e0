import { describe, expect, it } from 'vitest';
import { countElection } from '../src/election/count.js';
import type { Ballot, CountingMethod, CountResult, ElectionSpec } from '../src/election/counting-method.js';
import { countingMethodNames, getCountingMethod, registerCountingMethod } from '../src/election/registry.js';
import { fraction } from '../src/kernel/fraction.js';

/** A spec with sensible defaults: everyone entitled is present and got a ballot. */
function spec(over: Partial<ElectionSpec> = {}): ElectionSpec {
  const entitled = over.entitled ?? 31;
  const present = over.present ?? entitled;
  return {
    seats: 1,
    candidates: [{ id: 'A' }, { id: 'B' }],
    entitled,
    present,
    ballotsIssued: present,
    ...over,
  };
}

function ballots(n: number, b: Ballot = { approve: ['A'] }): Ballot[] {
  return Array.from({ length: n }, () => b);
}

function counted(s: ElectionSpec, bs: readonly Ballot[]): CountResult {
  const r = countElection(s, bs);
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('countElection: quorum (at least two thirds of the entitled present)', () => {
  it('21 of 31 present is a quorum', () => {
    const r = counted(spec({ entitled: 31, present: 21 }), ballots(21));
    expect(r.status).not.toBe('VOID');
    expect(r.voidReason).toBeUndefined();
  });

  it('20 of 31 present is not: the vote is void', () => {
    const r = counted(spec({ entitled: 31, present: 20 }), ballots(20));
    expect(r.status).toBe('VOID');
    expect(r.voidReason).toBe('QUORUM_NOT_MET');
    expect(r.elected).toEqual([]);
    expect(r.tally).toEqual([]);
    expect(r.unfilledSeats).toBe(1);
    expect(r.ballotsReturned).toBe(20);
  });

  it('exactly two thirds is enough (20 of 30), one fewer is not (19 of 30)', () => {
    expect(counted(spec({ entitled: 30, present: 20 }), ballots(20)).status).not.toBe('VOID');
    expect(counted(spec({ entitled: 30, present: 19 }), ballots(19)).voidReason).toBe('QUORUM_NOT_MET');
  });

  it('the rule set decides the quorum fraction', () => {
    const rules = { election: { quorum: fraction(1, 2) } };
    expect(counted(spec({ entitled: 31, present: 16, rules }), ballots(16)).status).not.toBe('VOID');
    expect(counted(spec({ entitled: 31, present: 15, rules }), ballots(15)).voidReason).toBe(
      'QUORUM_NOT_MET',
    );
  });
});

describe('countElection: ballots returned against ballots issued', () => {
  it('as many ballots as issued is valid', () => {
    const r = counted(spec({ entitled: 31, present: 31, ballotsIssued: 30 }), ballots(30));
    expect(r.status).not.toBe('VOID');
    expect(r.ballotsReturned).toBe(30);
  });

  it('fewer ballots than issued is valid', () => {
    const r = counted(spec({ entitled: 31, present: 31, ballotsIssued: 30 }), ballots(29));
    expect(r.status).not.toBe('VOID');
  });

  it('one ballot more than issued voids the whole vote', () => {
    const r = counted(spec({ entitled: 31, present: 31, ballotsIssued: 30 }), ballots(31));
    expect(r.status).toBe('VOID');
    expect(r.voidReason).toBe('BALLOTS_EXCEED_ISSUED');
    expect(r.ballotsReturned).toBe(31);
    expect(r.elected).toEqual([]);
  });

  it('the quorum is checked first', () => {
    const r = counted(spec({ entitled: 31, present: 20, ballotsIssued: 20 }), ballots(21));
    expect(r.voidReason).toBe('QUORUM_NOT_MET');
  });
});

describe('countElection: the spec is validated (ELECTION_SPEC_INVALID as a Result, never a throw)', () => {
  const cases: [string, Partial<ElectionSpec>, string][] = [
    ['seats 0', { seats: 0 }, 'seats'],
    ['seats -1', { seats: -1 }, 'seats'],
    ['seats 1.5', { seats: 1.5 }, 'seats'],
    ['seats NaN', { seats: Number.NaN }, 'seats'],
    ['duplicate candidate id', { candidates: [{ id: 'A' }, { id: 'A' }] }, 'candidates'],
    ['empty candidate id', { candidates: [{ id: '' }] }, 'candidates'],
    ['entitled 0', { entitled: 0, present: 0, ballotsIssued: 0 }, 'entitled'],
    ['entitled 2.5', { entitled: 2.5, present: 2, ballotsIssued: 2 }, 'entitled'],
    ['present > entitled', { entitled: 31, present: 32, ballotsIssued: 31 }, 'present'],
    ['present -1', { entitled: 31, present: -1, ballotsIssued: 0 }, 'present'],
    ['ballotsIssued > present', { entitled: 31, present: 30, ballotsIssued: 31 }, 'ballotsIssued'],
    ['ballotsIssued 1.5', { entitled: 31, present: 30, ballotsIssued: 1.5 }, 'ballotsIssued'],
  ];
  for (const [name, over, field] of cases) {
    it(name, () => {
      const r = countElection(spec(over), []);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('ELECTION_SPEC_INVALID');
      expect(r.error.path).toEqual(['spec', field]);
    });
  }

  it('present equal to entitled and ballotsIssued equal to present are fine', () => {
    expect(countElection(spec({ entitled: 5, present: 5, ballotsIssued: 5 }), []).ok).toBe(true);
  });

  it('an unknown method name is COUNTING_METHOD_UNKNOWN', () => {
    const r = countElection(spec({ method: 'no-such-method' }), []);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('COUNTING_METHOD_UNKNOWN');
      expect(r.error.path).toEqual(['spec', 'method']);
    }
  });
});

describe('counting method registry', () => {
  it('has the built-ins', () => {
    for (const name of ['majority-approval', 'block', 'approval']) {
      const m = getCountingMethod(name);
      expect(m.ok).toBe(true);
      if (m.ok) expect(m.value.name).toBe(name);
      expect(countingMethodNames()).toContain(name);
    }
  });

  it('an unknown name is a Result with COUNTING_METHOD_UNKNOWN', () => {
    const m = getCountingMethod('stv-nowhere');
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.error.code).toBe('COUNTING_METHOD_UNKNOWN');
  });

  it('the default method is majority-approval', () => {
    // 16 of 31 entitled elect under majority-approval (threshold 16) but 15 do not.
    const r = counted(spec(), [...ballots(15), ...ballots(16, { approve: ['B'] })]);
    expect(r.threshold).toBe(16);
    expect(r.elected).toEqual(['B']);
  });

  const lastWins: CountingMethod = {
    name: 'test-last-candidate-wins',
    count({ spec: s }, bs) {
      const last = s.candidates[s.candidates.length - 1]?.id;
      return {
        status: 'COMPLETE',
        ballotsReturned: bs.length,
        validBallots: bs.length,
        invalidBallots: 0,
        threshold: 0,
        tally: [],
        elected: last === undefined ? [] : [last],
        tied: [],
        unfilledSeats: 0,
      };
    },
  };

  it('a registered method is found by name and used by countElection', () => {
    registerCountingMethod(lastWins);
    registerCountingMethod(lastWins); // the same object again is a no-op
    expect(counted(spec({ method: 'test-last-candidate-wins' }), ballots(31)).elected).toEqual(['B']);
  });

  it('registering another method under a taken name throws', () => {
    expect(() => registerCountingMethod({ ...lastWins })).toThrow(/already registered/);
    expect(() => registerCountingMethod({ ...lastWins, name: 'majority-approval' })).toThrow(
      /already registered/,
    );
  });

  it('a method object in the spec is used without registration', () => {
    const r = counted(spec({ method: { ...lastWins, name: 'unregistered' } }), ballots(31));
    expect(r.elected).toEqual(['B']);
  });

  it('common void checks run before a custom method is called', () => {
    let called = 0;
    const spy: CountingMethod = {
      name: 'spy',
      count(ctx, bs) {
        called++;
        return lastWins.count(ctx, bs);
      },
    };
    expect(counted(spec({ method: spy, entitled: 31, present: 20 }), ballots(20)).status).toBe('VOID');
    expect(called).toBe(0);
  });
});
