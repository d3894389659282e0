// The response cache (GONGHUI_RESPONSE_CACHE_TTL_MS): a session's repeated query is answered from
// the cache (a change written behind the API's back stays unseen until a mutation), never another
// viewer's answer (scopes, subjects, members), never personal data or its audited reveal, every
// module's mutation invalidates it (a new child in a cached list, an enrollment that names no
// activity); in Redis it is shared by two servers, and with Redis away answers are computed.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { type ActivityWorld, createActivityWorld, openActivityInput } from './support/activity-world.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { createTestDatabase } from './support/database.js';
import { type ServersOnRedis, serversOnRedis } from './support/servers.js';
import { REDIS_SERVER } from './support/services.js';

type Yoga = ReturnType<typeof createGonghuiYoga>;
type Answer = { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };

/** Posts `query` to `yoga` as `authorization` (anonymous without); the parsed answer. */
async function ask(
  yoga: Yoga,
  query: string,
  variables: object = {},
  authorization?: string,
): Promise<Answer> {
  const response = await yoga.fetch('http://gonghui.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

const NAME = `query($id: ID!) { organization(id: $id) { name } }`;
const FUNDS = `query($id: ID!) { organization(id: $id) { name funds(first: 5) { nodes { name } } } }`;
const CHILDREN = `query($id: ID!) { organization(id: $id) { children(first: 10) { totalCount nodes { name } } } }`;
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { errors { code } } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { errors { code } } }`;

describe('the response cache in one process', () => {
  let db: Database;
  let yoga: Yoga;
  let world: ActivityWorld;
  let county: string;
  let union: string;
  /** Renames an organization straight in the database: only an uncached answer shows it. */
  const renameBehindTheApi = (id: string, name: string) =>
    db.prisma.organization.update({ where: { id }, data: { name } });

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    world = await createActivityWorld(db, 3);
    county = encodeGlobalID('Organization', world.countyId);
    union = encodeGlobalID('Organization', world.unionId);
    yoga = createGonghuiYoga({ db, auth: await testAuth(), responseCacheTtlMs: 60_000 });
  }, 60_000);
  afterAll(() => db?.close());

  it('answers a repeated query from the cache until a mutation, then computes it again', async () => {
    expect((await ask(yoga, NAME, { id: union })).data?.organization.name).toBe(
      '杭州余杭测试科技有限公司工会',
    );
    await renameBehindTheApi(world.unionId, '改名甲');
    expect((await ask(yoga, NAME, { id: union })).data?.organization.name).toBe(
      '杭州余杭测试科技有限公司工会',
    );
    // Any mutation moves the generation on, even one about another organization.
    const renamed = await ask(
      yoga,
      UPDATE,
      { input: { id: county, name: '杭州市余杭区总工会' } },
      await adminBearer(),
    );
    expect(renamed.data?.updateOrganization.errors).toEqual([]);
    expect((await ask(yoga, NAME, { id: union })).data?.organization.name).toBe('改名甲');
  });

  it("never serves one viewer's answer to another: other scopes, the same subject with other grants, a member", async () => {
    const viewerOfUnion = await bearer([{ role: 'ORG_VIEWER', organizationId: world.unionId }], 'viewer-a');
    const first = await ask(yoga, FUNDS, { id: union }, viewerOfUnion);
    expect(first.errors).toBeUndefined();
    expect(first.data?.organization).toEqual({ name: '改名甲', funds: { nodes: [] } });
    await renameBehindTheApi(world.unionId, '改名乙');
    // The same viewer: cached.
    expect((await ask(yoga, FUNDS, { id: union }, viewerOfUnion)).data?.organization.name).toBe('改名甲');
    // Another viewer with the same scope has their own answer (computed: the new name).
    const twin = await bearer([{ role: 'ORG_VIEWER', organizationId: world.unionId }], 'viewer-b');
    expect((await ask(yoga, FUNDS, { id: union }, twin)).data?.organization.name).toBe('改名乙');
    // Viewers who may not see the funds are refused, never given the cached funds.
    const others = [
      await bearer([{ role: 'ORG_VIEWER', organizationId: 'another-county' }], 'viewer-c'),
      await bearer([{ role: 'ORG_ADMIN', organizationId: 'another-union' }], 'viewer-a'), // same subject
      await bearer([{ role: 'MEMBER', memberId: world.memberIds[0] as string }], 'member-0'),
      undefined, // anonymous
    ];
    for (const other of others) {
      const answer = await ask(yoga, FUNDS, { id: union }, other);
      expect(answer.errors?.[0]?.extensions?.code).toBe(other ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      expect(answer.data?.organization).toEqual({ name: '改名乙', funds: null });
    }
  });

  it('never caches personal data: each reveal is audited, a masked member read is computed each time', async () => {
    const member = encodeGlobalID('Member', world.memberIds[1] as string);
    const REVEAL = `query($id: ID!) { node(id: $id) { ... on Member { name idNumber(reveal: true) } } }`;
    const admin = await adminBearer();
    const reveals = () => db.prisma.auditEntry.count({ where: { action: 'member.revealed' } });
    const before = await reveals();
    for (let n = 0; n < 3; n++) {
      expect((await ask(yoga, REVEAL, { id: member }, admin)).data?.node.idNumber).not.toMatch(/\*/);
    }
    expect(await reveals()).toBe(before + 3);
    const MASKED = `query($id: ID!) { node(id: $id) { ... on Member { name idNumber } } }`;
    expect((await ask(yoga, MASKED, { id: member }, admin)).data?.node.name).toBe('会员1');
    await db.prisma.member.update({
      where: { id: world.memberIds[1] as string },
      data: { name: '改名会员' },
    });
    expect((await ask(yoga, MASKED, { id: member }, admin)).data?.node.name).toBe('改名会员');
  });

  it('keys persisted documents by their text: two documents with the same variables get their own answers', async () => {
    const persisted = createGonghuiYoga({
      db,
      auth: await testAuth(),
      responseCacheTtlMs: 60_000,
      persistedDocuments: new Map([
        ['sha256:name', NAME],
        ['sha256:children', CHILDREN],
      ]),
    });
    const run = async (documentId: string) => {
      const response = await persisted.fetch('http://gonghui.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ documentId, variables: { id: county } }),
      });
      return ((await response.json()) as Answer).data?.organization;
    };
    for (let n = 0; n < 2; n++) {
      expect(await run('sha256:name')).toEqual({ name: '杭州市余杭区总工会' });
      expect(await run('sha256:children')).toMatchObject({ children: { totalCount: 1 } });
    }
  });

  it("is invalidated by mutations whose payload names no cached entity: a new child, an enrollment's places", async () => {
    const admin = await adminBearer();
    expect((await ask(yoga, CHILDREN, { id: union })).data?.organization.children).toEqual({
      totalCount: 0,
      nodes: [],
    });
    const input = { name: '测试分会', kind: 'BRANCH', level: 'GRASSROOTS', parentId: union };
    expect((await ask(yoga, CREATE, { input }, admin)).data?.createOrganization.errors).toEqual([]);
    expect((await ask(yoga, CHILDREN, { id: union })).data?.organization.children).toEqual({
      totalCount: 1,
      nodes: [{ name: '测试分会' }],
    });

    const created = await ask(
      yoga,
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } errors { code } } }`,
      { input: openActivityInput(county, '缓存测试活动', 5) },
      admin,
    );
    const activityId: string = created.data?.createActivity.activity.id;
    const PLACES = `query($id: ID!) { node(id: $id) { ... on Activity { remainingPlaces } } }`;
    expect((await ask(yoga, PLACES, { id: activityId })).data?.node.remainingPlaces).toBe(5);
    const memberId = world.memberIds[2] as string;
    const enrolled = await ask(
      yoga,
      `mutation($input: EnrollInput!) { enroll(input: $input) { remainingPlaces errors { code } } }`,
      { input: { activityId, memberId: encodeGlobalID('Member', memberId) } },
      await bearer([{ role: 'MEMBER', memberId }], 'member-2'),
    );
    expect(enrolled.data?.enroll).toEqual({ remainingPlaces: 4, errors: [] });
    expect((await ask(yoga, PLACES, { id: activityId })).data?.node.remainingPlaces).toBe(4);
  });
});

// .ci/run installs redis-server, so only a machine without it skips, saying why.
if (REDIS_SERVER === undefined)
  console.warn('Redis response-cache test skipped: no redis-server (apt-get install redis-server)');

describe.skipIf(REDIS_SERVER === undefined)('the response cache in Redis, two servers', () => {
  let db: Database;
  let world: ActivityWorld;
  let union: string;
  let two: ServersOnRedis;

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    world = await createActivityWorld(db, 1);
    union = encodeGlobalID('Organization', world.unionId);
    two = await serversOnRedis(2, { db, responseCacheTtlMs: 60_000 });
  }, 60_000);

  afterAll(async () => {
    await two?.close();
    await db?.close();
  });

  const [A, B] = [0, 1];
  const nameOn = async (i: number) =>
    (await ask(two.servers[i] as Yoga, NAME, { id: union })).data?.organization.name;
  const renameBehindTheApi = (name: string) =>
    db.prisma.organization.update({ where: { id: world.unionId }, data: { name } });

  it('an answer cached by one server is served by the other; a mutation on either invalidates both', async () => {
    expect(await nameOn(A)).toBe('杭州余杭测试科技有限公司工会');
    await renameBehindTheApi('共享甲');
    expect(await nameOn(B)).toBe('杭州余杭测试科技有限公司工会'); // A's answer, from Redis
    const keys = await two.connections[0]?.client.keys('gonghui:cache:*');
    expect(keys?.length).toBeGreaterThan(0);
    expect(await two.connections[0]?.client.keys('Organization*')).toEqual([]); // no entity sets: invalidation is by generation
    const renamed = await ask(
      two.servers[B] as Yoga,
      UPDATE,
      { input: { id: union, name: '共享乙' } },
      await adminBearer(),
    );
    expect(renamed.data?.updateOrganization.errors).toEqual([]);
    expect(await nameOn(A)).toBe('共享乙');
    expect(await nameOn(B)).toBe('共享乙');
  });

  it('with Redis away every answer is computed (one warning per server); once back, answers are cached again', async () => {
    const logged = two.lines.length;
    await two.stopRedis();
    await renameBehindTheApi('停机甲');
    expect(await nameOn(A)).toBe('停机甲');
    await renameBehindTheApi('停机乙');
    expect(await nameOn(A)).toBe('停机乙');
    expect(await nameOn(B)).toBe('停机乙');
    expect(
      two.lines.slice(logged).filter((line) => line.level === 40 && /response cache is off/.test(line.msg)),
    ).toHaveLength(2);

    await two.startRedis();
    expect(await nameOn(A)).toBe('停机乙');
    await renameBehindTheApi('恢复');
    expect(await nameOn(B)).toBe('停机乙'); // cached again, shared
  });
});
