// Hardening of the HTTP API: graphql-armor limits, page size, body limit, CSRF prevention, rate
// limiting, introspection and fault masking in production, persisted documents — and the abuse
// inputs of issue 3, each refused with a clear error while the server keeps serving.

import { readdirSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { createOrganization, execute, systemClock, uuidIds } from '@gonghui/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { getIntrospectionQuery, parse, print, separateOperations } from 'graphql';
import { SignJWT, UnsecuredJWT } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, GonghuiClientError, OrganizationsDocument } from '../../client/src/index.js';
import { MAX_PAGE_SIZE } from '../src/builder.js';
import { ARMOR_LIMITS } from '../src/hardening/armor.js';
import { loadPersistedDocuments } from '../src/hardening/persisted-documents.js';
import { DEMO_STONE_CARVING_UNION, MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import { EXAMPLE_OPERATIONS, type RunningServer, type ServerOptions, startServer } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, TEST_JWT_SECRET, testAuth } from './support/auth.js';
import { createTestDatabase } from './support/database.js';

type Body = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Body;
}

const OPERATIONS_DIR = new URL('../../client/src/operations/', import.meta.url);
const NORMAL_QUERY = '{ organizations(first: 1) { totalCount } }';

let db: Database;
const servers: RunningServer[] = [];

async function serve(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const server = await startServer({ db, auth: await testAuth(), port: 0, production: false, ...options });
  servers.push(server);
  return server;
}

/** Sends `body` (an object is sent as JSON) to `url` and reads the JSON answer. */
async function send(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Body;
  try {
    parsed = JSON.parse(text) as Body;
  } catch {
    throw new Error(`HTTP ${response.status}: not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Sends an operation as a multipart request by the spec, `file` as the variable `input.file`. */
async function sendUpload(
  url: string,
  body: { variables: Record<string, unknown> },
  file: Blob,
  authorization: string,
) {
  const form = new FormData();
  const input = { ...(body.variables.input as object), file: null };
  form.append('operations', JSON.stringify({ ...body, variables: { ...body.variables, input } }));
  form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
  form.append('0', file, 'roster.csv');
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization, 'x-graphql-csrf': '1' },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Body };
}

/** The first `next` event of a subscription sent over Server-Sent Events. */
async function firstEvent(url: string, body: object, authorization: string): Promise<Body> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization },
    body: JSON.stringify(body),
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const match = /event: next\ndata: (.*)\n\n/.exec(text);
      if (match) return JSON.parse(match[1] as string) as Body;
      const { value, done } = await reader.read();
      if (done) throw new Error(`the event stream ended without an event: ${text.slice(0, 200)}`);
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    await reader.cancel();
  }
}

/** A normal query succeeds: the server is still serving. */
async function expectServing(url: string, headers: Record<string, string> = {}): Promise<void> {
  const { status, body } = await send(url, { query: NORMAL_QUERY }, headers);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data.organizations.totalCount).toBeGreaterThan(MAX_PAGE_SIZE);
}

beforeAll(async () => {
  db = await createTestDatabase('pglite');
  const store = new PrismaStore(db);
  const env = { clock: systemClock, ids: uuidIds };
  await seedDemoData(store, env);
  // More organizations than one page holds, for the page-size test.
  const parent = await db.prisma.organization.findFirstOrThrow({ where: { name: '绍兴市越城区总工会' } });
  for (let i = 0; i < MAX_PAGE_SIZE + 10; i++) {
    const created = await execute(store, env, createOrganization, {
      name: `越城区测试企业${i}工会`,
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: parent.id,
      regionCode: '330602',
    });
    if (!created.ok) throw new Error(created.error.message);
  }
});

afterAll(async () => {
  for (const server of servers) await server.close().catch(() => undefined);
  await db?.close();
});

describe('legitimate documents pass the armor', () => {
  let server: RunningServer;
  let admin: string;
  beforeAll(async () => {
    server = await serve();
    admin = await adminBearer();
  });

  it('runs every GraphiQL example operation', async () => {
    const names = parse(EXAMPLE_OPERATIONS).definitions.flatMap((d) =>
      d.kind === 'OperationDefinition' && d.name ? [d.name.value] : [],
    );
    expect(names).toEqual([
      'MeiyuanFederation',
      'ZhejiangSubtree',
      'JiaxingGrassroots',
      'ShaoxingSeats',
      'SummerCarnival',
      'MeiyuanCommittee',
      'MeiyuanElections',
      'MeiyuanBargaining',
    ]);
    for (const operationName of names) {
      // The directory needs no token; the congress examples read protected data: with one, as they say.
      const token = ['ShaoxingSeats', 'MeiyuanCommittee', 'MeiyuanElections', 'MeiyuanBargaining'].includes(
        operationName,
      );
      const { status, body } = await send(
        server.url,
        { query: EXAMPLE_OPERATIONS, operationName },
        token ? { authorization: admin } : {},
      );
      expect(body.errors, operationName).toBeUndefined();
      expect(status, operationName).toBe(200);
    }
  });

  it('runs every operation of @gonghui/client (packages/client/src/operations)', async () => {
    const text = readdirSync(OPERATIONS_DIR)
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => readFileSync(new URL(file, OPERATIONS_DIR), 'utf8'))
      .join('\n');
    const operations = separateOperations(parse(text));
    const id = async (name: string) => {
      const { body } = await send(server.url, {
        query:
          'query($name: String) { organizations(filter: { nameContains: $name }) { nodes { id name } } }',
        variables: { name },
      });
      return body.data.organizations.nodes.find((n: { name: string }) => n.name === name).id as string;
    };
    const haishu = await id('宁波市海曙区总工会');
    const ningbo = await id('宁波市总工会');
    const meiyuan = await id(MEIYUAN_FEDERATION);
    const quarry = await id('宁波梅园石矿开采有限公司工会');
    const anji = await id('安吉白茶合作社联合工会');
    const shaoxing = await id('绍兴市总工会');
    const quarryMember = await send(
      server.url,
      {
        query:
          'query($id: ID!) { node(id: $id) { ... on Organization { members(first: 1) { nodes { id } } } } }',
        variables: { id: quarry },
      },
      { authorization: admin },
    );
    const meiyuanCongress = await send(
      server.url,
      {
        query:
          'query($id: ID!) { node(id: $id) { ... on Organization { congress { id currentTerm { id } } } } }',
        variables: { id: meiyuan },
      },
      { authorization: admin },
    );
    const meiyuanChair = await send(
      server.url,
      {
        query:
          'query($id: ID!) { node(id: $id) { ... on Organization { positions(role: CHAIR, heldOn: "2025-06-01", first: 1) { nodes { id } } } } }',
        variables: { id: meiyuan },
      },
      { authorization: admin },
    );
    const shaoxingCongress = await send(
      server.url,
      {
        query: 'query($id: ID!) { node(id: $id) { ... on Organization { congress { id } } } }',
        variables: { id: shaoxing },
      },
      { authorization: admin },
    );
    const yuhang = await id('杭州市余杭区总工会');
    const kindergarten = await id('杭州市绿洲花园幼儿园工会');
    const { body: seeded } = await send(
      server.url,
      {
        query:
          'query($id: ID!) { node(id: $id) { ... on Organization { members(first: 1) { nodes { id } } } } }',
        variables: { id: kindergarten },
      },
      { authorization: admin },
    );
    const demoMember = seeded.data.node.members.nodes[0].id as string;
    const hour = 3_600_000;
    const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
    let created = '';
    let member = '';
    let congress = '';
    let term = '';
    let unit = '';
    let delegate = '';
    let committee = '';
    let position = '';
    // An election on the stone-carving union (its two members on the roll), made ready up to the
    // roll frozen with one voter present, for the election operations below.
    const carving = await id(DEMO_STONE_CARVING_UNION);
    const mutate = async (query: string, variables: object, authorization = admin) =>
      (await send(server.url, { query, variables }, { authorization })).body.data;
    const carvers = (
      await mutate(
        'query($id: ID!) { node(id: $id) { ... on Organization { members(first: 5) { nodes { id } } } } }',
        {
          id: carving,
        },
      )
    ).node.members.nodes.map((n: { id: string }) => n.id) as [string, string];
    const step = (name: string, electionId: string) =>
      mutate(`mutation($e: ID!) { ${name}(input: { electionId: $e }) { errors { code } } }`, {
        e: electionId,
      });
    const ready = (
      await mutate(
        'mutation($input: CreateElectionInput!) { createElection(input: $input) { election { id } } }',
        {
          input: {
            organizationId: carving,
            title: '硬化测试选举',
            body: 'CHAIR',
            seats: 1,
            contested: false,
          },
        },
      )
    ).createElection.election.id as string;
    await step('openNominations', ready);
    const candidate = (
      await mutate(
        'mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { candidacy { id } } }',
        {
          input: { electionId: ready, name: '硬化测试候选人' },
        },
      )
    ).nominateCandidate.candidacy.id as string;
    await step('freezeRoll', ready);
    await mutate(
      'mutation($e: ID!, $v: ID!) { registerAttendance(input: { electionId: $e, voterId: $v }) { errors { code } } }',
      {
        e: ready,
        v: carvers[1],
      },
    );
    const voter = await bearer(
      [{ role: 'MEMBER', memberId: decodeGlobalID(carvers[0]).id }],
      'hardening-voter',
    );
    // Signs itself out (RevokeMyTokens): a subject of its own, so the admin's token stays valid.
    const leaver = await bearer(
      [{ role: 'MEMBER', memberId: decodeGlobalID(carvers[1]).id }],
      'hardening-leaver',
    );
    // A committee election on the same union counted with a seat unfilled (1 elected of 2: within
    // the 1–1 of a union below 25 members), for ReduceSeats (elections' lane, minimal).
    const reducible = (
      await mutate(
        'mutation($input: CreateElectionInput!) { createElection(input: $input) { election { id } } }',
        {
          input: {
            organizationId: carving,
            title: '硬化测试委员会选举',
            body: 'COMMITTEE',
            seats: 2,
            contested: true,
          },
        },
      )
    ).createElection.election.id as string;
    await step('openNominations', reducible);
    const nominees: string[] = [];
    for (const name of ['硬化甲', '硬化乙', '硬化丙']) {
      const nominated = await mutate(
        'mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { candidacy { id } } }',
        { input: { electionId: reducible, name } },
      );
      nominees.push(nominated.nominateCandidate.candidacy.id);
    }
    await step('freezeRoll', reducible);
    for (const v of carvers) {
      await mutate(
        'mutation($e: ID!, $v: ID!) { registerAttendance(input: { electionId: $e, voterId: $v }) { errors { code } } }',
        { e: reducible, v },
      );
    }
    await step('openVoting', reducible);
    for (const v of carvers) {
      const issued = await mutate(
        'mutation($e: ID!, $v: ID!) { issueBallotToken(input: { electionId: $e, voterId: $v }) { token } }',
        { e: reducible, v },
      );
      await mutate('mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }', {
        input: {
          electionId: reducible,
          token: issued.issueBallotToken.token,
          ballot: { approve: [nominees[0]] },
        },
      });
    }
    await step('closeElection', reducible);
    let drafted = '';
    let token = '';
    let activity = '';
    let fund = '';
    let program = '';
    let entry = '';
    let importJob = '';
    let bargaining = '';
    // Variables per operation, in file order (the mutations build on each other).
    const variables: Record<string, () => Record<string, unknown>> = {
      CreateElection: () => ({
        input: {
          organizationId: carving,
          title: '硬化测试选举二',
          body: 'CHAIR',
          seats: 1,
          contested: false,
        },
      }),
      OpenNominations: () => ({ electionId: drafted }),
      NominateCandidate: () => ({ input: { electionId: drafted, name: '硬化测试候选人' } }),
      FreezeRoll: () => ({ electionId: drafted }),
      RegisterAttendance: () => ({ electionId: ready, voterId: carvers[0] }),
      OpenVoting: () => ({ electionId: ready }),
      IssueBallotToken: () => ({ electionId: ready, voterId: carvers[1] }),
      CheckInToVote: () => ({ electionId: ready }),
      BallotPaper: () => ({ electionId: ready, token }),
      CastBallot: () => ({ input: { electionId: ready, token, ballot: { approve: [candidate] } } }),
      EnterPaperBallots: () => ({ input: { electionId: ready, batch: 'box 1', ballots: [] } }),
      CloseElection: () => ({ electionId: ready }),
      CertifyElection: () => ({ electionId: ready }),
      ApproveElection: () => ({ electionId: ready }),
      ReduceSeats: () => ({ electionId: reducible }),
      StartNextRound: () => ({ electionId: ready }),
      Election: () => ({ id: ready }),
      ElectionTurnout: () => ({ electionId: ready }),
      // Congresses (operations/congress.graphql): reads of the demo, then a congress of 海曙区 built step by step.
      OrganizationCongress: () => ({ id: shaoxing }),
      TermDelegates: () => ({
        id: meiyuanCongress.body.data.node.congress.currentTerm.id,
        first: MAX_PAGE_SIZE,
      }),
      OrganizationCommittees: () => ({ id: meiyuan, role: 'CHAIR', heldOn: '2019-06-01', first: 5 }),
      TermExpiryWatch: () => ({ organizationId: ningbo, withinDays: 90, first: 50 }),
      PreviewApportionment: () => ({
        input: {
          congressId: shaoxingCongress.body.data.node.congress.id,
          delegationTo: '硬化测试代表大会',
          seats: 57,
          cutoffDate: '2022-12-31',
        },
      }),
      CreateCongress: () => ({
        input: { organizationId: haishu, name: '海曙区工会代表大会', form: 'DELEGATES_CONGRESS', seats: 9 },
      }),
      OpenTerm: () => ({ input: { congressId: congress, startsOn: '2025-01-01', years: 5 } }),
      DelayTermElection: () => ({ input: { termId: term, months: 3, approval: '宁总工〔2029〕1号' } }),
      CreateElectoralUnit: () => ({
        input: { congressId: congress, name: '梅园石矿', organizationIds: [quarry] },
      }),
      ApportionDelegateSeats: () => ({ input: { congressId: congress, cutoffDate: '2025-01-01' } }),
      AddDelegate: () => ({
        input: {
          termId: term,
          unitId: unit,
          memberId: quarryMember.body.data.node.members.nodes[0].id,
          frontLine: true,
          manager: false,
        },
      }),
      RecordSession: () => ({ input: { termId: term, heldOn: '2025-06-01', present: 1 } }),
      ChangeDelegateStatus: () => ({
        input: { delegateId: delegate, status: 'REPLACED', date: '2029-01-01' },
      }),
      CreateCommittee: () => ({ input: { organizationId: haishu, kind: 'FUNDS_AUDIT', seats: 3 } }),
      AppointPosition: () => ({
        input: {
          committeeId: committee,
          memberId: quarryMember.body.data.node.members.nodes[0].id,
          role: 'CHAIR',
          startsOn: '2025-01-01',
        },
      }),
      EndPosition: () => ({ input: { positionId: position, endsOn: '2029-12-31' } }),
      // 梅园村's chair removed by 3 of the congress's 5 delegates.
      RemoveOfficer: () => ({
        input: {
          positionId: meiyuanChair.body.data.node.positions.nodes[0].id,
          removedOn: '2025-06-30',
          votesFor: 3,
        },
      }),
      // Bargaining (operations/bargaining.graphql): a case of the quarry's union, every step in time.
      OrganizationBargainingCases: () => ({ id: quarry, first: MAX_PAGE_SIZE }),
      OpenBargaining: () => ({
        input: {
          organizationId: quarry,
          employer: '宁波梅园石矿开采有限公司',
          firmWorkers: 120,
          requestedOn: '2026-03-06',
        },
      }),
      RecordBargainingReply: () => ({ input: { caseId: bargaining, repliedOn: '2026-03-20' } }),
      NameNegotiators: () => ({
        input: {
          caseId: bargaining,
          workers: { negotiators: 5, outsideExperts: 1 },
          employer: { negotiators: 5, outsideExperts: 0 },
        },
      }),
      ScheduleBargainingMeeting: () => ({
        input: { caseId: bargaining, meetingOn: '2026-04-08', documentsProvidedOn: '2026-04-01' },
      }),
      FinishBargaining: () => ({ input: { caseId: bargaining, finishedOn: '2026-05-20', agreed: true } }),
      RecordContractVote: () => ({
        input: {
          caseId: bargaining,
          votedOn: '2026-06-12',
          vote: { delegates: 30, present: 20, approving: 16, against: 3, abstaining: 1 },
          term: { startsOn: '2026-07-01', endsOn: '2029-06-30' },
        },
      }),
      FileContract: () => ({ input: { caseId: bargaining, signedOn: '2026-06-15', filedOn: '2026-06-25' } }),
      RecordContractObjection: () => ({ input: { caseId: bargaining, objectedOn: '2026-07-10' } }),
      OrganizationById: () => ({ id: haishu }),
      Organizations: () => ({ first: MAX_PAGE_SIZE }),
      OrganizationSubtree: () => ({ id: ningbo, includeSelf: true, first: MAX_PAGE_SIZE }),
      OrganizationChildren: () => ({ id: haishu, first: MAX_PAGE_SIZE }),
      OrganizationAncestors: () => ({ id: quarry }),
      FederationMemberUnions: () => ({ federationId: meiyuan, first: MAX_PAGE_SIZE }),
      CreateOrganization: () => ({
        input: {
          name: '海曙区硬化测试街道总工会',
          kind: 'FEDERATION_OF_TRADE_UNIONS',
          level: 'TOWNSHIP',
          parentId: haishu,
        },
      }),
      UpdateOrganization: () => ({ input: { id: created, regionCode: '330203' } }),
      MoveOrganization: () => ({ input: { id: created, newParentId: ningbo } }),
      DissolveOrganization: () => ({ input: { id: created } }),
      JoinFederation: () => ({
        input: { federationId: meiyuan, memberId: anji, chain: '梅园石', segment: 'DOWNSTREAM' },
      }),
      LeaveFederation: () => ({ input: { federationId: meiyuan, memberId: anji } }),
      RegisterMember: () => ({
        input: {
          organizationId: quarry,
          name: '硬化测试会员',
          idNumber: '330203199108150172',
          joinedOn: '2020-01-01',
        },
      }),
      OrganizationMembers: () => ({ id: quarry, first: MAX_PAGE_SIZE }),
      RevealMember: () => ({ id: member }),
      UpdateMemberContact: () => ({ input: { memberId: member, phone: '13800138000' } }),
      CreateActivity: () => ({
        input: {
          organizationId: yuhang,
          title: '硬化测试活动',
          place: '余杭',
          startsAt: iso(48 * hour),
          endsAt: iso(50 * hour),
          enrollmentOpensAt: iso(-hour),
          enrollmentClosesAt: iso(24 * hour),
          places: 2,
        },
      }),
      OrganizationActivities: () => ({ id: yuhang, first: MAX_PAGE_SIZE }),
      Enroll: () => ({ input: { activityId: activity, memberId: demoMember } }),
      CancelEnrollment: () => ({ input: { activityId: activity, memberId: demoMember } }),
      MyEnrollments: () => ({}),
      CreateFund: () => ({
        input: {
          organizationId: yuhang,
          name: '硬化测试资金',
          total: '1000',
          fromYear: 2026,
          toYear: 2026,
          budgets: [{ year: 2026, amount: '1000' }],
        },
      }),
      CreateBenefitProgram: () => ({
        input: {
          fundId: fund,
          name: '硬化测试项目',
          year: 2026,
          eligibility: 'LIVE_MEMBERS',
          amountPolicy: 'FIXED',
          amount: '1',
        },
      }),
      PreviewDisbursement: () => ({
        input: { programId: program, organizationId: yuhang, cutoff: '2026-06-30' },
      }),
      RunDisbursement: () => ({
        input: { programId: program, organizationId: yuhang, cutoff: '2026-06-30' },
      }),
      BenefitReport: () => ({ organizationId: yuhang, year: 2018 }),
      OrganizationFunds: () => ({ id: yuhang, first: MAX_PAGE_SIZE }),
      FundPrograms: () => ({ id: fund, first: MAX_PAGE_SIZE }),
      ProgramLedger: () => ({ id: program, first: MAX_PAGE_SIZE }),
      ReverseLedgerEntry: () => ({ input: { entryId: entry, reason: '硬化测试冲正' } }),
      RemainingPlaces: () => ({ activityId: activity }),
      SearchMembers: () => ({
        organizationId: ningbo,
        filter: { nameContains: '硬化' },
        first: MAX_PAGE_SIZE,
      }),
      MemberHistory: () => ({ id: member }),
      MemberCoverage: () => ({ id: ningbo }),
      TransferMember: () => ({
        input: { memberId: member, fromOrganizationId: quarry, employerUnionId: anji },
      }),
      RetainMember: () => ({ input: { memberId: member, reason: 'RETIRED' } }),
      ReactivateMember: () => ({ input: { memberId: member, employerUnionId: quarry } }),
      TerminateMember: () => ({ input: { memberId: member, reason: 'LEFT' } }),
      RecordMemberEngagement: () => ({ input: { memberId: member, duesPaidOn: '2026-01-01' } }),
      LapseMemberships: () => ({ input: { organizationId: ningbo } }),
      HoldMembersOfDissolvedEmployer: () => ({ input: { organizationId: anji } }),
      OrganizationChanged: () => ({ id: ningbo }),
      ImportMembers: () => ({ input: { organizationId: quarry } }),
      ImportJob: () => ({ id: importJob }),
      MemberImportProgress: () => ({ id: importJob }),
      // Tokens (operations/tokens.graphql): another subject's, and a token of its own signing out.
      RevokeTokens: () => ({ input: { subject: 'hardening-departed', reason: '硬化测试离任' } }),
      RevokeMyTokens: () => ({ input: { reason: '硬化测试退出' } }),
    };
    expect(Object.keys(operations).sort()).toEqual(Object.keys(variables).sort());
    for (const [name, document] of Object.entries(operations)) {
      const vars = variables[name]?.() ?? {};
      if (
        document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'subscription')
      ) {
        // organizationChanged has no current value, only changes: the client test runs it with one.
        if (name === 'OrganizationChanged') continue;
        // A subscription answers over Server-Sent Events: its first event is the current value.
        const event = await firstEvent(
          server.url,
          { query: print(document), operationName: name, variables: vars },
          admin,
        );
        expect(event.errors, name).toBeUndefined();
        expect(Object.values(event.data ?? {})[0], name).toBeTruthy();
        continue;
      }
      const request = { query: print(document), operationName: name, variables: vars };
      const { status, body } =
        name === 'ImportMembers'
          ? await sendUpload(
              server.url,
              request,
              new Blob(['姓名,身份证号\n硬化导入,330203199108150199\n']),
              admin,
            )
          : await send(server.url, request, {
              authorization: name === 'CheckInToVote' ? voter : name === 'RevokeMyTokens' ? leaver : admin,
            });
      expect(body.errors, name).toBeUndefined();
      expect(status, name).toBe(200);
      const payload = Object.values(body.data)[0] as { errors?: unknown[]; organization?: { id: string } };
      if (payload && 'errors' in payload) expect(payload.errors, name).toEqual([]);
      if (name === 'CreateOrganization') created = payload.organization?.id ?? '';
      if (name === 'RegisterMember') member = (payload as { member?: { id: string } }).member?.id ?? '';
      if (name === 'CreateElection') drafted = (payload as { election?: { id: string } }).election?.id ?? '';
      if (name === 'IssueBallotToken') token = (payload as { token?: string }).token ?? '';
      const made = (field: string) =>
        (payload as Record<string, { id: string } | undefined>)[field]?.id ?? '';
      if (name === 'CreateCongress') congress = made('congress');
      if (name === 'OpenTerm') term = made('term');
      if (name === 'CreateElectoralUnit') unit = made('unit');
      if (name === 'AddDelegate') delegate = made('delegate');
      if (name === 'CreateCommittee') committee = made('committee');
      if (name === 'AppointPosition') position = made('position');
      if (name === 'CreateActivity') activity = (payload as { activity?: { id: string } }).activity?.id ?? '';
      if (name === 'CreateFund') fund = (payload as { fund?: { id: string } }).fund?.id ?? '';
      if (name === 'CreateBenefitProgram')
        program = (payload as { program?: { id: string } }).program?.id ?? '';
      if (name === 'ImportMembers') importJob = made('job');
      if (name === 'OpenBargaining') bargaining = made('bargainingCase');
      if (name === 'ProgramLedger') entry = body.data.node.ledger.nodes[0]?.id ?? '';
    }
  });

  it("passes GraphiQL's introspection query in development", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      specifiedByUrl: true,
    });
    const { status, body } = await send(server.url, { query });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('admits a full page written with a literal first: 100', async () => {
    const fields =
      'id name kind level status regionCode creditCode depth parent { id name } createdAt updatedAt';
    const { body } = await send(server.url, {
      query: `{ organizations(first: ${MAX_PAGE_SIZE}) { totalCount pageInfo { hasNextPage } nodes { ${fields} } } }`,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.organizations.nodes).toHaveLength(MAX_PAGE_SIZE);
  });

  it(`returns at most MAX_PAGE_SIZE (${MAX_PAGE_SIZE}) nodes when asked for 1,000`, async () => {
    const { body } = await send(server.url, {
      query:
        'query($first: Int) { organizations(first: $first) { totalCount pageInfo { hasNextPage } nodes { id } } }',
      variables: { first: 1000 },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.organizations.totalCount).toBeGreaterThan(MAX_PAGE_SIZE);
    expect(body.data.organizations.nodes).toHaveLength(MAX_PAGE_SIZE);
    expect(body.data.organizations.pageInfo.hasNextPage).toBe(true);
  });
});

describe('abuse inputs get a clear error and the server keeps serving', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve();
  });

  it('refuses a query 50 levels deep and one 11 levels deep (the depth limit)', async () => {
    const nested = (depth: number) =>
      `{ organizations { nodes { ${'parent { '.repeat(depth - 3)}id${' }'.repeat(depth - 3)} } } }`;
    const fifty = await send(server.url, { query: nested(50) });
    expect(fifty.body.data ?? null).toBeNull();
    expect(fifty.body.errors?.[0]?.message).toMatch(/Syntax Error: Query depth limit of \d+ exceeded/);
    expect(fifty.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const eleven = await send(server.url, { query: nested(ARMOR_LIMITS.maxDepth + 1) });
    expect(eleven.body.errors?.[0]?.message).toMatch(
      new RegExp(`depth limit of ${ARMOR_LIMITS.maxDepth} exceeded, found ${ARMOR_LIMITS.maxDepth + 1}`),
    );
    const ten = await send(server.url, { query: nested(ARMOR_LIMITS.maxDepth) });
    expect(ten.body.errors).toBeUndefined();
    await expectServing(server.url);
  });

  it('refuses 1,000 aliases (the token limit trips first) and 16 aliases (the alias limit)', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: organizations { totalCount }`).join(' ')} }`;
    const thousand = await send(server.url, { query: aliases(1000) });
    expect(thousand.body.data ?? null).toBeNull();
    expect(thousand.body.errors?.[0]?.message).toMatch(/Token limit of 1000 exceeded/);
    const sixteen = await send(server.url, { query: aliases(16) });
    expect(sixteen.body.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 16/);
    const fifteen = await send(server.url, { query: aliases(15) });
    expect(fifteen.body.errors).toBeUndefined();
    await expectServing(server.url);
  });

  it('refuses too many directives and a costly page of pages', async () => {
    const directives = `{ organizations { totalCount ${'@include(if: true) '.repeat(11)} } }`;
    expect((await send(server.url, { query: directives })).body.errors?.[0]?.message).toMatch(
      /Directives limit of 10 exceeded, found 11/,
    );
    const pages = '{ organizations(first: 100) { nodes { subtree(first: 100) { nodes { id name } } } } }';
    expect((await send(server.url, { query: pages })).body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Query cost 30201 exceeds the limit of 10000/),
      extensions: { code: 'COST_LIMIT_EXCEEDED' },
    });
    await expectServing(server.url);
  });

  it('refuses a 10 MB body with 413, declared or chunked', async () => {
    const big = JSON.stringify({ query: NORMAL_QUERY, variables: { padding: 'x'.repeat(10 * 1024 * 1024) } });
    const declared = await send(server.url, big);
    expect(declared.status).toBe(413);
    expect(declared.body.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(declared.body.errors?.[0]?.message).toMatch(/too large/);
    await expectServing(server.url);

    const bytes = new TextEncoder().encode(big);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 64 * 1024)
          controller.enqueue(bytes.subarray(at, at + 64 * 1024));
        controller.close();
      },
    });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    await expectServing(server.url);
  });

  it('refuses malformed JSON with 400', async () => {
    const { status, body } = await send(server.url, '{"query": "{ organizations { totalCount } }"');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/JSON/i);
    await expectServing(server.url);
  });

  it('refuses variables of the wrong type', async () => {
    const { body } = await send(server.url, {
      query: 'query($first: Int) { organizations(first: $first) { totalCount } }',
      variables: { first: 'ten' },
    });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(
      /Variable "\$first" got invalid value "ten"; Int cannot represent/,
    );
    await expectServing(server.url);
  });

  it('checks a document that passed again with every new variable: lists, page sizes, enums, text', async () => {
    // The limits and the input guard remember a document that passed (armor.ts cachedRequestLimits,
    // input-guard.ts nothingToRefuse): what passed with one value must not let another one through.
    const query = `query Remembered($first: Int, $kinds: [OrganizationKind!], $name: String) {
      organizations(first: $first, filter: { kind: $kinds, nameContains: $name }) {
        nodes { subtree(first: $first) { totalCount } } } }`;
    const ask = (variables: Record<string, unknown>) => send(server.url, { query, variables });
    const passing = { first: 10, kinds: ['GRASSROOTS_UNION'], name: '越城区' };
    for (let i = 0; i < 2; i++) expect((await ask(passing)).body.errors).toBeUndefined();
    expect((await ask({ ...passing, name: '越城' })).body.errors).toBeUndefined();
    const costly = await ask({ ...passing, first: 100 });
    expect(costly.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    const long = await ask({
      ...passing,
      kinds: Array(ARMOR_LIMITS.maxListLength + 1).fill('GRASSROOTS_UNION'),
    });
    expect(long.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.body.errors?.[0]?.message).toMatch(/holds 101 entries/);
    const enumValue = await ask({ ...passing, kinds: ['NO_SUCH_KIND'] });
    expect(enumValue.body.errors?.[0]?.message).toMatch(
      /Variable "\$kinds" got invalid value "NO_SUCH_KIND"/,
    );
    const nul = await ask({ ...passing, name: '越城\u0000区' });
    expect(nul.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TEXT_MALFORMED',
      field: 'Query.organizations',
      argument: ['filter', 'nameContains'],
    });
    await expectServing(server.url);
  });

  it('refuses expired, forged and none-algorithm tokens with 401', async () => {
    const claims = { roles: [{ role: 'SYSTEM_ADMIN' }] };
    const signed = (secret: string, exp: number) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('mallory')
        .setIssuer('gonghui')
        .setAudience('gonghui-api')
        .setExpirationTime(exp)
        .sign(new TextEncoder().encode(secret));
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, string, RegExp][] = [
      ['expired', await signed(TEST_JWT_SECRET, now - 60), /expired/],
      ['forged', await signed(`${TEST_JWT_SECRET}-forged`, now + 3600), /signed with another secret/],
      [
        'alg none',
        new UnsecuredJWT(claims)
          .setSubject('mallory')
          .setIssuer('gonghui')
          .setAudience('gonghui-api')
          .setExpirationTime(now + 3600)
          .encode(),
        /not valid/,
      ],
    ];
    for (const [label, token, message] of cases) {
      const { status, headers, body } = await send(
        server.url,
        { query: NORMAL_QUERY },
        { authorization: `Bearer ${token}` },
      );
      expect(status, label).toBe(401);
      expect(headers.get('www-authenticate'), label).toBe('Bearer');
      expect(body.errors?.[0]?.message, label).toMatch(message);
      expect(body.data ?? null, label).toBeNull();
    }
    await expectServing(server.url, { authorization: await adminBearer() });
  });
});

describe('CSRF prevention', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve();
  });

  it('refuses simple requests (GET without a header, form and text bodies) with 403', async () => {
    const url = `${server.url}?query=${encodeURIComponent(NORMAL_QUERY)}`;
    const get = await fetch(url, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(403);
    expect(((await get.json()) as Body).errors?.[0]?.message).toMatch(/CSRF/);
    const simple: [string, string][] = [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(NORMAL_QUERY)}`],
      ['text/plain', JSON.stringify({ query: NORMAL_QUERY })],
    ];
    for (const [type, body] of simple) {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': type }, body });
      expect(response.status, type).toBe(403);
    }
  });

  it('accepts JSON posts, GETs with the x-graphql-csrf header, and still serves the GraphiQL page', async () => {
    await expectServing(server.url);
    const url = `${server.url}?query=${encodeURIComponent(NORMAL_QUERY)}`;
    const get = await fetch(url, { headers: { accept: 'application/json', 'x-graphql-csrf': '1' } });
    expect(get.status).toBe(200);
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL');
  });
});

describe('rate limiting', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve({ rateLimit: { points: 3, duration: 60 } });
  });

  it('behind a trusted proxy, counts the address the proxy saw, not what the client claims', async () => {
    const proxied = await serve({ rateLimit: { points: 2, duration: 60 }, trustedProxies: 1 });
    try {
      const from = (chain: string) => ({ 'x-forwarded-for': chain });
      await expectServing(proxied.url, from('203.0.113.7'));
      // A forged entry on the left is the client's own claim: still 203.0.113.7 for the limiter.
      await expectServing(proxied.url, from('198.51.100.1, 203.0.113.7'));
      expect((await send(proxied.url, { query: NORMAL_QUERY }, from('203.0.113.7'))).status).toBe(429);
      await expectServing(proxied.url, from('203.0.113.8'));
    } finally {
      await proxied.close();
    }
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped IPv6 address as its IPv4 address', async () => {
    const proxied = await serve({ rateLimit: { points: 2, duration: 60 }, trustedProxies: 1 });
    try {
      const from = (address: string) => ({ 'x-forwarded-for': address });
      const status = async (address: string) =>
        (await send(proxied.url, { query: NORMAL_QUERY }, from(address))).status;
      // Fresh addresses inside one /64 share its bucket.
      await expectServing(proxied.url, from('2001:db8:7:7::1'));
      await expectServing(proxied.url, from('2001:db8:7:7:ffff:ffff:ffff:fffe'));
      expect(await status('2001:db8:7:7::3')).toBe(429);
      // The next /64 is another client.
      await expectServing(proxied.url, from('2001:db8:7:8::1'));
      // ::ffff:203.0.113.9 is 203.0.113.9.
      await expectServing(proxied.url, from('203.0.113.9'));
      await expectServing(proxied.url, from('::ffff:203.0.113.9'));
      expect(await status('203.0.113.9')).toBe(429);
    } finally {
      await proxied.close();
    }
  });

  it('answers 429 with Retry-After past the limit, per viewer subject or else per address', async () => {
    for (let i = 0; i < 3; i++) await expectServing(server.url);
    const limited = await send(server.url, { query: NORMAL_QUERY });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(limited.body.errors?.[0]?.message).toMatch(/Too many requests: at most 3 per 60 s/);

    // A signed-in viewer has a bucket of its own, whatever its address.
    const alice = { authorization: await bearer([{ role: 'SYSTEM_ADMIN' }], 'alice') };
    for (let i = 0; i < 3; i++) await expectServing(server.url, alice);
    expect((await send(server.url, { query: NORMAL_QUERY }, alice)).status).toBe(429);
    await expectServing(server.url, { authorization: await bearer([{ role: 'SYSTEM_ADMIN' }], 'bob') });
    // A bad token counts against the (exhausted) address, not a subject it claims.
    const forged = { authorization: 'Bearer not.a.token' };
    expect((await send(server.url, { query: NORMAL_QUERY }, forged)).status).toBe(429);
    // Health checks are never limited.
    expect((await fetch(server.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
  });
});

describe('production mode', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve({ production: true });
  });

  it('refuses introspection', async () => {
    const { body } = await send(server.url, { query: '{ __schema { types { name } } }' });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    await expectServing(server.url);
  });

  it('hides field suggestions', async () => {
    const { body } = await send(server.url, { query: '{ organizations { totalCont } }' });
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "totalCont"/);
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('masks a fault behind a request id, without a stack', async () => {
    const secret = 'connection string postgres://secret@db';
    const faulty = new Proxy(db.prisma, {
      get(target, property) {
        // The compiled read path's statement fails too: it falls back to the normal path, which faults.
        if (property === 'organization' || property === '$queryRawUnsafe') throw new Error(secret);
        return Reflect.get(target, property, target);
      },
    });
    const logged: { requestId?: string; err?: { message?: string }; msg?: string }[] = [];
    const capture = new Writable({
      write(chunk, _encoding, done) {
        logged.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const faultyServer = await serve({
      production: true,
      db: { ...db, prisma: faulty },
      logger: pino({ level: 'warn' }, capture),
    });
    const { status, body } = await send(faultyServer.url, { query: NORMAL_QUERY });
    expect(status).toBe(200);
    const message = body.errors?.[0]?.message ?? '';
    const requestId = /request id ([0-9a-f-]{36})/.exec(message)?.[1];
    expect(requestId, message).toBeDefined();
    expect(message).toMatch(/^Unexpected error\./);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
    const text = JSON.stringify(body);
    expect(text).not.toContain(secret);
    expect(text).not.toMatch(/stack|at .*\.ts:\d+/);
    // Logged with its id and what it was (the log is the operator's, not the client's); the compiled
    // read path's failed statement is logged too, as a warning without the error's message.
    expect(logged.find((line) => line.msg === 'fault')).toMatchObject({
      requestId,
      err: { message: secret },
    });
    // A caller's X-Request-Id is the id of the fault too: the one its log line and audit entries carry.
    const traced = await send(faultyServer.url, { query: NORMAL_QUERY }, { 'x-request-id': 'trace-42' });
    expect(traced.body.errors?.[0]?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'trace-42',
    });
    expect(logged.some((line) => line.requestId === 'trace-42')).toBe(true);
  });

  it('still answers rule violations as typed errors as data', async () => {
    const { body: found } = await send(server.url, {
      query: '{ organizations(filter: { nameContains: "宁波市海曙区总工会" }) { nodes { id } } }',
    });
    const { status, body } = await send(
      server.url,
      {
        query:
          'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } errors { code path } } }',
        variables: {
          input: {
            name: '海曙区某街道总工会',
            kind: 'FEDERATION_OF_TRADE_UNIONS',
            level: 'TOWNSHIP',
            parentId: found.data.organizations.nodes[0].id,
            regionCode: '33',
          },
        },
      },
      { authorization: await adminBearer() },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.createOrganization.organization).toBeNull();
    expect(body.data.createOrganization.errors[0].code).toBe('ORG_REGION_INVALID');
  });
});

describe('persisted documents mode', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve({ production: true, persistedDocuments: await loadPersistedDocuments() });
  });

  it("runs @gonghui/client's operations by hash", async () => {
    const client = createClient({ url: server.url, persistedDocuments: true });
    const { organizations } = await client.request(OrganizationsDocument, { first: 2 });
    expect(organizations.nodes).toHaveLength(2);
    expect(organizations.totalCount).toBeGreaterThan(MAX_PAGE_SIZE);
    // Apollo's persisted-query extension names a document too.
    const hash = (OrganizationsDocument as { __meta__?: { hash: string } }).__meta__?.hash ?? '';
    const apollo = await send(server.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, '') } },
      variables: { first: 1 },
    });
    expect(apollo.body.errors).toBeUndefined();
    expect(apollo.body.data.organizations.nodes).toHaveLength(1);
  });

  it('refuses any other document, and unknown ids, with a clear error', async () => {
    const arbitrary = await send(server.url, { query: NORMAL_QUERY });
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(arbitrary.body.errors?.[0]?.message).toMatch(/only the persisted operations of @gonghui\/client/);
    const unknown = await send(server.url, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // The client sends text by default, which this server refuses.
    const error = await createClient({ url: server.url })
      .request(OrganizationsDocument, { first: 1 })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GonghuiClientError);
    expect((error as GonghuiClientError).errors[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
  });
});
