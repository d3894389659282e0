// Elections through the API, on the demo data: 梅园村's committee election (chained to its congress's
// term and union committee) approved with its record, the chair election (chained: the committee's
// members are its roll) open; the GraphiQL example walks both. A token holder casts without signing
// in, members check in, roles hold, turnout streams over SSE, the record verifies, nothing of a cast
// reaches the audit log.
import { Writable } from 'node:stream';
import { systemClock, uuidIds, verifyElectionRecord } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import { type ElectionSeedReport, seedDemoElections } from '../src/seed-election.js';
import { createGonghuiYoga, EXAMPLE_OPERATIONS } from '../src/server.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';

const PAPER = `query($e: ID!, $t: String!) { ballotPaper(electionId: $e, token: $t) { title seats candidates { id name } } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt errors { code messageZh } } }`;
const CAST_PATH = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt errors { code messageZh message path } } }`;
const CHECK_IN = `mutation($e: ID!) { checkInToVote(input: { electionId: $e }) { token errors { code } } }`;
const CLOSE = `mutation($e: ID!) { closeElection(input: { electionId: $e }) { election { status count { elected } } errors { code message } } }`;
const ELECTION = `query($e: ID!) { node(id: $e) { ... on Election { title status round entitled present ballotsIssued ballotsReturned seal record
  count { status elected tally { nodes { name votes } } } rounds { id status } organization { name } } } }`;
const TURNOUT = `subscription($e: ID!) { electionTurnout(electionId: $e) { status entitled present ballotsIssued ballotsCast } }`;

describe.each(testBackends())('elections through the API on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let demo: ElectionSeedReport;
  let chair: string;
  let committee: string;
  /** Every log line the server wrote. */
  let log = '';
  const member = async (name: string) => {
    const row = await db.prisma.member.findFirstOrThrow({ where: { name } });
    return bearer([{ role: 'MEMBER', memberId: row.id }], `member-${row.id}`);
  };
  const post = async (query: string, variables: object, authorization?: string) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: Record<string, any>;
      errors?: { extensions?: { code?: string } }[];
    };
  };

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    const store = new PrismaStore(db);
    const env = { clock: systemClock, ids: uuidIds };
    await seedDemoData(store, env);
    demo = (await seedDemoElections(db, store, env, SYSTEM_ACTOR)) as ElectionSeedReport;
    const capture = new Writable({
      write(chunk, _encoding, done) {
        log += String(chunk);
        done();
      },
    });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), logger: pino({ level: 'info' }, capture) });
    chair = encodeGlobalID('Election', demo.chairElectionId);
    committee = encodeGlobalID('Election', demo.committeeElectionId);
  }, 120_000);
  afterAll(() => db?.close());

  it('the demo committee election is approved; its record verifies and holds every receipt', async () => {
    const answer = await post(ELECTION, { e: committee }, await adminBearer());
    const e = answer.data?.node;
    expect(e).toMatchObject({
      status: 'APPROVED',
      // Chained to the congress's term: its five serving delegates are the roll, present and voting.
      entitled: 5,
      present: 5,
      ballotsIssued: 5,
      ballotsReturned: 5,
    });
    expect(e.count.status).toBe('COMPLETE');
    expect([...e.count.elected].sort()).toEqual([...ELECTED].sort());
    const record = JSON.parse(e.record);
    expect(record.seal).toBe(e.seal);
    for (const receipt of demo.receipts) {
      expect((await verifyElectionRecord(record, { receipt, publishedSeal: e.seal })).problems).toEqual([]);
    }
    // The seeded voter 林晓雯 (杭州) is on no roll here: the election is not hers to see.
    expect((await post(ELECTION, { e: committee }, await member('林晓雯'))).data?.node).toBeNull();
    // 赵丽娟 of 石材加工 is no delegate, so not on its roll; a member of its units sees it once certified.
    const unitMember = await post(ELECTION, { e: committee }, await member('赵丽娟'));
    expect(unitMember.data?.node).toMatchObject({ status: 'APPROVED', seal: demo.committeeSeal });
    expect([...(unitMember.data?.node.count.elected ?? [])].sort()).toEqual([...ELECTED].sort());
    // Before certification she sees nothing of the chair election: its roll is the committee.
    expect((await post(ELECTION, { e: chair }, await member('赵丽娟'))).data?.node).toBeNull();
    // 王秀珍, a delegate, voted in it: after certification she sees the result.
    const voter = await post(ELECTION, { e: committee }, await member('王秀珍'));
    expect([...(voter.data?.node.count.elected ?? [])].sort()).toEqual([...ELECTED].sort());
  });

  it('the GraphiQL example MeiyuanElections shows both: the committee approved, the chair open without a count', async () => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await adminBearer() },
      body: JSON.stringify({ query: EXAMPLE_OPERATIONS, operationName: 'MeiyuanElections' }),
    });
    const body = (await response.json()) as { data: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const elections = body.data.organizations.nodes[0].elections;
    const byBody = Object.fromEntries(elections.map((e: any) => [e.body, e]));
    expect(byBody.COMMITTEE).toMatchObject({
      status: 'APPROVED',
      seats: 7,
      term: { number: 1 },
      committee: { kind: 'UNION_COMMITTEE', seats: 7 },
      turnout: { entitled: 5, present: 5, ballotsIssued: 5, ballotsCast: 5 },
      count: { unfilledSeats: 0 },
    });
    expect(byBody.COMMITTEE.seal).toBe(demo.committeeSeal);
    expect(byBody.CHAIR).toMatchObject({
      status: 'OPEN',
      committee: { kind: 'UNION_COMMITTEE' },
      turnout: { entitled: 7, present: 5, ballotsIssued: 1, ballotsCast: 0 },
      count: null,
    });
  });

  it('a token holder sees the ballot paper and casts without signing in, once', async () => {
    const paper = (await post(PAPER, { e: chair, t: demo.token })).data?.ballotPaper;
    expect(paper).toMatchObject({ seats: 1, candidates: [{ name: '张海燕' }] });
    expect((await post(PAPER, { e: chair, t: `${demo.token}x` })).data?.ballotPaper).toBeNull();
    // A ballot naming no candidate of the round, or more names than the seat, is refused as data
    // before anything is stored: the token stays unused.
    const wrong = async (ballot: object) =>
      (await post(CAST_PATH, { input: { electionId: chair, token: demo.token, ballot } })).data?.castBallot;
    expect(await wrong({ approve: ['<candidate id>'] })).toEqual({
      receipt: null,
      errors: [
        {
          code: 'BALLOT_CANDIDATE_UNKNOWN',
          messageZh: '选票上标记的人不是本轮的候选人',
          message:
            'approve[0] is "<candidate id>", which is not a candidate of round 1 (1 stand: the ids on the ballot paper)',
          path: ['input', 'ballot', 'approve', '0'],
        },
      ],
    });
    const twice = await wrong({ approve: [paper.candidates[0].id], writeIns: [paper.candidates[0].id] });
    expect(twice.errors[0]).toMatchObject({
      code: 'BALLOT_CHOICE_REPEATED',
      path: ['input', 'ballot', 'writeIns', '0'],
    });
    const over = await wrong({ approve: [paper.candidates[0].id], writeIns: ['王五'] });
    expect(over.errors[0]).toMatchObject({ code: 'BALLOT_TOO_MANY_MARKS' });
    expect(await db.prisma.castBallot.count({ where: { electionId: demo.chairElectionId } })).toBe(0);
    expect(await db.prisma.spentBallotToken.count({ where: { electionId: demo.chairElectionId } })).toBe(0);
    const input = { electionId: chair, token: demo.token, ballot: { approve: [paper.candidates[0].id] } };
    const cast = (await post(CAST, { input })).data?.castBallot;
    expect(cast.errors).toEqual([]);
    expect(cast.receipt).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){4}$/);
    const again = (await post(CAST, { input })).data?.castBallot;
    expect(again).toEqual({
      receipt: null,
      errors: [{ code: 'BALLOT_TOKEN_USED', messageZh: '该选票凭证已经使用过' }],
    });
    const audit = await db.prisma.auditEntry.findMany({ where: { targetId: demo.chairElectionId } });
    expect(audit.map((a) => a.action)).not.toContain('election.cast');
    expect(JSON.stringify(audit.map((a) => a.after))).not.toContain(cast.receipt);
    // The request log has a line per cast with no viewer and nothing of the ballot: no token,
    // receipt, candidate or mark.
    const casts = log
      .split('\n')
      .filter((line) => line.includes('"operationType":"mutation"') && line.includes('"viewer":null'));
    expect(casts.length).toBeGreaterThanOrEqual(5);
    for (const secret of [demo.token, cast.receipt, paper.candidates[0].id, '王五', 'approve'])
      expect(log).not.toContain(secret);
  });

  it('members of the committee check in for their own token; others are refused', async () => {
    const li = await member('李明华');
    const token = (await post(CHECK_IN, { e: chair }, li)).data?.checkInToVote;
    expect(token.errors).toEqual([]);
    expect((await post(CHECK_IN, { e: chair }, li)).data?.checkInToVote.errors).toEqual([
      { code: 'BALLOT_ALREADY_ISSUED' },
    ]);
    // Not on the roll: the round is not theirs to see, so not even its existence is confirmed.
    const outsider = await post(CHECK_IN, { e: chair }, await member('陈国强'));
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await post(CHECK_IN, { e: chair })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('streams turnout over SSE: the current numbers, then each change', async () => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: await adminBearer(),
      },
      body: JSON.stringify({ query: TURNOUT, variables: { e: chair } }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = sse(response);
    const first = (await events.next()).value;
    const token = (await post(CHECK_IN, { e: chair }, await member('周建国'))).data?.checkInToVote.token;
    const second = (await events.next()).value;
    expect(second.ballotsIssued).toBe(first.ballotsIssued + 1);
    const paper = (await post(PAPER, { e: chair, t: token })).data?.ballotPaper;
    await post(CAST, { input: { electionId: chair, token, ballot: { approve: [paper.candidates[0].id] } } });
    const third = (await events.next()).value;
    expect(third).toMatchObject({ status: 'OPEN', entitled: 7, ballotsCast: first.ballotsCast + 1 });
    expect(Object.keys(third)).not.toContain('tally');
    await events.return(undefined);
  });

  it('only the election’s officer or an admin above closes it; the count elects the chair', async () => {
    const other = await db.prisma.organization.findFirstOrThrow({ where: { name: '杭州市总工会' } });
    const outsider = await bearer([{ role: 'ORG_ADMIN', organizationId: other.id }], 'hangzhou-admin');
    expect((await post(CLOSE, { e: chair }, outsider)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const officer = await bearer([{ role: 'ELECTION_OFFICER', electionId: demo.chairElectionId }], 'officer');
    // Two more of the seven vote, so that 张海燕 has 4 votes: more than half of the entitled.
    for (const name of ['李国强', '王秀珍']) {
      const token = (await post(CHECK_IN, { e: chair }, await member(name))).data?.checkInToVote.token;
      const paper = (await post(PAPER, { e: chair, t: token })).data?.ballotPaper;
      await post(CAST, {
        input: { electionId: chair, token, ballot: { approve: [paper.candidates[0].id] } },
      });
    }
    const closed = (await post(CLOSE, { e: chair }, officer)).data?.closeElection;
    expect(closed).toEqual({ election: { status: 'COUNTED', count: { elected: ['张海燕'] } }, errors: [] });
    const twice = (await post(CLOSE, { e: chair }, officer)).data?.closeElection;
    expect(twice.errors[0]).toMatchObject({
      code: 'ELECTION_STEP_NOT_ALLOWED',
      message: 'cannot close: already counted',
    });
  });

  it('the federation’s admin certifies (seating the chair), only the higher union’s admin approves', async () => {
    const federation = await db.prisma.organization.findFirstOrThrow({ where: { name: MEIYUAN_FEDERATION } });
    const own = await bearer([{ role: 'ORG_ADMIN', organizationId: federation.id }], 'meiyuan-admin');
    const higher = await bearer(
      [{ role: 'ORG_ADMIN', organizationId: federation.parentId as string }],
      'haishu-admin',
    );
    const officer = await bearer([{ role: 'ELECTION_OFFICER', electionId: demo.chairElectionId }], 'officer');
    const step = (name: string) =>
      `mutation($e: ID!) { ${name}(input: { electionId: $e }) { election { status } errors { code } } }`;
    // Certifying is setting up: ORG_ADMIN of the organization or above, not its officer or a voter.
    for (const viewer of [officer, await member('张海燕')])
      expect((await post(step('certifyElection'), { e: chair }, viewer)).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
    const certified = (await post(step('certifyElection'), { e: chair }, own)).data?.certifyElection;
    expect(certified).toEqual({ election: { status: 'CERTIFIED' }, errors: [] });
    const chairPosition = await db.prisma.position.findFirstOrThrow({
      where: { role: 'CHAIR', endsOn: null, organizationId: federation.id },
      include: { member: { select: { name: true } } },
    });
    expect(chairPosition.member.name).toBe('张海燕');
    expect((await post(step('approveElection'), { e: chair }, own)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const approved = (await post(step('approveElection'), { e: chair }, higher)).data?.approveElection;
    expect(approved).toEqual({ election: { status: 'APPROVED' }, errors: [] });
  });
});

/** The seven the demo's committee election elected (everyone but 陈国强). */
const ELECTED = ['张海燕', '周建国', '李国强', '王秀珍', '陈立新', '李明华', '王秀英'];

/** The `next` events of a GraphQL-over-SSE response, as their `data` payloads. */
async function* sse(response: Response): AsyncGenerator<Record<string, number | string>> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const cut = buffer.indexOf('\n\n');
      if (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = block.split('\n').find((line) => line.startsWith('data:'));
        if (block.includes('event: next') && data) yield JSON.parse(data.slice(5)).data.electionTurnout;
        continue;
      }
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
    }
  } finally {
    await reader.cancel();
  }
}
