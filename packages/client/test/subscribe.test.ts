// The client's subscriptions over Server-Sent Events against a real server: live turnout of the
// demo's open chair election, the current numbers first, then one event per change. And the
// README's whole election with the client, step by step as it is written there, on the demo data.

import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { systemClock, uuidIds, verifyElectionRecord } from '../../core/src/index.js';
import { seedDemoData } from '../../graphql/src/seed.js';
import { type ElectionSeedReport, seedDemoElections } from '../../graphql/src/seed-election.js';
import { type RunningServer, startServer } from '../../graphql/src/server.js';
import { SYSTEM_ACTOR } from '../../graphql/src/store/audit.js';
import type { Database } from '../../graphql/src/store/database.js';
import { PrismaStore } from '../../graphql/src/store/prisma-store.js';
import { adminBearer, testAuth } from '../../graphql/test/support/auth.js';
import { createTestDatabase } from '../../graphql/test/support/database.js';
import {
  BallotPaperDocument,
  CastBallotDocument,
  CertifyElectionDocument,
  CloseElectionDocument,
  CreateElectionDocument,
  createClient,
  ElectionDocument,
  ElectionTurnoutDocument,
  type ElectionTurnoutSubscription,
  FreezeRollDocument,
  type GonghuiClient,
  GonghuiClientError,
  IssueBallotTokenDocument,
  NominateCandidateDocument,
  OpenNominationsDocument,
  OpenVotingDocument,
  OrganizationMembersDocument,
  OrganizationsDocument,
  RegisterAttendanceDocument,
} from '../src/index.js';

let db: Database;
let server: RunningServer;
let client: GonghuiClient;
let demo: ElectionSeedReport;

beforeAll(async () => {
  db = await createTestDatabase('pglite');
  const store = new PrismaStore(db);
  const env = { clock: systemClock, ids: uuidIds };
  await seedDemoData(store, env);
  demo = (await seedDemoElections(db, store, env, SYSTEM_ACTOR)) as ElectionSeedReport;
  server = await startServer({ db, auth: await testAuth(), port: 0, production: false });
  const authorization = await adminBearer();
  client = createClient({ url: server.url, headers: () => ({ authorization }) });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await db?.close();
});

/** A global ID as the API gives it. */
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe('client.subscribe over Server-Sent Events', () => {
  it('receives the turnout now, then after each ballot issued; stopping the loop closes the stream', async () => {
    const electionId = gid('Election', demo.chairElectionId);
    const turnout = client.subscribe(ElectionTurnoutDocument, { electionId });
    const first = await turnout.next();
    expectTypeOf(turnout).toEqualTypeOf<AsyncIterableIterator<ElectionTurnoutSubscription>>();
    expect(first.value.electionTurnout).toEqual({
      status: 'OPEN',
      entitled: 7,
      present: 5,
      ballotsIssued: 1,
      ballotsCast: 0,
    });
    const zhou = await db.prisma.member.findFirstOrThrow({ where: { name: '周建国' } });
    const issued = await client.request(IssueBallotTokenDocument, {
      electionId,
      voterId: gid('Member', zhou.id),
    });
    expect(issued.issueBallotToken.errors).toEqual([]);
    const second = await turnout.next();
    expect(second.value.electionTurnout).toMatchObject({ ballotsIssued: 2, ballotsCast: 0 });
    expect(await turnout.return?.()).toEqual({ done: true, value: undefined });
  });

  it('rejects a subscription the viewer may not see with a GonghuiClientError', async () => {
    const anonymous = createClient({ url: server.url });
    const turnout = anonymous.subscribe(ElectionTurnoutDocument, {
      electionId: gid('Election', demo.chairElectionId),
    });
    const failed = await turnout.next().catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(GonghuiClientError);
    expect((failed as GonghuiClientError).errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the README’s whole election with the client', () => {
  it('drafts, nominates, freezes, opens, casts, closes, certifies and verifies a receipt, as written there', async () => {
    const { organizations } = await client.request(OrganizationsDocument, {
      filter: { nameContains: '梅园石雕' },
    });
    const union = organizations.nodes[0];
    if (!union) throw new Error('no demo data');
    const members = await client.request(OrganizationMembersDocument, { id: union.id, first: 10 });
    const people = members.node && 'members' in members.node ? (members.node.members?.nodes ?? []) : [];

    const created = await client.request(CreateElectionDocument, {
      input: {
        organizationId: union.id,
        title: '第二届工会主席选举',
        body: 'CHAIR',
        seats: 1,
        contested: true,
      },
    });
    const electionId = created.createElection.election?.id ?? '';
    await client.request(OpenNominationsDocument, { electionId });
    for (const person of people.slice(0, 2)) {
      await client.request(NominateCandidateDocument, { input: { electionId, memberId: person.id } });
    }
    await client.request(FreezeRollDocument, { electionId });

    for (const person of people)
      await client.request(RegisterAttendanceDocument, { electionId, voterId: person.id });
    await client.request(OpenVotingDocument, { electionId });
    const tokens: string[] = [];
    for (const person of people) {
      const issued = await client.request(IssueBallotTokenDocument, { electionId, voterId: person.id });
      tokens.push(issued.issueBallotToken.token ?? '');
    }

    const voter = createClient({ url: server.url });
    const receipts: string[] = [];
    for (const token of tokens) {
      const { ballotPaper } = await voter.request(BallotPaperDocument, { electionId, token });
      const choice = ballotPaper?.candidates[receipts.length === 0 ? 1 : 0]?.id ?? '';
      const cast = await voter.request(CastBallotDocument, {
        input: { electionId, token, ballot: { approve: [choice] } },
      });
      receipts.push(cast.castBallot.receipt ?? '');
    }

    await client.request(CloseElectionDocument, { electionId });
    await client.request(CertifyElectionDocument, { electionId });
    const { node } = await client.request(ElectionDocument, { id: electionId });
    if (!node || !('record' in node) || !node.record) throw new Error('no record');
    expect(people.map((p) => p.name)).toEqual(['周建国', '张海燕', '郑伟']);
    expect(node.count?.elected).toEqual(['周建国']);
    const checked = await verifyElectionRecord(JSON.parse(node.record), { receipt: receipts[0] });
    expect(checked.valid).toBe(true);
    expect(checked.receipt).toMatchObject({ round: 1, marks: { approve: [expect.any(String)] } });
  });
});
