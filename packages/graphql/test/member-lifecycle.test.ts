// The membership lifecycle through the API on each backend: every mutation, its history record, its
// audit entries and the coverage counters after it; who may run it; and on PostgreSQL the race of
// 50 concurrent transfers of one person, of which exactly one wins.
import { addMonths, chinaToday, systemClock } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/store/database.js';
import { countedTallies, maintainedTallies } from '../src/store/member.js';
import { bearer } from './support/auth.js';
import { testBackends } from './support/database.js';
import { type MemberApi, memberApi } from './support/member-api.js';

const today = chinaToday(systemClock);

const MEMBER_FIELDS =
  'id status custody since statusReason organization { name } history(first: 100) { totalCount nodes { sequence type date reason note fromOrganization { name } toOrganization { name } } }';
const TRANSFER = `mutation($input: TransferMemberInput!) { transferMember(input: $input) { member { ${MEMBER_FIELDS} } errors { code path } } }`;
const RETAIN = `mutation($input: RetainMemberInput!) { retainMember(input: $input) { member { ${MEMBER_FIELDS} } errors { code path } } }`;
const REACTIVATE = `mutation($input: ReactivateMemberInput!) { reactivateMember(input: $input) { member { ${MEMBER_FIELDS} } errors { code path } } }`;
const TERMINATE = `mutation($input: TerminateMemberInput!) { terminateMember(input: $input) { member { ${MEMBER_FIELDS} } errors { code path } } }`;
const ENGAGE = `mutation($input: RecordMemberEngagementInput!) { recordMemberEngagement(input: $input) { member { id lastDuesPaidOn lastActivityOn spokenToOn } errors { code path } } }`;
const LAPSE = `mutation($input: LapseMembershipsInput!) { lapseMemberships(input: $input) { members { id name status statusReason } more errors { code } } }`;
const DISSOLVED = `mutation($input: DissolvedEmployerInput!) { holdMembersOfDissolvedEmployer(input: $input) { members { id status custody organization { name } } more errors { code } } }`;
const COVERAGE = `query($id: ID!) { node(id: $id) { ... on Organization { memberCoverage { active retained ended live male female withPhone joinedThisYear employerUnion townshipUnion higherUnion } } } }`;

describe.each(testBackends())('membership lifecycle API on %s', (backend) => {
  let api: MemberApi;
  let db: Database;
  let admin: string;
  const local = (name: string) => api.local(name);
  const org = (name: string) => api.org(name);
  const member = (id: string) => encodeGlobalID('Member', id);
  const post = (query: string, variables: Record<string, unknown>, authorization = admin) =>
    api.post(query, variables, authorization);
  let serial = 0;
  /** Registers a member through core's command, as an import does; returns its local id. */
  const register = async (at: string, joinedOn = '2020-01-01', phone: string | null = null) => {
    serial += 1;
    const first17 = `33010619900301${String(serial).padStart(3, '0')}`;
    return api.member({ at, name: `胡红军${serial}`, first17, joinedOn, phone });
  };
  const coverage = async (name: string) => (await post(COVERAGE, { id: org(name) })).data.node.memberCoverage;
  const expectCountersExact = async () => {
    expect(Object.fromEntries(await maintainedTallies(db.prisma))).toEqual(
      Object.fromEntries(await countedTallies(db.prisma)),
    );
  };

  beforeAll(async () => {
    api = await memberApi(backend);
    ({ db, admin } = api);
    const create = api.organization;
    await create('余杭区总工会', 'FEDERATION_OF_TRADE_UNIONS', 'COUNTY', null);
    await create('良渚街道总工会', 'FEDERATION_OF_TRADE_UNIONS', 'TOWNSHIP', '余杭区总工会');
    await create('甲公司工会', 'GRASSROOTS_UNION', 'GRASSROOTS', '良渚街道总工会');
    await create('乙公司工会', 'GRASSROOTS_UNION', 'GRASSROOTS', '良渚街道总工会');
    await create('丙公司工会', 'GRASSROOTS_UNION', 'GRASSROOTS', '余杭区总工会');
  });
  afterAll(() => db?.close());

  it('transfers (会籍转接) in one change: history, audit for both unions, counters moved', async () => {
    const id = await register('甲公司工会', '2020-01-01', '13800001234');
    const before = {
      a: await coverage('甲公司工会'),
      b: await coverage('乙公司工会'),
      top: await coverage('余杭区总工会'),
    };
    const { data } = await post(TRANSFER, {
      input: {
        memberId: member(id),
        fromOrganizationId: org('甲公司工会'),
        employerUnionId: org('乙公司工会'),
        date: today,
      },
    });
    expect(data.transferMember.errors).toEqual([]);
    expect(data.transferMember.member).toMatchObject({
      status: 'ACTIVE',
      custody: 'EMPLOYER_UNION',
      since: today,
      organization: { name: '乙公司工会' },
      history: {
        totalCount: 2,
        nodes: [
          {
            sequence: 1,
            type: 'JOINED',
            date: '2020-01-01',
            fromOrganization: null,
            toOrganization: { name: '甲公司工会' },
          },
          {
            sequence: 2,
            type: 'TRANSFERRED',
            date: today,
            fromOrganization: { name: '甲公司工会' },
            toOrganization: { name: '乙公司工会' },
          },
        ],
      },
    });
    const audit = await db.prisma.auditEntry.findMany({ where: { targetId: id }, orderBy: { seq: 'asc' } });
    expect(audit.map((e) => [e.action, e.organizationId])).toEqual([
      ['member.registered', local('甲公司工会')],
      ['member.membershipChanged', local('乙公司工会')],
      ['member.transferredOut', local('甲公司工会')],
    ]);
    // Personal data stays masked in the log.
    expect(JSON.stringify(audit[1]?.after)).not.toContain('13800001234');
    expect((await coverage('甲公司工会')).active).toBe(before.a.active - 1);
    expect((await coverage('乙公司工会')).active).toBe(before.b.active + 1);
    expect(await coverage('余杭区总工会')).toEqual(before.top);
    await expectCountersExact();
  });

  it('hands a transfer to an employer without a union to the township/street union', async () => {
    const id = await register('甲公司工会');
    const { data } = await post(TRANSFER, {
      input: {
        memberId: member(id),
        fromOrganizationId: org('甲公司工会'),
        townshipUnionId: org('良渚街道总工会'),
      },
    });
    expect(data.transferMember.member).toMatchObject({
      custody: 'TOWNSHIP_UNION',
      organization: { name: '良渚街道总工会' },
    });
    expect(data.transferMember.member.history.nodes[1]).toMatchObject({ reason: 'EMPLOYER_HAS_NO_UNION' });
    const refused = await post(TRANSFER, {
      input: {
        memberId: member(id),
        fromOrganizationId: org('良渚街道总工会'),
        townshipUnionId: org('余杭区总工会'),
      },
    });
    expect(refused.data.transferMember).toEqual({
      member: null,
      errors: [{ code: 'MEMBER_HOLDER_KIND', path: ['input', 'townshipUnionId'] }],
    });
    await expectCountersExact();
  });

  it('retains, reactivates and terminates, refusing what the state machine refuses, as data', async () => {
    const id = await register('甲公司工会', '2020-01-01', '13800005678');
    const retained = await post(RETAIN, { input: { memberId: member(id), reason: 'RETIRED' } });
    expect(retained.data.retainMember.member).toMatchObject({ status: 'RETAINED', statusReason: 'RETIRED' });
    const again = await post(RETAIN, { input: { memberId: member(id), reason: 'UNEMPLOYED' } });
    expect(again.data.retainMember.errors).toEqual([
      { code: 'MEMBERSHIP_ALREADY_RETAINED', path: ['input'] },
    ]);
    expect((await coverage('甲公司工会')).retained).toBeGreaterThan(0);
    const back = await post(REACTIVATE, {
      input: { memberId: member(id), employerUnionId: org('丙公司工会') },
    });
    expect(back.data.reactivateMember.member).toMatchObject({
      status: 'ACTIVE',
      organization: { name: '丙公司工会' },
    });
    const expelled = await post(TERMINATE, { input: { memberId: member(id), reason: 'EXPELLED' } });
    expect(expelled.data.terminateMember.errors).toEqual([
      { code: 'MEMBERSHIP_REASON_REQUIRED', path: ['input', 'note'] },
    ]);
    const tomorrow = await post(TERMINATE, {
      input: { memberId: member(id), reason: 'LEFT', date: '2999-01-01' },
    });
    expect(tomorrow.data.terminateMember.errors).toEqual([
      { code: 'MEMBER_DATE_FUTURE', path: ['input', 'date'] },
    ]);
    const left = await post(TERMINATE, {
      input: { memberId: member(id), reason: 'EXPELLED', note: '严重违纪' },
    });
    expect(left.data.terminateMember.member).toMatchObject({
      status: 'ENDED',
      custody: null,
      statusReason: 'EXPELLED',
    });
    expect(left.data.terminateMember.member.history.nodes.map((e: { type: string }) => e.type)).toEqual([
      'JOINED',
      'RETAINED',
      'REACTIVATED',
      'TERMINATED',
    ]);
    await expectCountersExact();
  });

  it('lapses after the grace period: a preview changes nothing, the run ends the membership', async () => {
    const silent = await register('乙公司工会', '2020-01-01');
    const paying = await register('乙公司工会', '2020-01-01');
    const sevenMonthsAgo = addMonths(today, -7);
    const engaged = await post(ENGAGE, {
      input: { memberId: member(silent), duesPaidOn: sevenMonthsAgo, spokenToOn: addMonths(today, -1) },
    });
    expect(engaged.data.recordMemberEngagement.member).toMatchObject({
      lastDuesPaidOn: sevenMonthsAgo,
      lastActivityOn: null,
      spokenToOn: addMonths(today, -1),
    });
    await post(ENGAGE, {
      input: { memberId: member(paying), duesPaidOn: addMonths(today, -5), spokenToOn: addMonths(today, -1) },
    });
    const preview = await post(LAPSE, { input: { organizationId: org('良渚街道总工会') } });
    expect(preview.data.lapseMemberships).toMatchObject({
      more: false,
      errors: [],
      members: [{ id: member(silent), status: 'ACTIVE' }],
    });
    const run = await post(LAPSE, { input: { organizationId: org('良渚街道总工会'), preview: false } });
    expect(run.data.lapseMemberships.members).toEqual([
      { id: member(silent), name: expect.any(String), status: 'ENDED', statusReason: 'LAPSED' },
    ]);
    const rerun = await post(LAPSE, { input: { organizationId: org('良渚街道总工会'), preview: false } });
    expect(rerun.data.lapseMemberships.members).toEqual([]);
    await expectCountersExact();
  });

  it('hands the memberships of a dissolved employer to the next higher union', async () => {
    const id = await register('丙公司工会');
    const { data } = await post(DISSOLVED, { input: { organizationId: org('丙公司工会') } });
    expect(data.holdMembersOfDissolvedEmployer.errors).toEqual([]);
    expect(data.holdMembersOfDissolvedEmployer.members).toContainEqual({
      id: member(id),
      status: 'ACTIVE',
      custody: 'HIGHER_UNION',
      organization: { name: '余杭区总工会' },
    });
    expect((await coverage('余杭区总工会')).higherUnion).toBeGreaterThan(0);
    expect((await coverage('丙公司工会')).live).toBe(0);
    await expectCountersExact();
  });

  it('lets only the admins of the union holding the membership change it', async () => {
    const id = await register('甲公司工会');
    const input = {
      memberId: member(id),
      fromOrganizationId: org('甲公司工会'),
      employerUnionId: org('乙公司工会'),
    };
    const otherAdmin = await bearer([{ role: 'ORG_ADMIN', organizationId: local('乙公司工会') }], 'b-admin');
    const viewer = await bearer([{ role: 'ORG_VIEWER', organizationId: local('甲公司工会') }], 'a-viewer');
    for (const who of [otherAdmin, viewer]) {
      const { data, errors } = await post(TRANSFER, { input }, who);
      expect(data?.transferMember ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const lapse = await post(LAPSE, { input: { organizationId: org('余杭区总工会') } }, otherAdmin);
    expect(lapse.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const holderAdmin = await bearer([{ role: 'ORG_ADMIN', organizationId: local('甲公司工会') }], 'a-admin');
    expect((await post(TRANSFER, { input }, holderAdmin)).data.transferMember.errors).toEqual([]);
  });

  it.runIf(backend === 'postgres')(
    'lets exactly one of 50 concurrent transfers of one person win',
    async () => {
      const id = await register('甲公司工会');
      const targets = ['乙公司工会', '丙公司工会'];
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          post(TRANSFER, {
            input: {
              memberId: member(id),
              fromOrganizationId: org('甲公司工会'),
              ...(i % 3 === 0
                ? { townshipUnionId: org('良渚街道总工会') }
                : { employerUnionId: org(targets[i % 2] as string) }),
            },
          }),
        ),
      );
      const codes = results.map(
        (r) => r.errors?.[0]?.message ?? r.data.transferMember.errors[0]?.code ?? 'WON',
      );
      expect(codes.filter((c) => c === 'WON')).toHaveLength(1);
      expect(codes.filter((c) => c !== 'WON')).toEqual(Array(49).fill('MEMBER_HOLDER_CHANGED'));
      expect(await db.prisma.membershipEvent.count({ where: { memberId: id } })).toBe(2);
      await expectCountersExact();
    },
  );

  it('keeps one line of history per person: a second record with the same sequence is refused by the database', async () => {
    const id = await register('甲公司工会');
    await expect(
      db.prisma.membershipEvent.create({
        data: { id: `dup-${id}`, memberId: id, type: 'TRANSFERRED', date: new Date(), sequence: 1 },
      }),
    ).rejects.toThrow();
    await expect(
      db.prisma.$executeRawUnsafe(`UPDATE "Member" SET "custody" = NULL WHERE "id" = $1`, id),
    ).rejects.toThrow(/Member_custody_check/);
  });
});
