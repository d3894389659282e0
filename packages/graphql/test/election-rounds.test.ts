// Further rounds through the API, on the demo's 梅园村 federation (its member unions' active members
// are the roll of an election chained to nothing): a tie across the last seat calls a new vote among
// the tied only (TIE_BREAK); a seat left unfilled calls a further round (另行选举, FURTHER) among the
// candidates not elected; a void vote (more ballots returned than issued) is held again (REPEAT).
// Each round has its own roll, attendance and ballots, linked to the first; the record holds both
// rounds and verifies.
import { systemClock, uuidIds, verifyElectionRecord } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { graphqlPoster } from './support/election.js';

const ERRORS = 'errors { code message path }';
const ROUND = 'id status round roundKind seats entitled candidates { id name }';
const STEP = (name: string) =>
  `mutation($e: ID!) { ${name}(input: { electionId: $e }) { election { ${ROUND} count { elected tied unfilledSeats } } ${ERRORS} } }`;
const CREATE = `mutation($input: CreateElectionInput!) { createElection(input: $input) { election { id } ${ERRORS} } }`;
const NOMINATE = `mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { candidacy { id name } ${ERRORS} } }`;
const ATTEND = `mutation($e: ID!, $v: ID!) { registerAttendance(input: { electionId: $e, voterId: $v }) { ${ERRORS} } }`;
const ISSUE = `mutation($e: ID!, $v: ID!) { issueBallotToken(input: { electionId: $e, voterId: $v }) { token ${ERRORS} } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt ${ERRORS} } }`;
const PAPER = `mutation($input: EnterPaperBallotsInput!) { enterPaperBallots(input: $input) { ${ERRORS} } }`;
const COUNT = `query($e: ID!) { node(id: $e) { ... on Election { count { status voidReason } } } }`;
const ELECTION = `query($e: ID!) { node(id: $e) { ... on Election { status record rounds { round roundKind status seats seal } } } }`;

describe.each(testBackends())('further rounds through the API on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let auth: string;
  let federation: string;
  /** The roll of an election of the federation chained to nothing, and three of them as candidates. */
  let voters: { id: string; name: string }[];
  const { post, must } = graphqlPoster(
    () => yoga,
    () => auth,
  );
  const member = (id: string) => encodeGlobalID('Member', id);

  /**
   * Freezes a round's roll (every voter present), opens it and casts `ballots` (candidate names
   * approved, one ballot per voter in roll order; the rest cast none; the first voter's token is first
   * tried with `refused`, which the round must refuse), then closes and counts it.
   * Returns the receipts and the counted round.
   */
  async function vote(e: string, ballots: string[][], refused?: object) {
    const frozen = await must(STEP('freezeRoll'), { e });
    expect(frozen.election.entitled).toBe(voters.length);
    const byName = new Map<string, string>(
      frozen.election.candidates.map((c: { id: string; name: string }) => [c.name, c.id]),
    );
    for (const v of voters) await must(ATTEND, { e, v: member(v.id) });
    await must(STEP('openVoting'), { e });
    const receipts: string[] = [];
    for (const [i, names] of ballots.entries()) {
      const { token } = await must(ISSUE, { e, v: member((voters[i] as { id: string }).id) });
      if (i === 0 && refused !== undefined) {
        // A ballot the round refuses leaves the token unused.
        const answer = await post(CAST, { input: { electionId: e, token, ballot: refused } });
        expect(answer.castBallot.errors[0]).toMatchObject({ code: 'BALLOT_CANDIDATE_UNKNOWN' });
      }
      const ballot = { approve: names.map((n) => byName.get(n)) };
      receipts.push((await must(CAST, { input: { electionId: e, token, ballot } })).receipt);
    }
    const closed = await must(STEP('closeElection'), { e });
    return { receipts, round: closed.election };
  }

  /** A contested committee election of the federation for `seats`, chained to nothing, with three candidates. */
  async function draft(title: string, seats: number) {
    const created = await must(CREATE, {
      input: { organizationId: federation, title, body: 'COMMITTEE', seats, contested: true },
    });
    const e = created.election.id as string;
    await must(STEP('openNominations'), { e });
    for (const v of voters.slice(0, 3)) {
      await must(NOMINATE, { input: { electionId: e, memberId: member(v.id) } });
    }
    return e;
  }

  /** `count` copies of a ballot. */
  const times = (count: number, names: string[]) => Array.from({ length: count }, () => names);

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    yoga = createGonghuiYoga({ db, auth: await testAuth() });
    auth = await adminBearer();
    const org = await db.prisma.organization.findFirstOrThrow({ where: { name: MEIYUAN_FEDERATION } });
    federation = encodeGlobalID('Organization', org.id);
    const unions = await db.prisma.federationMembership.findMany({ where: { federationId: org.id } });
    voters = await db.prisma.member.findMany({
      where: { status: 'ACTIVE', organizationId: { in: unions.map((u) => u.memberId) } },
      select: { id: true, name: true },
      orderBy: { id: 'asc' },
    });
  }, 180_000);
  afterAll(() => db?.close());

  it('a tie across the last seat: a new vote among the tied only, which elects one of them', async () => {
    const n = voters.length;
    const [a, b, c] = voters.map((v) => v.name) as [string, string, string];
    // b and c tie above the threshold (more than half of n) for the second seat; a leads.
    const tie = Math.floor(n / 2) + 1;
    const lead = tie % 2 === 1 ? tie + 1 : tie + 2;
    const both = tie - lead / 2;
    expect(lead / 2 + tie).toBeLessThanOrEqual(n);
    const e = await draft('第二届委员会选举（平票）', 2);
    const first = await vote(e, [
      ...times(lead / 2, [a, b]),
      ...times(lead / 2, [a, c]),
      ...times(both, [b, c]),
    ]);
    expect(first.round.count).toMatchObject({ elected: [a], unfilledSeats: 1 });
    expect([...first.round.count.tied].sort()).toEqual([b, c].sort());

    const started = await must(STEP('startNextRound'), { e });
    const second = started.election;
    expect(second).toMatchObject({ status: 'NOMINATIONS', round: 2, roundKind: 'TIE_BREAK', seats: 1 });
    expect(second.candidates.map((x: { name: string }) => x.name).sort()).toEqual([b, c].sort());
    // Its candidates are fixed by the round before.
    const nominated = await post(NOMINATE, {
      input: { electionId: second.id, memberId: member(voters[0]?.id ?? '') },
    });
    expect(nominated.nominateCandidate.errors[0]).toMatchObject({ code: 'ELECTION_CANDIDATES_FIXED' });
    // Only the tied stand: a write-in is refused.
    const tieBreak = await vote(second.id, [...times(tie, [c]), ...times(n - tie, [b])], { writeIns: [a] });
    expect(tieBreak.round.count).toEqual({ elected: [c], tied: [], unfilledSeats: 0 });

    for (const round of [e, second.id]) await must(STEP('certifyElection'), { e: round });
    const { node } = await post(ELECTION, { e });
    expect(node.rounds).toMatchObject([
      { round: 1, roundKind: 'FIRST', status: 'CERTIFIED', seats: 2 },
      { round: 2, roundKind: 'TIE_BREAK', status: 'CERTIFIED', seats: 1 },
    ]);
    // The record's seal is the one the last step (round 2's certification) wrote to the audit log.
    const record = JSON.parse(node.record);
    expect(record.rounds.map((r: { kind: string }) => r.kind)).toEqual(['FIRST', 'TIE_BREAK']);
    expect(record.elected).toHaveLength(2);
    const checked = await verifyElectionRecord(record, {
      receipt: tieBreak.receipts[0] as string,
      publishedSeal: node.rounds.at(-1).seal,
    });
    expect(checked.problems).toEqual([]);
    expect(checked.receipt).toMatchObject({ round: 2 });
  }, 240_000);

  it('a seat left unfilled: a further round (另行选举) among the candidates not elected', async () => {
    const n = voters.length;
    const [a, b, c] = voters.map((v) => v.name) as [string, string, string];
    const majority = Math.floor(n / 2) + 1;
    const e = await draft('第二届委员会选举（另行选举）', 2);
    // a is elected; b and c stay at or below half of the entitled: one seat unfilled.
    const first = await vote(e, [...times(majority, [a]), ...times(n - majority, [b, c])]);
    expect(first.round.count).toEqual({ elected: [a], tied: [], unfilledSeats: 1 });

    const started = await must(STEP('startNextRound'), { e });
    const further = started.election;
    expect(further).toMatchObject({ status: 'NOMINATIONS', round: 2, roundKind: 'FURTHER', seats: 1 });
    expect(further.candidates.map((x: { name: string }) => x.name).sort()).toEqual([b, c].sort());
    // A second further round from the same count is refused.
    expect((await post(STEP('startNextRound'), { e })).startNextRound.errors[0]).toMatchObject({
      code: 'ELECTION_STEP_NOT_ALLOWED',
    });
    // The candidate elected in round 1 no longer stands.
    const firstIds = first.round.candidates.map((x: { id: string; name: string }) => [x.name, x.id]);
    const elsewhere = { approve: [new Map<string, string>(firstIds).get(a)] };
    const second = await vote(further.id, [...times(majority, [b]), ...times(n - majority, [c])], elsewhere);
    expect(second.round.count).toEqual({ elected: [b], tied: [], unfilledSeats: 0 });
    // Nothing is left to fill: no third round.
    expect((await post(STEP('startNextRound'), { e: further.id })).startNextRound.errors[0]).toMatchObject({
      code: 'ELECTION_STEP_NOT_ALLOWED',
      message: 'cannot start a further round: the count calls for none',
    });

    for (const round of [e, further.id]) await must(STEP('certifyElection'), { e: round });
    const { node } = await post(ELECTION, { e });
    expect(node.rounds.map((r: { roundKind: string }) => r.roundKind)).toEqual(['FIRST', 'FURTHER']);
    const record = JSON.parse(node.record);
    expect(record.certification).toBe('CERTIFIED');
    expect(record.elected).toHaveLength(2);
    const checked = await verifyElectionRecord(record, {
      receipt: second.receipts.at(-1) as string,
      publishedSeal: node.rounds.at(-1).seal,
    });
    expect(checked.problems).toEqual([]);
  }, 240_000);

  it('a void vote (more ballots returned than issued) is held again (REPEAT) among every candidate', async () => {
    const n = voters.length;
    const [a, b, c] = voters.map((v) => v.name) as [string, string, string];
    const e = await draft('第二届委员会选举（重新选举）', 2);
    const frozen = await must(STEP('freezeRoll'), { e });
    const ids = new Map<string, string>(
      frozen.election.candidates.map((x: { id: string; name: string }) => [x.name, x.id]),
    );
    for (const v of voters) await must(ATTEND, { e, v: member(v.id) });
    await must(STEP('openVoting'), { e });
    // Two tellers agree on a batch of one paper ballot, though no ballot was issued: 1 returned, 0 issued.
    const admin = auth;
    const batch = { electionId: e, batch: '票箱1-1', ballots: [{ approve: [ids.get(a)] }] };
    for (const teller of ['teller-1', 'teller-2']) {
      auth = await bearer([{ role: 'SYSTEM_ADMIN' }], teller);
      await must(PAPER, { input: batch });
    }
    auth = admin;
    await must(STEP('closeElection'), { e });
    expect((await post(COUNT, { e })).node.count).toMatchObject({ status: 'VOID' });
    expect((await post(STEP('certifyElection'), { e })).certifyElection.errors[0]).toMatchObject({
      code: 'ELECTION_VOID',
    });

    const started = await must(STEP('startNextRound'), { e });
    const repeat = started.election;
    expect(repeat).toMatchObject({ status: 'NOMINATIONS', round: 2, roundKind: 'REPEAT', seats: 2 });
    expect(repeat.candidates.map((x: { name: string }) => x.name).sort()).toEqual([a, b, c].sort());
    const majority = Math.floor(n / 2) + 1;
    const again = await vote(repeat.id, times(majority, [a, b]));
    expect(again.round.count).toMatchObject({ tied: [], unfilledSeats: 0 });
    expect([...again.round.count.elected].sort()).toEqual([a, b].sort());
    await must(STEP('certifyElection'), { e: repeat.id });
    const { node } = await post(ELECTION, { e });
    expect(node.rounds).toMatchObject([
      { round: 1, roundKind: 'FIRST', status: 'COUNTED' },
      { round: 2, roundKind: 'REPEAT', status: 'CERTIFIED' },
    ]);
    const checked = await verifyElectionRecord(JSON.parse(node.record), {
      receipt: again.receipts[0] as string,
      publishedSeal: node.rounds.at(-1).seal,
    });
    expect(checked.problems).toEqual([]);
  }, 240_000);
});
