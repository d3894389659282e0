// The enrollment's one statement (store/enrollment.ts): what core decided on is checked again by the
// statement itself; when it changed between the reads and the claim (here: the member's phone went,
// so they are no longer real-name verified), the guard undoes the statement and core decides again;
// two enrollments of one member at once meet at the unique index, and the loser is decided again.

import { createActivity, execute, systemClock, uuidIds } from '@gonghui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/store/database.js';
import { enrollAtOnce } from '../src/store/enrollment.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import type { UnitContext } from '../src/store/unit.js';
import { type ActivityWorld, createActivityWorld } from './support/activity-world.js';
import { createTestDatabase, testBackends } from './support/database.js';

const env = { clock: systemClock, ids: uuidIds };
const hour = 3_600_000;

/** A store whose enrollment statement runs right after `interfere`, the first time it is sent. */
class Interfering extends PrismaStore {
  constructor(
    db: Database,
    private readonly interfere: () => Promise<void>,
  ) {
    super(db);
  }

  override alone<T>(
    work: (
      uow: Parameters<Parameters<PrismaStore['alone']>[0]>[0],
      unit: UnitContext,
    ) => Promise<{
      value: T;
      audited: boolean;
    }>,
  ): Promise<T> {
    let pending: (() => Promise<void>) | null = this.interfere;
    return super.alone((uow, unit) => {
      const tx = new Proxy(unit.tx, {
        get: (target, key, receiver) => {
          if (key !== '$queryRaw') return Reflect.get(target, key, receiver);
          return async (strings: TemplateStringsArray, ...values: unknown[]) => {
            const interfere = pending;
            if (interfere && strings.join('').includes('WITH "member"')) {
              pending = null;
              await interfere();
            }
            return target.$queryRaw(strings, ...values);
          };
        },
      });
      return work(uow, { ...unit, tx });
    });
  }
}

describe.each(testBackends())('the enrollment statement on %s', (backend) => {
  let db: Database;
  let world: ActivityWorld;
  let activityId: string;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    world = await createActivityWorld(db, 3);
    const created = await execute(new PrismaStore(db), env, createActivity, {
      organizationId: world.countyId,
      title: '亲子陶艺',
      place: '余杭',
      startsAt: new Date(Date.now() + 48 * hour).toISOString(),
      endsAt: new Date(Date.now() + 50 * hour).toISOString(),
      enrollmentOpensAt: new Date(Date.now() - hour).toISOString(),
      enrollmentClosesAt: new Date(Date.now() + 24 * hour).toISOString(),
      places: 1,
      eligibility: 'SUBTREE_REAL_NAME_MEMBERS',
    });
    if (!created.ok) throw new Error(created.error.message);
    activityId = created.value.id;
  }, 60_000);
  afterAll(() => db?.close());

  it('claims nothing when what core decided on changed before the claim, and decides again', async () => {
    const memberId = world.memberIds[0] as string;
    const store = new Interfering(db, async () => {
      await db.prisma.member.update({ where: { id: memberId }, data: { phoneEncrypted: null } });
    });
    const result = await enrollAtOnce(store, env, { activityId, memberId });
    expect(result.ok ? result.value : result.error.code).toBe('ACTIVITY_NOT_ELIGIBLE');
    const activity = await db.prisma.activity.findUniqueOrThrow({ where: { id: activityId } });
    expect([activity.taken, activity.arrivals]).toEqual([0, 0]);
    expect(await db.prisma.enrollment.count({ where: { activityId } })).toBe(0);
    expect(await db.prisma.auditPending.count({ where: { action: 'activity.enrolled' } })).toBe(0);
  });

  it('enrols, then puts the next member on the waiting list, each with its audit entry', async () => {
    const store = new PrismaStore(db);
    const first = await enrollAtOnce(store, env, { activityId, memberId: world.memberIds[1] as string });
    const second = await enrollAtOnce(store, env, { activityId, memberId: world.memberIds[2] as string });
    expect([first, second].map((r) => (r.ok ? [r.value.enrollment.status, r.value.remaining] : r))).toEqual([
      ['ENROLLED', 0],
      ['WAITING', 0],
    ]);
    const audited = await db.prisma.auditEntry.findMany({
      where: { action: 'activity.enrolled' },
      orderBy: { seq: 'asc' },
    });
    expect(audited.map((e) => (e.after as { status: string; arrival: number }).arrival)).toEqual([1, 2]);
    expect(audited.map((e) => (e.after as { status: string }).status)).toEqual(['ENROLLED', 'WAITING']);
  });

  it('answers ACTIVITY_ALREADY_ENROLLED to one of two enrollments of a member at once', async () => {
    const created = await execute(new PrismaStore(db), env, createActivity, {
      organizationId: world.countyId,
      title: '乐器',
      place: '余杭',
      startsAt: new Date(Date.now() + 48 * hour).toISOString(),
      endsAt: new Date(Date.now() + 50 * hour).toISOString(),
      enrollmentOpensAt: new Date(Date.now() - hour).toISOString(),
      enrollmentClosesAt: new Date(Date.now() + 24 * hour).toISOString(),
      places: 5,
    });
    if (!created.ok) throw new Error(created.error.message);
    const input = { activityId: created.value.id, memberId: world.memberIds[0] as string };
    const store = new PrismaStore(db);
    const results = await Promise.all([enrollAtOnce(store, env, input), enrollAtOnce(store, env, input)]);
    expect(results.map((r) => (r.ok ? r.value.enrollment.status : r.error.code)).sort()).toEqual([
      'ACTIVITY_ALREADY_ENROLLED',
      'ENROLLED',
    ]);
    const activity = await db.prisma.activity.findUniqueOrThrow({ where: { id: created.value.id } });
    expect([activity.taken, activity.arrivals]).toEqual([1, 1]);
  });
});
