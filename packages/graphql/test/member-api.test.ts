// The member registry through the API: registration as data, masking by default, audited reveals,
// who may see a member at all, and no cheap ID-number oracle (masks that leave at least 10,000
// candidates; "already registered" only after every other check, audited for the holder's union and
// limited per viewer per hour, counted in the database).
import {
  acftu2016,
  chinaToday,
  type Grant,
  idCheckCharacter,
  systemClock,
  uuidIds,
  withRules,
} from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCandidates } from '../../core/test/support/id-candidates.js';
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

const MEMBER_VIEWS = `query($org: ID!) { node(id: $org) { ... on Organization { members(first: 50) {
  nodes { name gender memberSince idNumber birthDate phone } } } } }`;
const AUDIT = `query($org: ID!) { auditLog(organizationId: $org, first: 100) {
  nodes { action actor at targetType targetId organization { name } after } } }`;

/** The hourly limit these tests run with (the default is `acftu2016`'s 10). */
const LIMIT = 3;
const RULES = withRules(acftu2016, { identity: { idNumberTakenAnswersPerHour: LIMIT } });
const CLAIMED = 'member.idNumberClaimed';

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
  const post = async (
    query: string,
    variables: Record<string, unknown>,
    authorization?: string,
    server = yoga,
  ) => {
    const response = await server.fetch('http://test/graphql', {
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
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false, rules: RULES });
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
      idNumber: '33****************',
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
    expect(node.idNumber).toBe('33****************');
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
    expect(masked.data.node.idNumber).toMatch(/^\d{2}\*{16}$/);
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

  // The ID-number oracle defences (issue 7): probes come from 宁波's stone-carving union at the
  // first demo member, held by the kindergarten union (杭州).
  const holder = DEMO_MEMBERS[0] as (typeof DEMO_MEMBERS)[number];
  const heldId = demoIdNumber(holder.first17);
  const adminAs = (name: string, subject: string) =>
    bearer([{ role: 'ORG_ADMIN', organizationId: org(name).local }], subject);
  /** A registration in the stone-carving union that passes every check but the last. */
  const attempt = async (subject: string, input: Record<string, unknown> = {}, server = yoga) =>
    post(
      REGISTER,
      {
        input: {
          organizationId: org(DEMO_STONE_CARVING_UNION).id,
          name: '林晓雯',
          idNumber: heldId,
          phone: '13700001234',
          joinedOn: '2024-05-01',
          ...input,
        },
      },
      await adminAs(DEMO_STONE_CARVING_UNION, subject),
      server,
    );
  const claims = (actor: string) =>
    db.prisma.auditEntry.findMany({ where: { action: CLAIMED, actor }, orderBy: { seq: 'asc' } });
  const codes = (r: { data?: any }) => r.data.registerMember.errors.map((e: { code: string }) => e.code);

  it('masks leave at least 10,000 candidate ID numbers for every demo member, as any viewer reads them', async () => {
    const viewer = await bearer(
      [{ role: 'ORG_VIEWER', organizationId: org('浙江省总工会').local }],
      'viewer',
    );
    const today = chinaToday(systemClock);
    let seen = 0;
    for (const union of new Set(DEMO_MEMBERS.map((m) => m.union))) {
      const { data, errors } = await post(MEMBER_VIEWS, { org: org(union).id }, viewer);
      expect(errors).toBeUndefined();
      for (const m of data.node.members.nodes) {
        const count = countCandidates(m, { today, cap: 10_000 });
        expect(count, m.name).toBe(10_000);
        seen += 1;
      }
    }
    expect(seen).toBe(await db.prisma.member.count());
  });

  it('answers only the other refusals while anything else about the input is wrong, and records nothing', async () => {
    const wrong: [Record<string, unknown>, string][] = [
      [{ joinedOn: '1900-01-01' }, 'MEMBERSHIP_UNDER_AGE'], // the probe the issue found
      [{ joinedOn: '2099-01-01' }, 'MEMBER_JOIN_DATE_FUTURE'],
      [{ joinedOn: '2024-02-30' }, 'MEMBERSHIP_INVALID_DATE'],
      [{ phone: '12345' }, 'MEMBER_PHONE_INVALID'],
      [{ name: ' ' }, 'MEMBER_NAME_INVALID'],
      [{ idNumber: `${heldId.slice(0, 17)}${heldId.endsWith('0') ? '1' : '0'}` }, 'ID_CHECKSUM'],
    ];
    for (const [input, code] of wrong) expect(codes(await attempt('careful', input)), code).toEqual([code]);
    expect(await claims('careful')).toEqual([]);
  });

  it('answers MEMBER_ID_NUMBER_TAKEN to a valid attempt, audited for the holder’s union with personal data masked', async () => {
    const answer = await attempt('transfer-clerk');
    expect(answer.data.registerMember).toMatchObject({
      member: null,
      errors: [{ code: 'MEMBER_ID_NUMBER_TAKEN', path: ['input', 'idNumber'] }],
    });
    expect(JSON.stringify(answer)).not.toContain(org(DEMO_KINDERGARTEN_UNION).local);
    // The kindergarten's admins (and those above) see who asked, when and from which union.
    const log = await post(
      AUDIT,
      { org: org(DEMO_KINDERGARTEN_UNION).id },
      await adminAs(DEMO_KINDERGARTEN_UNION, 'kindergarten-admin'),
    );
    const entries = log.data.auditLog.nodes.filter(
      (e: { action: string; actor: string }) => e.action === CLAIMED && e.actor === 'transfer-clerk',
    );
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    const row = await db.prisma.member.findUniqueOrThrow({
      where: { idNumberHash: db.personalData.idNumberHash(heldId) },
    });
    expect(entry).toMatchObject({
      actor: 'transfer-clerk',
      targetType: 'Member',
      targetId: row.id,
      organization: { name: DEMO_KINDERGARTEN_UNION },
    });
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
    expect(JSON.parse(entry.after)).toEqual({
      organizationId: org(DEMO_STONE_CARVING_UNION).local,
      organizationName: DEMO_STONE_CARVING_UNION,
      name: '林晓雯',
      idNumber: '33****************',
      phone: '137****1234',
      joinedOn: '2024-05-01',
    });
    // The asking union's own log does not show where the person is a member.
    const own = await post(
      AUDIT,
      { org: org(DEMO_STONE_CARVING_UNION).id },
      await adminAs(DEMO_STONE_CARVING_UNION, 'transfer-clerk'),
    );
    expect(own.data.auditLog.nodes.filter((e: { action: string }) => e.action === CLAIMED)).toEqual([]);
  });

  it(`gives one viewer ${LIMIT} such answers an hour, then MEMBER_ID_NUMBER_CHECK_LIMIT, in every process`, async () => {
    const held = DEMO_MEMBERS.slice(0, LIMIT).map((m) => demoIdNumber(m.first17));
    for (const id of held)
      expect(codes(await attempt('prober', { idNumber: id }))).toEqual(['MEMBER_ID_NUMBER_TAKEN']);
    expect(await claims('prober')).toHaveLength(LIMIT);
    // Answer LIMIT + 1: refused before the lookup, whether the number is taken or free.
    const free = '330106199003071' + '23';
    const freeId = free + idCheckCharacter(free);
    for (const id of [heldId, freeId]) {
      const refused = await attempt('prober', { idNumber: id });
      expect(refused.data.registerMember).toMatchObject({
        member: null,
        errors: [
          {
            code: 'MEMBER_ID_NUMBER_CHECK_LIMIT',
            path: ['input', 'idNumber'],
            messageZh: expect.stringContaining('已达上限'),
          },
        ],
      });
    }
    expect(await claims('prober')).toHaveLength(LIMIT);
    expect(
      await db.prisma.member.count({ where: { idNumberHash: db.personalData.idNumberHash(freeId) } }),
    ).toBe(0);
    // The count lives in the database: a second server process (or a restart) refuses too.
    const other = createGonghuiYoga({ db, auth: await testAuth(), production: false, rules: RULES });
    expect(codes(await attempt('prober', {}, other))).toEqual(['MEMBER_ID_NUMBER_CHECK_LIMIT']);
    // Per viewer: another admin of the same union still gets the answer.
    expect(codes(await attempt('another-clerk'))).toEqual(['MEMBER_ID_NUMBER_TAKEN']);
  });

  it('audit entries of members keep masks at least as strong as the API’s', async () => {
    const entries = await db.prisma.auditEntry.findMany({ where: { targetType: 'Member' } });
    expect(entries.length).toBeGreaterThan(DEMO_MEMBERS.length);
    const masked = (value: unknown): unknown[] => {
      if (value === null || typeof value !== 'object') return [];
      const v = value as Record<string, unknown>;
      return [v, ...Object.values(v).flatMap(masked)];
    };
    for (const entry of entries) {
      for (const part of [...masked(entry.before), ...masked(entry.after)] as Record<string, unknown>[]) {
        if ('idNumber' in part) expect(part.idNumber, entry.action).toMatch(/^\d{2}\*{16}$/);
        if ('birthDate' in part) expect(part.birthDate, entry.action).toMatch(/^\d{4}-\*\*-\*\*$/);
        if (typeof part.phone === 'string') expect(part.phone, entry.action).toMatch(/^[\d-]{3}\*+\d{4}$/);
      }
    }
    const text = JSON.stringify(entries.map((e) => [e.before, e.after]));
    for (const m of DEMO_MEMBERS) expect(text).not.toContain(m.first17.slice(2, 14));
  });
});
