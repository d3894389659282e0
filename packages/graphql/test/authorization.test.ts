import { systemClock, uuidIds } from '@gonghui/core';
import { isObjectType } from 'graphql';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema.js';
import { seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { bearer, TEST_JWT_SECRET, testAuth } from './support/auth.js';
import { createTestDatabase } from './support/database.js';

type Scoped = { extensions?: { pothosOptions?: { authScopes?: unknown } } | null };
const hasScopes = (thing: Scoped) => thing.extensions?.pothosOptions?.authScopes !== undefined;

describe('deny by default', () => {
  it('every field of every object type has an access rule (on the field or on its type)', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const rootType = type.name === 'Query' || type.name === 'Mutation';
      if (!rootType && hasScopes(type as Scoped)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!hasScopes(field as Scoped)) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('who may read and write organizations', () => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  const post = async (query: string, variables: Record<string, unknown> = {}, authorization?: string) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
  };
  const ids = new Map<string, { id: string; local: string }>();
  const org = (name: string) => {
    const found = ids.get(name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };
  const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { name } errors { code } } }`;
  const townUnder = (parentId: string, name: string) => ({
    input: { name, kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'TOWNSHIP', parentId },
  });

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    const all = await post('{ organizations(first: 100) { nodes { id name } } }');
    const rows = await db.prisma.organization.findMany({ select: { id: true, name: true } });
    const local = new Map(rows.map((r) => [r.name, r.id]));
    for (const node of all.body.data.organizations.nodes) {
      ids.set(node.name, { id: node.id, local: local.get(node.name) as string });
    }
  });
  afterAll(() => db?.close());

  it("a malformed global ID is the client's error, named in the message", async () => {
    const { body } = await post('{ organization(id: "not-an-id") { name } }');
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining("'not-an-id' is not a global ID"),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('anyone may read the public directory', async () => {
    const { status, body } = await post('{ organizations(first: 3) { totalCount nodes { name } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.organizations.totalCount).toBeGreaterThan(30);
  });

  it('anonymous writes are refused as UNAUTHENTICATED (not FORBIDDEN) and write nothing', async () => {
    const before = await db.prisma.organization.count();
    const { status, body } = await post(CREATE, townUnder(org('宁波市海曙区总工会').id, '匿名镇总工会'));
    expect(status).toBe(200);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Not signed in: Mutation.createOrganization needs a bearer token'),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(body.data?.createOrganization ?? null).toBeNull();
    expect(await db.prisma.organization.count()).toBe(before);
  });

  it('a protected field without a viewer is UNAUTHENTICATED; with a viewer outside its scope FORBIDDEN', async () => {
    const query = 'query($id: ID) { auditLog(organizationId: $id, first: 1) { totalCount } }';
    const variables = { id: org('宁波市总工会').id };
    const anonymous = await post(query, variables);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const outsider = await bearer([{ role: 'ORG_ADMIN', organizationId: org('杭州市总工会').local }]);
    const signedIn = await post(query, variables, outsider);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(signedIn.body.errors?.[0]?.message).not.toContain('Not signed in');
  });

  it('an ORG_ADMIN writes inside its subtree only; an ORG_VIEWER never writes', async () => {
    const ningboAdmin = await bearer([{ role: 'ORG_ADMIN', organizationId: org('宁波市总工会').local }]);
    const inside = await post(
      CREATE,
      townUnder(org('宁波市海曙区总工会').id, '海曙区某街道总工会'),
      ningboAdmin,
    );
    expect(inside.body.data.createOrganization).toEqual({
      organization: { name: '海曙区某街道总工会' },
      errors: [],
    });
    const outside = await post(
      CREATE,
      townUnder(org('杭州市余杭区总工会').id, '余杭区某街道总工会'),
      ningboAdmin,
    );
    expect(outside.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const viewer = await bearer([{ role: 'ORG_VIEWER', organizationId: org('宁波市总工会').local }]);
    const viewed = await post(CREATE, townUnder(org('宁波市海曙区总工会').id, '不应创建'), viewer);
    expect(viewed.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a move needs ADMIN of both the old and the new parent', async () => {
    const MOVE = `mutation($input: MoveOrganizationInput!) { moveOrganization(input: $input) { organization { parent { name } } errors { code } } }`;
    const input = { input: { id: org('海盐县总工会').id, newParentId: org('湖州市总工会').id } };
    const jiaxingAdmin = await bearer([{ role: 'ORG_ADMIN', organizationId: org('嘉兴市总工会').local }]);
    expect((await post(MOVE, input, jiaxingAdmin)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const both = await bearer([
      { role: 'ORG_ADMIN', organizationId: org('嘉兴市总工会').local },
      { role: 'ORG_ADMIN', organizationId: org('湖州市总工会').local },
    ]);
    const moved = await post(MOVE, input, both);
    expect(moved.body.data.moveOrganization).toEqual({
      organization: { parent: { name: '湖州市总工会' } },
      errors: [],
    });
  });

  it('refuses expired, forged, unsigned and malformed tokens with 401', async () => {
    const query = '{ organizations(first: 1) { totalCount } }';
    const expired = await bearer([{ role: 'SYSTEM_ADMIN' }], 'old', '1s');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const forged = await new SignJWT({ roles: [{ role: 'SYSTEM_ADMIN' }] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer('gonghui')
      .setAudience('gonghui-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(`${TEST_JWT_SECRET}-not`));
    const unsigned = new UnsecuredJWT({ roles: [{ role: 'SYSTEM_ADMIN' }] })
      .setSubject('mallory')
      .setIssuer('gonghui')
      .setAudience('gonghui-api')
      .setExpirationTime('1h')
      .encode();
    const cases: [string, string, RegExp][] = [
      ['expired', expired, /expired/],
      ['forged', `Bearer ${forged}`, /signed with another secret/],
      ['alg none', `Bearer ${unsigned}`, /not valid/],
      ['malformed', 'Basic dXNlcjpwYXNz', /Bearer/],
    ];
    for (const [label, header, message] of cases) {
      const { status, body } = await post(query, {}, header);
      expect(status, label).toBe(401);
      expect(body.errors?.[0]?.message, label).toMatch(message);
      expect(body.data ?? null, label).toBeNull();
    }
    const ok = await post(query, {}, await bearer([{ role: 'ORG_VIEWER', organizationId: 'x' }]));
    expect(ok.status).toBe(200);
  });
});
