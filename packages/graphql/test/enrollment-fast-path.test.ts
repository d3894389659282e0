// `enroll` and `cancelEnrollment` on the HTTP fast path (src/compiled-reads/fast-path.ts) against
// yoga: the same requests — good ones, bad and missing tokens, unknown ids, out of the window,
// ineligible, full without a waiting list, waiting, the same Idempotency-Key twice and with another
// input, a malformed key, malformed variables, another member's enrollment, cancellations — sent to a
// production server with the fast path and to one without it, on one database, each side with its
// own activities (alike but for their ids). The answers must have the same status, headers and JSON;
// the request log lines the same facts; and each side's activities the same rows: enrollments,
// places, stored idempotent answers and audit entries.

import { createActivity, execute, systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { createActivityWorld, openActivityInput } from './support/activity-world.js';
import { adminBearer, bearer } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { fastAndNormalServers, type LogLine, requestFacts } from './support/servers.js';

const ENROLL = `mutation Enroll($input: EnrollInput!) {
  enroll(input: $input) {
    enrollment { status places arrival waitingPosition member { id } activity { title places } }
    remainingPlaces
    errors { code message messageZh path }
  }
}`;
// A field of the answer refused after the enrollment committed (ORG_VIEWER only): an answer with errors.
const ENROLL_REFUSED_FIELD = `mutation EnrollRefusedField($input: EnrollInput!) {
  enroll(input: $input) {
    enrollment { status arrival waitingPosition activity { title enrollments(first: 1) { totalCount } } }
    remainingPlaces
    errors { code }
  }
}`;
// The enrollment's columns only: answered from the written row without the Prisma plan (schema/activity.ts).
const ENROLL_COLUMNS = `mutation EnrollColumns($input: EnrollInput!) {
  enroll(input: $input) { enrollment { __typename status places arrival } remainingPlaces errors { code } }
}`;
const CANCEL = `mutation Cancel($input: CancelEnrollmentInput!) {
  cancelEnrollment(input: $input) {
    enrollment { status places arrival waitingPosition }
    remainingPlaces
    errors { code message messageZh path }
  }
}`;

/** The activities of one side, by role. */
type Activities = Record<'open' | 'noWaiting' | 'closed', string>;

/** One request, for either side: its document, variables (given that side's activities), viewer and headers. */
interface Case {
  readonly name: string;
  readonly query: string;
  readonly variables: (a: Activities) => unknown;
  /** Index into the viewers (members' tokens, then the admin's, a bad token, none). */
  readonly viewer: number | 'admin' | 'bad' | 'none';
  /** An Idempotency-Key (each side gets its own, with this as its suffix). */
  readonly key?: string;
  /** Extra headers, the same on both sides. */
  readonly headers?: Record<string, string>;
}

const MEMBERS = 8;

/** When the activities' times are counted from (a minute ago). */
const NOW = Math.floor(Date.now() / 60_000) * 60_000;

/** An activity id no activity has. */
const UNKNOWN = uuidIds.next();

describe.each(testBackends())('enroll on the fast path answers like yoga on %s', (backend) => {
  let db: Database;
  let world: Awaited<ReturnType<typeof createActivityWorld>>;
  const tokens: string[] = [];
  let admin: string;
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    // The last member has no phone: not real-name verified.
    world = await createActivityWorld(db, MEMBERS, 1);
    for (const [i, id] of world.memberIds.entries())
      tokens.push(await bearer([{ role: 'MEMBER', memberId: id }], `member-${i}`));
    admin = await adminBearer();
  });

  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
    await db?.close();
  });

  /** One side's activities, alike but for their ids. */
  async function activities(): Promise<Activities> {
    const store = new PrismaStore(db);
    const env = { clock: systemClock, ids: uuidIds };
    const hour = 3_600_000;
    const make = async (title: string, change: object) => {
      // The same instants on both sides (a refusal names them).
      const made = await execute(store, env, createActivity, {
        ...openActivityInput(world.countyId, title, 2, NOW),
        description: null,
        placesPerMember: 2,
        waitingList: null,
        eligibility: 'SUBTREE_REAL_NAME_MEMBERS',
        ...change,
      });
      if (!made.ok) throw new Error(made.error.message);
      return made.value.id;
    };
    return {
      open: await make('亲子陶艺', {}),
      noWaiting: await make('番茄田美术', { places: 1, placesPerMember: 1, waitingList: false }),
      closed: await make('乐器体验', {
        enrollmentOpensAt: new Date(NOW - 2 * hour).toISOString(),
        enrollmentClosesAt: new Date(NOW - hour).toISOString(),
      }),
    };
  }

  const activityId = (id: string) => encodeGlobalID('Activity', id);
  const memberId = (i: number) => encodeGlobalID('Member', world.memberIds[i] as string);
  const enrol = (activity: keyof Activities, member: number, places?: number) => (a: Activities) => ({
    input: { activityId: activityId(a[activity]), memberId: memberId(member), ...(places ? { places } : {}) },
  });
  const CASES: Case[] = [
    { name: 'enrolled', query: ENROLL, variables: enrol('open', 0), viewer: 0 },
    { name: 'keyed', query: ENROLL, variables: enrol('open', 1, 1), viewer: 1, key: 'k1' },
    { name: 'the same key again', query: ENROLL, variables: enrol('open', 1, 1), viewer: 1, key: 'k1' },
    {
      name: 'the same key, another input',
      query: ENROLL,
      variables: enrol('open', 1, 2),
      viewer: 1,
      key: 'k1',
    },
    {
      name: 'waiting',
      query: ENROLL,
      variables: enrol('open', 2),
      viewer: 2,
      headers: { origin: 'https://app.example' },
    },
    { name: 'again', query: ENROLL, variables: enrol('open', 2), viewer: 2 },
    { name: 'waiting, keyed', query: ENROLL, variables: enrol('open', 3), viewer: 3, key: 'k3' },
    { name: 'too many places', query: ENROLL, variables: enrol('open', 4, 3), viewer: 4 },
    { name: 'ineligible', query: ENROLL, variables: enrol('open', MEMBERS - 1), viewer: MEMBERS - 1 },
    { name: 'closed', query: ENROLL, variables: enrol('closed', 4), viewer: 4, key: 'k4' },
    { name: 'last place', query: ENROLL, variables: enrol('noWaiting', 4), viewer: 4 },
    {
      name: 'full',
      query: ENROLL,
      variables: enrol('noWaiting', 5),
      viewer: 5,
      headers: { accept: 'application/graphql-response+json' },
    },
    { name: 'by an admin', query: ENROLL, variables: enrol('noWaiting', 6), viewer: 'admin' },
    { name: 'another member', query: ENROLL, variables: enrol('open', 6), viewer: 5 },
    { name: 'anonymous', query: ENROLL, variables: enrol('open', 6), viewer: 'none' },
    { name: 'bad token', query: ENROLL, variables: enrol('open', 6), viewer: 'bad' },
    {
      name: 'unknown activity',
      query: ENROLL,
      variables: () => ({ input: { activityId: activityId(UNKNOWN), memberId: memberId(6) } }),
      viewer: 6,
    },
    {
      name: 'unknown member',
      query: ENROLL,
      variables: (a) => ({
        input: { activityId: activityId(a.open), memberId: encodeGlobalID('Member', 'nobody') },
      }),
      viewer: 'admin',
    },
    {
      name: 'an id of another type',
      query: ENROLL,
      variables: () => ({ input: { activityId: memberId(6), memberId: memberId(6) } }),
      viewer: 6,
    },
    {
      name: 'not a global id',
      query: ENROLL,
      variables: () => ({ input: { activityId: 'xyz', memberId: memberId(6) } }),
      viewer: 6,
    },
    {
      name: 'places not a number',
      query: ENROLL,
      variables: (a) => ({ input: { activityId: activityId(a.open), memberId: memberId(6), places: 'two' } }),
      viewer: 6,
    },
    {
      name: 'no member',
      query: ENROLL,
      variables: (a) => ({ input: { activityId: activityId(a.open) } }),
      viewer: 6,
    },
    { name: 'a malformed key', query: ENROLL, variables: enrol('open', 6), viewer: 6, key: 'bad key' },
    // Committed, then a field of its answer refused: answered with the error, the enrollment made once.
    { name: 'waiting, a field refused', query: ENROLL_REFUSED_FIELD, variables: enrol('open', 6), viewer: 6 },
    {
      name: 'cancelled, the first waiting moves up',
      query: CANCEL,
      variables: enrol('open', 0),
      viewer: 0,
      key: 'c0',
    },
    { name: 'cancelled again', query: CANCEL, variables: enrol('open', 0), viewer: 0 },
    { name: 'cancel by another member', query: CANCEL, variables: enrol('open', 1), viewer: 5 },
    { name: 'columns only', query: ENROLL_COLUMNS, variables: enrol('open', 5), viewer: 5, key: 'k5' },
    {
      name: 'columns only, the same key again',
      query: ENROLL_COLUMNS,
      variables: enrol('open', 5),
      viewer: 5,
      key: 'k5',
    },
    { name: 'columns only, full', query: ENROLL_COLUMNS, variables: enrol('noWaiting', 3), viewer: 3 },
  ];

  it(`${CASES.length} enroll and cancel requests: the same status, headers, answers, log lines and rows`, async () => {
    const { fast, normal: slow, fastLines, normalLines: slowLines, close } = await fastAndNormalServers(db);
    closers.push(close);
    const sides = { fast: await activities(), slow: await activities() };

    /** POSTs over HTTP: status, the headers that do not vary by time or connection, and the body. */
    const post = async (url: string, body: string, headers: Record<string, string>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      const given = Object.fromEntries(response.headers);
      for (const name of ['date', 'connection', 'keep-alive']) delete given[name];
      return { status: response.status, headers: given, body: await response.text() };
    };
    /** The request of `c` for one side. */
    const request = (c: Case, side: 'fast' | 'slow', i: number) => {
      const authorization =
        c.viewer === 'admin'
          ? admin
          : c.viewer === 'bad'
            ? 'Bearer not.a.token'
            : c.viewer === 'none'
              ? undefined
              : tokens[c.viewer];
      const headers: Record<string, string> = {
        'x-request-id': `case-${i}`,
        ...(authorization ? { authorization } : {}),
        ...(c.key ? { 'idempotency-key': `${side}-${c.key}` } : {}),
        ...c.headers,
      };
      return { body: JSON.stringify({ query: c.query, variables: c.variables(sides[side]) }), headers };
    };
    /** A side's text with its activity ids and keys as the slow side's. */
    const asSlow = (text: string) => {
      let same = text.replaceAll('fast-', 'slow-');
      for (const role of Object.keys(sides.fast) as (keyof Activities)[]) {
        same = same
          .replaceAll(sides.fast[role], sides.slow[role])
          .replaceAll(activityId(sides.fast[role]), activityId(sides.slow[role]));
      }
      return same;
    };

    // yoga answers a document the first time the fast server sees it (and remembers it): an unknown activity, nothing written.
    for (const query of [ENROLL, ENROLL_REFUSED_FIELD, CANCEL]) {
      const unknown = { input: { activityId: activityId(uuidIds.next()), memberId: memberId(0) } };
      const first = await post(fast.url, JSON.stringify({ query, variables: unknown }), {
        authorization: admin,
      });
      expect(first.body).toMatch(/_NOT_FOUND/);
    }
    const before = fast.fastPath?.answered ?? 0;
    const answers = new Map<string, unknown>();
    for (const [i, c] of CASES.entries()) {
      const slowRequest = request(c, 'slow', i);
      const expected = await post(slow.url, slowRequest.body, slowRequest.headers);
      const fastRequest = request(c, 'fast', i);
      const answer = await post(fast.url, fastRequest.body, fastRequest.headers);
      expect({ ...answer, body: asSlow(answer.body) }, `case ${i}: ${c.name}`).toEqual(expected);
      answers.set(c.name, JSON.parse(expected.body));
    }
    // Not vacuous: the answer with a refused field holds the enrollment and the error (yoga running
    // the mutation again answered ACTIVITY_ALREADY_ENROLLED instead; the rows below show one enrollment).
    expect(answers.get('waiting, a field refused')).toMatchObject({
      data: { enroll: { enrollment: { status: 'WAITING', activity: { enrollments: null } }, errors: [] } },
      errors: [{ path: ['enroll', 'enrollment', 'activity', 'enrollments'] }],
    });
    // The answers without errors came from the fast path: at least those with an enrollment.
    expect((fast.fastPath?.answered ?? 0) - before).toBeGreaterThanOrEqual(12);

    const ours = (line: LogLine) => String(line.requestId).startsWith('case-');
    expect(requestFacts(fastLines, ours)).toEqual(requestFacts(slowLines, ours));
    expect(requestFacts(fastLines, ours)).toHaveLength(CASES.length);

    /** A side's rows: its activities' places, enrollments, keyed answers and audit entries, ids as the slow side's. */
    const rows = async (a: Activities) => {
      const ids = Object.values(a);
      const activityRows = await db.prisma.activity.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true, places: true, taken: true, revision: true },
        orderBy: { title: 'asc' },
      });
      const enrollments = await db.prisma.enrollment.findMany({
        where: { activityId: { in: ids } },
        select: { id: true, activityId: true, memberId: true, places: true, status: true, arrival: true },
        orderBy: [{ activity: { title: 'asc' } }, { arrival: 'asc' }],
      });
      const side = a === sides.fast ? 'fast-' : 'slow-';
      const keys = await db.prisma.idempotencyKey.findMany({
        where: { key: { startsWith: side } },
        select: { actor: true, key: true, field: true, answer: true },
        orderBy: [{ actor: 'asc' }, { key: 'asc' }],
      });
      const targets = [...ids, ...enrollments.map((e) => e.id)];
      const audit = await db.prisma.auditEntry.findMany({
        where: { targetId: { in: targets }, requestId: { startsWith: 'case-' } },
        select: {
          actor: true,
          action: true,
          targetType: true,
          targetId: true,
          organizationId: true,
          before: true,
          after: true,
          requestId: true,
        },
        orderBy: { seq: 'asc' },
      });
      // Enrollment ids are new on each side: named by their activity's role and member.
      const names = new Map(
        enrollments.map((e) => [
          e.id,
          `enrollment of ${Object.entries(a).find(([, id]) => id === e.activityId)?.[0]} by ${e.memberId}`,
        ]),
      );
      let text = JSON.stringify({ activityRows, enrollments, keys, audit });
      for (const [id, name] of names)
        text = text.replaceAll(id, name).replaceAll(encodeGlobalID('Enrollment', id), name);
      // Times differ (enrolledAt, audit times are not selected; answers hold enrolledAt): any ISO instant.
      return JSON.parse(asSlow(text).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<instant>'));
    };
    // A reader of the log seals first: the batches' entries wait for a pass that gathers (audit.ts).
    await new PrismaStore(db).sealAudit();
    const slowRows = await rows(sides.slow);
    expect(await rows(sides.fast)).toEqual(slowRows);
    // Not vacuous: enrollments, keyed answers and audit entries were written.
    expect(slowRows.enrollments.length).toBeGreaterThanOrEqual(5);
    expect(slowRows.keys.length).toBeGreaterThanOrEqual(3);
    expect(slowRows.audit.length).toBeGreaterThanOrEqual(5);
  });
});
