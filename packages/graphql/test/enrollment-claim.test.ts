// Enrollments in batches (store/enrollment.ts): the requests of one activity that reach a process at
// once are decided together on one read and claimed in one statement, which checks again per
// request what core decided on. When it changed between the read and the claim (here: a member's
// phone went, so they are no longer real-name verified), that request is left out and core decides
// it again while the rest of its batch is claimed; a batch mixing enrolled, waiting, refused,
// repeated members and a repeated key answers each as alone; a batch holds at most ENROLLMENT_BATCH.

import {
  createActivity,
  type EnrollmentOutcome,
  execute,
  type Result,
  systemClock,
  uuidIds,
} from '@gonghui/core';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Prisma } from '../src/generated/prisma/client.js';
import { placesKey } from '../src/store/activity.js';
import type { Database } from '../src/store/database.js';
import { ENROLLMENT_BATCH, enrollAtOnce } from '../src/store/enrollment.js';
import { IdempotencyKeyTaken } from '../src/store/idempotency.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { observeStatements } from '../src/store/statements.js';
import { type ActivityWorld, createActivityWorld } from './support/activity-world.js';
import { countQueries, createTestDatabase, testBackends } from './support/database.js';

const env = { clock: systemClock, ids: uuidIds };
const hour = 3_600_000;

/**
 * The interfering clients made so far: each has a sealer of its own (audit.ts keys sealers by client),
 * whose gathering pass afterEach runs to its end — or it lands in the next test's statement count.
 */
const madeClients: Database['prisma'][] = [];

/** A client of `db` that runs `interfere` right before the first batch statement it sends. */
function interferingClient(db: Database, interfere: () => Promise<void>): Database['prisma'] {
  let pending: (() => Promise<void>) | null = interfere;
  const prisma = new Proxy(db.prisma, {
    get: (target, key, receiver) => {
      if (key !== '$queryRaw') return Reflect.get(target, key, receiver);
      // A wrapped client has no direct statements (statements.ts): the batch sends a Prisma.Sql here.
      return async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
        const run = pending;
        const text = query instanceof Prisma.Sql ? query.text : query.join('');
        if (run && text.includes('"enrollment_batch"')) {
          pending = null;
          await run();
        }
        return target.$queryRaw(query, ...values);
      };
    },
  });
  madeClients.push(prisma);
  return prisma;
}

/** A store whose client runs `interfere` right before the first batch statement it sends. */
function interfering(db: Database, interfere: () => Promise<void>): PrismaStore {
  const prisma = interferingClient(db, interfere);
  return new PrismaStore({ prisma, personalData: db.personalData, auditKey: db.auditKey });
}

/**
 * A store whose requests carry Idempotency-Key `key` of `actor`; the answer stored is, like the
 * API's, the enrollment and the activity's places row as the claim left them (or the error).
 */
function keyed(db: Database, actor: string, key: string, prisma = db.prisma): PrismaStore {
  const client = { prisma, personalData: db.personalData, auditKey: db.auditKey };
  return new PrismaStore(client, { actor, requestId: null }).unit({
    answer: (value, rows) => {
      const result = value as Result<EnrollmentOutcome>;
      const answer = result.ok
        ? {
            ok: true,
            value: {
              enrollment: result.value.enrollment,
              places: rows.get(placesKey(result.value.enrollment.activityId)),
            },
          }
        : result;
      return { scope: { actor, key, field: 'enroll' }, hash: 'same input', answer };
    },
  });
}

/** One request of a batch as its statement receives it (the fields the tests look at). */
interface BatchRequestSent {
  readonly full?: boolean;
  readonly answerGranted: string | null;
  readonly answerRefused: string | null;
  readonly auditGranted: string | null;
}

/** An enrollment's status, or the error's code. */
const statusOf = (r: Result<EnrollmentOutcome>) => (r.ok ? r.value.enrollment.status : r.error.code);

describe.each(testBackends())('enrollments in batches on %s', (backend) => {
  let db: Database;
  let world: ActivityWorld;

  /** A new activity of the county, open now. */
  const newActivity = async (places: number, extra: { eligibility?: 'SUBTREE_REAL_NAME_MEMBERS' } = {}) => {
    const created = await execute(new PrismaStore(db), env, createActivity, {
      organizationId: world.countyId,
      title: '亲子陶艺',
      place: '余杭',
      startsAt: new Date(Date.now() + 48 * hour).toISOString(),
      endsAt: new Date(Date.now() + 50 * hour).toISOString(),
      enrollmentOpensAt: new Date(Date.now() - hour).toISOString(),
      enrollmentClosesAt: new Date(Date.now() + 24 * hour).toISOString(),
      places,
      ...extra,
    });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.id;
  };
  const member = (n: number) => world.memberIds[n] as string;
  /** The activity's enrollments in arrival order. */
  const enrollmentsOf = (activityId: string) =>
    db.prisma.enrollment.findMany({ where: { activityId }, orderBy: { arrival: 'asc' } });

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    // The last member has no phone: not real-name verified.
    world = await createActivityWorld(db, ENROLLMENT_BATCH + 1, 1);
  }, 120_000);
  afterAll(() => db?.close());
  // The tests count statements: none may find a sealing pass an earlier test's writes left gathering.
  afterEach(async () => {
    const clients = madeClients.splice(0);
    await Promise.all(
      [db.prisma, ...clients].map((prisma) =>
        new PrismaStore({ prisma, personalData: db.personalData, auditKey: db.auditKey }).sealAudit(),
      ),
    );
  });

  it('leaves out a request whose facts changed before the claim, claims the rest, and decides it again', async () => {
    const activityId = await newActivity(1, { eligibility: 'SUBTREE_REAL_NAME_MEMBERS' });
    const store = interfering(db, async () => {
      await db.prisma.member.update({ where: { id: member(0) }, data: { phoneEncrypted: null } });
    });
    const results = await Promise.all(
      [0, 1, 2].map((n) => enrollAtOnce(store, env, { activityId, memberId: member(n) })),
    );
    expect(results.map(statusOf)).toEqual(['ACTIVITY_NOT_ELIGIBLE', 'ENROLLED', 'WAITING']);
    const activity = await db.prisma.activity.findUniqueOrThrow({ where: { id: activityId } });
    expect([activity.taken, activity.arrivals]).toEqual([1, 2]);
    const enrolled = await enrollmentsOf(activityId);
    expect(enrolled.map((e) => [e.memberId, e.status, e.arrival])).toEqual([
      [member(1), 'ENROLLED', 1],
      [member(2), 'WAITING', 2],
    ]);
    await new PrismaStore(db).sealAudit();
    const audited = await db.prisma.auditEntry.findMany({
      where: { action: 'activity.enrolled', targetId: { in: enrolled.map((e) => e.id) } },
      orderBy: { seq: 'asc' },
    });
    expect(audited.map((e) => (e.after as { arrival: number; status: string }).arrival)).toEqual([1, 2]);
    expect(audited.map((e) => (e.after as { status: string }).status)).toEqual(['ENROLLED', 'WAITING']);
  });

  it('answers a batch of enrolled, waiting, refused, a member twice and a key twice, each as alone', async () => {
    const activityId = await newActivity(1, { eligibility: 'SUBTREE_REAL_NAME_MEMBERS' });
    const counter = countQueries(db.prisma);
    const store = new PrismaStore(db);
    const requests = [
      enrollAtOnce(keyed(db, 'm3', 'k3'), env, { activityId, memberId: member(3) }),
      enrollAtOnce(keyed(db, 'm4', 'k4'), env, { activityId, memberId: member(4) }),
      // Not real-name verified: refused before the claim; its answer is stored under its key.
      enrollAtOnce(keyed(db, 'last', 'kl'), env, { activityId, memberId: member(ENROLLMENT_BATCH) }),
      // The first member again, with another key: decided again after the batch, already enrolled.
      enrollAtOnce(keyed(db, 'm3', 'k3b'), env, { activityId, memberId: member(3) }),
      // The second one's key again: answered first by the second, so this one is told so.
      enrollAtOnce(keyed(db, 'm4', 'k4'), env, { activityId, memberId: member(4) }).catch((e: unknown) => e),
      enrollAtOnce(store, env, { activityId, memberId: member(5) }),
    ];
    const [first, second, refused, twice, sameKey, last] = await Promise.all(requests);
    counter.stop();
    expect(
      [first, second, refused, twice, last].map((r) => statusOf(r as Result<EnrollmentOutcome>)),
    ).toEqual(['ENROLLED', 'WAITING', 'ACTIVITY_NOT_ELIGIBLE', 'ACTIVITY_ALREADY_ENROLLED', 'WAITING']);
    expect(sameKey).toBeInstanceOf(IdempotencyKeyTaken);
    // One read and one statement for the batch, one of each for the member decided again after it.
    const batches = counter.statements().filter((sql) => sql.includes('"enrollment_batch"'));
    expect(batches).toHaveLength(2);
    const enrolled = await enrollmentsOf(activityId);
    expect(enrolled.map((e) => [e.memberId, e.status, e.arrival])).toEqual([
      [member(3), 'ENROLLED', 1],
      [member(4), 'WAITING', 2],
      [member(5), 'WAITING', 3],
    ]);
    const keys = await db.prisma.idempotencyKey.findMany({
      where: { actor: { in: ['m3', 'm4', 'last'] } },
      orderBy: { key: 'asc' },
    });
    const stored = (key: string) =>
      keys.find((k) => k.key === key)?.answer as unknown as Result<EnrollmentOutcome>;
    expect(keys.map((k) => k.key)).toEqual(['k3', 'k3b', 'k4', 'kl']);
    expect([stored('k3'), stored('k4'), stored('kl'), stored('k3b')].map(statusOf)).toEqual([
      'ENROLLED',
      'WAITING',
      'ACTIVITY_NOT_ELIGIBLE',
      'ACTIVITY_ALREADY_ENROLLED',
    ]);
    // The claim's numbers are filled in where the answer held marks.
    expect(stored('k4')).toMatchObject({
      ok: true,
      value: { enrollment: { arrival: 2 }, places: { places: 1, taken: 1, revision: 1 } },
    });
  });

  it('builds a request that did not fit at the read for the refusal alone; places freed before its claim decide it and the claims after it again, in order', async () => {
    const activityId = await newActivity(1);
    const first = await enrollAtOnce(new PrismaStore(db), env, { activityId, memberId: member(10) });
    if (!first.ok) throw new Error(first.error.message);
    // A cancellation between the batch's read (the activity full) and its claim frees the place.
    const prisma = interferingClient(db, async () => {
      await db.prisma.enrollment.update({
        where: { id: first.value.enrollment.id },
        data: { status: 'CANCELLED' },
      });
      await db.prisma.activity.update({
        where: { id: activityId },
        data: { taken: 0, revision: { increment: 1 } },
      });
    });
    const sent: BatchRequestSent[][] = [];
    const stop = observeStatements(db.prisma, (sql, args) => {
      if (sql.includes('"enrollment_batch"')) sent.push(JSON.parse(String(args[1])));
    });
    const results = await Promise.all(
      [11, 12].map((n) =>
        enrollAtOnce(keyed(db, `m${n}`, `kf${n}`, prisma), env, { activityId, memberId: member(n) }),
      ),
    );
    stop();
    // Sent for the refusal alone, both; the first found the place free (stale), the second went with it.
    expect(sent[0]?.map((r) => [r.full, r.answerGranted, r.auditGranted, r.answerRefused === null])).toEqual([
      [true, null, null, false],
      [true, null, null, false],
    ]);
    // Decided again in their order: the first built for both outcomes (it fits), the second not.
    expect(sent[1]?.map((r) => [r.full, r.answerGranted === null])).toEqual([
      [false, false],
      [true, true],
    ]);
    expect(sent).toHaveLength(2);
    expect(results.map(statusOf)).toEqual(['ENROLLED', 'WAITING']);
    const enrolled = await enrollmentsOf(activityId);
    expect(enrolled.map((e) => [e.memberId, e.status, e.arrival])).toEqual([
      [member(10), 'CANCELLED', 1],
      [member(11), 'ENROLLED', 2],
      [member(12), 'WAITING', 3],
    ]);
    const keys = await db.prisma.idempotencyKey.findMany({
      where: { key: { in: ['kf11', 'kf12'] } },
      orderBy: { key: 'asc' },
    });
    expect(keys.map((k) => statusOf(k.answer as unknown as Result<EnrollmentOutcome>))).toEqual([
      'ENROLLED',
      'WAITING',
    ]);
  });

  it('claims at most ENROLLMENT_BATCH requests in one statement, the rest in the next', async () => {
    const activityId = await newActivity(10);
    const counter = countQueries(db.prisma);
    const store = new PrismaStore(db);
    const results = await Promise.all(
      world.memberIds.map((memberId) => enrollAtOnce(store, env, { activityId, memberId })),
    );
    counter.stop();
    const batches = counter.statements().filter((sql) => sql.includes('"enrollment_batch"'));
    expect(batches).toHaveLength(2);
    expect(results.map(statusOf).filter((s) => s === 'ENROLLED')).toHaveLength(10);
    const arrivals = results.map((r) => (r.ok ? r.value.enrollment.arrival : 0));
    expect(arrivals).toEqual(world.memberIds.map((_, n) => n + 1));
  });

  it.runIf(backend === 'postgres')(
    "sends a batch's read and claim on one connection of the pool",
    async () => {
      const activityId = await newActivity(1, { eligibility: 'SUBTREE_REAL_NAME_MEMBERS' });
      const counter = countQueries(db.prisma);
      const connect = vi.spyOn(db.pool as unknown as pg.Pool, 'connect');
      // Not real-name verified: refused before the claim, its answer stored by the batch's statement
      // (nothing audited, so no sealing pass takes a connection).
      const refused = await enrollAtOnce(keyed(db, 'alone', 'ka'), env, {
        activityId,
        memberId: member(ENROLLMENT_BATCH),
      });
      const connections = connect.mock.calls.length;
      connect.mockRestore();
      counter.stop();
      expect(statusOf(refused)).toBe('ACTIVITY_NOT_ELIGIBLE');
      expect(counter.statements().filter((sql) => sql.includes('"enrollment_batch"'))).toHaveLength(1);
      // Its statements in the failure message: a third one has been a sealing pass left gathering.
      expect(counter.statements()).toHaveLength(2);
      expect(connections).toBe(1);
    },
  );

  it("reads a batch's facts by index on the generic plan too, not by scanning the activity's enrollments", async () => {
    const activityId = await newActivity(10);
    const store = new PrismaStore(db);
    await Promise.all(world.memberIds.map((memberId) => enrollAtOnce(store, env, { activityId, memberId })));
    await db.prisma.$executeRawUnsafe('ANALYZE "Enrollment"');
    const reads: { sql: string; args: readonly unknown[] }[] = [];
    const stop = observeStatements(db.prisma, (sql, args) => {
      if (sql.includes('FROM "Activity" a')) reads.push({ sql, args });
    });
    const again = await enrollAtOnce(store, env, { activityId, memberId: member(0) });
    stop();
    expect(statusOf(again)).toBe('ACTIVITY_ALREADY_ENROLLED');
    expect(reads).toHaveLength(1);
    const [read] = reads as [{ sql: string; args: readonly unknown[] }];
    /** Scans of "Enrollment" in a JSON plan that do not look rows up by an index condition. */
    type PlanNode = { 'Relation Name'?: string; 'Index Cond'?: string; Plans?: PlanNode[] };
    const unbounded = (node: PlanNode): PlanNode[] => [
      ...(node['Relation Name'] === 'Enrollment' && node['Index Cond'] === undefined ? [node] : []),
      ...(node.Plans ?? []).flatMap(unbounded),
    ];
    // The plan a prepared statement settles on once it stops planning per call (EXPLAIN of the
    // statement itself would plan it for its parameters' values).
    const literal = (value: unknown): string =>
      Array.isArray(value)
        ? `ARRAY[${value.map(literal).join(', ')}]::text[]`
        : `'${String(value).replaceAll("'", "''")}'`;
    const [explained] = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL plan_cache_mode = force_generic_plan');
      await tx.$executeRawUnsafe(`PREPARE facts AS ${read.sql}`);
      const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(
        `EXPLAIN (FORMAT JSON) EXECUTE facts(${read.args.map(literal).join(', ')})`,
      );
      await tx.$executeRawUnsafe('DEALLOCATE facts');
      return rows;
    });
    const plan = explained?.['QUERY PLAN'][0].Plan as PlanNode;
    expect(unbounded(plan), JSON.stringify(plan, null, 1)).toEqual([]);
  });
});
