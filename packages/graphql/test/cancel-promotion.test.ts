// A cancellation frees its places and moves the first waiting member up in the same transaction
// (issue 13): when moving the waiting member up fails, the cancellation is undone with it — the
// enrollment still holds its place, the places taken and the waiting list are as before, and no
// audit entry is queued. Without the fault, the same cancellation moves the first waiting member up.

import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { type ActivityWorld, createActivityWorld, openActivityInput } from './support/activity-world.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testBackends } from './support/database.js';
import { postAs } from './support/post.js';

const ENROLL = `mutation($input: EnrollInput!) { enroll(input: $input) { enrollment { status } errors { code } } }`;
const CANCEL = `mutation($input: CancelEnrollmentInput!) {
  cancelEnrollment(input: $input) { enrollment { status } remainingPlaces errors { code } } }`;

describe.each(testBackends())('a cancellation and the waiting list on %s', (backend) => {
  let db: Database;
  let world: ActivityWorld;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let activityId: string;
  const post = async (query: string, variables: object, i: number) => {
    const memberId = world.memberIds[i] as string;
    return postAs(yoga, await bearer([{ role: 'MEMBER', memberId }], `member-${i}`), query, variables);
  };
  const input = (i: number) => ({
    input: { activityId, memberId: encodeGlobalID('Member', world.memberIds[i] as string) },
  });
  /** The activity's places taken and its enrollments by member index, in arrival order. */
  const state = async () => {
    const id = Buffer.from(activityId, 'base64').toString().split(':')[1] as string;
    const activity = await db.prisma.activity.findUniqueOrThrow({ where: { id } });
    const rows = await db.prisma.enrollment.findMany({
      where: { activityId: id },
      orderBy: { arrival: 'asc' },
    });
    const audited = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT ((SELECT count(*) FROM "AuditEntry" WHERE "action" = 'activity.cancelled')
             + (SELECT count(*) FROM "AuditPending" WHERE "action" = 'activity.cancelled'))::int AS "n"`,
    );
    return {
      taken: activity.taken,
      enrollments: rows.map((r) => [world.memberIds.indexOf(r.memberId), r.status]),
      cancellationsAudited: audited[0]?.n,
    };
  };

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    world = await createActivityWorld(db, 3);
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: world.countyId }], 'county-admin');
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: admin },
      body: JSON.stringify({
        query: `mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`,
        variables: {
          input: openActivityInput(encodeGlobalID('Organization', world.countyId), '职工读书会', 1),
        },
      }),
    });
    activityId = ((await response.json()) as any).data.createActivity.activity.id;
    for (const i of [0, 1, 2]) expect((await post(ENROLL, input(i), i)).data.enroll.errors).toEqual([]);
  });
  afterAll(() => db?.close());

  it('undoes the cancellation when moving the first waiting member up fails', async () => {
    const before = await state();
    expect(before).toEqual({
      taken: 1,
      enrollments: [
        [0, 'ENROLLED'],
        [1, 'WAITING'],
        [2, 'WAITING'],
      ],
      cancellationsAudited: 0,
    });
    // A fault in the second half of the cancellation: the database refuses to move anyone up.
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_move_up() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'no moving up (test fault)'; END $$`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_move_up BEFORE UPDATE ON "Enrollment" FOR EACH ROW
      WHEN (OLD."status" = 'WAITING' AND NEW."status" = 'ENROLLED') EXECUTE FUNCTION refuse_move_up()`);
    try {
      const failed = await post(CANCEL, input(0), 0);
      expect(failed.data?.cancelEnrollment ?? null).toBeNull();
      expect(failed.errors?.length).toBe(1);
      expect(await state()).toEqual(before);
    } finally {
      await db.prisma.$executeRawUnsafe('DROP TRIGGER refuse_move_up ON "Enrollment"');
      await db.prisma.$executeRawUnsafe('DROP FUNCTION refuse_move_up()');
    }
    const cancelled = await post(CANCEL, input(0), 0);
    expect(cancelled.data.cancelEnrollment).toEqual({
      enrollment: { status: 'CANCELLED' },
      remainingPlaces: 0,
      errors: [],
    });
    expect(await state()).toEqual({
      taken: 1,
      enrollments: [
        [0, 'CANCELLED'],
        [1, 'ENROLLED'],
        [2, 'WAITING'],
      ],
      cancellationsAudited: 1,
    });
  });
});
