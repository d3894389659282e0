import { randomUUID } from 'node:crypto';
import { parse, print } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type {
  ActivityErrorCode,
  BargainingErrorCode,
  BenefitErrorCode,
  CongressErrorCode,
  ElectionErrorCode,
  MEMBER_ERROR_CODES,
  OrganizationErrorCode,
  RevocationErrorCode,
  TextErrorCode,
} from '../../core/src/index.js';
import { MEIYUAN_FEDERATION, seedDemoData } from '../../graphql/src/seed.js';
import { type RunningServer, startServer } from '../../graphql/src/server.js';
import type { Database } from '../../graphql/src/store/database.js';
import { PrismaStore } from '../../graphql/src/store/prisma-store.js';
import { adminBearer, testAuth } from '../../graphql/test/support/auth.js';
import { createTestDatabase } from '../../graphql/test/support/database.js';
import {
  type ChainSegment,
  CreateOrganizationDocument,
  createClient,
  FederationMemberUnionsDocument,
  type FederationMemberUnionsQuery,
  type GonghuiClient,
  GonghuiClientError,
  ImportJobDocument,
  ImportMembersDocument,
  MoveOrganizationDocument,
  OpenBargainingDocument,
  OrganizationAncestorsDocument,
  OrganizationBargainingCasesDocument,
  OrganizationByIdDocument,
  type OrganizationByIdQueryVariables,
  OrganizationChangedDocument,
  type OrganizationChangedSubscription,
  type OrganizationChangedSubscriptionVariables,
  OrganizationChildrenDocument,
  OrganizationCongressDocument,
  type OrganizationKind,
  OrganizationSubtreeDocument,
  OrganizationsDocument,
  type OrganizationsQuery,
  type OrganizationsQueryVariables,
  PreviewApportionmentDocument,
  RecordBargainingReplyDocument,
  type RequestOptions,
  type TypedDocumentNode,
  UpdateOrganizationDocument,
  type VariablesArgument,
} from '../src/index.js';

let db: Database;
let server: RunningServer;
let client: GonghuiClient;

beforeAll(async () => {
  db = await createTestDatabase('pglite');
  await seedDemoData(new PrismaStore(db), {
    clock: { now: () => new Date() },
    ids: { next: () => randomUUID() },
  });
  server = await startServer({ db, auth: await testAuth(), port: 0, production: false });
  const authorization = await adminBearer();
  client = createClient({ url: server.url, headers: () => ({ authorization }) });
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

/** The id of the one organization whose name contains `name`. */
async function idOf(name: string): Promise<string> {
  const found = await client.request(OrganizationsDocument, { filter: { nameContains: name } });
  const node = found.organizations.nodes.find((org) => org.name === name);
  if (!node) throw new Error(`no organization named ${name}`);
  return node.id;
}

describe('@gonghui/client against the in-process server', () => {
  it('lists organizations page by page, ordered by depth', async () => {
    const first = await client.request(OrganizationsDocument, { first: 5 });
    expectTypeOf(first).toEqualTypeOf<OrganizationsQuery>();
    expect(first.organizations.totalCount).toBeGreaterThan(20);
    expect(first.organizations.nodes).toHaveLength(5);
    expect(first.organizations.nodes[0]?.name).toBe('浙江省总工会');
    expect(first.organizations.nodes[0]?.depth).toBe(0);
    expect(first.organizations.pageInfo.hasNextPage).toBe(true);

    const next = await client.request(OrganizationsDocument, {
      first: 5,
      after: first.organizations.pageInfo.endCursor,
    });
    const seen = new Set(first.organizations.nodes.map((org) => org.id));
    expect(next.organizations.nodes.some((org) => seen.has(org.id))).toBe(false);

    // Every variable of Organizations is optional, so the variables may be left out.
    const all = await client.request(OrganizationsDocument);
    expect(all.organizations.totalCount).toBe(first.organizations.totalCount);
  });

  it("finds 梅园村's industry-chain federation and reads its member unions with segments", async () => {
    const found = await client.request(OrganizationsDocument, {
      filter: { nameContains: '梅园村', kind: ['INDUSTRY_CHAIN_FEDERATION'] },
    });
    expect(found.organizations.nodes.map((org) => org.name)).toEqual([MEIYUAN_FEDERATION]);
    const federation = found.organizations.nodes[0];
    if (!federation) throw new Error('unreachable');
    expect(federation.kind).toBe('INDUSTRY_CHAIN_FEDERATION');
    expect(federation.parent?.name).toBe('宁波市海曙区总工会');

    const members = await client.request(FederationMemberUnionsDocument, {
      federationId: federation.id,
      first: 20,
    });
    expectTypeOf(members).toEqualTypeOf<FederationMemberUnionsQuery>();
    const unions = members.organization?.memberUnions;
    expect(unions?.totalCount).toBe(4);
    const bySegment = (segment: ChainSegment) =>
      (unions?.nodes ?? [])
        .filter((membership) => membership.segment === segment)
        .map((membership) => membership.member.name)
        .sort();
    expect(bySegment('UPSTREAM')).toEqual(['宁波梅园石矿开采有限公司工会']);
    expect(bySegment('MIDSTREAM')).toEqual(
      ['宁波梅园石材加工有限公司工会', '宁波梅园石雕工艺品有限公司工会'].sort(),
    );
    expect(bySegment('DOWNSTREAM')).toEqual(['宁波梅园石文化旅游开发有限公司工会']);
    expect(unions?.nodes.every((membership) => membership.chain === '梅园石')).toBe(true);

    const ancestors = await client.request(OrganizationAncestorsDocument, { id: federation.id });
    expect(ancestors.organization?.ancestors.map((org) => org.name)).toEqual([
      '浙江省总工会',
      '宁波市总工会',
      '宁波市海曙区总工会',
    ]);
  });

  it('reads children and subtrees', async () => {
    const haishu = await idOf('宁波市海曙区总工会');
    const children = await client.request(OrganizationChildrenDocument, { id: haishu, first: 10 });
    expect(children.organization?.children.totalCount).toBe(5);
    const subtree = await client.request(OrganizationSubtreeDocument, {
      id: await idOf('宁波市总工会'),
      includeSelf: true,
      filter: { kind: ['GRASSROOTS_UNION'] },
      first: 50,
    });
    expect(subtree.organization?.subtree.totalCount).toBe(4);
  });

  it('creates an organization under a parent', async () => {
    const parentId = await idOf('宁波市海曙区总工会');
    const created = await client.request(CreateOrganizationDocument, {
      input: {
        name: '宁波海曙望春工业园区联合工会',
        kind: 'JOINT_GRASSROOTS_UNION',
        level: 'GRASSROOTS',
        parentId,
        regionCode: '330203',
      },
    });
    expect(created.createOrganization.errors).toEqual([]);
    const organization = created.createOrganization.organization;
    expect(organization?.parent?.id).toBe(parentId);
    expect(organization?.status).toBe('ACTIVE');
    expectTypeOf(organization?.kind).toEqualTypeOf<OrganizationKind | undefined>();

    const read = await client.request(OrganizationByIdDocument, { id: organization?.id ?? '' });
    expect(read.organization?.name).toBe('宁波海曙望春工业园区联合工会');
  });

  it('returns a broken rule as typed data: a move that would make a cycle is ORG_CYCLE', async () => {
    const moved = await client.request(MoveOrganizationDocument, {
      input: { id: await idOf('宁波市总工会'), newParentId: await idOf('宁波市海曙区总工会') },
    });
    expect(moved.moveOrganization.organization).toBeNull();
    const [error] = moved.moveOrganization.errors;
    expect(error?.code).toBe('ORG_CYCLE');
    expect(error?.messageZh).toBe('不能把组织移到它自身或其下级组织之下');
    // The client's error codes are exactly the codes core lists for the API (each module's, and text).
    expectTypeOf(moved.moveOrganization.errors[0]?.code).toEqualTypeOf<
      | OrganizationErrorCode
      | (typeof MEMBER_ERROR_CODES)[number]
      | CongressErrorCode
      | TextErrorCode
      | ElectionErrorCode
      | ActivityErrorCode
      | BenefitErrorCode
      | BargainingErrorCode
      | RevocationErrorCode
      | undefined
    >();
  });

  it("reads Shaoxing's stored 57 seats and previews them by D'Hondt (the README's example)", async () => {
    const { organizations } = await client.request(OrganizationsDocument, {
      filter: { nameContains: '绍兴市总工会' },
    });
    const shaoxing = await client.request(OrganizationCongressDocument, {
      id: organizations.nodes[0]?.id ?? '',
    });
    const council = shaoxing.node && 'congress' in shaoxing.node ? shaoxing.node.congress : null;
    const stored = council?.apportionments.nodes[0]?.allocations ?? [];
    expect(stored.map((a) => [a.unit.name, a.seats, a.reservedFor])).toEqual([
      ['绍兴市越城区总工会', 11, null],
      ['绍兴市柯桥区总工会', 16, '职业化工会工作者'],
      ['绍兴市上虞区总工会', 9, null],
      ['诸暨市总工会', 12, null],
      ['嵊州市总工会', 5, null],
      ['新昌县总工会', 4, null],
    ]);
    const kq = council?.units.nodes.find((u) => u.name === '绍兴市柯桥区总工会');
    const preview = await client.request(PreviewApportionmentDocument, {
      input: {
        congressId: council?.id ?? '',
        delegationTo: '浙江省工会第十五次代表大会',
        seats: 57,
        method: 'DHONDT',
        cutoffDate: '2022-12-31',
        units: kq ? [{ unitId: kq.id, reserved: 1, reservedFor: '职业化工会工作者' }] : [],
      },
    });
    expect(preview.previewApportionment.errors).toEqual([]);
    expect(preview.previewApportionment.allocations.reduce((sum, a) => sum + a.seats, 0)).toBe(57);
  });

  it('opens a bargaining case, gets a late reply as typed data and reads the case with its deadlines', async () => {
    const union = await idOf('宁波市海曙区总工会');
    const opened = await client.request(OpenBargainingDocument, {
      input: {
        organizationId: union,
        employer: '梅园石材有限公司',
        firmWorkers: 120,
        requestedOn: '2026-03-06',
      },
    });
    expect(opened.openBargaining.errors).toEqual([]);
    const caseId = opened.openBargaining.bargainingCase?.id ?? '';
    const late = await client.request(RecordBargainingReplyDocument, {
      input: { caseId, repliedOn: '2026-03-23' },
    });
    expect(late.recordBargainingReply.errors.map((e) => [e.code, e.path])).toEqual([
      ['BARGAINING_REPLY_LATE', ['input', 'repliedOn']],
    ]);
    const read = await client.request(OrganizationBargainingCasesDocument, { id: union, stage: 'REQUESTED' });
    const cases = read.node && 'bargainingCases' in read.node ? read.node.bargainingCases : null;
    expect(cases?.nodes.map((c) => [c.employer, c.stage, c.deadlines.replyDueBy])).toEqual([
      ['梅园石材有限公司', 'REQUESTED', '2026-03-20'],
    ]);
  });

  it("follows an organization with OrganizationChanged over graphql-sse (the README's example)", async () => {
    const { organizations } = await client.request(OrganizationsDocument, {
      filter: { nameContains: '梅园村', kind: ['INDUSTRY_CHAIN_FEDERATION'] },
    });
    const federation = organizations.nodes[0];
    if (!federation) throw new Error('no demo data');
    const sse = createSseClient({ url: server.url });
    const changes = sse.iterate<OrganizationChangedSubscription>({
      query: print(OrganizationChangedDocument),
      variables: { id: federation.id } satisfies OrganizationChangedSubscriptionVariables,
    });
    const first = changes.next();
    // The subscription is in place once the server holds its stream, which the client cannot see:
    // rename until an event arrives (each rename publishes one).
    let event: { data?: OrganizationChangedSubscription } | undefined;
    for (let n = 1; event === undefined && n <= 20; n++) {
      const input = { id: federation.id, name: `${federation.name}（订阅测试${n}）` };
      await client.request(UpdateOrganizationDocument, { input });
      const heard = await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 500))]);
      event = (heard as { value?: typeof event } | undefined)?.value;
    }
    expect(event?.data?.organizationChanged).toMatchObject({
      change: 'UPDATED',
      organization: { name: expect.stringMatching(/（订阅测试\d+）$/) },
    });
    await changes.return?.(undefined);
    sse.dispose();
    await client.request(UpdateOrganizationDocument, { input: { id: federation.id, name: federation.name } });
  });

  it("uploads a roster to importMembers as a multipart request and reads its job (the README's example)", async () => {
    const union = await idOf('杭州市绿洲花园幼儿园工会');
    const roster = new File(
      ['姓名,身份证号,入会日期\n吴客户,11010519491231002X,2020-01-05\n'],
      'roster.csv',
      {
        type: 'text/csv',
      },
    );
    const { importMembers } = await client.request(ImportMembersDocument, {
      input: { organizationId: union, file: roster },
    });
    expect(importMembers.errors).toEqual([]);
    let job = importMembers.job;
    while (job?.status === 'RUNNING') {
      job = (await client.request(ImportJobDocument, { id: job.id })).importJob;
    }
    expect(job).toMatchObject({ status: 'DONE', fileName: 'roster.csv', imported: 1, rejected: 0 });
  });

  it('throws a GonghuiClientError carrying the GraphQL errors for a malformed request', async () => {
    const malformed = parse('query Malformed { organizations { noSuchField } }') as TypedDocumentNode<
      unknown,
      Record<string, never>
    >;
    const error = await client.request(malformed).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(GonghuiClientError);
    if (!(error instanceof GonghuiClientError)) throw new Error('unreachable');
    expect(error.errors.length).toBeGreaterThan(0);
    expect(error.errors[0]?.message).toMatch(/noSuchField/);
    expect(error.status).toBeGreaterThanOrEqual(200);

    // A missing required variable is refused by the server too (the types forbid it).
    const missing = await client.request(OrganizationByIdDocument, {} as OrganizationByIdQueryVariables).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(missing).toBeInstanceOf(GonghuiClientError);
  });

  it('throws a GonghuiClientError with the HTTP status for a non-2xx response', async () => {
    const wrong = createClient({ url: server.url.replace(/\/graphql$/, '/no-such-endpoint') });
    const error = await wrong.request(OrganizationsDocument).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(GonghuiClientError);
    expect((error as GonghuiClientError).status).toBe(404);
  });

  it('throws a GonghuiClientError with status 401 for a bad token', async () => {
    const forged = createClient({ url: server.url, headers: { authorization: 'Bearer not.a.token' } });
    const error = await forged.request(OrganizationsDocument, { first: 1 }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(GonghuiClientError);
    expect((error as GonghuiClientError).status).toBe(401);
    expect((error as GonghuiClientError).errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sends the configured headers', async () => {
    const seen: string[] = [];
    const spy = createClient({
      url: server.url,
      headers: { 'x-request-id': 'req-1' },
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers).get('x-request-id') ?? '');
        return fetch(input, init);
      },
    });
    await spy.request(OrganizationsDocument, { first: 1 });
    expect(seen).toEqual(['req-1']);
  });
});

describe('types', () => {
  it('requires variables only when the operation has a required variable', () => {
    expectTypeOf<VariablesArgument<OrganizationByIdQueryVariables>>().toEqualTypeOf<
      [variables: OrganizationByIdQueryVariables, options?: RequestOptions]
    >();
    expectTypeOf<VariablesArgument<OrganizationsQueryVariables>>().toEqualTypeOf<
      [variables?: OrganizationsQueryVariables, options?: RequestOptions]
    >();
    expectTypeOf<GonghuiClient['request']>().toBeFunction();
    // @ts-expect-error OrganizationById needs its `id` variable.
    const _unused = () => client.request(OrganizationByIdDocument);
    expect(_unused).toBeTypeOf('function');
  });
});
