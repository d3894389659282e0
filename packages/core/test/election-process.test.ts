import { describe, expect, it } from 'vitest';
import type { Ballot } from '../src/election/counting-method.js';
import type { CandidateAttributes } from '../src/election/eligibility.js';
import {
  acceptBallots,
  approveElection,
  CANDIDACIES_MAX,
  type Candidacy,
  certifyElection,
  checkBallotShape,
  checkElectionStep,
  closeVoting,
  countRound,
  draftElection,
  ELECTION_ERROR_CODES,
  ELECTION_MESSAGES_ZH,
  ELECTION_STATUSES,
  type Election,
  freezeRoll,
  issueBallot,
  type NextRound,
  nominate,
  openNominations,
  openVoting,
  quorumMet,
  ROUNDS_MAX,
  type RollEntry,
  reconcilePaperBatch,
  reduceSeats,
  registerAttendance,
  startRound,
  withdrawCandidacy,
} from '../src/election/process.js';
import type { Result } from '../src/kernel/result.js';

const eligible: CandidateAttributes = { membershipStatus: 'ACTIVE', foreignStaff: false, employerRole: null };

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function code<T>(result: Result<T>): string {
  if (result.ok) throw new Error('expected an error');
  return result.error.code;
}

function draft(seats = 3, contested = true): Election {
  return value(
    draftElection('e1', {
      organizationId: 'o1',
      title: ' 第一届委员会 ',
      body: 'COMMITTEE',
      seats,
      contested,
    }),
  );
}

function withCandidates(election: Election, n: number): { election: Election; candidacies: Candidacy[] } {
  const open = value(openNominations(election));
  const candidacies: Candidacy[] = [];
  for (let i = 1; i <= n; i++) {
    candidacies.push(
      value(
        nominate(open, candidacies, `c${i}`, { memberId: `m${i}`, name: `候选人${i}`, attributes: eligible }),
      ),
    );
  }
  return { election: open, candidacies };
}

const roll = (n: number) => Array.from({ length: n }, (_, i) => `v${i + 1}`);
const entry = (voterId: string, e: Election): RollEntry => ({
  electionId: e.id,
  voterId,
  present: false,
  ballotIssued: false,
});

/** An election with 4 candidates for 3 seats, `entitled` voters on the roll and `present` of them checked in and open. */
function opened(entitled = 9, present = 6): { election: Election; candidacies: Candidacy[] } {
  const { election, candidacies } = withCandidates(draft(), 4);
  let e = value(freezeRoll(election, candidacies, roll(entitled), 'hash'));
  for (const voter of roll(present)) e = value(registerAttendance(e, entry(voter, e))).election;
  return { election: value(openVoting(e, candidacies)), candidacies };
}

describe('the lifecycle', () => {
  it('goes draft → nominations → roll frozen → open → closed → counted → certified → approved', () => {
    const { election, candidacies } = opened();
    const seen = [election.status];
    let e = election;
    for (let i = 0; i < 6; i++)
      e = value(issueBallot(e, { ...entry(`v${i + 1}`, e), present: true })).election;
    e = value(acceptBallots(e, 6));
    e = value(closeVoting(e));
    seen.push(e.status);
    const ballots: Ballot[] = Array.from({ length: 6 }, () => ({ approve: ['c1', 'c2', 'c3'] }));
    const counted = value(countRound(e, candidacies, ballots));
    expect(counted.nextRound).toBeNull();
    e = counted.election;
    seen.push(e.status);
    e = value(certifyElection(e));
    seen.push(e.status);
    e = value(approveElection(e));
    seen.push(e.status);
    expect(seen).toEqual(['OPEN', 'CLOSED', 'COUNTED', 'CERTIFIED', 'APPROVED']);
    expect(e.result?.elected).toEqual(['c1', 'c2', 'c3']);
  });

  it('refuses every step from every status it does not belong to, saying what is missing', () => {
    const steps = {
      'open nominations': (e: Election) => openNominations(e),
      close: (e: Election) => closeVoting(e),
      certify: (e: Election) => certifyElection(e),
      approve: (e: Election) => approveElection(e),
      'cast a ballot': (e: Election) => acceptBallots(e, 1),
    };
    const allowed: Record<string, string> = {
      'open nominations': 'DRAFT',
      close: 'OPEN',
      certify: 'COUNTED',
      approve: 'CERTIFIED',
      'cast a ballot': 'OPEN',
    };
    for (const status of ELECTION_STATUSES) {
      const e: Election = { ...draft(), status, result: null };
      for (const [name, step] of Object.entries(steps)) {
        const result = step(e);
        expect(result.ok, `${name} from ${status}`).toBe(allowed[name] === status);
        if (!result.ok) expect(result.error.code).toBe('ELECTION_STEP_NOT_ALLOWED');
      }
    }
  });

  it('says why: cannot open: roll not frozen', () => {
    const { election, candidacies } = withCandidates(draft(), 4);
    const refused = openVoting(election, candidacies);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('cannot open: roll not frozen');
    const late = checkElectionStep({ ...election, status: 'CERTIFIED' }, 'open');
    if (!late.ok) expect(late.error.message).toBe('cannot open: already certified');
  });

  it('has a Chinese message for every code', () => {
    for (const c of ELECTION_ERROR_CODES) expect(ELECTION_MESSAGES_ZH[c]).toMatch(/\S/);
  });
});

describe('drafting', () => {
  it('trims the title and takes 1 to 999 seats with a registered method', () => {
    expect(draft().title).toBe('第一届委员会');
    const base = { organizationId: 'o', title: 't', body: 'COMMITTEE' as const, contested: true };
    expect(draftElection('x', { ...base, seats: 1 }).ok).toBe(true);
    expect(draftElection('x', { ...base, seats: 999 }).ok).toBe(true);
    expect(code(draftElection('x', { ...base, seats: 0 }))).toBe('ELECTION_SEATS_INVALID');
    expect(code(draftElection('x', { ...base, seats: 1000 }))).toBe('ELECTION_SEATS_INVALID');
    expect(code(draftElection('x', { ...base, seats: 2.5 }))).toBe('ELECTION_SEATS_INVALID');
    expect(code(draftElection('x', { ...base, seats: 3, title: '  ' }))).toBe('ELECTION_TITLE_INVALID');
    expect(code(draftElection('x', { ...base, seats: 3, title: 'x'.repeat(101) }))).toBe(
      'ELECTION_TITLE_INVALID',
    );
    expect(draftElection('x', { ...base, seats: 3, title: 'x'.repeat(100) }).ok).toBe(true);
    expect(code(draftElection('x', { ...base, seats: 3, method: 'dice' }))).toBe('ELECTION_METHOD_UNKNOWN');
    expect(value(draftElection('x', { ...base, seats: 3, method: 'stv-scottish' })).method).toBe(
      'stv-scottish',
    );
  });
});

describe('candidates', () => {
  it('refuses an ineligible candidate with the first reason, and a member nominated twice', () => {
    const open = value(openNominations(draft()));
    expect(
      code(
        nominate(open, [], 'c', {
          memberId: 'm',
          name: '甲',
          attributes: { ...eligible, membershipStatus: 'RETAINED' },
        }),
      ),
    ).toBe('CANDIDATE_RETAINED');
    expect(
      code(
        nominate(open, [], 'c', {
          memberId: 'm',
          name: '甲',
          attributes: { ...eligible, employerRole: 'HR_HEAD' },
        }),
      ),
    ).toBe('CANDIDATE_HR_HEAD');
    expect(
      code(
        nominate(open, [], 'c', {
          memberId: 'm',
          name: '甲',
          attributes: { ...eligible, closeRelativeOf: 'PARTNER' },
        }),
      ),
    ).toBe('CANDIDATE_EMPLOYER_RELATIVE');
    const first = value(nominate(open, [], 'c1', { memberId: 'm', name: '甲', attributes: eligible }));
    expect(code(nominate(open, [first], 'c2', { memberId: 'm', name: '甲', attributes: eligible }))).toBe(
      'CANDIDATE_ALREADY_NOMINATED',
    );
    const gone = value(withdrawCandidacy(open, first));
    expect(nominate(open, [gone], 'c2', { memberId: 'm', name: '甲', attributes: eligible }).ok).toBe(true);
    // At most CANDIDACIES_MAX candidacies a round, withdrawn ones included (nominate and withdraw in a loop).
    const withdrawn = (n: number) => Array.from({ length: n }, (_, i) => ({ ...gone, id: `w${i}` }));
    const another = { memberId: 'n', name: '乙', attributes: eligible };
    expect(nominate(open, withdrawn(CANDIDACIES_MAX - 1), 'c3', another).ok).toBe(true);
    expect(code(nominate(open, withdrawn(CANDIDACIES_MAX), 'c3', another))).toBe(
      'ELECTION_CANDIDATES_TOO_MANY',
    );
    expect(code(nominate(open, [], 'c', { memberId: null, name: ' ', attributes: eligible }))).toBe(
      'CANDIDATE_NAME_INVALID',
    );
    expect(code(nominate(draft(), [], 'c', { memberId: null, name: '甲', attributes: eligible }))).toBe(
      'ELECTION_STEP_NOT_ALLOWED',
    );
  });

  it('needs the competitive margin to freeze a contested roll: 7 seats need 8 candidates', () => {
    const { election, candidacies } = withCandidates(draft(7), 8);
    expect(freezeRoll(election, candidacies.slice(0, 7), roll(3), 'h').ok).toBe(false);
    expect(code(freezeRoll(election, candidacies.slice(0, 7), roll(3), 'h'))).toBe(
      'ELECTION_CANDIDATES_TOO_FEW',
    );
    expect(value(freezeRoll(election, candidacies, roll(3), 'h')).entitled).toBe(3);
  });

  it('an uncontested election has exactly as many candidates as seats', () => {
    const { election, candidacies } = withCandidates(
      value(
        draftElection('e', { organizationId: 'o', title: '主席', body: 'CHAIR', seats: 1, contested: false }),
      ),
      2,
    );
    expect(code(freezeRoll(election, candidacies, roll(3), 'h'))).toBe('ELECTION_CANDIDATES_TOO_FEW');
    expect(freezeRoll(election, candidacies.slice(0, 1), roll(3), 'h').ok).toBe(true);
  });

  it('a withdrawal after the roll is frozen is checked again when voting opens', () => {
    const { election, candidacies } = withCandidates(draft(3), 4);
    let e = value(freezeRoll(election, candidacies, roll(3), 'h'));
    for (const v of roll(3)) e = value(registerAttendance(e, entry(v, e))).election;
    const gone = value(withdrawCandidacy(e, candidacies[0] as Candidacy));
    expect(code(openVoting(e, [gone, ...candidacies.slice(1)]))).toBe('ELECTION_CANDIDATES_TOO_FEW');
    expect(code(withdrawCandidacy(value(openVoting(e, candidacies)), candidacies[1] as Candidacy))).toBe(
      'ELECTION_STEP_NOT_ALLOWED',
    );
  });

  it('refuses an empty roll and counts a voter listed twice once', () => {
    const { election, candidacies } = withCandidates(draft(3), 4);
    expect(code(freezeRoll(election, candidacies, [], 'h'))).toBe('ELECTION_ROLL_EMPTY');
    expect(value(freezeRoll(election, candidacies, ['a', 'a', 'b'], 'h')).entitled).toBe(2);
  });
});

describe('attendance, quorum and ballots', () => {
  it('quorum: at least two thirds of the entitled', () => {
    expect(quorumMet(9, 6)).toBe(true);
    expect(quorumMet(9, 5)).toBe(false);
    expect(quorumMet(10, 7)).toBe(true);
    expect(quorumMet(10, 6)).toBe(false);
    expect(quorumMet(0, 0)).toBe(false);
  });

  it('opens only with the quorum present', () => {
    const { election, candidacies } = withCandidates(draft(), 4);
    let e = value(freezeRoll(election, candidacies, roll(9), 'h'));
    for (const v of roll(5)) e = value(registerAttendance(e, entry(v, e))).election;
    expect(code(openVoting(e, candidacies))).toBe('ELECTION_QUORUM_NOT_MET');
    e = value(registerAttendance(e, entry('v6', e))).election;
    expect(value(openVoting(e, candidacies)).status).toBe('OPEN');
  });

  it('registers attendance once, only for voters on the roll', () => {
    const { election, candidacies } = withCandidates(draft(), 4);
    const e = value(freezeRoll(election, candidacies, roll(3), 'h'));
    expect(code(registerAttendance(e, null))).toBe('VOTER_NOT_ON_ROLL');
    expect(code(registerAttendance(e, { ...entry('v1', e), electionId: 'other' }))).toBe('VOTER_NOT_ON_ROLL');
    expect(code(registerAttendance(e, { ...entry('v1', e), present: true }))).toBe('VOTER_ALREADY_PRESENT');
    expect(code(registerAttendance(election, entry('v1', e)))).toBe('ELECTION_STEP_NOT_ALLOWED');
  });

  it('issues one ballot to a present voter', () => {
    const { election } = opened();
    expect(code(issueBallot(election, null))).toBe('VOTER_NOT_ON_ROLL');
    expect(code(issueBallot(election, entry('v1', election)))).toBe('VOTER_NOT_PRESENT');
    const issued = value(issueBallot(election, { ...entry('v1', election), present: true }));
    expect(issued.election.ballotsIssued).toBe(1);
    expect(code(issueBallot(issued.election, issued.entry))).toBe('BALLOT_ALREADY_ISSUED');
  });

  it('keeps only the known fields of a cast ballot and refuses what is not a ballot', () => {
    expect(value(checkBallotShape({ approve: ['a'], extra: 1 } as Ballot))).toEqual({ approve: ['a'] });
    expect(code(checkBallotShape({ approve: [1] } as unknown as Ballot))).toBe('BALLOT_MALFORMED');
    expect(code(checkBallotShape({ writeIns: ['x'.repeat(51)] }))).toBe('BALLOT_MALFORMED');
    expect(checkBallotShape({ writeIns: ['x'.repeat(50)] }).ok).toBe(true);
    expect(code(checkBallotShape({ approve: Array(1001).fill('a') }))).toBe('BALLOT_MALFORMED');
  });
});

describe('counting and rounds', () => {
  function closed(ballots: number, issued = ballots) {
    const { election, candidacies } = opened(9, 9);
    return {
      election: { ...election, status: 'CLOSED' as const, ballotsIssued: issued, ballotsReturned: ballots },
      candidacies,
    };
  }

  it('more ballots returned than issued voids the vote and calls for it to be held again', () => {
    const { election, candidacies } = closed(9, 8);
    const counted = value(countRound(election, candidacies, Array(9).fill({ approve: ['c1'] })));
    expect(counted.election.result?.status).toBe('VOID');
    expect(counted.nextRound).toEqual({ kind: 'REPEAT', seats: 3, candidacyIds: ['c1', 'c2', 'c3', 'c4'] });
    expect(code(certifyElection(counted.election))).toBe('ELECTION_VOID');
  });

  it('seats left unfilled call a further round (另行选举) among the candidates not elected', () => {
    const { election, candidacies } = closed(8);
    // 8 entitled: c1 and c4 8 votes each; c2 and c3 4 each — exactly half fails.
    const counted = value(
      countRound({ ...election, entitled: 8, present: 8, ballotsIssued: 8 }, candidacies, [
        ...Array(4).fill({ approve: ['c1', 'c4', 'c2'] }),
        ...Array(4).fill({ approve: ['c1', 'c4', 'c3'] }),
      ]),
    );
    expect(counted.election.result?.elected).toEqual(['c1', 'c4']);
    expect(counted.nextRound).toEqual({ kind: 'FURTHER', seats: 1, candidacyIds: ['c2', 'c3'] });
    // One more vote for c2: 5 of 8 passes, the seats are filled.
    const filled = value(
      countRound({ ...election, entitled: 8, present: 8, ballotsIssued: 8 }, candidacies, [
        ...Array(5).fill({ approve: ['c1', 'c4', 'c2'] }),
        ...Array(3).fill({ approve: ['c1', 'c4', 'c3'] }),
      ]),
    );
    expect(filled.election.result?.elected).toEqual(['c1', 'c4', 'c2']);
    expect(filled.nextRound).toBeNull();
  });

  it('a tie across the last seat calls a new vote among the tied only, in a round linked to the first', () => {
    const { election, candidacies } = closed(10);
    const counted = value(
      countRound({ ...election, seats: 2, entitled: 10, present: 10, ballotsIssued: 10 }, candidacies, [
        ...Array(4).fill({ approve: ['c1', 'c2'] }),
        ...Array(3).fill({ approve: ['c1', 'c3'] }),
        ...Array(2).fill({ approve: ['c2', 'c3'] }),
        { approve: ['c3'] },
      ]),
    );
    // c1 7 elected; c2 and c3 6 each (both over half of 10) straddle the last seat.
    expect(counted.election.result?.elected).toEqual(['c1']);
    expect(counted.election.result?.tied).toEqual(['c2', 'c3']);
    expect(counted.nextRound).toEqual({ kind: 'TIE_BREAK', seats: 1, candidacyIds: ['c2', 'c3'] });
    const next = value(startRound(counted.election, 'e2', counted.nextRound as NextRound));
    expect(next).toMatchObject({
      id: 'e2',
      firstRoundId: 'e1',
      round: 2,
      roundKind: 'TIE_BREAK',
      seats: 1,
      status: 'NOMINATIONS',
      ballotsReturned: 0,
      rollHash: null,
      result: null,
    });
    expect(code(nominate(next, [], 'c9', { memberId: 'm9', name: '乙', attributes: eligible }))).toBe(
      'ELECTION_CANDIDATES_FIXED',
    );
    expect(code(startRound(election, 'e3', counted.nextRound as NextRound))).toBe(
      'ELECTION_STEP_NOT_ALLOWED',
    );
    // At most ROUNDS_MAX rounds: round 9 may call round 10, round 10 calls none.
    const plan = counted.nextRound as NextRound;
    expect(value(startRound({ ...counted.election, round: ROUNDS_MAX - 1 }, 'e10', plan)).round).toBe(
      ROUNDS_MAX,
    );
    expect(code(startRound({ ...counted.election, round: ROUNDS_MAX }, 'e11', plan))).toBe(
      'ELECTION_ROUNDS_EXHAUSTED',
    );
  });

  it('reduces the seats instead of a further round only to a committee size the membership allows (RULES: 25–200 members 3–7, 201–1000 7–15, odd)', () => {
    const { election, candidacies } = closed(9);
    const counted = value(
      countRound(election, candidacies, Array(9).fill({ approve: ['c1', 'c2'] })),
    ).election;
    expect(counted.result?.unfilledSeats).toBe(1);
    // 100 members: 3–7.
    expect(value(reduceSeats(counted, 3, 100)).reducedSeats).toBe(2);
    expect(value(reduceSeats(counted, 7, 100)).reducedSeats).toBe(2);
    const below = reduceSeats(counted, 2, 100);
    expect(below.ok || below.error.message).toBe(
      '2 elected: a union of 100 members has a committee of 3–7, not 2; hold a further round',
    );
    expect(code(reduceSeats(counted, 9, 100))).toBe('ELECTION_SEATS_NOT_REDUCIBLE');
    expect(code(reduceSeats(counted, 4, 100))).toBe('ELECTION_SEATS_NOT_REDUCIBLE');
    // 200 members: still 3–7; 201: 7–15.
    expect(reduceSeats(counted, 5, 200).ok).toBe(true);
    expect(code(reduceSeats(counted, 5, 201))).toBe('ELECTION_SEATS_NOT_REDUCIBLE');
    expect(reduceSeats(counted, 7, 201).ok).toBe(true);
    expect(reduceSeats(counted, 15, 201).ok).toBe(true);
    expect(code(reduceSeats(counted, 17, 201))).toBe('ELECTION_SEATS_NOT_REDUCIBLE');
    const full = value(
      countRound(election, candidacies, Array(9).fill({ approve: ['c1', 'c2', 'c3'] })),
    ).election;
    expect(code(reduceSeats(full, 3, 100))).toBe('ELECTION_SEATS_NOT_REDUCIBLE');
    const chair = reduceSeats({ ...counted, body: 'CHAIR' }, 3, 100);
    expect(chair.ok || chair.error.message).toBe(
      "only a committee election's seats can be reduced, not a chair election's: hold a further round",
    );
    expect(code(reduceSeats(election, 3, 100))).toBe('ELECTION_STEP_NOT_ALLOWED');
  });
});

describe('paper ballots', () => {
  const batch = (teller: string, ballots: Ballot[]) => ({ batch: 'b1', teller, ballots });

  it('two tellers who agree enter the batch; the same teller twice or a difference is refused, naming the ballot', () => {
    const a = [{ approve: ['c1', 'c2'] }, { approve: [] }];
    expect(
      value(reconcilePaperBatch(batch('t1', a), batch('t2', [{ approve: ['c2', 'c1'] }, {}]))),
    ).toHaveLength(2);
    expect(code(reconcilePaperBatch(batch('t1', a), batch('t1', a)))).toBe('PAPER_TELLERS_SAME');
    const differ = reconcilePaperBatch(
      batch('t1', a),
      batch('t2', [{ approve: ['c1', 'c2'] }, { approve: ['c3'] }]),
    );
    expect(differ.ok).toBe(false);
    if (!differ.ok) expect(differ.error.path).toEqual(['ballots', 1]);
    expect(code(reconcilePaperBatch(batch('t1', a), batch('t2', a.slice(0, 1))))).toBe(
      'PAPER_BATCH_MISMATCH',
    );
  });
});
