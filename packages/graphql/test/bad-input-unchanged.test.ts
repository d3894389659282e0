// Issue 13's bad input through the API — negative amounts, amounts in yuan with three decimals,
// reversed windows, enrolling outside the window or someone ineligible, a run over the budget, a
// cancellation without an enrollment — each answered as data with a code and a message naming what
// is wrong, and nothing stored changes: every table of the database reads the same before and after.

import { createOrganization, execute, systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import {
  type ActivityWorld,
  createActivityWorld,
  mutualAidProgramInput,
  openActivityInput,
  yuhangFundInput,
} from './support/activity-world.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { postAs } from './support/post.js';

/** Members of the world; the last two have no phone (not real-name verified). */
const MEMBERS = 6;

const hour = 3_600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

/** Every table's rows, as one digest per table (the migrations' own bookkeeping aside). */
async function everything(db: Database): Promise<Record<string, string>> {
  const tables = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS "name" FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.prisma.$queryRawUnsafe<{ rows: number; digest: string | null }[]>(
      `SELECT count(*)::int AS "rows", md5(string_agg(t::text, '|' ORDER BY t::text)) AS "digest" FROM "${name}" t`,
    );
    digests[name] = `${row?.rows}:${row?.digest}`;
  }
  return digests;
}

describe.each(testBackends())('bad input on %s', (backend) => {
  let db: Database;
  let world: ActivityWorld;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let admin: string;
  let fundId: string;
  let programId: string;
  /** Activities: open for the union's subtree, real-name only, not open yet, closed, of a sibling union. */
  const activities: Record<'open' | 'realName' | 'early' | 'closed' | 'sibling', string> = {
    open: '',
    realName: '',
    early: '',
    closed: '',
    sibling: '',
  };

  const post = (query: string, variables: object, authorization = admin) =>
    postAs(yoga, authorization, query, variables);
  const county = () => encodeGlobalID('Organization', world.countyId);
  const member = (i: number) => encodeGlobalID('Member', world.memberIds[i] as string);
  const asMember = (i: number) =>
    bearer([{ role: 'MEMBER', memberId: world.memberIds[i] as string }], `m${i}`);

  const CREATE_FUND = `mutation($input: CreateFundInput!) {
    createFund(input: $input) { fund { id } errors { code message path } } }`;
  const CREATE_PROGRAM = `mutation($input: CreateBenefitProgramInput!) {
    createBenefitProgram(input: $input) { program { id } errors { code message path } } }`;
  const CREATE_ACTIVITY = `mutation($input: CreateActivityInput!) {
    createActivity(input: $input) { activity { id } errors { code message path } } }`;
  const RUN = `mutation($input: DisbursementInput!) {
    runDisbursement(input: $input) { runId payments errors { code message path } } }`;
  const ENROLL = `mutation($input: EnrollInput!) {
    enroll(input: $input) { enrollment { status } errors { code message path } } }`;
  const CANCEL = `mutation($input: CancelEnrollmentInput!) {
    cancelEnrollment(input: $input) { enrollment { status } errors { code message path } } }`;

  const fund = (change: object) => yuhangFundInput(county(), '50', change);
  const program = (change: object) => mutualAidProgramInput(fundId, change);
  const activity = (change: object) => ({
    ...openActivityInput(county(), '暑期嘉年华·亲子陶艺', 10),
    ...change,
  });

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    world = await createActivityWorld(db, MEMBERS, 2);
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    admin = await bearer([{ role: 'ORG_ADMIN', organizationId: world.countyId }], 'county-admin');
    // What the bad input is tried against: a fund with a program, and activities in every state.
    const made = await post(CREATE_FUND, { input: fund({}) });
    fundId = made.data.createFund.fund.id;
    programId = (await post(CREATE_PROGRAM, { input: program({}) })).data.createBenefitProgram.program.id;
    const sibling = await execute(
      new PrismaStore(db),
      { clock: systemClock, ids: uuidIds },
      createOrganization,
      {
        name: '杭州余杭另一家公司工会',
        kind: 'GRASSROOTS_UNION',
        level: 'GRASSROOTS',
        parentId: world.countyId,
      },
    );
    if (!sibling.ok) throw new Error(sibling.error.message);
    const create = async (change: object) =>
      (await post(CREATE_ACTIVITY, { input: activity(change) })).data.createActivity.activity.id as string;
    activities.open = await create({});
    activities.realName = await create({ eligibility: 'SUBTREE_REAL_NAME_MEMBERS' });
    activities.early = await create({ enrollmentOpensAt: iso(hour), enrollmentClosesAt: iso(2 * hour) });
    activities.closed = await create({ enrollmentOpensAt: iso(-2 * hour), enrollmentClosesAt: iso(-hour) });
    activities.sibling = await create({ organizationId: encodeGlobalID('Organization', sibling.value.id) });
  }, 60_000);
  afterAll(() => db?.close());

  it('refuses every bad input as data with a clear message, and nothing stored changes', async () => {
    const cases: [string, () => Promise<{ data?: any; errors?: any[] }>, string, RegExp][] = [
      [
        'fund: a negative total',
        () => post(CREATE_FUND, { input: fund({ total: '-1' }) }),
        'MONEY_INVALID',
        /negative/,
      ],
      [
        'fund: a total with three decimals',
        () => post(CREATE_FUND, { input: fund({ total: '5000000.001' }) }),
        'MONEY_INVALID',
        /fen/,
      ],
      [
        'fund: a negative budget',
        () => post(CREATE_FUND, { input: fund({ budgets: [{ year: 2018, amount: '-100' }] }) }),
        'MONEY_INVALID',
        /negative/,
      ],
      [
        'fund: a reversed period',
        () => post(CREATE_FUND, { input: fund({ fromYear: 2020, toYear: 2018 }) }),
        'FUND_PERIOD_INVALID',
        /2020|2018/,
      ],
      [
        'program: a negative amount',
        () => post(CREATE_PROGRAM, { input: program({ amount: '-11' }) }),
        'MONEY_INVALID',
        /negative/,
      ],
      [
        'program: a bonus with three decimals',
        () => post(CREATE_PROGRAM, { input: program({ realNameBonus: '5.001' }) }),
        'MONEY_INVALID',
        /fen/,
      ],
      [
        'activity: a reversed enrollment window',
        () =>
          post(CREATE_ACTIVITY, {
            input: activity({ enrollmentOpensAt: iso(24 * hour), enrollmentClosesAt: iso(-hour) }),
          }),
        'ACTIVITY_WINDOW_INVALID',
        /./,
      ],
      [
        'activity: ending before it starts',
        () =>
          post(CREATE_ACTIVITY, { input: activity({ startsAt: iso(50 * hour), endsAt: iso(48 * hour) }) }),
        'ACTIVITY_TIME_INVALID',
        /./,
      ],
      [
        'activity: negative places',
        () => post(CREATE_ACTIVITY, { input: activity({ places: -1 }) }),
        'ACTIVITY_PLACES_INVALID',
        /./,
      ],
      [
        'enroll: before the window opens',
        async () =>
          post(ENROLL, { input: { activityId: activities.early, memberId: member(0) } }, await asMember(0)),
        'ACTIVITY_NOT_OPEN',
        /./,
      ],
      [
        'enroll: after the window closed',
        async () =>
          post(ENROLL, { input: { activityId: activities.closed, memberId: member(0) } }, await asMember(0)),
        'ACTIVITY_CLOSED',
        /./,
      ],
      [
        'enroll: not real-name verified',
        async () =>
          post(
            ENROLL,
            { input: { activityId: activities.realName, memberId: member(MEMBERS - 1) } },
            await asMember(MEMBERS - 1),
          ),
        'ACTIVITY_NOT_ELIGIBLE',
        /./,
      ],
      [
        "enroll: outside the organizer's subtree",
        async () =>
          post(ENROLL, { input: { activityId: activities.sibling, memberId: member(0) } }, await asMember(0)),
        'ACTIVITY_NOT_ELIGIBLE',
        /./,
      ],
      [
        'enroll: more places than one member may take',
        async () =>
          post(
            ENROLL,
            { input: { activityId: activities.open, memberId: member(0), places: 2 } },
            await asMember(0),
          ),
        'ACTIVITY_PLACES_INVALID',
        /1 to 1 places, not 2/,
      ],
      [
        'cancel: no enrollment to cancel',
        async () =>
          post(CANCEL, { input: { activityId: activities.open, memberId: member(1) } }, await asMember(1)),
        'ENROLLMENT_NOT_FOUND',
        /no enrollment/,
      ],
      [
        "disbursement: over the year's budget (86 yuan for 50)",
        () => post(RUN, { input: { programId, organizationId: county(), cutoff: '2018-12-28' } }),
        'BENEFIT_OVER_BUDGET',
        /over/,
      ],
    ];
    const before = await everything(db);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['Activity', 'Enrollment', 'Fund', 'FundYear', 'LedgerEntry', 'AuditEntry']),
    );
    for (const [what, send, code, message] of cases) {
      const answer = await send();
      expect(answer.errors, what).toBeUndefined();
      const payload = Object.values(answer.data ?? {})[0] as { errors: { code: string; message: string }[] };
      expect(
        payload.errors.map((e) => e.code),
        what,
      ).toEqual([code]);
      expect(payload.errors[0]?.message, what).toMatch(message);
      expect(await everything(db), what).toEqual(before);
    }
  });
});
