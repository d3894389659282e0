// The attacker's review of the newest API surface (funds, activities, enrollments, elections,
// congresses, member search): each finding is a test here that failed before its fix. A low-privilege
// viewer — a member, or the admin of one small union — against the printed schema: lists that pass
// the cost limit while touching far more rows than priced, existence oracles, forged enrollments.

import { systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../src/builder.js';
import { DEMO_STONE_CARVING_UNION, seedDemoData } from '../src/seed.js';
import { seedDemoElections } from '../src/seed-election.js';
import { createGonghuiYoga } from '../src/server.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase } from './support/database.js';

type Body = { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };

let db: Database;
let yoga: ReturnType<typeof createGonghuiYoga>;

/** Posts a document as `authorization` and reads the answer. */
async function post(authorization: string, query: string, variables: object = {}): Promise<Body> {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Body;
}

const codes = (body: Body) => (body.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  db = await createTestDatabase('pglite');
  const store = new PrismaStore(db);
  const env = { clock: systemClock, ids: uuidIds };
  await seedDemoData(store, env);
  await seedDemoElections(db, store, env, SYSTEM_ACTOR);
  yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
}, 120_000);
afterAll(() => db?.close());

describe('lists are priced at the rows they can return', () => {
  let member: string;
  beforeAll(async () => {
    const m = await db.prisma.member.findFirstOrThrow({ orderBy: { id: 'asc' } });
    member = await bearer([{ role: 'MEMBER', memberId: m.id }], 'attacker-member');
  });

  it('refuses a member’s own enrollments nested in their enrollments (100 × 100 rows, each with a count)', async () => {
    const body = await post(
      member,
      '{ myEnrollments { member { enrollments { waitingPosition activity { title } } } } }',
    );
    expect(codes(body)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('prices termExpiryWatch by its `first` (up to 200 lines), not as a short list', async () => {
    const county = await db.prisma.organization.findFirstOrThrow({ where: { name: '杭州市余杭区总工会' } });
    const body = await post(
      member,
      `query($org: ID!) { termExpiryWatch(organizationId: $org, first: 200) {
        term { organization { activities(first: 50) { nodes { id title } } } } } }`,
      { org: encodeGlobalID('Organization', county.id) },
    );
    expect(codes(body)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('prices Organization.elections (up to 100 rounds) at 100', async () => {
    const body = await post(
      member,
      '{ organizations(first: 10) { nodes { elections { candidates { name } rounds { title } } } } }',
    );
    expect(codes(body)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('pages a fund’s programs and an organization’s funds instead of returning every row', async () => {
    const unit = await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_STONE_CARVING_UNION } });
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: unit.id }], 'small-unit-admin');
    const created = await post(
      admin,
      `mutation($input: CreateFundInput!) { createFund(input: $input) { fund { id } errors { code } } }`,
      {
        input: {
          organizationId: encodeGlobalID('Organization', unit.id),
          name: '石雕工会困难帮扶金',
          total: '1000',
          fromYear: 2026,
          toYear: 2026,
          budgets: [{ year: 2026, amount: '1000' }],
        },
      },
    );
    const fundId = created.data.createFund.fund.id as string;
    // The attacker made many programs earlier (behind the API here, for speed).
    const { id: rawFundId } = await db.prisma.fund.findFirstOrThrow({ where: { organizationId: unit.id } });
    await db.prisma.benefitProgram.createMany({
      data: Array.from({ length: MAX_PAGE_SIZE + 20 }, (_, i) => ({
        id: uuidIds.next(),
        fundId: rawFundId,
        name: `项目${i}`,
        year: 2026,
        eligibility: 'LIVE_MEMBERS',
        amountPolicy: 'FIXED',
        amount: 1n,
        realNameBonus: 0n,
      })),
    });
    const page = await post(
      admin,
      `query($id: ID!) { node(id: $id) { ... on Fund { programs(first: ${MAX_PAGE_SIZE}) { totalCount nodes { id } } } } }`,
      { id: fundId },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data.node.programs.totalCount).toBe(MAX_PAGE_SIZE + 20);
    expect(page.data.node.programs.nodes).toHaveLength(MAX_PAGE_SIZE);
    const funds = await post(
      admin,
      `query($id: ID!) { node(id: $id) { ... on Organization { funds(first: 5) { totalCount nodes { name } } } } }`,
      { id: encodeGlobalID('Organization', unit.id) },
    );
    expect(funds.data.node.funds).toEqual({ totalCount: 1, nodes: [{ name: '石雕工会困难帮扶金' }] });
  });
});

describe('no existence oracle', () => {
  it('answers checkInToVote on an election out of scope as on one that does not exist', async () => {
    const election = await db.prisma.election.findFirstOrThrow({ where: { status: 'OPEN' } });
    const stranger = await bearer([{ role: 'MEMBER', memberId: uuidIds.next() }], 'stranger');
    const check = async (id: string) =>
      post(
        stranger,
        'mutation($input: ElectionStepInput!) { checkInToVote(input: $input) { token errors { code } } }',
        { input: { electionId: encodeGlobalID('Election', id) } },
      );
    const existing = await check(election.id);
    const missing = await check(uuidIds.next());
    expect(codes(existing)).toEqual(['FORBIDDEN']);
    expect(existing.data).toEqual(missing.data);
    expect(codes(missing)).toEqual(['FORBIDDEN']);
  });
});

describe('no acting for another member', () => {
  it('refuses enrolling or cancelling another member, in scope or not, as if the member did not exist', async () => {
    const activity = await db.prisma.activity.findFirstOrThrow();
    const [self, other] = await db.prisma.member.findMany({ take: 2, orderBy: { id: 'asc' } });
    const token = await bearer([{ role: 'MEMBER', memberId: self?.id as string }], 'self');
    const variables = (memberId: string) => ({
      input: {
        activityId: encodeGlobalID('Activity', activity.id),
        memberId: encodeGlobalID('Member', memberId),
      },
    });
    for (const mutation of ['enroll', 'cancelEnrollment']) {
      const input = mutation === 'enroll' ? 'EnrollInput' : 'CancelEnrollmentInput';
      const doc = `mutation($input: ${input}!) { ${mutation}(input: $input) { enrollment { status } errors { code } } }`;
      const forged = await post(token, doc, variables(other?.id as string));
      const unknown = await post(token, doc, variables(uuidIds.next()));
      expect(codes(forged)).toEqual(['FORBIDDEN']);
      expect(forged.data).toEqual(unknown.data);
    }
    expect(await db.prisma.enrollment.count({ where: { memberId: other?.id as string } })).toBe(0);
  });
});
