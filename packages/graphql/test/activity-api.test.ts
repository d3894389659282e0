// Activities through the API over HTTP: enrollment as data (window, eligibility, duplicates, full),
// the waiting list moving up on a cancellation, a member's own enrollments, remaining places over
// SSE, and the race: 2,000 concurrent enrollments for 250 places through two servers never enrol
// more than the places, nobody twice, the places going to the first 250 arrivals.

import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { type ActivityWorld, createActivityWorld } from './support/activity-world.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testAuditKey, testBackends, testPersonalData } from './support/database.js';

/** Members of the world, the last two without a phone (not real-name verified). */
const MEMBERS = 2_000;
/**
 * The race per backend: 2,000 concurrent enrollments for 250 places on PostgreSQL; on PGlite (one
 * connection, so every transaction waits its turn anyway) 400 for 50, to keep CI in seconds. Once
 * each here; `pnpm bench` (packages/graphql/bench/activities.ts) runs 2,000 for 250 ten times.
 */
const RACE = { postgres: { members: MEMBERS, places: 250 }, pglite: { members: 400, places: 50 } } as const;
/** Places of the other activities. */
const PLACES = 250;

const CREATE = `mutation($input: CreateActivityInput!) {
  createActivity(input: $input) { activity { id places remainingPlaces } errors { code path } } }`;
const ENROLL = `mutation($input: EnrollInput!) {
  enroll(input: $input) { enrollment { status arrival waitingPosition } remainingPlaces errors { code path messageZh } } }`;
const CANCEL = `mutation($input: CancelEnrollmentInput!) {
  cancelEnrollment(input: $input) { enrollment { status } remainingPlaces errors { code } } }`;
const MINE = `{ myEnrollments { status waitingPosition activity { title } } }`;

const hour = 3_600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

describe.each(testBackends())('activities on %s', (backend) => {
  let db: Database;
  /** The servers' own databases on PostgreSQL (two pools, as two processes would have). */
  const pools: Database[] = [];
  let world: ActivityWorld;
  const servers: Server[] = [];
  const urls: string[] = [];
  let admin: string;
  const tokens = new Map<string, string>();

  // A client as the API asks: a mutation answered SERVICE_UNAVAILABLE (here: no connection free
  // within the pool's wait while 2,000 requests queue on two cores), or whose connection a busy
  // machine reset, is sent again with its key.
  const post = async (
    query: string,
    variables: object,
    authorization: string,
    url = urls[0],
    key: string = randomUUID(),
  ) => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization, 'idempotency-key': key },
        body: JSON.stringify({ query, variables }),
      }).catch((error: unknown) => {
        if (attempt === 10) throw error;
        return null;
      });
      const answer = response && ((await response.json()) as { data?: any; errors?: any[] });
      if (answer && (answer.errors?.[0]?.extensions?.code !== 'SERVICE_UNAVAILABLE' || attempt === 10))
        return answer;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  };
  const memberGid = (i: number) => encodeGlobalID('Member', world.memberIds[i] as string);
  const token = async (i: number) => {
    const id = world.memberIds[i] as string;
    let found = tokens.get(id);
    if (!found) {
      found = await bearer([{ role: 'MEMBER', memberId: id }], `member-${i}`);
      tokens.set(id, found);
    }
    return found;
  };
  const createActivity = async (overrides: object = {}) => {
    const { data } = await post(
      CREATE,
      {
        input: {
          organizationId: encodeGlobalID('Organization', world.countyId),
          title: '暑期嘉年华·亲子陶艺',
          place: '余杭区职工文化中心',
          startsAt: iso(48 * hour),
          endsAt: iso(50 * hour),
          enrollmentOpensAt: iso(-hour),
          enrollmentClosesAt: iso(24 * hour),
          places: PLACES,
          ...overrides,
        },
      },
      admin,
    );
    return data.createActivity as {
      activity: { id: string } | null;
      errors: { code: string; path: string[] }[];
    };
  };
  const enroll = async (activityId: string, i: number, url = urls[0], key?: string) =>
    post(ENROLL, { input: { activityId, memberId: memberGid(i) } }, await token(i), url, key);
  const cancel = async (activityId: string, i: number, url = urls[0]) =>
    post(CANCEL, { input: { activityId, memberId: memberGid(i) } }, await token(i), url);
  const rawId = (gid: string) => Buffer.from(gid, 'base64').toString().split(':')[1] as string;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    world = await createActivityWorld(db, MEMBERS, 2);
    // Two servers with their own connection pools on PostgreSQL, as two processes would be. A claim
    // waits for the activity's row while 2,000 requests share two cores: no statement timeout here.
    if (backend === 'postgres') {
      for (let i = 0; i < 2; i++) {
        const options = {
          migrate: false,
          personalData: testPersonalData,
          auditKey: testAuditKey,
          statementTimeoutMs: 0,
        };
        pools.push(await openDatabase({ url: db.description, ...options }));
      }
    }
    const auth = await testAuth();
    for (const database of pools.length > 0 ? pools : [db, db]) {
      const yoga = createGonghuiYoga({ db: database, auth, production: false, requestTimeoutMs: 120_000 });
      const server = createServer(yoga);
      // Idle keep-alive connections stay open through the burst (the default 5 s closes some as requests arrive).
      server.keepAliveTimeout = 120_000;
      // Room for every concurrent connection of the race in the accept queue (the default backlog is 511).
      await new Promise<void>((resolve) =>
        server.listen({ port: 0, host: '127.0.0.1', backlog: MEMBERS }, resolve),
      );
      servers.push(server);
      urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
    admin = await bearer([{ role: 'ORG_ADMIN', organizationId: world.countyId }], 'county-admin');
    await Promise.all(world.memberIds.map((_, i) => token(i)));
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await Promise.all(pools.map((pool) => pool.close()));
    await db?.close();
  });

  it('refuses bad activities as data, storing nothing', async () => {
    const reversed = await createActivity({
      enrollmentOpensAt: iso(24 * hour),
      enrollmentClosesAt: iso(-hour),
    });
    expect(reversed).toEqual({
      activity: null,
      errors: [{ code: 'ACTIVITY_WINDOW_INVALID', path: ['input', 'enrollmentClosesAt'] }],
    });
    const none = await createActivity({ places: 0 });
    expect(none.errors).toEqual([{ code: 'ACTIVITY_PLACES_INVALID', path: ['input', 'places'] }]);
    expect(await db.prisma.activity.count()).toBe(0);
    const member = await post(CREATE, { input: {} }, await token(0));
    expect(member.errors?.[0]?.extensions?.code ?? member.errors?.[0]?.message).toBeTruthy();
  });

  it('enrols, waits, refuses as data, moves the waiting list up on a cancellation', async () => {
    const { activity } = await createActivity({ places: 2, eligibility: 'SUBTREE_REAL_NAME_MEMBERS' });
    const id = activity?.id as string;
    const outcomes = [];
    for (const i of [0, 1, 2, 3]) outcomes.push((await enroll(id, i)).data.enroll);
    expect(
      outcomes.map((o) => [o.enrollment.status, o.enrollment.waitingPosition, o.remainingPlaces]),
    ).toEqual([
      ['ENROLLED', null, 1],
      ['ENROLLED', null, 0],
      ['WAITING', 1, 0],
      ['WAITING', 2, 0],
    ]);
    // Twice, someone else's record, someone not real-name verified.
    const twice = await enroll(id, 0);
    expect(twice.data.enroll.errors).toEqual([
      expect.objectContaining({ code: 'ACTIVITY_ALREADY_ENROLLED', path: ['input', 'memberId'] }),
    ]);
    const other = await post(ENROLL, { input: { activityId: id, memberId: memberGid(5) } }, await token(4));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await enroll(id, MEMBERS - 1)).data.enroll.errors[0].code).toBe('ACTIVITY_NOT_ELIGIBLE');
    // A cancellation frees a place: the first waiting member moves up, the second is next.
    const cancelled = await post(
      CANCEL,
      { input: { activityId: id, memberId: memberGid(0) } },
      await token(0),
    );
    expect(cancelled.data.cancelEnrollment).toEqual({
      enrollment: { status: 'CANCELLED' },
      remainingPlaces: 0,
      errors: [],
    });
    expect((await post(MINE, {}, await token(2))).data.myEnrollments).toEqual([
      { status: 'ENROLLED', waitingPosition: null, activity: { title: '暑期嘉年华·亲子陶艺' } },
    ]);
    expect((await post(MINE, {}, await token(3))).data.myEnrollments[0].waitingPosition).toBe(1);
    const row = await db.prisma.activity.findUniqueOrThrow({
      where: { id: Buffer.from(id, 'base64').toString().split(':')[1] },
    });
    expect(row.taken).toBe(2);
  });

  it('refuses enrolling outside the window, with no waiting list when full, and changes nothing', async () => {
    const closed = await createActivity({
      enrollmentOpensAt: iso(-2 * hour),
      enrollmentClosesAt: iso(-hour),
    });
    const before = await db.prisma.enrollment.count();
    expect((await enroll(closed.activity?.id as string, 0)).data.enroll.errors[0].code).toBe(
      'ACTIVITY_CLOSED',
    );
    const small = await createActivity({ places: 1, waitingList: false });
    await enroll(small.activity?.id as string, 0);
    expect((await enroll(small.activity?.id as string, 1)).data.enroll.errors[0].code).toBe('ACTIVITY_FULL');
    expect(await db.prisma.enrollment.count()).toBe(before + 1);
  });

  it('answers one key once, even sent twice at once; enrolling again after cancelling queues at the end', async () => {
    const { activity } = await createActivity({ places: 1 });
    const gid = activity?.id as string;
    const key = randomUUID();
    const [first, second] = await Promise.all([enroll(gid, 20, urls[0], key), enroll(gid, 20, urls[1], key)]);
    expect(first.data.enroll.enrollment).toMatchObject({ status: 'ENROLLED', arrival: 1 });
    expect(second).toEqual(first);
    // Sent again later: the same answer; the same key for another activity is refused.
    expect(await enroll(gid, 20, urls[1], key)).toEqual(first);
    const other = await createActivity({ places: 1 });
    const reused = await enroll(other.activity?.id as string, 20, urls[0], key);
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await db.prisma.enrollment.count({ where: { memberId: world.memberIds[20] } })).toBe(1);
    expect(await db.prisma.enrollment.count({ where: { activityId: rawId(gid) } })).toBe(1);
    expect((await enroll(gid, 21)).data.enroll.enrollment).toMatchObject({ status: 'WAITING', arrival: 2 });
    expect((await cancel(gid, 20)).data.cancelEnrollment.errors).toEqual([]);
    const again = (await enroll(gid, 20)).data.enroll;
    expect(again.enrollment).toEqual({ status: 'WAITING', arrival: 3, waitingPosition: 1 });
    expect(again.remainingPlaces).toBe(0);
    const rows = await db.prisma.enrollment.findMany({
      where: { activityId: rawId(gid) },
      orderBy: { arrival: 'asc' },
    });
    expect(rows.map((r) => [world.memberIds.indexOf(r.memberId), r.status, r.arrival])).toEqual([
      [21, 'ENROLLED', 2],
      [20, 'WAITING', 3],
    ]);
    // Every enrollment and the cancellation left one audit entry.
    const audited = await db.prisma.auditPending.count({
      where: { targetId: { in: rows.map((r) => r.id) } },
    });
    const sealed = await db.prisma.auditEntry.count({ where: { targetId: { in: rows.map((r) => r.id) } } });
    expect(audited + sealed).toBe(4);
  });

  it('keeps the places full and the waiting list in arrival order while cancellations race enrollments', async () => {
    const { activity } = await createActivity({ places: 20 });
    const gid = activity?.id as string;
    const id = rawId(gid);
    await Promise.all(Array.from({ length: 25 }, (_, i) => enroll(gid, 100 + i, urls[i % urls.length])));
    const holders = await db.prisma.enrollment.findMany({
      where: { activityId: id, status: 'ENROLLED' },
      orderBy: { arrival: 'asc' },
      take: 10,
    });
    // Ten of the holders cancel while forty more members enrol, through both servers.
    const answers = await Promise.all([
      ...holders.map((h, n) => cancel(gid, world.memberIds.indexOf(h.memberId), urls[n % urls.length])),
      ...Array.from({ length: 40 }, (_, i) => enroll(gid, 200 + i, urls[i % urls.length])),
    ]);
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    const rows = await db.prisma.enrollment.findMany({
      where: { activityId: id },
      orderBy: { arrival: 'asc' },
    });
    expect(rows.map((r) => r.arrival)).toEqual(Array.from({ length: 65 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.memberId)).size).toBe(65);
    const enrolled = rows.filter((r) => r.status === 'ENROLLED');
    const waiting = rows.filter((r) => r.status === 'WAITING');
    expect(enrolled).toHaveLength(20);
    expect(rows.filter((r) => r.status === 'CANCELLED')).toHaveLength(10);
    // Nobody waits who arrived before someone holding a place: the freed places went to the first waiting.
    expect(Math.max(...enrolled.map((r) => r.arrival))).toBeLessThan(
      Math.min(...waiting.map((r) => r.arrival)),
    );
    expect((await db.prisma.activity.findUniqueOrThrow({ where: { id } })).taken).toBe(20);
  }, 120_000);

  it('pushes the remaining places over SSE as they change', async () => {
    const { activity } = await createActivity({ places: 5 });
    const id = activity?.id as string;
    const controller = new AbortController();
    const response = await fetch(`${urls[1]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({
        query: `subscription($id: ID!) { remainingPlaces(activityId: $id) { remaining revision } }`,
        variables: { id },
      }),
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const events = async (count: number) => {
      for (;;) {
        const found = [...text.matchAll(/^data: (\{.*\})$/gm)].map(
          (m) => JSON.parse(m[1] as string).data?.remainingPlaces,
        );
        if (found.filter(Boolean).length >= count) return found.filter(Boolean);
        const { value } = await reader.read();
        text += decoder.decode(value);
      }
    };
    expect(await events(1)).toEqual([{ remaining: 5, revision: 0 }]);
    // Enrolled through the first server, heard by a subscriber of the second: in one process the bus is shared.
    await enroll(id, 10, urls[1]);
    await enroll(id, 11, urls[1]);
    expect(await events(3)).toEqual([
      { remaining: 5, revision: 0 },
      { remaining: 4, revision: 1 },
      { remaining: 3, revision: 2 },
    ]);
    controller.abort();
  });

  it('never enrols more than the places, nobody twice, the first arrivals first', async () => {
    const { members, places } = RACE[backend];
    const { activity } = await createActivity({ places });
    const gid = activity?.id as string;
    const answers = await Promise.all(
      world.memberIds.slice(0, members).map((_, i) => enroll(gid, i, urls[i % urls.length])),
    );
    const statuses = answers.map(
      (a) => a.data?.enroll?.enrollment?.status ?? JSON.stringify(a.errors ?? a.data),
    );
    expect([...new Set(statuses.filter((s) => s !== 'ENROLLED' && s !== 'WAITING'))].slice(0, 2)).toEqual([]);
    expect(statuses.filter((s) => s === 'ENROLLED')).toHaveLength(places);
    expect(statuses.filter((s) => s === 'WAITING')).toHaveLength(members - places);
    const id = Buffer.from(gid, 'base64').toString().split(':')[1] as string;
    expect((await db.prisma.activity.findUniqueOrThrow({ where: { id } })).taken).toBe(places);
    const rows = await db.prisma.enrollment.findMany({
      where: { activityId: id },
      orderBy: { arrival: 'asc' },
    });
    expect(new Set(rows.map((r) => r.memberId)).size).toBe(members);
    // First come, first served: the first arrivals hold the places, the waiting list is the rest in order.
    expect(rows.map((r) => r.arrival)).toEqual(Array.from({ length: members }, (_, i) => i + 1));
    expect(rows.slice(0, places).every((r) => r.status === 'ENROLLED')).toBe(true);
    expect(rows.slice(places).every((r) => r.status === 'WAITING')).toBe(true);
    // Ten cancellations at once: the ten first waiting members move up, the places stay full.
    await Promise.all(
      rows.slice(0, 10).map((r) => {
        const i = world.memberIds.indexOf(r.memberId);
        const input = { activityId: gid, memberId: memberGid(i) };
        return post(CANCEL, { input }, tokens.get(r.memberId) as string, urls[i % urls.length]);
      }),
    );
    const after = await db.prisma.enrollment.findMany({
      where: { activityId: id, status: 'ENROLLED' },
      orderBy: { arrival: 'asc' },
    });
    expect(after.map((r) => r.arrival)).toEqual(Array.from({ length: places }, (_, i) => i + 11));
    expect((await db.prisma.activity.findUniqueOrThrow({ where: { id } })).taken).toBe(places);
  }, 300_000);
});
