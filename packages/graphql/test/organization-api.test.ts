import { systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';

type Gql = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A GraphQL caller (as a system admin) over yoga's in-process fetch; fails the test on top-level errors. */
async function caller(db: Database): Promise<Gql> {
  const yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
  const authorization = await adminBearer();
  return async (query, variables) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

const ORG_FIELDS = 'id name kind level depth status parent { name }';

describe.each(testBackends())('organization API on %s', (backend) => {
  let db: Database;
  let gql: Gql;
  const idOf = async (name: string): Promise<string> => {
    const data = await gql(
      `query($name: String!) { organizations(filter: { nameContains: $name }) { nodes { id name } } }`,
      { name },
    );
    const node = data.organizations.nodes.find((n: { name: string }) => n.name === name);
    if (!node) throw new Error(`no organization named ${name}`);
    return node.id;
  };

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    gql = await caller(db);
  });
  afterAll(() => db?.close());

  it('shows 梅园村 industry-chain federation with its member unions by segment', async () => {
    const data = await gql(`{
      organizations(filter: { kind: [INDUSTRY_CHAIN_FEDERATION] }) {
        totalCount
        nodes { name level ancestors { name } memberUnions(first: 10) { totalCount nodes { chain segment member { name kind } } } }
      }
    }`);
    expect(data.organizations.totalCount).toBe(1);
    const meiyuan = data.organizations.nodes[0];
    expect(meiyuan.name).toBe(MEIYUAN_FEDERATION);
    expect(meiyuan.ancestors.map((a: { name: string }) => a.name)).toEqual([
      '浙江省总工会',
      '宁波市总工会',
      '宁波市海曙区总工会',
    ]);
    expect(meiyuan.memberUnions.totalCount).toBe(4);
    expect(meiyuan.memberUnions.nodes.map((m: { segment: string }) => m.segment)).toEqual([
      'UPSTREAM',
      'MIDSTREAM',
      'MIDSTREAM',
      'DOWNSTREAM',
    ]);
    expect(new Set(meiyuan.memberUnions.nodes.map((m: { chain: string }) => m.chain))).toEqual(
      new Set(['梅园石']),
    );
  });

  it('pages through a subtree with cursors and a total count', async () => {
    const root = await idOf('浙江省总工会');
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const data: any = await gql(
        `query($id: ID!, $after: String) { organization(id: $id) { subtree(first: 7, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { name depth } } } }`,
        { id: root, after },
      );
      const page = data.organization.subtree;
      total = page.totalCount;
      seen.push(...page.nodes.map((n: { name: string }) => n.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const all = await gql(`{ organizations(first: 100) { totalCount } }`);
    expect(total).toBe(all.organizations.totalCount - 1);
    expect(new Set(seen).size).toBe(total);
    expect(seen).not.toContain('浙江省总工会');
  });

  it('filters by kind, level, region prefix and name', async () => {
    const data = await gql(`{
      shaoxing: organizations(filter: { regionCode: "3306", level: [COUNTY] }) { totalCount }
      towns: organizations(filter: { level: [TOWNSHIP] }) { nodes { name parent { name } } }
      kindergarten: organizations(filter: { nameContains: "幼儿园" }) { nodes { kind creditCode } }
    }`);
    expect(data.shaoxing.totalCount).toBe(6);
    expect(data.towns.nodes).toHaveLength(3);
    for (const town of data.towns.nodes) expect(town.parent.name).toBe('海盐县总工会');
    expect(data.kindergarten.nodes[0].kind).toBe('GRASSROOTS_UNION');
    expect(data.kindergarten.nodes[0].creditCode).toMatch(/^91330110/);
  });

  it('creates, moves with its subtree, refuses a cycle as data, and keeps ancestors right', async () => {
    const jiaxing = await idOf('嘉兴市总工会');
    const haiyan = await idOf('海盐县总工会');
    const baibu = await idOf('海盐县百步镇总工会（百步经济开发区总工会）');
    const created = await gql(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { ${ORG_FIELDS} } errors { code } } }`,
      {
        input: {
          name: '平湖市总工会',
          kind: 'FEDERATION_OF_TRADE_UNIONS',
          level: 'COUNTY',
          parentId: jiaxing,
          regionCode: '330482',
        },
      },
    );
    expect(created.createOrganization.errors).toEqual([]);
    expect(created.createOrganization.organization).toMatchObject({
      name: '平湖市总工会',
      depth: 2,
      parent: { name: '嘉兴市总工会' },
    });
    const pinghu = created.createOrganization.organization.id;

    const cycle = await gql(
      `mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { organization { id } errors { code message messageZh path } } }`,
      { input: { id: haiyan, newParentId: baibu } },
    );
    expect(cycle.moveOrganization.organization).toBeNull();
    expect(cycle.moveOrganization.errors).toEqual([
      expect.objectContaining({
        code: 'ORG_CYCLE',
        path: ['input', 'newParentId'],
        messageZh: expect.stringContaining('下级'),
      }),
    ]);

    // Moving 百步镇 (with its two unions) under 平湖市: the whole subtree follows, depths recomputed.
    const moved = await gql(
      `mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { organization { depth parent { name } } errors { code } } }`,
      { input: { id: baibu, newParentId: pinghu } },
    );
    expect(moved.moveOrganization).toEqual({
      organization: { depth: 3, parent: { name: '平湖市总工会' } },
      errors: [],
    });
    const after = await gql(
      `query($a: ID!, $b: ID!) {
        pinghu: organization(id: $a) { subtree(first: 50) { totalCount nodes { name depth ancestors { name } } } }
        haiyan: organization(id: $b) { subtree(first: 50) { totalCount } }
      }`,
      { a: pinghu, b: haiyan },
    );
    expect(after.pinghu.subtree.totalCount).toBe(3);
    const union = after.pinghu.subtree.nodes.find(
      (n: { name: string }) => n.name === '海盐百步电子元件有限公司工会',
    );
    expect(union.depth).toBe(4);
    expect(union.ancestors.map((a: { name: string }) => a.name)).toEqual([
      '浙江省总工会',
      '嘉兴市总工会',
      '平湖市总工会',
      '海盐县百步镇总工会（百步经济开发区总工会）',
    ]);
    expect(after.haiyan.subtree.totalCount).toBe(3);
  });

  it('returns every broken rule as data with a code and a path, never a fault', async () => {
    const district = await idOf('宁波市海曙区总工会');
    const bad = await gql(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } errors { code path } } }`,
      {
        input: {
          name: '测试工会',
          kind: 'GRASSROOTS_UNION',
          level: 'GRASSROOTS',
          parentId: district,
          creditCode: '91330203MA0000001X',
        },
      },
    );
    expect(bad.createOrganization.errors).toEqual([
      { code: 'CREDIT_CODE_CHECKSUM', path: ['input', 'creditCode'] },
    ]);
    const busy = await gql(
      `mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { organization { id } errors { code } } }`,
      { input: { id: district } },
    );
    expect(busy.dissolveOrganization.errors[0].code).toBe('ORG_HAS_CHILDREN');
  });

  it('joins and leaves a federation, refusing a missing segment', async () => {
    const meiyuan = await idOf(MEIYUAN_FEDERATION);
    const kindergarten = await idOf('杭州市绿洲花园幼儿园工会');
    const join = `mutation($input: JoinFederationInput!) { joinFederation(input: $input) { membership { segment member { name } } errors { code } } }`;
    const noSegment = await gql(join, { input: { federationId: meiyuan, memberId: kindergarten } });
    expect(noSegment.joinFederation.errors[0].code).toBe('FEDERATION_SEGMENT_REQUIRED');
    const joined = await gql(join, {
      input: { federationId: meiyuan, memberId: kindergarten, segment: 'DOWNSTREAM' },
    });
    expect(joined.joinFederation).toEqual({
      membership: { segment: 'DOWNSTREAM', member: { name: '杭州市绿洲花园幼儿园工会' } },
      errors: [],
    });
    const left = await gql(
      `mutation($input: LeaveFederationInput!) { leaveFederation(input: $input) { federation { memberUnions { totalCount } } errors { code } } }`,
      { input: { federationId: meiyuan, memberId: kindergarten } },
    );
    expect(left.leaveFederation).toEqual({ federation: { memberUnions: { totalCount: 4 } }, errors: [] });
  });

  it('keeps the closure table exact under concurrent moves and creates in the moving subtree', async () => {
    const mutate = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } errors { code } } }`;
    const anji = await idOf('安吉县总工会');
    const huzhou = await idOf('湖州市总工会');
    const town = await gql(mutate, {
      input: {
        name: '递铺街道总工会',
        kind: 'FEDERATION_OF_TRADE_UNIONS',
        level: 'TOWNSHIP',
        parentId: anji,
      },
    });
    const deqing = await gql(mutate, {
      input: { name: '德清县总工会', kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'COUNTY', parentId: huzhou },
    });
    const townId = town.createOrganization.organization.id;
    const creates = Array.from({ length: 12 }, (_, i) =>
      gql(mutate, {
        input: { name: `递铺企业${i}工会`, kind: 'GRASSROOTS_UNION', level: 'GRASSROOTS', parentId: townId },
      }),
    );
    const move = gql(
      `mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { errors { code } } }`,
      { input: { id: townId, newParentId: deqing.createOrganization.organization.id } },
    );
    const results = await Promise.all([...creates, move]);
    for (const r of results.slice(0, -1)) expect(r.createOrganization.errors).toEqual([]);
    // Every organization's closure rows must equal its parent chain, and its depth the chain's length.
    const rows = await db.prisma.organization.findMany({ select: { id: true, parentId: true, depth: true } });
    const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
    const links = await db.prisma.organizationLink.findMany();
    const linkSet = new Set(links.map((l) => `${l.ancestorId}>${l.descendantId}:${l.distance}`));
    let expected = 0;
    for (const row of rows) {
      let distance = 0;
      for (let at: string | null | undefined = row.id; at; at = parentOf.get(at)) {
        expect(linkSet.has(`${at}>${row.id}:${distance}`)).toBe(true);
        distance++;
        expected++;
      }
      expect(row.depth).toBe(distance - 1);
    }
    expect(links).toHaveLength(expected);
  });
});
