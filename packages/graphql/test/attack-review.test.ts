// The attacker's review of the newest API surface (funds, activities, enrollments, elections,
// congresses, member search): each finding is a test here that failed before its fix. A low-privilege
// viewer — a member, or the admin of one small union — against the printed schema: lists that pass
// the cost limit while touching far more rows than priced, existence oracles, forged enrollments.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AGE_BANDS,
  CANDIDACIES_MAX,
  COMMITTEE_KINDS,
  COMPOSITION_VIOLATIONS,
  DELEGATE_HISTORY_MAX,
  FUND_YEARS_MAX,
  MAX_ELECTORAL_UNITS,
  MAX_TREE_DEPTH,
  MAX_UNIT_ORGANIZATIONS,
  MEMBERSHIP_BATCH_LIMIT,
  ROUNDS_MAX,
  systemClock,
  uuidIds,
} from '@gonghui/core';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  type DocumentNode,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type NamedTypeNode,
  parse,
  typeFromAST,
} from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_PAGE_SIZE, parseGlobalID } from '../src/builder.js';
import { COMPILED_SQL_MARK } from '../src/compiled-reads/compile.js';
import { ARMOR_LIMITS } from '../src/hardening/armor.js';
import { UploadedFile } from '../src/import/upload.js';
import { RECORD_COST } from '../src/schema/election.js';
import { MAX_PAYLOAD_ERRORS } from '../src/schema/errors.js';
import { schema } from '../src/schema.js';
import { DEMO_KINDERGARTEN_UNION, DEMO_STONE_CARVING_UNION, seedDemoData } from '../src/seed.js';
import { seedDemoElections } from '../src/seed-election.js';
import { createGonghuiYoga, type RunningServer, startServer } from '../src/server.js';
import { SYSTEM_ACTOR } from '../src/store/audit.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { bearer, testAuth } from './support/auth.js';
import { countQueries, createTestDatabase } from './support/database.js';
import { type Body, postAs, subscribeAs } from './support/post.js';

let db: Database;
let yoga: ReturnType<typeof createGonghuiYoga>;

/** Posts a document as `authorization` and reads the answer. */
const post = (authorization: string, query: string, variables: object = {}) =>
  postAs(yoga, authorization, query, variables);

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

/**
 * Ids for `nodes(ids:)`: `nodes` repeats its selection once per id and answers null for an id that is
 * missing, so the ids need not exist. The cost limit is checked before anything runs.
 */
const ids = (type: string, n: number) => Array.from({ length: n }, (_, i) => encodeGlobalID(type, `x${i}`));

/** The cost the server refused a request at, or null when it ran. */
async function refusedAt(authorization: string, query: string, variables: object): Promise<number | null> {
  const body = await post(authorization, query, variables);
  if (codes(body).includes('COST_LIMIT_EXCEEDED')) return body.errors?.[0]?.extensions?.cost as number;
  expect(body.errors ?? []).toEqual([]);
  return null;
}

describe('each short list is priced at its proven bound: just under the cost limit runs, one more is refused', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await bearer([{ role: 'SYSTEM_ADMIN' }], 'attacker-priced-lists');
  });

  // [what, the query over `$ids`, its type, the most ids that pass, the cost of one more (= the priced bound)]
  const cases: [string, string, string, number, (k: number) => number][] = [
    [
      `Election.candidates at CANDIDACIES_MAX (${CANDIDACIES_MAX})`,
      '... on Election { candidates { id name } }',
      'Election',
      2,
      (k) => 1 + k * (1 + CANDIDACIES_MAX * 2),
    ],
    [
      `Election.rounds at ROUNDS_MAX (${ROUNDS_MAX})`,
      '... on Election { rounds { id rounds { id title round seats status } } }',
      'Election',
      19,
      (k) => 1 + k * (1 + ROUNDS_MAX * (2 + ROUNDS_MAX * 5)),
    ],
    [
      `ElectoralUnit.organizations at MAX_UNIT_ORGANIZATIONS (${MAX_UNIT_ORGANIZATIONS})`,
      '... on ElectoralUnit { organizations { id name } }',
      'ElectoralUnit',
      49,
      (k) => 1 + k * (1 + MAX_UNIT_ORGANIZATIONS * 2),
    ],
    [
      `SeatApportionment.allocations at MAX_ELECTORAL_UNITS (${MAX_ELECTORAL_UNITS})`,
      '... on SeatApportionment { allocations { members seats } }',
      'SeatApportionment',
      49,
      (k) => 1 + k * (1 + MAX_ELECTORAL_UNITS * 2),
    ],
    [
      `Delegate.history at DELEGATE_HISTORY_MAX (${DELEGATE_HISTORY_MAX})`,
      '... on Term { delegates(first: 100) { nodes { history { status date note } } } }',
      'Term',
      12,
      (k) => 1 + k * (1 + 100 * (1 + 1 + DELEGATE_HISTORY_MAX * 3)),
    ],
    [
      `Organization.committees at the ${COMMITTEE_KINDS.length} committee kinds`,
      '... on Organization { children(first: 100) { nodes { committees { id kind seats } } } }',
      'Organization',
      7,
      (k) => 1 + k * (1 + 100 * (1 + 1 + COMMITTEE_KINDS.length * 3)),
    ],
    [
      `Organization.ancestors at MAX_TREE_DEPTH - 1 (${MAX_TREE_DEPTH - 1})`,
      '... on Organization { children(first: 100) { nodes { ancestors { id name } } } }',
      'Organization',
      5,
      (k) => 1 + k * (1 + 100 * (1 + 1 + (MAX_TREE_DEPTH - 1) * 2)),
    ],
    [
      `Fund.years at FUND_YEARS_MAX (${FUND_YEARS_MAX})`,
      '... on Organization { funds(first: 100) { nodes { years { year } } } }',
      'Organization',
      8,
      (k) => 1 + k * (1 + 100 * (1 + 1 + FUND_YEARS_MAX * 1)),
    ],
    [
      `DelegateComposition.violations at the ${COMPOSITION_VIOLATIONS.length} composition rules`,
      '... on Congress { terms(first: 100) { nodes { composition { violations { code message } } } } }',
      'Congress',
      11,
      (k) => 1 + k * (1 + 100 * (1 + 1 + 1 + COMPOSITION_VIOLATIONS.length * 2)),
    ],
    [
      `MemberCoverage.ageBands at the ${AGE_BANDS.length} age bands`,
      '... on Organization { children(first: 100) { nodes { memberCoverage { ageBands { from to count } } } } }',
      'Organization',
      5,
      (k) => 1 + k * (1 + 100 * (1 + 1 + 1 + AGE_BANDS.length * 3)),
    ],
    [
      'ElectionCount.tally as a page priced by `first` (write-ins make it as long as the ballots’ marks)',
      '... on Election { count { tally(first: 100) { nodes { name votes } } } }',
      'Election',
      33,
      (k) => 1 + k * (1 + 1 + 100 * (1 + 2)),
    ],
    [
      `Election.record at RECORD_COST (${RECORD_COST}): it reads and seals every ballot of every round`,
      '... on Election { record }',
      'Election',
      4,
      (k) => 1 + k * RECORD_COST,
    ],
    [
      'Member.history as a page priced by `first`',
      '... on Member { history(first: 100) { nodes { sequence type date } } }',
      'Member',
      24,
      (k) => 1 + k * (1 + 100 * (1 + 3)),
    ],
  ];
  for (const [what, selection, type, most, cost] of cases) {
    it(`prices ${what}`, async () => {
      const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ${selection} } }`;
      expect(cost(most)).toBeLessThanOrEqual(ARMOR_LIMITS.maxCost);
      expect(await refusedAt(admin, query, { ids: ids(type, most) })).toBeNull();
      expect(await refusedAt(admin, query, { ids: ids(type, most + 1) })).toBe(cost(most + 1));
    });
  }

  it(`prices BallotPaper.candidates at CANDIDACIES_MAX (${CANDIDACIES_MAX})`, async () => {
    const paper = (n: number) =>
      `query($e: ID!) { ${Array.from({ length: n }, (_, i) => `p${i}: ballotPaper(electionId: $e, token: "t") { candidates { id name } }`).join(' ')} }`;
    const e = encodeGlobalID('Election', 'x');
    expect(await refusedAt(admin, paper(2), { e })).toBeNull();
    expect(await refusedAt(admin, paper(3), { e })).toBe(3 * (1 + 1 + CANDIDACIES_MAX * 2));
  });

  it(`prices MembershipRunPayload.members at MEMBERSHIP_BATCH_LIMIT (${MEMBERSHIP_BATCH_LIMIT})`, async () => {
    const unit = await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_STONE_CARVING_UNION } });
    const runs = (n: number) =>
      `mutation($input: LapseMembershipsInput!) { ${Array.from({ length: n }, (_, i) => `r${i}: lapseMemberships(input: $input) { members { id name status statusReason } more }`).join(' ')} }`;
    const input = { organizationId: encodeGlobalID('Organization', unit.id) };
    expect(await refusedAt(admin, runs(4), { input })).toBeNull();
    expect(await refusedAt(admin, runs(5), { input })).toBe(5 * (1 + 1 + 1 + MEMBERSHIP_BATCH_LIMIT * 4));
  });

  it('finds no list of objects in the schema without a declared price (a page, or listCost at a proven bound)', () => {
    const unpriced: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      const page = 'pageInfo' in type.getFields() && 'edges' in type.getFields();
      for (const field of Object.values(type.getFields())) {
        // A list of scalars costs one field whatever its length: the plugin repeats a selection, and it has none.
        if (!isListType(getNullableType(field.type)) || isLeafType(getNamedType(field.type))) continue;
        const declared = (field.extensions as { pothosOptions?: { complexity?: unknown } }).pothosOptions
          ?.complexity;
        if (declared === undefined && !(page && (field.name === 'edges' || field.name === 'nodes'))) {
          unpriced.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(unpriced).toEqual([]);
  });

  it('prices the lists no page can nest at their bounds: payload errors, a report’s months, a preview’s lines, the watch’s `first`', () => {
    const priced = (query: string, variables: Record<string, unknown> = {}) =>
      complexityFromQuery(parse(query), { schema, variables }).complexity;
    const org = encodeGlobalID('Organization', 'x');
    expect(
      priced(`mutation { dissolveOrganization(input: { id: "${org}" }) { errors { code message } } }`),
    ).toBe(1 + 1 + MAX_PAYLOAD_ERRORS * 2);
    expect(priced(`{ benefitReport(organizationId: "${org}", year: 2026) { months { month } } }`)).toBe(
      1 + 1 + 12 * 1,
    );
    const preview = `{ previewApportionment(input: { congressId: "${encodeGlobalID('Congress', 'x')}", cutoffDate: "2026-01-01", seats: 30 }) { allocations { seats } errors { code } } }`;
    expect(priced(preview)).toBe(1 + (1 + MAX_ELECTORAL_UNITS) + (1 + MAX_PAYLOAD_ERRORS));
    const watch = (first: number) =>
      priced(`{ termExpiryWatch(organizationId: "${org}", first: ${first}) { deadline } }`);
    // The watch answers at least 1 and at most 200 lines, whatever `first` asks.
    expect([watch(0), watch(1), watch(200), watch(100_000)]).toEqual([2, 2, 201, 201]);
  });

  it('prices every client operation within the limit with its largest pages', () => {
    const dir = fileURLToPath(new URL('../../client/src/operations/', import.meta.url));
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const document = parse(text);
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const costs: Record<string, number> = {};
    for (const operation of document.definitions) {
      if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
      const variables: Record<string, unknown> = {};
      for (const v of operation.variableDefinitions ?? []) {
        const name = v.variable.name.value;
        const type = typeFromAST(schema, v.type as NamedTypeNode) as GraphQLInputType;
        variables[name] = name === 'first' || name === 'last' ? MAX_PAGE_SIZE : anyValue(type);
      }
      const one = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as DocumentNode;
      costs[operation.name?.value ?? ''] = complexityFromQuery(one, { schema, variables }).complexity;
    }
    expect(Object.keys(costs).length).toBeGreaterThan(50);
    expect(Object.entries(costs).filter(([, cost]) => cost > ARMOR_LIMITS.maxCost)).toEqual([]);
  });
});

describe('a field asked for again reads nothing again', () => {
  it('reads the candidates behind a count once per election, however many times a request asks for it', async () => {
    const admin = await bearer([{ role: 'SYSTEM_ADMIN' }], 'count-reader');
    const election = await db.prisma.election.findFirstOrThrow({
      where: { status: { in: ['CERTIFIED', 'APPROVED'] } },
    });
    const counter = countQueries(db.prisma);
    try {
      const body = await post(
        admin,
        'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Election { count { elected } } } }',
        {
          ids: Array.from({ length: ARMOR_LIMITS.maxListLength }, () =>
            encodeGlobalID('Election', election.id),
          ),
        },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.nodes).toHaveLength(ARMOR_LIMITS.maxListLength);
      expect(counter.statements().filter((sql) => /FROM "public"\."Candidacy"/.test(sql))).toHaveLength(1);
    } finally {
      counter.stop();
    }
  });
});

describe('unbounded lists are paged or capped', () => {
  it('pages a count’s tally: write-ins make it as long as the ballots’ marks', async () => {
    const admin = await bearer([{ role: 'SYSTEM_ADMIN' }], 'tally-reader');
    const election = await db.prisma.election.findFirstOrThrow({
      where: { status: { in: ['CERTIFIED', 'APPROVED'] } },
    });
    const result = election.result as { tally: { id: string; votes: number }[] };
    // Every voter wrote in a name of their own (behind the API here: a count of many ballots).
    const writeIns = Array.from({ length: MAX_PAGE_SIZE + 50 }, (_, i) => ({ id: `另选${i}`, votes: 1 }));
    const tally = [...result.tally, ...writeIns];
    await db.prisma.election.update({ where: { id: election.id }, data: { result: { ...result, tally } } });
    const page = async (after: string | null) =>
      post(
        admin,
        `query($id: ID!, $after: String) { node(id: $id) { ... on Election { count {
          tally(first: ${MAX_PAGE_SIZE}, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name votes } } } } } }`,
        { id: encodeGlobalID('Election', election.id), after },
      );
    const first = await page(null);
    expect(first.errors).toBeUndefined();
    const one = first.data.node.count.tally;
    expect([one.totalCount, one.nodes.length, one.pageInfo.hasNextPage]).toEqual([
      tally.length,
      MAX_PAGE_SIZE,
      true,
    ]);
    const second = (await page(one.pageInfo.endCursor)).data.node.count.tally;
    expect([second.nodes.length, second.pageInfo.hasNextPage]).toEqual([tally.length - MAX_PAGE_SIZE, false]);
    expect(second.nodes.at(-1)).toEqual({ name: `另选${writeIns.length - 1}`, votes: 1 });
    await db.prisma.election.update({
      where: { id: election.id },
      data: { result: election.result as object },
    });
  });

  it(`answers at most MAX_PAYLOAD_ERRORS (${MAX_PAYLOAD_ERRORS}) errors in a payload, however many strings are refused`, async () => {
    const unit = await db.prisma.organization.findFirstOrThrow({ where: { name: DEMO_STONE_CARVING_UNION } });
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: unit.id }], 'many-errors');
    const body = await post(
      admin,
      'mutation($input: CreateFundInput!) { createFund(input: $input) { fund { id } errors { code path } } }',
      {
        input: {
          organizationId: encodeGlobalID('Organization', unit.id),
          name: '帮扶金',
          total: '1000',
          fromYear: 2026,
          toYear: 2026,
          budgets: Array.from({ length: ARMOR_LIMITS.maxListLength }, (_, i) => ({
            year: 2026,
            amount: `1\u0000${i}`,
          })),
        },
      },
    );
    expect(body.errors).toBeUndefined();
    const errors = body.data.createFund.errors as { code: string; path: string[] }[];
    expect(errors).toHaveLength(MAX_PAYLOAD_ERRORS);
    expect(errors[0]).toEqual({ code: 'TEXT_MALFORMED', path: ['input', 'budgets', '0', 'amount'] });
  });
});

/** A value of an input type with every required field filled (all that pricing needs of it). */
function anyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return anyValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, anyValue(f.type)]));
  }
  const name = getNamedType(type).name;
  if (name === 'Int' || name === 'Float') return 1;
  if (name === 'Boolean') return false;
  if (name === 'DateTime') return '2020-01-01T00:00:00Z';
  if (name === 'Upload') return new UploadedFile('/nonexistent', 'roster.csv', 0);
  return name === 'ID' ? encodeGlobalID('Organization', 'x') : 'x';
}

describe('open subscriptions are limited per viewer', () => {
  const MAX = 3;
  let server: RunningServer;
  let places: string;
  const open: AbortController[] = [];
  beforeAll(async () => {
    // Behind one trusted proxy, so anonymous clients are told apart by X-Forwarded-For.
    server = await startServer({
      db,
      auth: await testAuth(),
      port: 0,
      maxSubscriptionsPerViewer: MAX,
      trustedProxies: 1,
    });
    const activity = await db.prisma.activity.findFirstOrThrow();
    places = encodeGlobalID('Activity', activity.id);
  });
  afterAll(async () => {
    for (const controller of open) controller.abort();
    await server?.close();
  });

  /**
   * Opens `remainingPlaces` over SSE (it answers the places at once) and reads its first event: the
   * places while the subscription stays open, or the error it was refused with.
   */
  async function subscribe(
    headers: Record<string, string>,
  ): Promise<{ code?: string; controller: AbortController }> {
    const controller = new AbortController();
    open.push(controller);
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
      body: JSON.stringify({
        query: 'subscription($id: ID!) { remainingPlaces(activityId: $id) { remaining } }',
        variables: { id: places },
      }),
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (;;) {
      const data = /^data: (\{.*\})$/m.exec(text);
      if (data) {
        const event = JSON.parse(data[1] as string) as Body;
        if (event.errors) return { code: event.errors[0]?.extensions?.code, controller };
        expect(event.data.remainingPlaces.remaining).toBeTypeOf('number');
        return { controller };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error(`the stream ended without an event: ${text}`);
      text += decoder.decode(value);
    }
  }

  /** Opens subscriptions until one is refused (at most `MAX + 1` tries); how many stayed open. */
  async function fill(
    headers: Record<string, string>,
  ): Promise<{ opened: AbortController[]; refused?: string }> {
    const opened: AbortController[] = [];
    for (let i = 0; i <= MAX; i++) {
      const { code, controller } = await subscribe(headers);
      if (code !== undefined) return { opened, refused: code };
      opened.push(controller);
    }
    return { opened };
  }

  it(`holds a viewer to ${MAX} open at once, another viewer and another address apart, and frees a slot when a client disconnects`, async () => {
    const viewer = {
      authorization: await bearer([{ role: 'MEMBER', memberId: uuidIds.next() }], 'subscriber'),
    };
    const first = await fill(viewer);
    expect(first.opened).toHaveLength(MAX);
    expect(first.refused).toBe('SUBSCRIPTION_LIMIT');
    // Another viewer, and anonymous clients per address, count apart.
    const other = { authorization: await bearer([{ role: 'MEMBER', memberId: uuidIds.next() }], 'another') };
    expect((await subscribe(other)).code).toBeUndefined();
    const here = await fill({ 'x-forwarded-for': '198.51.100.7' });
    expect([here.opened.length, here.refused]).toEqual([MAX, 'SUBSCRIPTION_LIMIT']);
    expect((await subscribe({ 'x-forwarded-for': '198.51.100.8' })).code).toBeUndefined();
    // A client that goes away gives its slot back (the server notices the closed connection).
    first.opened[0]?.abort();
    let again = await subscribe(viewer);
    for (let tries = 0; again.code === 'SUBSCRIPTION_LIMIT' && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      again = await subscribe(viewer);
    }
    expect(again.code).toBeUndefined();
    expect((await subscribe(viewer)).code).toBe('SUBSCRIPTION_LIMIT');
  });

  it(`holds an anonymous IPv6 client to ${MAX} per /64, and an IPv4-mapped address to its IPv4 address’s`, async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address });
    // Every fresh address of one /64 (an attacker's network holds 2^64) is the same client.
    const inside = Array.from({ length: MAX + 1 }, (_, i) => from(`2001:db8:5:6::${(i + 1).toString(16)}`));
    const codesInside = [];
    for (const headers of inside) codesInside.push((await subscribe(headers)).code);
    expect(codesInside).toEqual([...Array(MAX).fill(undefined), 'SUBSCRIPTION_LIMIT']);
    expect((await subscribe(from('2001:db8:5:7::1'))).code).toBeUndefined();
    const v4 = await fill(from('192.0.2.44'));
    expect([v4.opened.length, v4.refused]).toEqual([MAX, 'SUBSCRIPTION_LIMIT']);
    expect((await subscribe(from('::ffff:192.0.2.44'))).code).toBe('SUBSCRIPTION_LIMIT');
  });
});

/**
 * Opens an electionTurnout stream as `authorization`. `next()` is the next event's entitled count,
 * the error code the stream ended with, 'ENDED', or — with `quietMs` — 'OPEN' after that long with
 * no event; `close()` aborts the stream.
 */
async function turnoutStream(authorization: string, electionId: string, quietMs?: number) {
  const stream = await subscribeAs(
    yoga,
    authorization,
    'subscription($id: ID!) { electionTurnout(electionId: $id) { entitled } }',
    { id: encodeGlobalID('Election', electionId) },
  );
  const read = async (): Promise<number | string> => {
    const event = await stream.next();
    if (event === null) return 'ENDED';
    return event.errors ? (event.errors[0]?.extensions?.code as string) : event.data.electionTurnout.entitled;
  };
  const next = (): Promise<number | string> =>
    quietMs === undefined
      ? read()
      : Promise.race([read(), new Promise<string>((resolve) => setTimeout(() => resolve('OPEN'), quietMs))]);
  return { next, close: stream.close };
}

describe('a stream that needs its viewer’s rights ends with the token', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends electionTurnout at the token’s exp, with no change of turnout to wait for (it streamed on with an expired token)', async () => {
    // Timers are fake from before the stream opens, so its expiry timer is one; they also run on their own.
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const election = await db.prisma.election.findFirstOrThrow();
    const watcher = await bearer([{ role: 'SYSTEM_ADMIN' }], 'turnout-watcher', '10m');
    const { next, close } = await turnoutStream(watcher, election.id);
    try {
      expect(await next()).toBeTypeOf('number');
      const ended = next();
      await vi.advanceTimersByTimeAsync(10 * 60_000 + 1000);
      expect(await ended).toBe('UNAUTHENTICATED');
      expect(await next()).toBe('ENDED');
    } finally {
      close();
    }
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

describe('a cursor belongs to its list', () => {
  it('refuses a cursor of one list given to another list (the MAC names the list)', async () => {
    const admin = await bearer([{ role: 'SYSTEM_ADMIN' }], 'cursor-admin');
    const root = await db.prisma.organization.findFirstOrThrow({ where: { parentId: null } });
    const id = encodeGlobalID('Organization', root.id);
    const pages = await post(
      admin,
      `query($id: ID!) {
        organizations(first: 2) { edges { cursor } }
        organization(id: $id) { children(first: 2) { pageInfo { endCursor } } subtree(first: 2) { edges { cursor } } } }`,
      { id },
    );
    expect(pages.errors).toBeUndefined();
    const fromOrganizations = pages.data.organizations.edges[0].cursor as string;
    const fromChildren = pages.data.organization.children.pageInfo.endCursor as string;
    const fromSubtree = pages.data.organization.subtree.edges[0].cursor as string;
    const tries: [string, string, Record<string, unknown>, string][] = [
      [
        'organizations → children',
        'query($id: ID!, $after: String) { organization(id: $id) { children(first: 1, after: $after) { totalCount } } }',
        { id },
        fromOrganizations,
      ],
      [
        'children → organizations',
        'query($after: String) { organizations(first: 1, after: $after) { totalCount } }',
        {},
        fromChildren,
      ],
      [
        'subtree → organizations',
        'query($after: String) { organizations(first: 1, after: $after) { totalCount } }',
        {},
        fromSubtree,
      ],
      [
        'children → members',
        'query($id: ID!, $after: String) { members(organizationId: $id, first: 1, after: $after) { totalCount } }',
        { id },
        fromChildren,
      ],
    ];
    for (const [what, query, variables, after] of tries) {
      const answer = await post(admin, query, { ...variables, after });
      expect(
        answer.errors?.map((e) => [e.extensions?.code, e.extensions?.argument]),
        what,
      ).toEqual([['BAD_USER_INPUT', ['after']]]);
    }
    // Each list still takes its own cursors.
    const again = await post(
      admin,
      'query($after: String) { organizations(first: 1, after: $after) { totalCount } }',
      {
        after: fromOrganizations,
      },
    );
    expect(again.errors).toBeUndefined();
  });
});

describe('a cursor belongs to its list: its field, the arguments that define it and its parent', () => {
  const MEMBERS = `query($org: ID!, $filter: MemberFilter, $subtree: Boolean, $after: String) {
    members(organizationId: $org, filter: $filter, includeSubtree: $subtree, first: 1, after: $after) {
      edges { cursor node { name } } } }`;
  const HELD = `query($org: ID!, $after: String) {
    organization(id: $org) { members(first: 1, after: $after) { edges { cursor node { name } } } } }`;
  const refusedAfter = (body: Body) => body.errors?.map((e) => [e.extensions?.code, e.extensions?.argument]);

  it('refuses a member list’s cursor given to another organization’s list, under another filter or another parent (normal path)', async () => {
    const union = (name: string) => db.prisma.organization.findFirstOrThrow({ where: { name } });
    const unions = [await union(DEMO_KINDERGARTEN_UNION), await union(DEMO_STONE_CARVING_UNION)];
    const [kindergarten, stone] = unions.map((o) => encodeGlobalID('Organization', o.id)) as [string, string];
    const viewer = (ids: string[]) =>
      bearer(
        ids.map((id) => ({ role: 'ORG_VIEWER' as const, organizationId: parseGlobalID(id)?.id as string })),
        'cursor-prober',
      );
    const both = await viewer([kindergarten, stone]);
    const page = await post(both, MEMBERS, { org: kindergarten });
    const cursor = page.data.members.edges[0].cursor as string;
    const held = (await post(both, HELD, { org: kindergarten })).data.organization.members.edges[0]
      .cursor as string;
    // Each list takes its own cursor.
    expect((await post(both, MEMBERS, { org: kindergarten, after: cursor })).errors).toBeUndefined();
    expect((await post(both, HELD, { org: kindergarten, after: held })).errors).toBeUndefined();
    // Before, the field alone was bound: 石雕's list (周建国, 张海燕, 郑伟) took the cursor of 幼儿园's
    // 林晓雯 and answered an empty page: Prisma starts at the cursor row's place in the name order and
    // skips the first row from there, 郑伟, whether or not the cursor's row is in the list. So a page
    // placed another list's row (or one since moved out of the viewer's scope: it still worked for a
    // viewer who now views 石雕 only) among the viewer's rows, told whether that row still exists (a
    // deleted row's cursor gives an empty page), and dropped a row of the list from the client's paging.
    const stoneOnly = await viewer([stone]);
    const tries: [string, string, string, Record<string, unknown>][] = [
      ['another organization, scope since shrunk', stoneOnly, MEMBERS, { org: stone, after: cursor }],
      ['another organization', both, MEMBERS, { org: stone, after: cursor }],
      ['another filter', both, MEMBERS, { org: kindergarten, filter: { gender: 'FEMALE' }, after: cursor }],
      ['includeSubtree: false', both, MEMBERS, { org: kindergarten, subtree: false, after: cursor }],
      ['another parent', both, HELD, { org: stone, after: held }],
    ];
    for (const [what, token, query, variables] of tries) {
      expect(refusedAfter(await post(token, query, variables)), what).toEqual([
        ['BAD_USER_INPUT', ['after']],
      ]);
    }
  });

  it('binds cursors the same on the compiled read path, each path taking the other’s cursors', async () => {
    const admin = await bearer([{ role: 'SYSTEM_ADMIN' }], 'cursor-admin');
    const normal = createGonghuiYoga({ db, auth: await testAuth(), production: false, compiledReads: false });
    const root = await db.prisma.organization.findFirstOrThrow({ where: { parentId: null } });
    const child = await db.prisma.organization.findFirstOrThrow({
      where: { parentId: root.id, children: { some: { children: { some: {} } } } },
      orderBy: { name: 'asc' },
    });
    const grandchild = await db.prisma.organization.findFirstOrThrow({ where: { parentId: child.id } });
    const [a, b, c] = [root, child, grandchild].map((o) => encodeGlobalID('Organization', o.id)) as [
      string,
      string,
      string,
    ];
    const SUBTREE = `query($id: ID!, $self: Boolean, $after: String) { organization(id: $id) {
      subtree(first: 2, includeSelf: $self, after: $after) { edges { cursor node { name } } } } }`;
    const ORGANIZATIONS = `query($filter: OrganizationFilter, $after: String) {
      organizations(first: 2, filter: $filter, after: $after) { edges { cursor node { name } } } }`;
    // `parent`'s id is known only to the statement: the compiled path checks the cursor's parent there.
    const CHILDREN = `query($id: ID!, $after: String) { organization(id: $id) { parent {
      children(first: 1, after: $after) { edges { cursor node { name } } } } } }`;
    const county = { level: ['COUNTY'] };
    const servers = [
      ['compiled', yoga],
      ['normal', normal],
    ] as const;
    for (const [issuer, server] of servers) {
      const ask = (query: string, variables: object) => postAs(server, admin, query, variables);
      const subtree = (await ask(SUBTREE, { id: a })).data.organization.subtree.edges[1].cursor;
      const organizations = (await ask(ORGANIZATIONS, { filter: county })).data.organizations.edges[0].cursor;
      const children = (await ask(CHILDREN, { id: b })).data.organization.parent.children.edges[0].cursor;
      for (const [reader, other] of servers) {
        const counter = countQueries(db.prisma);
        const taken = [
          await postAs(other, admin, SUBTREE, { id: a, after: subtree }),
          await postAs(other, admin, ORGANIZATIONS, { filter: county, after: organizations }),
          await postAs(other, admin, CHILDREN, { id: b, after: children }),
        ];
        counter.stop();
        for (const answer of taken) expect(answer.errors, `${issuer} → ${reader}`).toBeUndefined();
        const compiled = counter.statements().filter((sql) => sql.startsWith(COMPILED_SQL_MARK));
        expect(compiled, `${issuer} → ${reader}`).toHaveLength(reader === 'compiled' ? 3 : 0);
        const refused: [string, string, Record<string, unknown>][] = [
          ['subtree of another organization', SUBTREE, { id: b, after: subtree }],
          ['subtree with includeSelf', SUBTREE, { id: a, self: true, after: subtree }],
          [
            'organizations under another filter',
            ORGANIZATIONS,
            { filter: { level: ['TOWNSHIP'] }, after: organizations },
          ],
          ['organizations without the filter', ORGANIZATIONS, { after: organizations }],
          ['children of another parent', CHILDREN, { id: c, after: children }],
          // One parent of the page is the cursor's; the others' refusals must all be answered (one of
          // them thrown at once after another's came late left it unhandled, which ends a process).
          [
            'subtree under every row of a page',
            'query($after: String) { organizations(first: 8) { nodes { subtree(first: 1, after: $after) { totalCount } } } }',
            { after: subtree },
          ],
        ];
        for (const [what, query, variables] of refused) {
          const answer = await postAs(other, admin, query, variables);
          expect(refusedAfter(answer), `${issuer} → ${reader}: ${what}`).toEqual([
            ['BAD_USER_INPUT', ['after']],
          ]);
        }
      }
    }
  });
});

describe('idempotency keys are the viewer’s own', () => {
  it('lets another viewer use the same key for their own enrollment: no replay of, or refusal by, the first viewer’s answer', async () => {
    const activity = await db.prisma.activity.findFirstOrThrow();
    const [a, b] = await db.prisma.member.findMany({ take: 2, orderBy: { id: 'asc' } });
    const key = `shared-key-${uuidIds.next()}`;
    const enroll = async (memberId: string, subject: string) => {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': key,
          authorization: await bearer([{ role: 'MEMBER', memberId }], subject),
        },
        body: JSON.stringify({
          query:
            'mutation($input: EnrollInput!) { enroll(input: $input) { enrollment { member { id } } errors { code message } } }',
          variables: {
            input: {
              activityId: encodeGlobalID('Activity', activity.id),
              memberId: encodeGlobalID('Member', memberId),
            },
          },
        }),
      });
      return (await response.json()) as Body;
    };
    const first = await enroll(a?.id as string, 'key-owner');
    expect(first.errors).toBeUndefined();
    // The same key, another viewer and another input: answered for that viewer, not IDEMPOTENCY_KEY_REUSED.
    const other = await enroll(b?.id as string, 'key-borrower');
    expect(other.errors).toBeUndefined();
    expect(await enroll(a?.id as string, 'key-owner')).toEqual(first);
    expect((await db.prisma.idempotencyKey.findMany({ where: { key } })).map((k) => k.actor).sort()).toEqual([
      'key-borrower',
      'key-owner',
    ]);
  });
});

describe('a stream that needs its viewer’s scope ends with it', () => {
  it('ends electionTurnout as soon as the election’s organization moves out of the viewer’s scope (it streamed on, never checked again)', async () => {
    const election = await db.prisma.election.findFirstOrThrow({ where: { status: 'OPEN' } });
    const federation = election.organizationId;
    const district = (await db.prisma.organization.findUniqueOrThrow({ where: { id: federation } }))
      .parentId as string;
    const watcher = await bearer([{ role: 'ORG_VIEWER', organizationId: district }], 'district-watcher');
    const { next, close } = await turnoutStream(watcher, election.id, 2000);
    try {
      expect(await next()).toBeTypeOf('number');
      const elsewhere = await db.prisma.organization.findFirstOrThrow({
        where: { name: '绍兴市越城区总工会' },
      });
      const moved = await post(
        await bearer([{ role: 'SYSTEM_ADMIN' }], 'mover'),
        'mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { errors { code } } }',
        {
          input: {
            id: encodeGlobalID('Organization', federation),
            newParentId: encodeGlobalID('Organization', elsewhere.id),
          },
        },
      );
      expect(moved).toEqual({ data: { moveOrganization: { errors: [] } } });
      expect(await next()).toBe('FORBIDDEN');
      expect(await next()).toBe('ENDED');
    } finally {
      close();
      // Back where it was, for any test after this one.
      await post(
        await bearer([{ role: 'SYSTEM_ADMIN' }], 'mover'),
        'mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { errors { code } } }',
        {
          input: {
            id: encodeGlobalID('Organization', federation),
            newParentId: encodeGlobalID('Organization', district),
          },
        },
      );
    }
  });
});
