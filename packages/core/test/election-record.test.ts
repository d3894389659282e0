import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countElection } from '../src/election/count.js';
import type { Ballot } from '../src/election/counting-method.js';
import {
  ballotHash,
  ballotsDigest,
  buildElectionRecord,
  canonicalJson,
  type ElectionRecord,
  type RecordBallot,
  type RecordRound,
  recordResult,
  recordSeal,
  rollHash,
  verifyElectionRecord,
} from '../src/election/record.js';
import { fraction } from '../src/kernel/fraction.js';
import { acftu2016, type RuleSet, withRules } from '../src/ruleset/rule-set.js';

const candidates = [
  { id: 'c1', name: '王芳' },
  { id: 'c2', name: '李强' },
  { id: 'c3', name: '张伟' },
  { id: 'c4', name: '陈静' },
];

/** Voter i's ballot and receipt; receipts are random in the product, fixed here. */
function cast(n: number): { receipt: string; marks: Ballot }[] {
  return Array.from({ length: n }, (_, i) => ({
    receipt: `r${String(i).padStart(4, '0')}`,
    marks: { approve: i % 3 === 0 ? ['c1', 'c2', 'c4'] : ['c1', 'c2', 'c3'] },
  }));
}

/** The record of a round of `n` voters counted under `rules`. */
async function record(n = 12, rules: RuleSet = acftu2016): Promise<ElectionRecord> {
  const ballots = cast(n);
  const spec = { seats: 3, candidates, entitled: n, present: n, ballotsIssued: n, rules };
  const counted = countElection(
    spec,
    ballots.map((b) => b.marks),
  );
  if (!counted.ok) throw new Error(counted.error.message);
  return buildElectionRecord(
    {
      electionId: 'e1',
      organizationId: 'o1',
      title: '梅园村产业链工会联合会委员会',
      body: 'COMMITTEE',
      contested: true,
      certification: 'CERTIFIED',
    },
    [
      {
        round: 1,
        kind: 'FIRST',
        seats: 3,
        method: 'majority-approval',
        ruleSet: rules.name,
        candidates,
        rollHash: await rollHash(Array.from({ length: n }, (_, i) => `m${i}`)),
        entitled: n,
        present: n,
        ballotsIssued: n,
        ballotsReturned: n,
        ballots,
        result: recordResult(counted.value),
        reducedSeats: null,
      },
    ],
  );
}

/** A copy of the record with round 1 changed by `change`. */
function tampered(r: ElectionRecord, change: (round: RecordRound) => RecordRound): ElectionRecord {
  return { ...r, rounds: [change(r.rounds[0] as RecordRound)] };
}

const codes = async (r: unknown, options = {}) =>
  (await verifyElectionRecord(r, options)).problems.map((p) => p.code);

describe('the published record', () => {
  it('verifies: recount, order, digest and seal agree; JSON round trip keeps it valid', async () => {
    const r = await record();
    const checked = await verifyElectionRecord(JSON.parse(JSON.stringify(r)));
    expect(checked.problems).toEqual([]);
    expect(checked.valid).toBe(true);
    expect(checked.ballots).toBe(12);
    expect(r.elected).toEqual(['c1', 'c2', 'c3']);
    expect(await verifyElectionRecord(r, { publishedSeal: r.seal })).toMatchObject({ valid: true });
  });

  it('recounts a round under the rule set it names: a union’s own when given it, never acftu2016 in its place', async () => {
    // 12 entitled: c3's 8 votes are more than half (acftu2016) but not more than two thirds.
    const stricter = withRules(acftu2016, { name: 'stricter', election: { threshold: fraction(2, 3) } });
    const r = await record(12, stricter);
    expect(r.elected).toEqual(['c1', 'c2']);
    expect(await codes(r, { rules: stricter })).toEqual([]);
    const unknown = await verifyElectionRecord(r);
    expect(unknown.problems.map((p) => p.message)).toEqual([
      'round 1 cannot be recounted: it was counted under the rule set stricter: give that rule set to recount it',
    ]);
    expect(await codes(r, { rules: withRules(stricter, { name: 'other' }) })).toEqual(['RECOUNT_MISMATCH']);
  });

  it('lists ballots by ascending hash, whatever order they were cast in', async () => {
    const r = await record();
    const hashes = r.rounds[0]?.ballots.map((b) => b.hash) ?? [];
    expect(hashes).toEqual([...hashes].sort());
    const receipts = r.rounds[0]?.ballots.map((b) => b.receipt) ?? [];
    expect(receipts).not.toEqual([...receipts].sort());
    const reversed = await buildElectionRecord(
      {
        electionId: 'e1',
        organizationId: 'o1',
        title: 't',
        body: 'COMMITTEE',
        contested: true,
        certification: 'COUNTED',
      },
      [{ ...(r.rounds[0] as RecordRound), ballots: cast(12).reverse() }],
    );
    expect(reversed.rounds[0]?.ballots).toEqual(r.rounds[0]?.ballots);
  });

  it('hashes with SHA-256 over canonical JSON, as any other implementation can', async () => {
    const marks = { approve: ['c1'], writeIns: ['赵六'] };
    const expected = createHash('sha256')
      .update(`gonghui ballot v1\n{"marks":{"approve":["c1"],"writeIns":["赵六"]},"receipt":"r1"}`)
      .digest('hex');
    expect(await ballotHash('r1', marks)).toBe(expected);
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(() => canonicalJson({ a: 0.5 })).toThrow(TypeError);
    expect(await rollHash(['b', 'a', 'a'])).toBe(await rollHash(['a', 'b']));
  });

  it('confirms a receipt a voter kept, with its marks, and says when it is not there', async () => {
    const r = await record();
    const found = await verifyElectionRecord(r, { receipt: 'r0003' });
    expect(found.receipt).toEqual({ round: 1, marks: { approve: ['c1', 'c2', 'c4'] } });
    expect(found.valid).toBe(true);
    expect(await codes(r, { receipt: 'nope' })).toEqual(['RECEIPT_NOT_FOUND']);
  });
});

describe('tampering after close is detected and named', () => {
  it('a ballot added', async () => {
    const r = await record();
    const extra = { receipt: 'forged', marks: { approve: ['c4'] } };
    const added = tampered(r, (round) => ({
      ...round,
      ballots: [...round.ballots, { ...extra, hash: 'f'.repeat(64) }],
    }));
    const problems = (await verifyElectionRecord(added)).problems;
    expect(problems.map((p) => p.code)).toEqual([
      'BALLOT_ALTERED',
      'BALLOTS_ADDED',
      'BALLOTS_DIGEST_MISMATCH',
      'RECOUNT_MISMATCH',
      'SEAL_MISMATCH',
    ]);
    expect(problems[1]?.message).toBe('round 1: 13 ballots listed, 12 returned — 1 added');
  });

  it('a ballot added by someone who recomputed every hash, the digest and the seal: the published seal differs', async () => {
    const r = await record();
    const round = r.rounds[0] as RecordRound;
    const forged: RecordBallot = {
      receipt: 'forged',
      marks: { approve: ['c4'] },
      hash: await ballotHash('forged', { approve: ['c4'] }),
    };
    const ballots = [...round.ballots, forged].sort((a, b) => (a.hash < b.hash ? -1 : 1));
    const spec = { seats: 3, candidates, entitled: 13, present: 13, ballotsIssued: 13 };
    const counted = countElection(
      spec,
      ballots.map((b) => b.marks),
    );
    if (!counted.ok) throw new Error('count');
    const rest = {
      ...r,
      rounds: [
        {
          ...round,
          ...spec,
          ballotsReturned: 13,
          ballots,
          ballotsDigest: await ballotsDigest(ballots),
          result: recordResult(counted.value),
        },
      ],
    };
    const resealed = { ...rest, seal: await recordSeal(rest) };
    expect(await codes(resealed)).toEqual([]);
    expect(await codes(resealed, { publishedSeal: r.seal })).toEqual(['SEAL_NOT_PUBLISHED']);
  });

  it('a ballot removed', async () => {
    const r = await record();
    const removed = tampered(r, (round) => ({ ...round, ballots: round.ballots.slice(1) }));
    const problems = (await verifyElectionRecord(removed)).problems;
    expect(problems.map((p) => p.code)).toEqual([
      'BALLOTS_REMOVED',
      'BALLOTS_DIGEST_MISMATCH',
      'RECOUNT_MISMATCH',
      'SEAL_MISMATCH',
    ]);
    expect(problems[0]?.message).toBe('round 1: 11 ballots listed, 12 returned — 1 removed');
  });

  it('a ballot altered', async () => {
    const r = await record();
    const altered = tampered(r, (round) => ({
      ...round,
      ballots: round.ballots.map((b, i) => (i === 4 ? { ...b, marks: { approve: ['c4', 'c3'] } } : b)),
    }));
    const problems = (await verifyElectionRecord(altered)).problems;
    expect(problems[0]).toMatchObject({ code: 'BALLOT_ALTERED', round: 1, ballot: 5 });
    expect(problems[0]?.message).toContain('round 1, ballot 5 (receipt');
    expect(problems.map((p) => p.code)).toContain('RECOUNT_MISMATCH');
    expect(problems.map((p) => p.code)).toContain('SEAL_MISMATCH');
  });

  it('ballots reordered', async () => {
    const r = await record();
    const reordered = tampered(r, (round) => {
      const ballots = [...round.ballots];
      [ballots[2], ballots[3]] = [ballots[3] as RecordBallot, ballots[2] as RecordBallot];
      return { ...round, ballots };
    });
    const problems = (await verifyElectionRecord(reordered)).problems;
    expect(problems.map((p) => p.code)).toEqual([
      'BALLOTS_OUT_OF_ORDER',
      'BALLOTS_DIGEST_MISMATCH',
      'SEAL_MISMATCH',
    ]);
    expect(problems[0]).toMatchObject({ round: 1, ballot: 4 });
  });

  it('a ballot duplicated in place of another', async () => {
    const r = await record();
    const duplicated = tampered(r, (round) => ({
      ...round,
      ballots: round.ballots.map((b, i, all) => (i === 6 ? (all[5] as RecordBallot) : b)),
    }));
    expect(await codes(duplicated)).toContain('BALLOT_DUPLICATE');
  });

  it('the published count changed', async () => {
    const r = await record();
    const changed = tampered(r, (round) => ({
      ...round,
      result: {
        ...round.result,
        tally: round.result.tally.map((e) => (e.id === 'c3' ? { ...e, votes: e.votes + 1 } : e)),
      },
    }));
    const problems = (await verifyElectionRecord(changed)).problems;
    expect(problems[0]).toMatchObject({
      code: 'RECOUNT_MISMATCH',
      message: 'round 1: c3: the record says 9 votes, the recount gives 8',
    });
    const elected = { ...r, elected: ['c1', 'c2', 'c4'] };
    expect(await codes(elected)).toEqual(['ELECTED_MISMATCH', 'SEAL_MISMATCH']);
  });

  it('not a record at all', async () => {
    expect(await codes(null)).toEqual(['RECORD_FORMAT']);
    expect(await codes({ format: 'other' })).toEqual(['RECORD_FORMAT']);
    const r = await record();
    expect(await codes({ ...r, rounds: [{ ...r.rounds[0], ballots: [null] }] })).toEqual(['RECORD_FORMAT']);
  });
});
