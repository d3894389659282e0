// The answer of `enroll` / `cancelEnrollment` comes from the row the command wrote: selecting only
// the enrollment's columns costs no statement after the command, and a selection with a relation or
// `waitingPosition` costs what the Prisma plugin's plan makes it cost (the waiting position's count,
// a relation's load) and nothing more — no read of the row for a field that reads the plan
// (schema/activity.ts `writtenEnrollment` skips the plan only where no field reads it).

import { createActivity, execute, systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { createActivityWorld, openActivityInput } from './support/activity-world.js';
import { bearer, testAuth } from './support/auth.js';
import { countQueries, createTestDatabase, testBackends } from './support/database.js';

/** An enrollment's answer selecting `selection` of the enrollment. */
const enrollWith = (selection: string) => `mutation($input: EnrollInput!) {
  enroll(input: $input) { enrollment { ${selection} } remainingPlaces errors { code } } }`;

/** A statement that reads enrollments (by id, or counting a waiting list). */
const READS_ENROLLMENTS = /^SELECT\b[\s\S]*\bFROM "public"\."Enrollment"/;
/** A statement that reads an activity row (a relation's load). */
const READS_ACTIVITY = /^SELECT\b[\s\S]*\bFROM "public"\."Activity"/;

describe.each(testBackends())("enroll's answer from the written row on %s", (backend) => {
  let db: Database;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  let world: Awaited<ReturnType<typeof createActivityWorld>>;
  let activityId: string;

  beforeAll(async () => {
    db = await createTestDatabase(backend);
    world = await createActivityWorld(db, 4);
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: true });
    const made = await execute(new PrismaStore(db), { clock: systemClock, ids: uuidIds }, createActivity, {
      ...openActivityInput(world.countyId, '亲子陶艺', 1),
      description: null,
      placesPerMember: null,
      waitingList: null,
      eligibility: null,
    });
    if (!made.ok) throw new Error(made.error.message);
    activityId = encodeGlobalID('Activity', made.value.id);
  });
  afterAll(() => db?.close());

  /** Member `i` enrols with `selection`: the answer and the statements read after the command's own. */
  async function enrol(i: number, selection: string) {
    const id = world.memberIds[i] as string;
    const counter = countQueries(db.prisma);
    try {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: await bearer([{ role: 'MEMBER', memberId: id }], `member-${i}`),
        },
        body: JSON.stringify({
          query: enrollWith(selection),
          variables: { input: { activityId, memberId: encodeGlobalID('Member', id) } },
        }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown };
      expect(body.errors).toBeUndefined();
      const sql = counter.statements();
      return {
        enroll: body.data.enroll,
        enrollmentReads: sql.filter((s) => READS_ENROLLMENTS.test(s)),
        activityReads: sql.filter((s) => READS_ACTIVITY.test(s)),
      };
    } finally {
      counter.stop();
    }
  }

  it('answers the columns and __typename from the row, reading nothing back', async () => {
    const { enroll, enrollmentReads, activityReads } = await enrol(0, '__typename status places arrival');
    expect(enroll).toEqual({
      enrollment: { __typename: 'Enrollment', status: 'ENROLLED', places: 1, arrival: 1 },
      remainingPlaces: 0,
      errors: [],
    });
    expect(enrollmentReads).toEqual([]);
    expect(activityReads).toEqual([]);
  });

  it('plans a selection with waitingPosition and a relation: the count and the relation load, nothing more', async () => {
    const { enroll, enrollmentReads, activityReads } = await enrol(
      1,
      'status arrival waitingPosition activity { title }',
    );
    expect(enroll.enrollment).toEqual({
      status: 'WAITING',
      arrival: 2,
      waitingPosition: 1,
      activity: { title: '亲子陶艺' },
    });
    // The waiting position's count, and the relation's load (the row has no activity on it).
    expect(enrollmentReads).toHaveLength(2);
    expect(enrollmentReads[0]).toMatch(/^SELECT COUNT/);
    expect(enrollmentReads[1]).toMatch(/AS "activity"/);
    expect(activityReads).toEqual([enrollmentReads[1]]);
  });

  it('plans waitingPosition alone the same way: one count, no row read back', async () => {
    const { enroll, enrollmentReads } = await enrol(2, 'status waitingPosition');
    expect(enroll.enrollment).toEqual({ status: 'WAITING', waitingPosition: 2 });
    expect(enrollmentReads).toHaveLength(1);
    expect(enrollmentReads[0]).toMatch(/^SELECT COUNT/);
  });
});
