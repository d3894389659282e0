// Congresses through the API: the demo's Shaoxing apportionment (57 seats, one reserved) and 梅园村's
// congress, committee and position history; the boundaries of the tables (99/100 members, the seat
// range, exactly two thirds to convene); bad input as data with nothing stored; two concurrent
// apportionments of one congress (one stored, one typed conflict); reproducible stored apportionments;
// access; the term-expiry watch in core's order.
import {
  acftu2016,
  addDays,
  addDelegate,
  chinaToday,
  compareTermWatch,
  createOrganization,
  execute,
  fraction,
  type Grant,
  idCheckCharacter,
  type Member,
  reapportion,
  registerMember,
  systemClock,
  termWatchStatus,
  uuidIds,
  withRules,
} from '@gonghui/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/seed.js';
import { SHAOXING_UNITS, ZHEJIANG_15TH_CONGRESS } from '../src/seed-congress.js';
import { createGonghuiYoga } from '../src/server.js';
import { toApportionment } from '../src/store/congress.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';

const SHAOXING = `query($org: ID!) { node(id: $org) { ... on Organization { congress {
  id name form seats currentTerm { id number endsOn }
  apportionments(first: 5) { totalCount nodes { delegationTo seats method cutoffDate reproducible
    allocations { unit { name } members source reserved reservedFor apportioned seats tie } } }
} } } }`;
const CREATE_CONGRESS = `mutation($input: CreateCongressInput!) { createCongress(input: $input) {
  congress { id form seats } errors { code path message messageZh } } }`;
const OPEN_TERM = `mutation($input: OpenTermInput!) { openTerm(input: $input) { term { id number endsOn } errors { code path } } }`;
const SESSION = `mutation($input: RecordSessionInput!) { recordSession(input: $input) {
  session { number entitled present } errors { code message path } } }`;
const APPORTION = `mutation($input: ApportionSeatsInput!) { apportionDelegateSeats(input: $input) {
  apportionment { id seats reproducible allocations { apportioned seats } } errors { code message } } }`;
const PREVIEW = `query($input: ApportionSeatsInput!) { previewApportionment(input: $input) {
  seats allocations { unit { name } members seats } errors { code } } }`;
const ADD_DELEGATE = `mutation($input: AddDelegateInput!) { addDelegate(input: $input) {
  delegate { id status gender member { name idNumber } } errors { code path } } }`;
const APPOINT = `mutation($input: AppointPositionInput!) { appointPosition(input: $input) { position { id } errors { code path } } }`;
const END_POSITION = `mutation($input: EndPositionInput!) { endPosition(input: $input) { position { id endsOn } errors { code path } } }`;
const WATCH = `query($org: ID!, $days: Int) { termExpiryWatch(organizationId: $org, withinDays: $days, first: 200) {
  status deadline daysLeft term { endsOn delayedUntil organization { id name } } } }`;

const idNumber = (first17: string) => first17 + idCheckCharacter(first17);

describe.each(testBackends())('congress API on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let admin: string;
  const env = { clock: systemClock, ids: uuidIds };
  const local = new Map<string, string>();
  const gid = (type: string, id: string) => encodeGlobalID(type, id);
  const org = (name: string) => {
    const id = local.get(name);
    if (!id) throw new Error(`no ${name}`);
    return id;
  };
  const post = async (
    query: string,
    variables: Record<string, unknown>,
    authorization: string | null = admin,
  ) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: any;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  };
  const as = (...grants: Grant[]) => bearer(grants, `congress-${grants.map((g) => g.role).join('-')}`);
  /** Everything the congress tables hold, to show a refused change stored nothing. */
  const fingerprint = async () =>
    JSON.stringify(
      await Promise.all([
        db.prisma.congress.findMany({ orderBy: { id: 'asc' } }),
        db.prisma.term.findMany({ orderBy: { id: 'asc' } }),
        db.prisma.congressSession.findMany({ orderBy: { id: 'asc' } }),
        db.prisma.electoralUnit.findMany({ orderBy: { id: 'asc' } }),
        db.prisma.seatApportionment.findMany({ orderBy: { id: 'asc' } }),
        db.prisma.delegate.findMany({ orderBy: { id: 'asc' } }),
        db.prisma.committee.findMany({ orderBy: { id: 'asc' } }),
        db.prisma.position.findMany({ orderBy: { id: 'asc' } }),
      ]),
    );

  /** The union of 100 members and its congress of 30 seats, from the 99/100 test. */
  const hundred = { people: [] as Member[], congressId: '' };
  let seq = 0;
  /** Registers `n` members in a union directly through the store (faster than the API), women first. */
  async function members(organizationId: string, n: number, women = 0): Promise<Member[]> {
    const store = new PrismaStore(db);
    const made: Member[] = [];
    for (let i = 0; i < n; i++) {
      seq++;
      const sequence = String((seq % 400) * 2 + (i < women ? 0 : 1)).padStart(3, '0');
      const month = String(1 + (Math.floor(seq / 400) % 12)).padStart(2, '0');
      const r = await execute(store, env, registerMember, {
        organizationId,
        name: `会员${seq}`,
        idNumber: idNumber(`3302031985${month}${String(1 + (seq % 28)).padStart(2, '0')}${sequence}`),
        joinedOn: '2020-01-01',
      });
      if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
      made.push(r.value);
    }
    return made;
  }
  async function union(name: string, parent = '宁波市海曙区总工会'): Promise<string> {
    const r = await execute(new PrismaStore(db), env, createOrganization, {
      name,
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: org(parent),
    });
    if (!r.ok) throw new Error(r.error.message);
    local.set(name, r.value.id);
    return r.value.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), env);
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    admin = await adminBearer();
    for (const row of await db.prisma.organization.findMany({ select: { id: true, name: true } }))
      local.set(row.name, row.id);
  });
  afterAll(() => db?.close());

  it("stores Shaoxing's 57 seats for the provincial congress, one reserved for 柯桥区, reproducibly", async () => {
    const { data, errors } = await post(SHAOXING, { org: gid('Organization', org('绍兴市总工会')) });
    expect(errors).toBeUndefined();
    const congress = data.node.congress;
    expect(congress).toMatchObject({ name: '绍兴市工会代表会议', form: 'DELEGATES_CONFERENCE', seats: 200 });
    const [apportionment] = congress.apportionments.nodes;
    expect(apportionment).toMatchObject({
      delegationTo: ZHEJIANG_15TH_CONGRESS,
      seats: 57,
      method: 'LARGEST_REMAINDER',
      cutoffDate: '2022-12-31',
      reproducible: true,
    });
    expect(
      apportionment.allocations.map((a: any) => [
        a.unit.name,
        a.members,
        a.source,
        a.reserved,
        a.apportioned,
        a.seats,
      ]),
    ).toEqual([
      ['绍兴市越城区总工会', 310_000, 'REPORTED', 0, 11, 11],
      ['绍兴市柯桥区总工会', 420_000, 'REPORTED', 1, 15, 16],
      ['绍兴市上虞区总工会', 250_000, 'REPORTED', 0, 9, 9],
      ['诸暨市总工会', 330_000, 'REPORTED', 0, 12, 12],
      ['嵊州市总工会', 150_000, 'REPORTED', 0, 5, 5],
      ['新昌县总工会', 100_000, 'REPORTED', 0, 4, 4],
    ]);
    expect(apportionment.allocations.find((a: any) => a.reserved === 1).reservedFor).toBe('职业化工会工作者');
    expect(SHAOXING_UNITS.reduce((s, u) => s + u.members, 0)).toBe(1_560_000);
  });

  it("answers who chaired 梅园村's federation in 2019, and refuses a second chair at the same time", async () => {
    const fed = gid('Organization', org('宁波市海曙区梅园村梅园石产业链工会联合会'));
    const chair = (heldOn: string) =>
      post(
        `query($org: ID!, $on: String) { node(id: $org) { ... on Organization {
          positions(role: CHAIR, heldOn: $on, first: 5) { totalCount nodes { startsOn endsOn member { name } } }
          committees { id kind seats } congress { currentTerm { composition { delegates managers women frontLine members womenMembers violations { code } } } } } } }`,
        { org: fed, on: heldOn },
      );
    const in2019 = await chair('2019-06-01');
    expect(in2019.errors).toBeUndefined();
    expect(in2019.data.node.positions.nodes).toEqual([
      { startsOn: '2019-03-01', endsOn: '2024-02-29', member: { name: '周建国' } },
    ]);
    const now = await chair('2025-01-01');
    expect(now.data.node.positions.nodes.map((p: any) => p.member.name)).toEqual(['张海燕']);
    expect(now.data.node.congress.currentTerm.composition).toEqual({
      delegates: 5,
      managers: 1,
      women: 2,
      frontLine: 4,
      members: 5,
      womenMembers: 2,
      violations: [],
    });
    const [committee] = now.data.node.committees;
    const before = await fingerprint();
    const someone = await db.prisma.member.findFirstOrThrow({ where: { name: '陈立新' } });
    const overlap = await post(APPOINT, {
      input: {
        committeeId: committee.id,
        memberId: gid('Member', someone.id),
        role: 'CHAIR',
        startsOn: '2024-06-01',
      },
    });
    expect(overlap.data.appointPosition).toEqual({
      position: null,
      errors: [{ code: 'POSITION_CHAIR_OVERLAP', path: ['input', 'startsOn'] }],
    });
    const open = await db.prisma.position.findFirstOrThrow({ where: { role: 'CHAIR', endsOn: null } });
    const reversed = await post(END_POSITION, {
      input: { positionId: gid('Position', open.id), endsOn: '2020-01-01' },
    });
    expect(reversed.data.endPosition.errors).toEqual([
      { code: 'CONGRESS_DATES_REVERSED', path: ['input', 'endsOn'] },
    ]);
    expect(await fingerprint()).toBe(before);
  });

  it('checks the composition under the server’s rule set: 1 manager of 5 delegates passes 1/5, not 1/10', async () => {
    const rules = withRules(acftu2016, { congress: { managerMaxShare: fraction(1, 10) } });
    const strict = createGonghuiYoga({ db, auth: await testAuth(), production: false, rules });
    const response = await strict.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: admin },
      body: JSON.stringify({
        query: `query($org: ID!) { node(id: $org) { ... on Organization { congress { currentTerm {
          composition { delegates managers violations { code } } } } } } }`,
        variables: { org: gid('Organization', org('宁波市海曙区梅园村梅园石产业链工会联合会')) },
      }),
    });
    const { data } = (await response.json()) as { data: any };
    expect(data.node.congress.currentTerm.composition).toEqual({
      delegates: 5,
      managers: 1,
      violations: [{ code: 'MANAGERS_OVER_LIMIT' }],
    });
  });

  it('gives 99 members an assembly only, 100 a congress of 30–40 seats; nothing stored when refused', async () => {
    const u = await union('百人工会');
    hundred.people = await members(u, 99, 40);
    const before = await fingerprint();
    const input = {
      organizationId: gid('Organization', u),
      name: '百人工会会员代表大会',
      form: 'DELEGATES_CONGRESS',
      seats: 30,
    };
    const at99 = await post(CREATE_CONGRESS, { input });
    expect(at99.data.createCongress.errors[0]).toMatchObject({
      code: 'CONGRESS_FORM_NOT_ALLOWED',
      path: ['input', 'form'],
    });
    expect(at99.data.createCongress.errors[0].message).toContain('99 members');
    hundred.people.push(...(await members(u, 1)));
    const low = await post(CREATE_CONGRESS, { input: { ...input, seats: 29 } });
    expect(low.data.createCongress.errors[0]).toMatchObject({
      code: 'CONGRESS_SEATS_OUT_OF_RANGE',
      path: ['input', 'seats'],
    });
    expect(low.data.createCongress.errors[0].message).toContain('30–40');
    expect(await fingerprint()).toBe(before);
    const made = await post(CREATE_CONGRESS, { input });
    expect(made.data.createCongress).toMatchObject({
      congress: { form: 'DELEGATES_CONGRESS', seats: 30 },
      errors: [],
    });
    hundred.congressId = made.data.createCongress.congress.id;
  });

  it('convenes a session with exactly two thirds of 30 delegates, not one fewer, says when it must meet again, and reports composition', async () => {
    const { people, congressId } = hundred;
    const term = await post(OPEN_TERM, { input: { congressId, startsOn: '2025-01-01', years: 5 } });
    expect(term.errors, JSON.stringify(term)).toBeUndefined();
    const termId = term.data.openTerm.term.id;
    // Through the API for the first, then directly (the same command) for speed.
    const first = await post(ADD_DELEGATE, {
      input: { termId, memberId: gid('Member', people[0]?.id as string), frontLine: false, manager: true },
    });
    expect(first.data.addDelegate.errors, JSON.stringify(first)).toEqual([]);
    expect(first.data.addDelegate.delegate).toMatchObject({
      status: 'SERVING',
      gender: 'FEMALE',
      member: { idNumber: '33****************' },
    });
    const store = new PrismaStore(db);
    for (const [i, p] of people.slice(1, 30).entries()) {
      const r = await execute(store, env, addDelegate, {
        termId: decodeGlobalID(termId).id,
        memberId: p.id,
        frontLine: i >= 6,
        manager: i < 6,
        unionWorker: false,
        modelWorker: false,
      });
      expect(r.ok).toBe(true);
    }
    const full = await post(ADD_DELEGATE, {
      input: { termId, memberId: gid('Member', people[30]?.id as string), frontLine: true, manager: false },
    });
    expect(full.data.addDelegate.errors).toEqual([
      { code: 'CONGRESS_SEATS_FULL', path: ['input', 'termId'] },
    ]);
    const due = async () =>
      (await post(`query($id: ID!) { node(id: $id) { ... on Term { nextSessionDue } } }`, { id: termId }))
        .data.node.nextSessionDue;
    // It meets at least once a year: by the day a year after the term began, then after its last session.
    expect(await due()).toBe('2026-01-01');
    const short = await post(SESSION, { input: { termId, heldOn: '2025-03-01', present: 19 } });
    expect(short.data.recordSession.session).toBeNull();
    expect(short.data.recordSession.errors[0].code).toBe('CONGRESS_QUORUM_NOT_MET');
    expect(short.data.recordSession.errors[0].message).toContain('19 of 30');
    expect(short.data.recordSession.errors[0].message).toContain('at least 20');
    const quorate = await post(SESSION, { input: { termId, heldOn: '2025-03-01', present: 20 } });
    expect(quorate.data.recordSession).toEqual({
      session: { number: 1, entitled: 30, present: 20 },
      errors: [],
    });
    expect(await due()).toBe('2026-03-01');
    const composition = await post(
      `query($id: ID!) { node(id: $id) { ... on Term { composition { delegates managers violations { code } } } } }`,
      { id: termId },
    );
    // 7 managers of 30 delegates: more than 20%.
    expect(composition.data.node.composition).toEqual({
      delegates: 30,
      managers: 7,
      violations: [{ code: 'MANAGERS_OVER_LIMIT' }],
    });
  });

  it('refuses bad input as data and stores nothing', async () => {
    const before = await fingerprint();
    const nowhere = gid('Congress', uuidIds.next());
    const unknown = await post(OPEN_TERM, {
      input: { congressId: nowhere, startsOn: '2025-01-01', years: 5 },
    });
    expect(unknown.data.openTerm.errors).toEqual([
      { code: 'CONGRESS_NOT_FOUND', path: ['input', 'congressId'] },
    ]);
    const shaoxing = await post(SHAOXING, { org: gid('Organization', org('绍兴市总工会')) });
    const congressId = shaoxing.data.node.congress.id;
    const reversed = await post(OPEN_TERM, { input: { congressId, startsOn: '2020-01-01', years: 5 } });
    expect(reversed.data.openTerm.errors).toEqual([
      { code: 'CONGRESS_DATES_REVERSED', path: ['input', 'startsOn'] },
    ]);
    const years = await post(OPEN_TERM, { input: { congressId, startsOn: '2027-12-20', years: 3 } });
    expect(years.data.openTerm.errors).toEqual([
      { code: 'TERM_YEARS_NOT_ALLOWED', path: ['input', 'years'] },
    ]);
    const again = await post(APPORTION, {
      input: { congressId, delegationTo: ZHEJIANG_15TH_CONGRESS, seats: 57, cutoffDate: '2026-01-01' },
    });
    expect(again.data.apportionDelegateSeats.errors[0].code).toBe('CONGRESS_APPORTIONMENT_EXISTS');

    // A delegate who is not a member of the unit, and a retained member.
    const meiyuan = await db.prisma.congress.findFirstOrThrow({
      where: { name: { contains: '梅园村' } },
      include: { terms: true, units: { include: { organizations: { include: { organization: true } } } } },
    });
    const termId = gid('Term', meiyuan.terms[0]?.id as string);
    const stoneUnit = meiyuan.units.find((u) => u.organizations[0]?.organization.name.includes('石雕'));
    const mineUnit = meiyuan.units.find((u) => u.organizations[0]?.organization.name.includes('矿开采'));
    const [outsider] = await members(await union('梅园村外工会'), 1);
    const notInUnit = await post(ADD_DELEGATE, {
      input: {
        termId,
        unitId: gid('ElectoralUnit', stoneUnit?.id as string),
        memberId: gid('Member', outsider?.id as string),
        frontLine: true,
        manager: false,
      },
    });
    expect(notInUnit.data.addDelegate.errors).toEqual([
      { code: 'CONGRESS_DELEGATE_NOT_IN_UNIT', path: ['input', 'memberId'] },
    ]);
    const [retiree] = await members(org('宁波梅园石矿开采有限公司工会'), 1);
    await new PrismaStore(db).transaction(async (uow) => {
      const m = (await uow.members.findById(retiree?.id as string)) as Member;
      const held = m.membership as Extract<Member['membership'], { status: 'ACTIVE' }>;
      await uow.apply([
        {
          type: 'member.updated',
          before: m,
          after: {
            ...m,
            membership: { ...held, status: 'RETAINED', reason: 'RETIRED', since: '2026-01-01' },
          },
        },
      ]);
    });
    const retained = await post(ADD_DELEGATE, {
      input: {
        termId,
        unitId: gid('ElectoralUnit', mineUnit?.id as string),
        memberId: gid('Member', retiree?.id as string),
        frontLine: true,
        manager: false,
      },
    });
    expect(retained.data.addDelegate.errors).toEqual([
      { code: 'CONGRESS_DELEGATE_NOT_ACTIVE', path: ['input', 'memberId'] },
    ]);
    const badDate = await post(SESSION, { input: { termId, heldOn: '2025-02-30', present: 5 } });
    expect(badDate.data.recordSession.errors).toEqual([
      {
        code: 'CONGRESS_DATE_INVALID',
        message: expect.stringContaining('2025-02-30'),
        path: ['input', 'heldOn'],
      },
    ]);
    // The registrations above are members, not congress data: the congress tables did not change.
    expect(await fingerprint()).toBe(before);
  });

  it('stores one of two concurrent apportionments of a congress and answers the other with a typed conflict', async () => {
    const congress = await db.prisma.congress.findFirstOrThrow({ where: { name: { contains: '梅园村' } } });
    const input = {
      congressId: gid('Congress', congress.id),
      cutoffDate: chinaToday(systemClock),
      method: 'SAINTE_LAGUE',
    };
    const preview = await post(PREVIEW, { input });
    expect(preview.data.previewApportionment.errors).toEqual([]);
    expect(preview.data.previewApportionment.allocations.reduce((s: number, a: any) => s + a.seats, 0)).toBe(
      45,
    );
    expect(await db.prisma.seatApportionment.count({ where: { congressId: congress.id } })).toBe(0);
    const answers = await Promise.all([post(APPORTION, { input }), post(APPORTION, { input })]);
    const stored = answers.filter((a) => a.data.apportionDelegateSeats.apportionment !== null);
    const refused = answers.filter((a) => a.data.apportionDelegateSeats.apportionment === null);
    expect(stored, JSON.stringify(answers)).toHaveLength(1);
    expect(refused.map((a) => a.data.apportionDelegateSeats.errors[0].code)).toEqual([
      'CONGRESS_APPORTIONMENT_EXISTS',
    ]);
    expect(stored[0]?.data.apportionDelegateSeats.apportionment.reproducible).toBe(true);
    expect(await db.prisma.seatApportionment.count({ where: { congressId: congress.id } })).toBe(1);
    expect(
      await db.prisma.auditEntry.count({
        where: { action: 'congress.seatsApportioned', organizationId: congress.organizationId },
      }),
    ).toBe(1);
  });

  it('keeps every stored apportionment reproducible and unchangeable', async () => {
    const all = await db.prisma.seatApportionment.findMany({ include: { allocations: true } });
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const row of all) {
      const stored = toApportionment(row);
      const again = reapportion(stored);
      expect(again.ok && again.value, row.id).toEqual(
        Object.fromEntries(stored.units.map((u) => [u.unitId, u.apportioned])),
      );
    }
    await expect(db.prisma.seatAllocation.updateMany({ data: { apportioned: 0 } })).rejects.toThrow();
  });

  it('lets ORG_VIEWER of the organization read and only ORG_ADMIN change', async () => {
    const shaoxing = gid('Organization', org('绍兴市总工会'));
    const viewer = await as({ role: 'ORG_VIEWER', organizationId: org('浙江省总工会') });
    const outsider = await as({ role: 'ORG_ADMIN', organizationId: org('杭州市总工会') });
    const below = await as({ role: 'ORG_ADMIN', organizationId: org('绍兴市柯桥区总工会') });
    const read = await post(SHAOXING, { org: shaoxing }, viewer);
    expect(read.errors).toBeUndefined();
    expect(read.data.node.congress.seats).toBe(200);
    const hidden = await post(SHAOXING, { org: shaoxing }, outsider);
    expect(hidden.data.node.congress).toBeNull();
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const congressId = read.data.node.congress.id;
    const node = await post('query($id: ID!) { node(id: $id) { id } }', { id: congressId }, outsider);
    expect(node.data?.node ?? null).toBeNull();
    for (const who of [viewer, below, outsider]) {
      const refused = await post(OPEN_TERM, { input: { congressId, startsOn: '2027-12-20', years: 5 } }, who);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('watches terms over a subtree, most urgent first, as core orders them', async () => {
    const today = chinaToday(systemClock);
    const years3Before = (days: number) => addDays(`${Number(today.slice(0, 4)) - 3}${today.slice(4)}`, days);
    const cases = [
      { name: '逾期工会', startsOn: years3Before(-300), delay: 0 },
      { name: '延期工会', startsOn: years3Before(-10), delay: 6 },
      { name: '到期工会', startsOn: years3Before(30), delay: 0 },
      { name: '未到期工会', startsOn: years3Before(200), delay: 0 },
    ];
    for (const c of cases) {
      const u = await union(c.name, '宁波市总工会' === c.name ? '' : '宁波市海曙区总工会');
      await members(u, 3);
      const made = await post(CREATE_CONGRESS, {
        input: {
          organizationId: gid('Organization', u),
          name: `${c.name}会员大会`,
          form: 'MEMBERS_ASSEMBLY',
        },
      });
      const term = await post(OPEN_TERM, {
        input: { congressId: made.data.createCongress.congress.id, startsOn: c.startsOn, years: 3 },
      });
      if (c.delay > 0) {
        const delayed = await post(
          `mutation($input: DelayTermElectionInput!) { delayTermElection(input: $input) { term { delayedUntil } errors { code } } }`,
          { input: { termId: term.data.openTerm.term.id, months: c.delay, approval: '海总工〔2026〕8号' } },
        );
        expect(delayed.data.delayTermElection.errors).toEqual([]);
      }
    }
    const { data, errors } = await post(WATCH, { org: gid('Organization', org('宁波市总工会')), days: 60 });
    expect(errors).toBeUndefined();
    const names = data.termExpiryWatch.map((w: any) => w.term.organization.name);
    expect(names).toEqual(['逾期工会', '延期工会', '到期工会']);
    expect(data.termExpiryWatch.map((w: any) => w.status)).toEqual(['OVERDUE', 'DELAYED', 'DUE']);
    const inCoreOrder = [...data.termExpiryWatch]
      .map((w: any) => ({
        status: termWatchStatus(w.term, today, 60) as 'OVERDUE',
        term: { ...w.term, organizationId: decodeGlobalID(w.term.organization.id).id },
      }))
      .sort(compareTermWatch)
      .map((w) => w.term.organizationId);
    expect(inCoreOrder).toEqual(
      data.termExpiryWatch.map((w: any) => decodeGlobalID(w.term.organization.id).id),
    );
    // Outside the subtree, nothing of it is listed; Shaoxing's council (ending 2027-12-20) is listed within 400 days from 绍兴.
    const elsewhere = await post(WATCH, { org: gid('Organization', org('杭州市总工会')), days: 60 });
    expect(elsewhere.data.termExpiryWatch).toEqual([]);
  });
});
