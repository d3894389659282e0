// The member registry through the API: registration as data, masking by default, audited reveals,
// and who may see a member at all.
import { type Grant, idCheckCharacter, systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_KINDERGARTEN_UNION,
  DEMO_MEMBERS,
  DEMO_STONE_CARVING_UNION,
  demoIdNumber,
  seedDemoData,
} from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';

const REGISTER = `mutation($input: RegisterMemberInput!) {
  registerMember(input: $input) { member { id name gender status memberSince idNumber phone birthDate organization { name } } errors { code path messageZh } }
}`;
const MEMBERS = `query($org: ID!) {
  node(id: $org) { ... on Organization { members(first: 50) { totalCount nodes { id name idNumber phone birthDate } } } }
}`;
const REVEAL = `query($id: ID!) {
  node(id: $id) { ... on Member { name idNumber(reveal: true) phone(reveal: true) birthDate(reveal: true) } }
}`;
const MASKED = `query($id: ID!) { node(id: $id) { ... on Member { name idNumber phone birthDate } } }`;

/** A valid ID number from 17 digits. */
const idNumber = (first17: string) => first17 + idCheckCharacter(first17);

describe.each(testBackends())('member API on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  const orgs = new Map<string, { id: string; local: string }>();
  const org = (name: string) => {
    const found = orgs.get(name);
    if (!found) throw new Error(`no ${name}`);
    return found;
  };
  const post = async (query: string, variables: Record<string, unknown>, authorization?: string) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: any[] };
  };
  const as = (...grants: Grant[]) => bearer(grants, `subject-${grants.map((g) => g.role).join('-')}`);
  const adminOf = (name: string) => as({ role: 'ORG_ADMIN', organizationId: org(name).local });
  const viewerOf = (name: string) => as({ role: 'ORG_VIEWER', organizationId: org(name).local });
  // Personal data is encrypted at rest: rows are found by the blind index and read through the cipher.
  const byIdNumber = (idNumber: string) => ({ idNumberHash: db.personalData.idNumberHash(idNumber) });
  const clear = <Row extends Parameters<Database['personalData']['openAll']>[0]>(row: Row) => ({
    ...row,
    ...db.personalData.openAll(row),
  });
  const reveals = () =>
    db.prisma.auditEntry.findMany({ where: { action: 'member.revealed' }, orderBy: { seq: 'asc' } });

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    const all = await post('{ organizations(first: 100) { nodes { id name } } }', {});
    const rows = await db.prisma.organization.findMany({ select: { id: true, name: true } });
    const local = new Map(rows.map((r) => [r.name, r.id]));
    for (const node of all.data.organizations.nodes)
      orgs.set(node.name, { id: node.id, local: local.get(node.name) as string });
  });
  afterAll(() => db?.close());

  const register = async (input: Record<string, unknown>, authorization?: string) =>
    post(
      REGISTER,
      { input: { organizationId: org(DEMO_KINDERGARTEN_UNION).id, ...input } },
      authorization ?? (await adminOf(DEMO_KINDERGARTEN_UNION)),
    );

  it('registers a member, masked by default even for the admin', async () => {
    const id = idNumber('33010619900307124');
    const { data, errors } = await register({
      name: '李静',
      idNumber: id,
      phone: '13912345678',
      joinedOn: '2024-03-01',
    });
    expect(errors).toBeUndefined();
    expect(data.registerMember.errors).toEqual([]);
    expect(data.registerMember.member).toMatchObject({
      name: '李静',
      gender: 'FEMALE',
      status: 'ACTIVE',
      memberSince: '2024-03-01',
      idNumber: `330106********${id.slice(-4)}`,
      phone: '139****5678',
      birthDate: '1990-**-**',
      organization: { name: DEMO_KINDERGARTEN_UNION },
    });
    const row = await db.prisma.member.findUniqueOrThrow({ where: byIdNumber(id) });
    expect(row.organizationId).toBe(org(DEMO_KINDERGARTEN_UNION).local);
    expect(await db.prisma.membershipEvent.count({ where: { memberId: row.id, type: 'JOINED' } })).toBe(1);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'member.registered', targetId: row.id },
    });
    expect(JSON.stringify(audit.after)).not.toContain(id);
  });

  it('refuses a duplicate ID number, an under-16 person and a bad check character as data', async () => {
    const taken = await register({
      name: '重复',
      idNumber: demoIdNumber(DEMO_MEMBERS[0]?.first17 as string),
    });
    expect(taken.data.registerMember).toMatchObject({
      member: null,
      errors: [{ code: 'MEMBER_ID_NUMBER_TAKEN', path: ['input', 'idNumber'] }],
    });
    const young = await register({
      name: '少年',
      idNumber: idNumber('33010620100302001'),
      joinedOn: '2026-03-01',
    });
    expect(young.data.registerMember.errors).toMatchObject([
      { code: 'MEMBERSHIP_UNDER_AGE', path: ['input', 'idNumber'] },
    ]);
    const good = idNumber('33010619900307135');
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const checksum = await register({ name: '某', idNumber: bad });
    expect(checksum.data.registerMember).toMatchObject({
      member: null,
      errors: [{ code: 'ID_CHECKSUM', path: ['input', 'idNumber'], messageZh: '身份证号码校验码不正确' }],
    });
  });

  it('refuses registration by a viewer or an admin elsewhere', async () => {
    for (const authorization of [
      await viewerOf(DEMO_KINDERGARTEN_UNION),
      await adminOf(DEMO_STONE_CARVING_UNION),
      undefined,
    ]) {
      const { errors } = await post(
        REGISTER,
        {
          input: {
            organizationId: org(DEMO_KINDERGARTEN_UNION).id,
            name: '某',
            idNumber: idNumber('33010619900307146'),
          },
        },
        authorization,
      );
      expect(errors?.[0]?.extensions?.code, String(authorization)).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    expect(await db.prisma.member.count({ where: byIdNumber(idNumber('33010619900307146')) })).toBe(0);
  });

  it('an ORG_ADMIN above the union reveals each field in clear, one audit entry per field', async () => {
    const person = DEMO_MEMBERS[0];
    const row = clear(
      await db.prisma.member.findUniqueOrThrow({
        where: byIdNumber(demoIdNumber(person?.first17 as string)),
      }),
    );
    const list = await post(MEMBERS, { org: org(DEMO_KINDERGARTEN_UNION).id }, await adminOf('杭州市总工会'));
    const node = list.data.node.members.nodes.find((n: { name: string }) => n.name === person?.name);
    expect(node.idNumber).toMatch(/^330110\*{8}/);
    const before = (await reveals()).length;
    const { data, errors } = await post(REVEAL, { id: node.id }, await adminOf('杭州市总工会'));
    expect(errors).toBeUndefined();
    expect(data.node).toEqual({
      name: person?.name,
      idNumber: row.idNumber,
      phone: person?.phone,
      birthDate: '1988-03-14',
    });
    const entries = (await reveals()).slice(before);
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => (e.after as { field: string }).field).sort()).toEqual([
      'birthDate',
      'idNumber',
      'phone',
    ]);
    for (const e of entries) {
      expect(e).toMatchObject({
        targetType: 'Member',
        targetId: row.id,
        organizationId: row.organizationId,
        actor: 'subject-ORG_ADMIN',
      });
      expect(e.requestId).toBeTruthy();
    }
    const one = await post(
      `query($id: ID!) { node(id: $id) { ... on Member { idNumber(reveal: true) } } }`,
      { id: node.id },
      await adminOf(DEMO_KINDERGARTEN_UNION),
    );
    expect(one.data.node.idNumber).toBe(row.idNumber);
    expect((await reveals()).length).toBe(before + 4);
  });

  it('an ORG_VIEWER sees the member masked; a reveal is FORBIDDEN, absent and not audited', async () => {
    const viewer = await viewerOf(DEMO_KINDERGARTEN_UNION);
    const list = await post(MEMBERS, { org: org(DEMO_KINDERGARTEN_UNION).id }, viewer);
    expect(list.errors).toBeUndefined();
    const node = list.data.node.members.nodes[0];
    const masked = await post(MASKED, { id: node.id }, viewer);
    expect(masked.data.node.idNumber).toContain('********');
    const before = (await reveals()).length;
    const refused = await post(REVEAL, { id: node.id }, viewer);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(refused.data.node).toMatchObject({ name: node.name, idNumber: null, birthDate: null });
    const row = clear(await db.prisma.member.findFirstOrThrow({ where: { name: node.name } }));
    expect(JSON.stringify(refused)).not.toContain(row.idNumber);
    expect((await reveals()).length).toBe(before);
  });

  it('outsiders see no member at all, neither in a list nor by node(id)', async () => {
    const admin = await adminOf('杭州市总工会');
    const list = await post(MEMBERS, { org: org(DEMO_KINDERGARTEN_UNION).id }, admin);
    const memberId = list.data.node.members.nodes[0].id;
    for (const outsider of [
      await adminOf(DEMO_STONE_CARVING_UNION),
      await viewerOf('宁波市总工会'),
      await as({ role: 'MEMBER', memberId: 'someone-else' }),
      undefined,
    ]) {
      const listed = await post(MEMBERS, { org: org(DEMO_KINDERGARTEN_UNION).id }, outsider);
      expect(listed.data?.node?.members ?? null).toBeNull();
      expect(listed.errors?.[0]?.extensions?.code).toBe(outsider ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      const byId = await post(MASKED, { id: memberId }, outsider);
      expect(byId.data?.node ?? null).toBeNull();
      expect(JSON.stringify(byId)).not.toContain(memberId);
    }
  });

  it('a MEMBER reveals their own record and nobody else’s', async () => {
    const rows = await db.prisma.member.findMany({
      where: { organizationId: org(DEMO_STONE_CARVING_UNION).local },
      orderBy: { name: 'asc' },
    });
    const [own, other] = rows.map(clear);
    if (!own || !other) throw new Error('two demo members expected');
    const list = await post(
      MEMBERS,
      { org: org(DEMO_STONE_CARVING_UNION).id },
      await adminOf(DEMO_STONE_CARVING_UNION),
    );
    const globalId = (name: string) =>
      list.data.node.members.nodes.find((n: { name: string }) => n.name === name).id;
    const self = await as({ role: 'MEMBER', memberId: own.id });
    const mine = await post(REVEAL, { id: globalId(own.name) }, self);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.node.idNumber).toBe(own.idNumber);
    const theirs = await post(REVEAL, { id: globalId(other.name) }, self);
    expect(theirs.data.node).toBeNull();
    expect(JSON.stringify(theirs)).not.toContain(other.idNumber);
    const listed = await post(MEMBERS, { org: org(DEMO_STONE_CARVING_UNION).id }, self);
    expect(listed.data.node.members).toBeNull();
  });

  it('the member or an admin above changes the phone; a viewer may not; a bad phone is data', async () => {
    const UPDATE = `mutation($input: UpdateMemberContactInput!) { updateMemberContact(input: $input) {
      member { phone(reveal: true) } errors { code path } } }`;
    const rows = await db.prisma.member.findMany({
      where: { organizationId: org(DEMO_STONE_CARVING_UNION).local },
      orderBy: { name: 'asc' },
    });
    const target = rows[0];
    if (!target) throw new Error('a demo member expected');
    const memberId = encodeGlobalID('Member', target.id);
    const byAdmin = await post(
      UPDATE,
      { input: { memberId, phone: '13800001111' } },
      await adminOf(DEMO_STONE_CARVING_UNION),
    );
    expect(byAdmin.data.updateMemberContact).toEqual({ member: { phone: '13800001111' }, errors: [] });
    const bySelf = await post(
      UPDATE,
      { input: { memberId, phone: '0574-87654321' } },
      await as({ role: 'MEMBER', memberId: target.id }),
    );
    expect(bySelf.data.updateMemberContact).toEqual({ member: { phone: '0574-87654321' }, errors: [] });
    const byViewer = await post(
      UPDATE,
      { input: { memberId, phone: '13900000000' } },
      await viewerOf(DEMO_STONE_CARVING_UNION),
    );
    expect(byViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await post(
      UPDATE,
      { input: { memberId, phone: '12345' } },
      await adminOf(DEMO_STONE_CARVING_UNION),
    );
    expect(bad.data.updateMemberContact).toEqual({
      member: null,
      errors: [{ code: 'MEMBER_PHONE_INVALID', path: ['input', 'phone'] }],
    });
    expect(clear(await db.prisma.member.findUniqueOrThrow({ where: { id: target.id } })).phone).toBe(
      '0574-87654321',
    );
    const audited = await db.prisma.auditEntry.findMany({
      where: { action: 'member.updated', targetId: target.id },
    });
    expect(audited).toHaveLength(2);
    expect(JSON.stringify(audited.map((e) => e.after))).not.toContain('87654321');
  });

  it('a system admin sees members of any union', async () => {
    const { data } = await post(MEMBERS, { org: org(DEMO_STONE_CARVING_UNION).id }, await adminBearer());
    expect(data.node.members.totalCount).toBe(
      DEMO_MEMBERS.filter((m) => m.union === DEMO_STONE_CARVING_UNION).length,
    );
  });
});
