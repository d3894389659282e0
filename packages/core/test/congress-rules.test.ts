import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCommitteeSize,
  committeeSizeRange,
  decideRemoval,
  removalPasses,
  requiresCommittee,
  womenWorkersBody,
} from '../src/congress/committee.js';
import { checkDelegateComposition } from '../src/congress/composition.js';
import { congressKindFor, congressKindsAllowed, convenes, delegateRange } from '../src/congress/delegates.js';
import { checkElectionDelay, checkTermYears } from '../src/congress/term.js';
import { fraction } from '../src/kernel/fraction.js';
import { acftu2016, withRules } from '../src/ruleset/rule-set.js';

const codes = (violations: readonly { code: string }[]) => violations.map((v) => v.code);

describe('congress kind', () => {
  it('is a members assembly below 100 members and may be a delegates congress from 100', () => {
    expect(congressKindFor(99)).toBe('MEMBERS_ASSEMBLY');
    expect(congressKindFor(100)).toBe('DELEGATES_CONGRESS');
    expect(congressKindsAllowed(99)).toEqual(['MEMBERS_ASSEMBLY']);
    expect(congressKindsAllowed(100)).toEqual(['MEMBERS_ASSEMBLY', 'DELEGATES_CONGRESS']);
    expect(congressKindFor(0)).toBe('MEMBERS_ASSEMBLY');
  });

  it('takes the threshold from the rule set', () => {
    const rules = withRules(acftu2016, { congress: { delegatesCongressFrom: 150 } });
    expect(congressKindFor(149, rules)).toBe('MEMBERS_ASSEMBLY');
    expect(congressKindFor(150, rules)).toBe('DELEGATES_CONGRESS');
  });
});

describe('delegateRange', () => {
  it('is null below 100 members', () => {
    expect(delegateRange(99)).toBeNull();
    expect(delegateRange(0)).toBeNull();
  });

  it.each([
    [100, 30, 40],
    [200, 30, 40],
    [201, 40, 60],
    [1000, 40, 60],
    [1001, 60, 90],
    [5000, 60, 90],
    [5001, 90, 130],
    [10000, 90, 130],
    [10001, 130, 180],
    [50000, 130, 180],
    [50001, 180, 240],
    [2_000_000, 180, 240],
  ])('%i members: %i–%i delegates', (members, min, max) => {
    expect(delegateRange(members)).toEqual({ min, max });
  });

  it('refuses a member count that is not a non-negative integer', () => {
    expect(() => delegateRange(-1)).toThrow(RangeError);
    expect(() => delegateRange(100.5)).toThrow(RangeError);
  });
});

describe('committee', () => {
  it('is required from 25 members', () => {
    expect(requiresCommittee(24)).toBe(false);
    expect(requiresCommittee(25)).toBe(true);
    expect(requiresCommittee(24, withRules(acftu2016, { organization: { committeeRequiredFrom: 20 } }))).toBe(
      true,
    );
  });

  it.each([
    [0, 1, 1],
    [24, 1, 1],
    [25, 3, 7],
    [200, 3, 7],
    [201, 7, 15],
    [1000, 7, 15],
    [1001, 15, 21],
    [5000, 15, 21],
    [5001, 21, 29],
    [10000, 21, 29],
    [10001, 29, 37],
    [50000, 29, 37],
    [50001, 37, 45],
  ])('%i members: committee of %i–%i', (members, min, max) => {
    expect(committeeSizeRange(members)).toEqual({ min, max });
  });

  it('must be odd and within the range', () => {
    expect(checkCommitteeSize(25, 3)).toEqual([]);
    expect(checkCommitteeSize(25, 7)).toEqual([]);
    expect(codes(checkCommitteeSize(25, 4))).toEqual(['COMMITTEE_SIZE_EVEN']);
    expect(codes(checkCommitteeSize(25, 9))).toEqual(['COMMITTEE_SIZE_OUT_OF_RANGE']);
    expect(codes(checkCommitteeSize(25, 2))).toEqual(['COMMITTEE_SIZE_OUT_OF_RANGE', 'COMMITTEE_SIZE_EVEN']);
    expect(codes(checkCommitteeSize(200, 9))).toEqual(['COMMITTEE_SIZE_OUT_OF_RANGE']);
    expect(checkCommitteeSize(201, 9)).toEqual([]);
    expect(checkCommitteeSize(50001, 45)).toEqual([]);
    expect(codes(checkCommitteeSize(50001, 47))).toEqual(['COMMITTEE_SIZE_OUT_OF_RANGE']);
  });

  it('at both ends of every band: the fewest and most members pass, two fewer or two more (odd) do not', () => {
    const bands = [
      [25, 200, 3, 7],
      [201, 1000, 7, 15],
      [1001, 5000, 15, 21],
      [5001, 10000, 21, 29],
      [10001, 50000, 29, 37],
      [50001, 2_000_000, 37, 45],
    ] as const;
    for (const [from, to, min, max] of bands) {
      for (const members of [from, to]) {
        expect(codes(checkCommitteeSize(members, min - 2)), `${members}: ${min - 2}`).toEqual([
          'COMMITTEE_SIZE_OUT_OF_RANGE',
        ]);
        expect(checkCommitteeSize(members, min), `${members}: ${min}`).toEqual([]);
        expect(checkCommitteeSize(members, max), `${members}: ${max}`).toEqual([]);
        expect(codes(checkCommitteeSize(members, max + 2)), `${members}: ${max + 2}`).toEqual([
          'COMMITTEE_SIZE_OUT_OF_RANGE',
        ]);
      }
    }
  });

  it('below 25 members is one organizer or chair', () => {
    expect(checkCommitteeSize(24, 1)).toEqual([]);
    expect(codes(checkCommitteeSize(24, 3))).toEqual(['COMMITTEE_SIZE_OUT_OF_RANGE']);
  });

  it('explains a violation with the numbers', () => {
    const [v] = checkCommitteeSize(201, 5);
    expect(v?.details).toEqual({ memberCount: 201, size: 5, min: 7, max: 15 });
    expect(v?.message).toContain('7–15');
  });

  it('asks for a women workers committee from 10 women members, an officer below', () => {
    expect(womenWorkersBody(9)).toBe('OFFICER');
    expect(womenWorkersBody(10)).toBe('COMMITTEE');
    expect(womenWorkersBody(0)).toBe('OFFICER');
  });
});

describe('convenes', () => {
  it('needs at least two thirds of the delegates present', () => {
    expect(convenes(20, 30)).toBe(true);
    expect(convenes(19, 30)).toBe(false);
    expect(convenes(27, 40)).toBe(true);
    expect(convenes(26, 40)).toBe(false);
  });

  it('agrees with 3 × present ≥ 2 × delegates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), (delegates, p) => {
        const present = p % (delegates + 1);
        expect(convenes(present, delegates)).toBe(3 * present >= 2 * delegates);
      }),
    );
  });

  it('refuses impossible counts', () => {
    expect(() => convenes(31, 30)).toThrow(RangeError);
    expect(() => convenes(0, 0)).toThrow(RangeError);
  });
});

describe('decideRemoval', () => {
  it('needs more than half of all: exactly half fails, one more passes', () => {
    expect(decideRemoval({ votesFor: 50, entitled: 100 })).toMatchObject({
      ok: false,
      error: {
        code: 'POSITION_REMOVAL_NOT_PASSED',
        details: { votesFor: 50, entitled: 100, fewestNeeded: 51 },
      },
    });
    expect(decideRemoval({ votesFor: 51, entitled: 100 })).toEqual({
      ok: true,
      value: { votesFor: 51, entitled: 100, fewestNeeded: 51 },
    });
    expect(decideRemoval({ votesFor: 50, entitled: 101 }).ok).toBe(false);
    expect(decideRemoval({ votesFor: 51, entitled: 101 }).ok).toBe(true);
    expect(decideRemoval({ votesFor: 1, entitled: 1 }).ok).toBe(true);
  });

  it('takes the threshold from the rule set', () => {
    const rules = withRules(acftu2016, { election: { removalThreshold: fraction(2, 3) } });
    expect(decideRemoval({ votesFor: 66, entitled: 99 }, rules).ok).toBe(false);
    expect(decideRemoval({ votesFor: 67, entitled: 99 }, rules).ok).toBe(true);
  });

  it('refuses impossible counts as data', () => {
    for (const vote of [
      { votesFor: 0, entitled: 0 },
      { votesFor: 11, entitled: 10 },
      { votesFor: -1, entitled: 10 },
      { votesFor: 5.5, entitled: 10 },
    ]) {
      const decided = decideRemoval(vote);
      expect(decided.ok ? null : decided.error.code).toBe('POSITION_REMOVAL_VOTES_INVALID');
    }
  });
});

describe('removalPasses', () => {
  it('needs more than half of all members or delegates; exactly half fails', () => {
    expect(removalPasses(50, 100)).toBe(false);
    expect(removalPasses(51, 100)).toBe(true);
    expect(removalPasses(50, 101)).toBe(false);
    expect(removalPasses(51, 101)).toBe(true);
  });

  it('takes the threshold from the rule set', () => {
    const rules = withRules(acftu2016, { election: { removalThreshold: fraction(2, 3) } });
    expect(removalPasses(66, 99, rules)).toBe(false);
    expect(removalPasses(67, 99, rules)).toBe(true);
  });
});

describe('checkDelegateComposition', () => {
  const ok = { total: 40, managers: 8, women: 14, frontLine: 21 };
  const members = { total: 1000, women: 400 };

  it('accepts a composition exactly at every limit', () => {
    // 8/40 = 20% managers; women 14/40 = 35% = 40% − 5%; front line 21/40 > half.
    expect(checkDelegateComposition({ delegates: ok, members })).toEqual([]);
  });

  it('flags more than 20% managers', () => {
    const v = checkDelegateComposition({ delegates: { ...ok, managers: 9 }, members });
    expect(codes(v)).toEqual(['MANAGERS_OVER_LIMIT']);
    expect(v[0]?.details).toMatchObject({ managers: 9, maxManagers: 8 });
    expect(
      codes(
        checkDelegateComposition({
          delegates: { ...ok, total: 30, managers: 6, women: 11, frontLine: 16 },
          members,
        }),
      ),
    ).toEqual([]);
    expect(
      codes(
        checkDelegateComposition({
          delegates: { ...ok, total: 30, managers: 7, women: 11, frontLine: 16 },
          members,
        }),
      ),
    ).toEqual(['MANAGERS_OVER_LIMIT']);
  });

  it('flags a women share below the members’ share less the tolerance', () => {
    const v = checkDelegateComposition({ delegates: { ...ok, women: 13 }, members });
    expect(codes(v)).toEqual(['WOMEN_UNDER_SHARE']);
    expect(v[0]?.details).toMatchObject({ women: 13, minimumWomen: 14 });
  });

  it('computes the women share exactly, without floating point', () => {
    // members 1/3 women, tolerance 0: 10 of 30 delegates is exactly a third.
    const rules = withRules(acftu2016, { congress: { womenShareTolerance: fraction(0, 1) } });
    const delegates = { total: 30, managers: 0, women: 10, frontLine: 30 };
    expect(checkDelegateComposition({ delegates, members: { total: 999, women: 333 } }, rules)).toEqual([]);
    expect(
      codes(checkDelegateComposition({ delegates, members: { total: 999_999, women: 333_334 } }, rules)),
    ).toEqual(['WOMEN_UNDER_SHARE']);
  });

  it('never flags women when the members’ share is within the tolerance of zero', () => {
    const delegates = { total: 40, managers: 0, women: 0, frontLine: 40 };
    expect(checkDelegateComposition({ delegates, members: { total: 100, women: 5 } })).toEqual([]);
    expect(codes(checkDelegateComposition({ delegates, members: { total: 100, women: 6 } }))).toEqual([
      'WOMEN_UNDER_SHARE',
    ]);
  });

  it('needs front-line workers to be more than half; exactly half fails', () => {
    const v = checkDelegateComposition({ delegates: { ...ok, frontLine: 20 }, members });
    expect(codes(v)).toEqual(['FRONT_LINE_NOT_MAJORITY']);
    expect(v[0]?.details).toMatchObject({ frontLine: 20, minimumFrontLine: 21 });
  });

  it('reports every violation at once', () => {
    const v = checkDelegateComposition({
      delegates: { total: 40, managers: 20, women: 0, frontLine: 10 },
      members,
    });
    expect(codes(v)).toEqual(['MANAGERS_OVER_LIMIT', 'WOMEN_UNDER_SHARE', 'FRONT_LINE_NOT_MAJORITY']);
  });

  it('refuses counts that cannot be', () => {
    expect(() => checkDelegateComposition({ delegates: { ...ok, women: 41 }, members })).toThrow(RangeError);
    expect(() => checkDelegateComposition({ delegates: { ...ok, total: 0 }, members })).toThrow(RangeError);
    expect(() => checkDelegateComposition({ delegates: ok, members: { total: 10, women: 11 } })).toThrow(
      RangeError,
    );
  });
});

describe('terms and delays', () => {
  it('allows grassroots terms of 3 or 5 years and federation terms of 5', () => {
    expect(checkTermYears('GRASSROOTS', 3)).toEqual([]);
    expect(checkTermYears('GRASSROOTS', 5)).toEqual([]);
    expect(codes(checkTermYears('GRASSROOTS', 4))).toEqual(['TERM_YEARS_NOT_ALLOWED']);
    expect(checkTermYears('FEDERATION', 5)).toEqual([]);
    expect(codes(checkTermYears('FEDERATION', 3))).toEqual(['TERM_YEARS_NOT_ALLOWED']);
  });

  it('allows a delay of up to 6 months with the higher union’s approval, not 7', () => {
    expect(checkElectionDelay(6, true)).toEqual([]);
    expect(codes(checkElectionDelay(7, true))).toEqual(['ELECTION_DELAY_TOO_LONG']);
    expect(codes(checkElectionDelay(1, false))).toEqual(['ELECTION_DELAY_NOT_APPROVED']);
    expect(codes(checkElectionDelay(7, false))).toEqual([
      'ELECTION_DELAY_TOO_LONG',
      'ELECTION_DELAY_NOT_APPROVED',
    ]);
    expect(checkElectionDelay(0, false)).toEqual([]);
  });
});
