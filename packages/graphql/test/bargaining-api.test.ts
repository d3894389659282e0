// Collective bargaining and an officer's removal through the API: a case from the request to the
// contract in force, each step's rule at its boundary (the passing and the failing side) as errors
// as data with nothing stored, the deadlines core computes, an audit entry per change, and tokens
// outside the union's subtree refused. removeOfficer on 梅园村's delegates' congress (5 delegates: 2
// votes fail, 3 pass) with its own audit action.
import { createOrganization, execute, systemClock, uuidIds } from '@gonghui/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import { compareLogWithData } from '../src/store/audit-replay.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { bearer, testAuth } from './support/auth.js';
import { countQueries, createTestDatabase, testBackends } from './support/database.js';

const CASE_FIELDS = `bargainingCase { id stage employer rules repliedOn meetingOn finishedOn termEndsOn filedOn
  workers { negotiators outsideExperts } employerSide { negotiators outsideExperts }
  vote { votedOn delegates present approving } votes { votedOn approving against abstaining adopted }
  deadlines { replyDueBy documentsDueBy bargainingDueBy filingDueBy objectionPeriodEnds inForceOn } }
  errors { code path message messageZh }`;
const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { ${CASE_FIELDS} } }`;
const OPEN = mutation('openBargaining', 'OpenBargainingInput');
const REPLY = mutation('recordBargainingReply', 'RecordBargainingReplyInput');
const NAME = mutation('nameNegotiators', 'NameNegotiatorsInput');
const MEETING = mutation('scheduleBargainingMeeting', 'ScheduleBargainingMeetingInput');
const FINISH = mutation('finishBargaining', 'FinishBargainingInput');
const VOTE_ON = mutation('recordContractVote', 'RecordContractVoteInput');
const FILE = mutation('fileContract', 'FileContractInput');
const OBJECT = mutation('recordContractObjection', 'RecordContractObjectionInput');
const CASES = `query($org: ID!) { node(id: $org) { ... on Organization {
  bargainingCases(first: 10) { totalCount nodes { id stage employer deadlines { replyDueBy inForceOn } } } } } }`;
const REMOVE = `mutation($input: RemoveOfficerInput!) { removeOfficer(input: $input) {
  position { id endsOn } errors { code path message } } }`;

const VOTE = { delegates: 30, present: 20, approving: 16 };
const SIDE = { negotiators: 5, outsideExperts: 0 };
/**
 * SQL statements of a contract vote (measured on PGlite and PostgreSQL): the access check, the unit of
 * work (its lock, the case's read, the conditional write and its read-back, the audit entry), the answer.
 */
const VOTE_STATEMENTS = 9;
const TERM = { startsOn: '2026-07-01', endsOn: '2029-06-30' };

describe.each(testBackends())('bargaining API on %s', (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let unionId: string;
  let unionAdmin: string;
  const env = { clock: systemClock, ids: uuidIds };
  const gid = (type: string, id: string) => encodeGlobalID(type, id);
  const decodeId = (id: string) => decodeGlobalID(id).id;
  const post = async (query: string, variables: Record<string, unknown>, authorization: string | null) => {
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
  /** Everything a refused step could have changed: the cases and the audit log. */
  const fingerprint = async () =>
    JSON.stringify([
      await db.prisma.bargainingCase.findMany({ orderBy: { id: 'asc' } }),
      await db.prisma.auditEntry.count(),
      await db.prisma.auditPending.count(),
    ]);
  const orgId = async (name: string) =>
    (await db.prisma.organization.findFirstOrThrow({ where: { name } })).id;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    await seedDemoData(new PrismaStore(db), env);
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    const union = await execute(new PrismaStore(db), env, createOrganization, {
      name: '宁波市海曙区梅园石材有限公司工会',
      kind: 'GRASSROOTS_UNION',
      level: 'GRASSROOTS',
      parentId: await orgId('宁波市海曙区总工会'),
    });
    if (!union.ok) throw new Error(union.error.message);
    unionId = union.value.id;
    unionAdmin = await bearer([{ role: 'ORG_ADMIN', organizationId: unionId }], 'union-admin');
  });
  afterAll(() => db?.close());

  /** An ORG_ADMIN token outside the union's subtree (绍兴) and an ORG_VIEWER token of the union. */
  const strangers = async () => ({
    outsider: await bearer(
      [{ role: 'ORG_ADMIN', organizationId: await orgId('绍兴市总工会') }],
      'shaoxing-admin',
    ),
    viewer: await bearer([{ role: 'ORG_VIEWER', organizationId: unionId }], 'union-viewer'),
  });

  /** Runs a step as the union's admin and returns its payload. */
  const step = async (query: string, name: string, input: Record<string, unknown>, as = unionAdmin) => {
    const { data, errors } = await post(query, { input }, as);
    expect(errors).toBeUndefined();
    return data[name] as {
      bargainingCase: any;
      errors: { code: string; path: string[]; messageZh: string }[];
    };
  };
  /** Runs a step that must be refused with `code` at `path`, storing nothing. */
  const refused = async (
    query: string,
    name: string,
    input: Record<string, unknown>,
    code: string,
    path: string[],
  ) => {
    const before = await fingerprint();
    const payload = await step(query, name, input);
    expect(payload.bargainingCase).toBeNull();
    expect(payload.errors.map((e) => [e.code, e.path])).toEqual([[code, ['input', ...path]]]);
    expect(payload.errors[0]?.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(await fingerprint()).toBe(before);
  };

  it('takes a case from the request to the contract in force, each rule at its boundary, an audit entry per step', async () => {
    const opened = await step(OPEN, 'openBargaining', {
      organizationId: gid('Organization', unionId),
      employer: '宁波市海曙区梅园石材有限公司',
      firmWorkers: 120,
      requestedOn: '2026-03-06',
    });
    expect(opened.errors).toEqual([]);
    expect(opened.bargainingCase).toMatchObject({
      stage: 'REQUESTED',
      rules: 'ZHEJIANG_2010',
      deadlines: { replyDueBy: '2026-03-20', documentsDueBy: null, inForceOn: null },
    });
    const caseId = opened.bargainingCase.id as string;
    const input = (fields: Record<string, unknown>) => ({ caseId, ...fields });

    await refused(
      REPLY,
      'recordBargainingReply',
      input({ repliedOn: '2026-03-23' }),
      'BARGAINING_REPLY_LATE',
      ['repliedOn'],
    );
    expect(
      (await step(REPLY, 'recordBargainingReply', input({ repliedOn: '2026-03-20' }))).bargainingCase.stage,
    ).toBe('REPLIED');

    const side = (negotiators: number, outsideExperts = 0) => ({ negotiators, outsideExperts });
    await refused(
      NAME,
      'nameNegotiators',
      input({ workers: side(4), employer: side(4) }),
      'BARGAINING_SIDE_TOO_SMALL',
      ['workers', 'negotiators'],
    );
    await refused(
      NAME,
      'nameNegotiators',
      input({ workers: side(8, 3), employer: side(5) }),
      'BARGAINING_TOO_MANY_OUTSIDE_EXPERTS',
      ['workers', 'outsideExperts'],
    );
    await refused(
      NAME,
      'nameNegotiators',
      input({ workers: side(5), employer: side(6) }),
      'BARGAINING_EMPLOYER_SIDE_LARGER',
      ['employer', 'negotiators'],
    );
    const named = await step(NAME, 'nameNegotiators', input({ workers: side(6, 2), employer: side(5) }));
    expect(named.bargainingCase).toMatchObject({
      stage: 'NEGOTIATORS_NAMED',
      workers: side(6, 2),
      employerSide: side(5),
    });

    await refused(
      MEETING,
      'scheduleBargainingMeeting',
      input({ meetingOn: '2026-04-08', documentsProvidedOn: '2026-04-02' }),
      'BARGAINING_DOCUMENTS_LATE',
      ['documentsProvidedOn'],
    );
    const met = await step(
      MEETING,
      'scheduleBargainingMeeting',
      input({ meetingOn: '2026-04-08', documentsProvidedOn: '2026-04-01' }),
    );
    expect(met.bargainingCase.deadlines).toMatchObject({
      documentsDueBy: '2026-04-01',
      bargainingDueBy: '2026-05-20',
    });

    await refused(
      FINISH,
      'finishBargaining',
      input({ finishedOn: '2026-05-21', agreed: true }),
      'BARGAINING_OVERRUN',
      ['finishedOn'],
    );
    expect(
      (await step(FINISH, 'finishBargaining', input({ finishedOn: '2026-05-20', agreed: true })))
        .bargainingCase.stage,
    ).toBe('DRAFT_AGREED');

    const vote = (votedOn: string, counts: Record<string, number>, term: Partial<typeof TERM> = {}) =>
      input({ votedOn, vote: { ...VOTE, ...counts }, term: { ...TERM, ...term } });
    // 19 of 30 present is no valid vote: refused, nothing recorded; 20 (two thirds) is one.
    await refused(
      VOTE_ON,
      'recordContractVote',
      vote('2026-05-22', { present: 19 }),
      'CONTRACT_QUORUM_NOT_MET',
      ['vote', 'present'],
    );
    await refused(
      VOTE_ON,
      'recordContractVote',
      vote('2026-05-22', { against: 4, abstaining: 1 }),
      'BARGAINING_COUNTS_INVALID',
      ['vote', 'abstaining'],
    );
    await refused(
      VOTE_ON,
      'recordContractVote',
      vote('2026-05-22', {}, { endsOn: '2029-07-01' }),
      'CONTRACT_TERM_TOO_LONG',
      ['term', 'endsOn'],
    );
    // 15 of ALL 30 approving (half) rejects the draft: the vote is kept and the talks resume, with 30
    // working days from the vote (to 2026-07-03; the first window ended on 05-20).
    const rejected = await step(
      VOTE_ON,
      'recordContractVote',
      vote('2026-05-22', { present: 30, approving: 15, against: 12, abstaining: 3 }),
    );
    expect(rejected.errors).toEqual([]);
    expect(rejected.bargainingCase).toMatchObject({
      stage: 'MEETING_SCHEDULED',
      finishedOn: null,
      vote: null,
      votes: [{ votedOn: '2026-05-22', approving: 15, against: 12, abstaining: 3, adopted: false }],
      deadlines: { bargainingDueBy: '2026-07-03' },
    });
    await refused(VOTE_ON, 'recordContractVote', vote('2026-05-25', {}), 'BARGAINING_OUT_OF_ORDER', [
      'caseId',
    ]);
    expect(
      (await step(FINISH, 'finishBargaining', input({ finishedOn: '2026-06-05', agreed: true })))
        .bargainingCase.stage,
    ).toBe('DRAFT_AGREED');
    const adopted = await step(VOTE_ON, 'recordContractVote', vote('2026-06-12', {}));
    expect(adopted.bargainingCase).toMatchObject({
      stage: 'CONTRACT_ADOPTED',
      vote: { votedOn: '2026-06-12', ...VOTE },
      votes: [
        { votedOn: '2026-05-22', approving: 15, adopted: false },
        { votedOn: '2026-06-12', approving: 16, against: null, abstaining: null, adopted: true },
      ],
      termEndsOn: '2029-06-30',
    });
    await refused(VOTE_ON, 'recordContractVote', vote('2026-06-13', {}), 'BARGAINING_OUT_OF_ORDER', [
      'caseId',
    ]);

    await refused(
      FILE,
      'fileContract',
      input({ signedOn: '2026-06-15', filedOn: '2026-06-26' }),
      'CONTRACT_FILING_LATE',
      ['filedOn'],
    );
    const filed = await step(FILE, 'fileContract', input({ signedOn: '2026-06-15', filedOn: '2026-06-25' }));
    expect(filed.bargainingCase.deadlines).toMatchObject({
      filingDueBy: '2026-06-25',
      objectionPeriodEnds: '2026-07-10',
      inForceOn: '2026-07-11',
    });
    await refused(
      OBJECT,
      'recordContractObjection',
      input({ objectedOn: '2026-07-11' }),
      'CONTRACT_OBJECTION_LATE',
      ['objectedOn'],
    );

    const listed = await post(CASES, { org: gid('Organization', unionId) }, unionAdmin);
    expect(listed.data.node.bargainingCases).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: caseId,
          stage: 'FILED',
          employer: '宁波市海曙区梅园石材有限公司',
          deadlines: { replyDueBy: '2026-03-20', inForceOn: '2026-07-11' },
        },
      ],
    });
    // This case's entries (the demo data's case has its own).
    const audit = await db.prisma.auditEntry.findMany({
      where: { targetType: 'BargainingCase', targetId: decodeGlobalID(caseId).id },
      orderBy: { seq: 'asc' },
    });
    expect(audit.map((e) => e.action)).toEqual([
      'bargaining.opened',
      'bargaining.replied',
      'bargaining.negotiatorsNamed',
      'bargaining.meetingScheduled',
      'bargaining.finished',
      'bargaining.contractRejected',
      'bargaining.finished',
      'bargaining.contractAdopted',
      'bargaining.contractFiled',
    ]);
    expect(new Set(audit.map((e) => e.organizationId))).toEqual(new Set([unionId]));
    expect(audit.every((e) => e.actor === 'union-admin')).toBe(true);
  });

  it('refuses bad input as data with nothing stored: a NUL, an empty employer, a false date, a step out of order, an objection', async () => {
    const open = (fields: Record<string, unknown>) => ({
      organizationId: gid('Organization', unionId),
      employer: '某公司',
      firmWorkers: 30,
      requestedOn: '2026-03-06',
      ...fields,
    });
    await refused(OPEN, 'openBargaining', open({ employer: 'a\u0000b' }), 'TEXT_MALFORMED', ['employer']);
    await refused(OPEN, 'openBargaining', open({ employer: ' \u202e ' }), 'BARGAINING_EMPLOYER_INVALID', [
      'employer',
    ]);
    await refused(OPEN, 'openBargaining', open({ requestedOn: '2026-02-29' }), 'BARGAINING_DATE_INVALID', [
      'requestedOn',
    ]);
    await refused(OPEN, 'openBargaining', open({ firmWorkers: -1 }), 'BARGAINING_COUNTS_INVALID', [
      'firmWorkers',
    ]);
    await refused(
      OPEN,
      'openBargaining',
      open({ workingWeekendDays: ['2026-03-09'] }),
      'CALENDAR_WORKDAY_NOT_WEEKEND',
      ['workingWeekendDays', '0'],
    );
    // Ningbo's upper limit, and a holiday moving the reply's last day.
    const ningbo = await step(
      OPEN,
      'openBargaining',
      open({ rules: 'NINGBO_2014', holidays: ['2026-03-10'] }),
    );
    expect(ningbo.bargainingCase).toMatchObject({
      rules: 'NINGBO_2014',
      deadlines: { replyDueBy: '2026-03-23' },
    });
    const caseId = ningbo.bargainingCase.id;
    await refused(
      NAME,
      'nameNegotiators',
      {
        caseId,
        workers: { negotiators: 3, outsideExperts: 0 },
        employer: { negotiators: 3, outsideExperts: 0 },
      },
      'BARGAINING_OUT_OF_ORDER',
      ['caseId'],
    );
    await step(REPLY, 'recordBargainingReply', { caseId, repliedOn: '2026-03-23' });
    const side = (n: number) => ({ negotiators: n, outsideExperts: 0 });
    await refused(
      NAME,
      'nameNegotiators',
      { caseId, workers: side(11), employer: side(3) },
      'BARGAINING_SIDE_TOO_LARGE',
      ['workers', 'negotiators'],
    );
    expect(
      (await step(NAME, 'nameNegotiators', { caseId, workers: side(10), employer: side(3) })).errors,
    ).toEqual([]);
  });

  it('lets the database decide two replies to one case at the same moment: one recorded, one out of order', async () => {
    const opened = await step(OPEN, 'openBargaining', {
      organizationId: gid('Organization', unionId),
      employer: '梅园石料运输公司',
      firmWorkers: 40,
      requestedOn: '2026-03-06',
    });
    const caseId = opened.bargainingCase.id;
    const both = await Promise.all(
      ['2026-03-09', '2026-03-10'].map((repliedOn) =>
        step(REPLY, 'recordBargainingReply', { caseId, repliedOn }),
      ),
    );
    expect(both.map((p) => p.errors.map((e) => e.code)).sort()).toEqual([[], ['BARGAINING_OUT_OF_ORDER']]);
    const won = both.find((p) => p.errors.length === 0)?.bargainingCase;
    const entries = await db.prisma.auditEntry.findMany({ where: { action: 'bargaining.replied' } });
    expect(
      entries.filter((e) => (e.after as { employer?: string }).employer === '梅园石料运输公司'),
    ).toHaveLength(1);
    const listed = await post(CASES, { org: gid('Organization', unionId) }, unionAdmin);
    const stored = listed.data.node.bargainingCases.nodes.find((c: any) => c.id === caseId);
    expect(stored.stage).toBe('REPLIED');
    const row = await db.prisma.bargainingCase.findFirstOrThrow({ where: { employer: '梅园石料运输公司' } });
    expect(row.repliedOn?.toISOString().slice(0, 10)).toBe(won.repliedOn);
  });

  it('refuses a token outside the union’s subtree, and a viewer’s token a change', async () => {
    const opened = await step(OPEN, 'openBargaining', {
      organizationId: gid('Organization', unionId),
      employer: '梅园石雕厂',
      firmWorkers: 12,
      requestedOn: '2026-03-06',
    });
    const caseId = opened.bargainingCase.id;
    const { outsider, viewer } = await strangers();
    const before = await fingerprint();
    for (const as of [outsider, viewer]) {
      const open = await post(
        OPEN,
        {
          input: {
            organizationId: gid('Organization', unionId),
            employer: '某公司',
            firmWorkers: 3,
            requestedOn: '2026-03-06',
          },
        },
        as,
      );
      expect(open.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const reply = await post(REPLY, { input: { caseId, repliedOn: '2026-03-09' } }, as);
      expect(reply.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await fingerprint()).toBe(before);
    const hidden = await post(CASES, { org: gid('Organization', unionId) }, outsider);
    expect(hidden.data.node.bargainingCases).toBeNull();
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const node = await post(
      `query($id: ID!) { node(id: $id) { ... on BargainingCase { employer } } }`,
      { id: caseId },
      outsider,
    );
    expect(node.data?.node ?? null).toBeNull();
    const seen = await post(CASES, { org: gid('Organization', unionId) }, viewer);
    expect(seen.data.node.bargainingCases.nodes.map((c: any) => c.employer)).toContain('梅园石雕厂');
  });

  it('removes 梅园村’s chair with more than half of all 5 delegates (2 fail, 3 pass), audited as a removal with its vote', async () => {
    const federation = await orgId('宁波市海曙区梅园村梅园石产业链工会联合会');
    const chair = await db.prisma.position.findFirstOrThrow({
      where: { organizationId: federation, role: 'CHAIR', endsOn: null },
    });
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: federation }], 'meiyuan-admin');
    const outsider = await bearer([{ role: 'ORG_ADMIN', organizationId: unionId }], 'union-admin');
    const input = (votesFor: number) => ({
      positionId: gid('Position', chair.id),
      removedOn: '2025-06-30',
      votesFor,
    });
    const before = await fingerprint();
    const forbidden = await post(REMOVE, { input: input(3) }, outsider);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const two = await post(REMOVE, { input: input(2) }, admin);
    expect(two.data.removeOfficer).toEqual({
      position: null,
      errors: [
        {
          code: 'POSITION_REMOVAL_NOT_PASSED',
          path: ['input', 'votesFor'],
          message: expect.stringContaining('it needs 3'),
        },
      ],
    });
    expect(await fingerprint()).toBe(before);
    expect((await db.prisma.position.findUniqueOrThrow({ where: { id: chair.id } })).endsOn).toBeNull();
    const three = await post(REMOVE, { input: input(3) }, admin);
    expect(three.data.removeOfficer).toEqual({
      position: { id: gid('Position', chair.id), endsOn: '2025-06-30' },
      errors: [],
    });
    const entry = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'committee.officerRemoved', targetId: chair.id },
    });
    expect(entry).toMatchObject({ organizationId: federation, actor: 'meiyuan-admin' });
    expect(entry.after).toMatchObject({
      endsOn: '2025-06-30',
      vote: { votesFor: 3, entitled: 5, fewestNeeded: 3 },
    });
  });

  /** A new case of the union taken to DRAFT_AGREED (talks 2026-04-08 to 05-20), as the union's admin. */
  const draftAgreed = async (employer: string) => {
    const opened = await step(OPEN, 'openBargaining', {
      organizationId: gid('Organization', unionId),
      employer,
      firmWorkers: 60,
      requestedOn: '2026-03-06',
    });
    const caseId = opened.bargainingCase.id as string;
    for (const [query, name, fields] of [
      [REPLY, 'recordBargainingReply', { repliedOn: '2026-03-20' }],
      [NAME, 'nameNegotiators', { workers: SIDE, employer: SIDE }],
      [MEETING, 'scheduleBargainingMeeting', { meetingOn: '2026-04-08', documentsProvidedOn: '2026-04-01' }],
      [FINISH, 'finishBargaining', { finishedOn: '2026-05-20', agreed: true }],
    ] as const) {
      expect((await step(query, name, { caseId, ...fields })).errors).toEqual([]);
    }
    return caseId;
  };
  const voteInput = (caseId: string, approving: number) => ({
    caseId,
    votedOn: '2026-06-12',
    vote: { ...VOTE, approving },
    term: TERM,
  });

  it('lets the database decide votes on one case at the same moment: one recorded, the others out of order', async () => {
    const caseId = await draftAgreed('梅园石材表决竞争公司');
    const all = await Promise.all(
      [15, 16, 15, 16].map((approving) => step(VOTE_ON, 'recordContractVote', voteInput(caseId, approving))),
    );
    const codes = all.map((p) => p.errors.map((e) => e.code).join() || 'OK').sort();
    expect(codes).toEqual([
      'BARGAINING_OUT_OF_ORDER',
      'BARGAINING_OUT_OF_ORDER',
      'BARGAINING_OUT_OF_ORDER',
      'OK',
    ]);
    const won = all.find((p) => p.errors.length === 0)?.bargainingCase;
    const row = await db.prisma.bargainingCase.findUniqueOrThrow({ where: { id: decodeId(caseId) } });
    expect(row.votes).toEqual([expect.objectContaining({ approving: won.votes[0].approving })]);
    expect(row.stage).toBe(won.votes[0].adopted ? 'CONTRACT_ADOPTED' : 'MEETING_SCHEDULED');
    const entries = await db.prisma.auditEntry.count({
      where: {
        targetId: decodeId(caseId),
        action: { in: ['bargaining.contractAdopted', 'bargaining.contractRejected'] },
      },
    });
    expect(entries).toBe(1);
  });

  it('records a rejected and an adopted vote in the same few statements, and refuses outside and viewer tokens', async () => {
    const caseId = await draftAgreed('梅园石材语句计数公司');
    const statements = async (input: Record<string, unknown>) => {
      const counter = countQueries(db.prisma);
      try {
        const payload = await step(VOTE_ON, 'recordContractVote', input);
        expect(payload.errors).toEqual([]);
        return counter.count();
      } finally {
        counter.stop();
      }
    };
    const { outsider, viewer } = await strangers();
    const before = await fingerprint();
    for (const as of [outsider, viewer]) {
      const denied = await post(VOTE_ON, { input: voteInput(caseId, 16) }, as);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(denied.data?.recordContractVote ?? null).toBeNull();
    }
    expect(await fingerprint()).toBe(before);
    const rejection = await statements(voteInput(caseId, 15));
    await step(FINISH, 'finishBargaining', { caseId, finishedOn: '2026-06-12', agreed: true });
    const adoption = await statements(voteInput(caseId, 16));
    // The first vote and the second (its case holding one already) cost the same.
    expect([rejection, adoption]).toEqual([VOTE_STATEMENTS, VOTE_STATEMENTS]);
  });

  it('reads a page of cases with their sides, votes and deadlines in 2 statements, for 1 case as for 4', async () => {
    const page = `query($org: ID!, $first: Int!) { node(id: $org) { ... on Organization {
      bargainingCases(first: $first) { totalCount nodes { employer stage workers { negotiators } employerSide { negotiators }
        vote { approving } votes { approving adopted } deadlines { replyDueBy bargainingDueBy inForceOn } organization { name } } } } } }`;
    const statements = async (first: number) => {
      const counter = countQueries(db.prisma);
      try {
        const { data, errors } = await post(page, { org: gid('Organization', unionId), first }, unionAdmin);
        expect(errors).toBeUndefined();
        return { nodes: data.node.bargainingCases.nodes.length as number, sql: counter.count() };
      } finally {
        counter.stop();
      }
    };
    const one = await statements(1);
    const four = await statements(4);
    expect([one.nodes, four.nodes]).toEqual([1, 4]);
    // The page with its organizations, and its totalCount.
    expect([one.sql, four.sql]).toEqual([2, 2]);
  });

  it('replays the audit log to exactly the stored cases, and names a case edited behind its back', async () => {
    const cases = async () =>
      (await compareLogWithData(db.prisma, db.personalData)).filter((d) => d.table === 'BargainingCase');
    expect(await cases()).toEqual([]);
    const edited = await db.prisma.bargainingCase.findFirstOrThrow({ where: { stage: 'FILED' } });
    const votes = edited.votes as { approving: number }[];
    await db.prisma.bargainingCase.update({
      where: { id: edited.id },
      data: { votes: votes.map((v) => ({ ...v, approving: 20 })) },
    });
    expect((await cases()).map((d) => [d.id, d.kind, d.fields])).toEqual([
      [edited.id, 'different', ['votes']],
    ]);
  });
});
