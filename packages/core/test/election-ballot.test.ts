import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBallotChoices } from '../src/election/ballot.js';
import type { Ballot } from '../src/election/counting-method.js';
import type { Candidacy, Election } from '../src/election/process.js';
import { draftElection } from '../src/election/process.js';
import { tallyApprovals } from '../src/election/tally.js';
import type { Result } from '../src/kernel/result.js';

/** A round open for votes: `seats` seats, candidates c1…c4 (c4 withdrawn), counted by `method`. */
function round(seats: number, method = 'majority-approval', roundKind: Election['roundKind'] = 'FIRST') {
  const drafted = draftElection('e1', {
    organizationId: 'o1',
    title: '委员会选举',
    body: 'COMMITTEE',
    seats,
    method,
    contested: true,
  });
  if (!drafted.ok) throw new Error(drafted.error.message);
  const election: Election = {
    ...drafted.value,
    status: 'OPEN',
    roundKind,
    round: roundKind === 'FIRST' ? 1 : 2,
  };
  const candidacies: Candidacy[] = ['c1', 'c2', 'c3', 'c4'].map((id) => ({
    id,
    electionId: 'e1',
    memberId: `m-${id}`,
    name: id,
    status: id === 'c4' ? 'WITHDRAWN' : 'NOMINATED',
    attributes: { membershipStatus: 'ACTIVE', foreignStaff: false, employerRole: null },
    delegate: null,
  }));
  return { election, candidacies };
}

function refusal(result: Result<unknown>): { code: string; message: string; path?: readonly unknown[] } {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('a ballot checked against its round before it is cast', () => {
  const { election, candidacies } = round(2);
  const check = (ballot: Ballot, entry: 'ONLINE' | 'PAPER' = 'ONLINE') =>
    checkBallotChoices(election, candidacies, ballot, entry);

  it('takes as many marks as seats, a blank ballot and write-ins; one more mark is refused', () => {
    expect(check({ approve: ['c1', 'c2'] }).ok).toBe(true);
    expect(check({ approve: ['c1'], writeIns: ['王五'] }).ok).toBe(true);
    expect(check({}).ok).toBe(true);
    expect(check({ approve: ['c1'], writeIns: ['  '] }).ok).toBe(true);
    expect(refusal(check({ approve: ['c1', 'c2', 'c3'] }))).toMatchObject({
      code: 'BALLOT_TOO_MANY_MARKS',
      message: 'the ballot marks 3 names (approvals and write-ins); 2 seat(s) allow at most 2',
    });
    expect(refusal(check({ approve: ['c1', 'c2'], writeIns: ['王五'] })).code).toBe('BALLOT_TOO_MANY_MARKS');
  });

  it('names the choice that is not a candidate of the round: placeholder text, a withdrawn candidate, another round’s id', () => {
    expect(refusal(check({ approve: ['c1', '<candidate id>'] }))).toEqual({
      code: 'BALLOT_CANDIDATE_UNKNOWN',
      message:
        'approve[1] is "<candidate id>", which is not a candidate of round 1 (3 stand: the ids on the ballot paper)',
      path: ['ballot', 'approve', 1],
      details: { value: '<candidate id>' },
    });
    expect(refusal(check({ approve: ['c4'] })).path).toEqual(['ballot', 'approve', 0]);
    expect(refusal(check({ oppose: ['c9'] })).path).toEqual(['ballot', 'oppose', 0]);
    expect(refusal(check({ approve: [''] })).code).toBe('BALLOT_CANDIDATE_UNKNOWN');
  });

  it('refuses a name marked twice, approved and opposed, or written in as well as approved', () => {
    expect(refusal(check({ approve: ['c1', 'c1'] }))).toMatchObject({
      code: 'BALLOT_CHOICE_REPEATED',
      message: 'approve[1] repeats approve[0] ("c1")',
      path: ['ballot', 'approve', 1],
    });
    expect(refusal(check({ approve: ['c1'], oppose: ['c1'] })).message).toBe(
      'oppose[0] opposes a name it also approves at approve[0] ("c1")',
    );
    expect(refusal(check({ approve: ['c1'], writeIns: [' c1 '] })).path).toEqual(['ballot', 'writeIns', 0]);
    expect(refusal(check({ writeIns: ['王五', '王五'] })).code).toBe('BALLOT_CHOICE_REPEATED');
    expect(refusal(check({ oppose: ['c2', 'c2'] })).code).toBe('BALLOT_CHOICE_REPEATED');
  });

  it('refuses a list the method does not read', () => {
    expect(refusal(check({ ranking: ['c1'] }))).toMatchObject({
      code: 'BALLOT_MALFORMED',
      message: 'this round counts by majority-approval, which reads approve, writeIns, oppose, not ranking',
    });
  });

  it('a paper ballot is entered as read: over-marked or approved-and-opposed papers count invalid, unknown ids and a box twice are refused', () => {
    expect(check({ approve: ['c1', 'c2', 'c3'] }, 'PAPER').ok).toBe(true);
    expect(check({ approve: ['c1'], oppose: ['c1'] }, 'PAPER').ok).toBe(true);
    expect(check({ writeIns: ['王五', '王五'] }, 'PAPER').ok).toBe(true);
    expect(refusal(check({ approve: ['c1', 'x'] }, 'PAPER')).code).toBe('BALLOT_CANDIDATE_UNKNOWN');
    expect(refusal(check({ approve: ['c2', 'c2'] }, 'PAPER')).code).toBe('BALLOT_CHOICE_REPEATED');
  });

  it('a tie-break or further round votes among its candidates only: no write-ins', () => {
    const tie = round(1, 'majority-approval', 'TIE_BREAK');
    const refused = refusal(checkBallotChoices(tie.election, tie.candidacies, { writeIns: ['王五'] }));
    expect(refused).toMatchObject({ code: 'BALLOT_CANDIDATE_UNKNOWN', path: ['ballot', 'writeIns', 0] });
    expect(refused.message).toContain('round 2 votes among its candidates only');
    expect(checkBallotChoices(tie.election, tie.candidacies, { approve: ['c1'] }).ok).toBe(true);
  });

  it('approval takes any number of names; a ranked method reads a ranking of candidates, each once', () => {
    const many = round(1, 'approval');
    expect(checkBallotChoices(many.election, many.candidacies, { approve: ['c1', 'c2', 'c3'] }).ok).toBe(
      true,
    );
    const stv = round(2, 'stv-scottish');
    expect(checkBallotChoices(stv.election, stv.candidacies, { ranking: ['c3', 'c1', 'c2'] }).ok).toBe(true);
    expect(refusal(checkBallotChoices(stv.election, stv.candidacies, { ranking: ['c3', 'c3'] })).code).toBe(
      'BALLOT_CHOICE_REPEATED',
    );
    expect(refusal(checkBallotChoices(stv.election, stv.candidacies, { ranking: ['c5'] })).code).toBe(
      'BALLOT_CANDIDATE_UNKNOWN',
    );
    expect(refusal(checkBallotChoices(stv.election, stv.candidacies, { approve: ['c1'] })).code).toBe(
      'BALLOT_MALFORMED',
    );
  });
});

describe('the check and the count agree', () => {
  const names = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'x', '');
  const ballotArb: fc.Arbitrary<Ballot> = fc.record(
    {
      approve: fc.array(names, { maxLength: 4 }),
      oppose: fc.array(names, { maxLength: 2 }),
      writeIns: fc.array(fc.constantFrom('王五', ' 王五 ', 'c1', '', '李四'), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  );

  it('an online ballot is accepted exactly when the count would find it valid', () => {
    fc.assert(
      fc.property(
        ballotArb,
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('majority-approval', 'block', 'approval'),
        (ballot, seats, method) => {
          const { election, candidacies } = round(seats, method);
          const standing = candidacies.filter((c) => c.status === 'NOMINATED').map((c) => ({ id: c.id }));
          const most = method === 'approval' ? Number.POSITIVE_INFINITY : seats;
          const counted = tallyApprovals(standing, [ballot], most);
          expect(checkBallotChoices(election, candidacies, ballot).ok).toBe(counted.validBallots === 1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
