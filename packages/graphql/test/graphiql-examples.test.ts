// The GraphiQL examples as a newcomer meets them (README "Quick start", "Funds, benefits and
// activities" and "Collective bargaining and removing an officer"), on the demo data: every named
// example runs without errors, every commented example is valid against the schema, and the
// commented fund, report, member list, createActivity, enroll, remainingPlaces, myEnrollments and
// bargaining examples run as their comments say once their placeholders hold the ids the earlier
// answers show, with tokens made as the comments say (`gonghui token`'s grants from the global ids
// the API shows).
import { systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantsFromArgs } from '../src/cli.js';
import { schema } from '../src/schema.js';
import { MEIYUAN_FEDERATION, seedDemoData } from '../src/seed.js';
import { DEMO_BARGAINING_EMPLOYER, seedMissingDemoBargaining } from '../src/seed-bargaining.js';
import { DEMO_CARNIVAL, DEMO_FUND, DEMO_MUTUAL_AID } from '../src/seed-benefits.js';
import { createGonghuiYoga, EXAMPLE_OPERATIONS } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { adminBearer, bearer, testAuth } from './support/auth.js';
import { createTestDatabase } from './support/database.js';

/** The commented examples: a `#   ` line starting a document, continued by `#       ` lines. */
function commentedExamples(text: string): string[] {
  const blocks: string[] = [];
  for (const line of text.split('\n')) {
    const more = /^# {7}(.*)$/.exec(line);
    const start = /^# {3}((?:\{ [a-z]|mutation |subscription |query ).*)$/.exec(line);
    if (more && blocks.length > 0) blocks[blocks.length - 1] += `\n${more[1]}`;
    else if (start) blocks.push(start[1] as string);
  }
  return blocks;
}

/** The one commented example containing `text`, with its placeholders filled from `values`. */
function example(text: string, values: Record<string, string> = {}): string {
  const found = commentedExamples(EXAMPLE_OPERATIONS).filter((block) => block.includes(text));
  expect(found, `one commented example with ${text}`).toHaveLength(1);
  const filled = (found[0] as string).replace(/<([^<>]+)>/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for ${placeholder} in ${found[0]}`);
    return value;
  });
  return filled;
}

describe('the GraphiQL examples on the demo data', () => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  const post = async (query: string, authorization?: string, operationName?: string) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, operationName }),
    });
    return (await response.json()) as { data?: any; errors?: any[] };
  };
  /** A bearer header for the grants `gonghui token` makes of these options. */
  const token = (options: Parameters<typeof grantsFromArgs>[0]) => bearer(grantsFromArgs(options));

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
  });
  afterAll(() => db?.close());

  it('runs every named example without errors, and every commented one is valid against the schema', async () => {
    const document = parse(EXAMPLE_OPERATIONS);
    const names = document.definitions.flatMap((d) =>
      d.kind === 'OperationDefinition' && d.name ? [d.name.value] : [],
    );
    expect(names).toContain('SummerCarnival');
    const admin = await adminBearer();
    for (const name of names) {
      const { errors } = await post(EXAMPLE_OPERATIONS, admin, name);
      expect(errors, name).toBeUndefined();
    }
    const commented = commentedExamples(EXAMPLE_OPERATIONS);
    expect(commented.length).toBeGreaterThanOrEqual(9);
    for (const text of commented) expect(validate(schema, parse(text)), text).toEqual([]);
  });

  it("needs the token MeiyuanCommittee's comment names: the federation's viewer sees no member of its member unions", async () => {
    const id = async (name: string) =>
      encodeGlobalID(
        'Organization',
        (await db.prisma.organization.findFirstOrThrow({ where: { name }, select: { id: true } })).id,
      );
    const federation = await token({ role: ['ORG_VIEWER'], org: [await id(MEIYUAN_FEDERATION)] });
    const refused = await post(EXAMPLE_OPERATIONS, federation, 'MeiyuanCommittee');
    expect(refused.errors?.length).toBeGreaterThan(0);
    for (const error of refused.errors ?? []) {
      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(error.path.at(-1)).toBe('member');
    }
    const county = await token({ role: ['ORG_VIEWER'], org: [await id('宁波市海曙区总工会')] });
    const shown = await post(EXAMPLE_OPERATIONS, county, 'MeiyuanCommittee');
    expect(shown.errors).toBeUndefined();
    expect(shown.data.organizations.nodes[0].congress.currentTerm.delegates.nodes).toHaveLength(5);
  });

  it("walks the fund, the report, an activity's enrollment and its places as the comments say", async () => {
    // SummerCarnival, public: 余杭区总工会's id and the carnival's 250 places.
    const carnival = (await post(EXAMPLE_OPERATIONS, undefined, 'SummerCarnival')).data.organizations
      .nodes[0];
    const yuhang = carnival.id as string;
    const activities = carnival.activities.nodes as { id: string; title: string; places: number }[];
    expect(activities.map((a) => a.title).sort()).toEqual(DEMO_CARNIVAL.map((a) => a.title).sort());
    expect(activities.reduce((sum, a) => sum + a.places, 0)).toBe(250);

    // ORG_VIEWER of 余杭区总工会 (--org with the id SummerCarnival showed): the fund, the report, the members.
    const viewer = await token({ role: ['ORG_VIEWER'], org: [yuhang] });
    const ids = { "余杭区总工会's id from SummerCarnival": yuhang, "余杭区总工会's id": yuhang };
    const fund = await post(example('funds(first: 5)', ids), viewer);
    expect(fund.errors).toBeUndefined();
    expect(fund.data.organizations.nodes[0].funds.nodes).toEqual([
      {
        name: DEMO_FUND,
        total: { yuan: '5000000.00' },
        years: [2018, 2019, 2020].map((year) => ({
          year,
          budget: { yuan: year === 2020 ? '2000000.00' : '1500000.00' },
          spent: expect.any(Object),
          remaining: expect.any(Object),
        })),
        programs: { nodes: [{ name: DEMO_MUTUAL_AID, amount: { yuan: '11.00' } }] },
      },
    ]);
    const report = await post(example('benefitReport', ids), viewer);
    expect(report.errors).toBeUndefined();
    expect(report.data.benefitReport.budgeted).toEqual({ yuan: '1500000.00' });
    expect(report.data.benefitReport.membersReached).toBeGreaterThan(0);
    expect(report.data.benefitReport.months).toHaveLength(12);
    const members = (await post(example('members(', ids), viewer)).data.members.nodes as { id: string }[];
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(members.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = members as [{ id: string }, { id: string }, { id: string }];

    // The carnival's enrollment is closed; an activity of one's own opens it.
    const enroll = (activity: string, member: string) =>
      example('enroll(', { "the activity's id": activity, "the member's id": member });
    const asMember = (member: { id: string }) => token({ role: ['MEMBER'], member: [member.id] });
    const closed = await post(enroll((activities[0] as { id: string }).id, first.id), await asMember(first));
    expect(closed.data.enroll.errors).toEqual([expect.objectContaining({ code: 'ACTIVITY_CLOSED' })]);
    const admin = await token({ role: ['ORG_ADMIN'], org: [yuhang] });
    const created = (await post(example('createActivity', ids), admin)).data.createActivity;
    expect(created).toMatchObject({ activity: { remainingPlaces: 2 }, errors: [] });
    const activity = created.activity.id as string;

    // MEMBER tokens (--member with the ids the member list showed) enrol; the places are pushed.
    const enrolled = await post(enroll(activity, first.id), await asMember(first));
    expect(enrolled.data.enroll).toEqual({
      enrollment: { status: 'ENROLLED', waitingPosition: null },
      remainingPlaces: 1,
      errors: [],
    });
    const controller = new AbortController();
    const stream = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: await asMember(first),
      },
      body: JSON.stringify({ query: example('remainingPlaces(', { "the activity's id": activity }) }),
      signal: controller.signal,
    });
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    const events = async (count: number) => {
      for (;;) {
        const found = [...text.matchAll(/^data: (\{.*\})$/gm)].map(
          (m) => JSON.parse(m[1] as string).data.remainingPlaces,
        );
        if (found.length >= count) return found;
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended: ${text}`);
        text += new TextDecoder().decode(value);
      }
    };
    expect(await events(1)).toEqual([{ remaining: 1, taken: 1, revision: expect.any(Number) }]);
    expect(
      (await post(enroll(activity, second.id), await asMember(second))).data.enroll.remainingPlaces,
    ).toBe(0);
    expect((await events(2))[1]).toEqual({ remaining: 0, taken: 2, revision: expect.any(Number) });
    controller.abort();
    expect((await post(enroll(activity, third.id), await asMember(third))).data.enroll.enrollment).toEqual({
      status: 'WAITING',
      waitingPosition: 1,
    });
    const mine = await post(example('myEnrollments'), await asMember(third));
    expect(mine.data.myEnrollments).toEqual([
      {
        status: 'WAITING',
        waitingPosition: 1,
        activity: { title: '职工读书会', startsAt: expect.any(String) },
      },
    ]);
  });

  it('walks the bargaining and removal examples as the comments say, with the token they name', async () => {
    // MeiyuanFederation, public: the federation's id.
    const meiyuan = (await post(EXAMPLE_OPERATIONS, undefined, 'MeiyuanFederation')).data.organizations
      .nodes[0];
    // MeiyuanBargaining, with ORG_VIEWER of the federation: the demo case, a rejected draft and an adopted one.
    const viewer = await token({ role: ['ORG_VIEWER'], org: [meiyuan.id] });
    const demo = (await post(EXAMPLE_OPERATIONS, viewer, 'MeiyuanBargaining')).data.organizations.nodes[0]
      .bargainingCases.nodes;
    expect(demo).toEqual([
      expect.objectContaining({
        employer: DEMO_BARGAINING_EMPLOYER,
        stage: 'FILED',
        rules: 'NINGBO_2014',
        finishedOn: '2025-05-16',
        votes: [
          {
            votedOn: '2025-04-29',
            delegates: 45,
            present: 36,
            approving: 22,
            against: 11,
            abstaining: 3,
            adopted: false,
          },
          {
            votedOn: '2025-05-23',
            delegates: 45,
            present: 41,
            approving: 35,
            against: 4,
            abstaining: 2,
            adopted: true,
          },
        ],
        deadlines: {
          replyDueBy: '2025-03-17',
          documentsDueBy: '2025-03-19',
          bargainingDueBy: '2025-06-16',
          filingDueBy: '2025-06-06',
          objectionPeriodEnds: '2025-06-19',
          inForceOn: '2025-06-20',
        },
      }),
    ]);
    // A later `pnpm start` on the seeded data seeds no second case.
    expect(
      await seedMissingDemoBargaining(
        db,
        new PrismaStore(db),
        { clock: systemClock, ids: uuidIds },
        MEIYUAN_FEDERATION,
      ),
    ).toBeNull();
    expect(await db.prisma.bargainingCase.count()).toBe(1);
    const admin = await token({ role: ['ORG_ADMIN'], org: [meiyuan.id] });
    const federation = { "the federation's id": meiyuan.id };
    const opened = (await post(example('openBargaining', federation), admin)).data.openBargaining;
    expect(opened).toMatchObject({
      bargainingCase: { stage: 'REQUESTED', deadlines: { replyDueBy: '2026-03-20' } },
      errors: [],
    });
    const theCase = { "the case's id": opened.bargainingCase.id };
    const late = (await post(example('recordBargainingReply', theCase), admin)).data.recordBargainingReply;
    expect(late.errors.map((e: { code: string }) => e.code)).toEqual(['BARGAINING_REPLY_LATE']);
    const named = (await post(example('nameNegotiators', theCase), admin)).data.nameNegotiators;
    expect(named.errors.map((e: { code: string }) => e.code)).toEqual(['BARGAINING_OUT_OF_ORDER']);
    const voted = (
      await post(
        example('recordContractVote', { "the demo case's id from MeiyuanBargaining": demo[0].id }),
        admin,
      )
    ).data.recordContractVote;
    expect(voted).toMatchObject({
      bargainingCase: null,
      errors: [{ code: 'BARGAINING_OUT_OF_ORDER', message: expect.stringContaining('this one is at FILED') }],
    });
    const cases = (await post(example('bargainingCases', federation), admin)).data.node.bargainingCases;
    expect(cases.nodes).toEqual([
      expect.objectContaining({ stage: 'REQUESTED', repliedOn: null, votes: [] }),
      expect.objectContaining({ stage: 'FILED', employer: DEMO_BARGAINING_EMPLOYER }),
    ]);
    const chair = (await post(example('positions(role: CHAIR', federation), admin)).data.node.positions
      .nodes[0];
    expect(chair).toMatchObject({ role: 'CHAIR', startsOn: '2024-03-01' });
    const removal = await post(example('removeOfficer', { "the chair's position id": chair.id }), admin);
    expect(removal.data.removeOfficer).toMatchObject({
      position: null,
      errors: [{ code: 'POSITION_REMOVAL_NOT_PASSED' }],
    });
    // A data directory seeded before the demo data had the case gets it at its next start.
    await db.prisma.bargainingCase.deleteMany({});
    const caught = await seedMissingDemoBargaining(
      db,
      new PrismaStore(db),
      { clock: systemClock, ids: uuidIds },
      MEIYUAN_FEDERATION,
    );
    expect(
      await db.prisma.bargainingCase.findMany({ select: { id: true, employer: true, stage: true } }),
    ).toEqual([{ id: caught, employer: DEMO_BARGAINING_EMPLOYER, stage: 'FILED' }]);
  });
});
