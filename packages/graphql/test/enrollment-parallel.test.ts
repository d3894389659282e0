// Issue 13: enrollment is not serialised behind one installation-wide lock — different activities
// enrol in parallel (PostgreSQL; PGlite has one connection, so it runs one transaction at a time by
// design). The test holds activity A's row locked from a connection of its own: an enrollment in A
// waits on that row, and meanwhile an enrollment in B completes; released, A's completes too.

import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGonghuiYoga } from '../src/server.js';
import type { Database } from '../src/store/database.js';
import { type ActivityWorld, createActivityWorld, openActivityInput } from './support/activity-world.js';
import { bearer, testAuth } from './support/auth.js';
import { createTestDatabase, testPostgresUrl } from './support/database.js';
import { postAs } from './support/post.js';

const ENROLL = `mutation($input: EnrollInput!) { enroll(input: $input) { enrollment { status } errors { code } } }`;

describe.skipIf(testPostgresUrl() === undefined)('enrollments in two activities on PostgreSQL', () => {
  let db: Database;
  let world: ActivityWorld;
  let yoga: ReturnType<typeof createGonghuiYoga>;
  const post = (query: string, variables: object, authorization: string) =>
    postAs(yoga, authorization, query, variables);
  const enroll = async (activityId: string, i: number) => {
    const memberId = world.memberIds[i] as string;
    const answer = await post(
      ENROLL,
      { input: { activityId, memberId: encodeGlobalID('Member', memberId) } },
      await bearer([{ role: 'MEMBER', memberId }], `member-${i}`),
    );
    return answer.data?.enroll?.enrollment?.status ?? JSON.stringify(answer);
  };

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    world = await createActivityWorld(db, 2);
    yoga = createGonghuiYoga({ db, auth: await testAuth(), production: false });
  });
  afterAll(() => db?.close());

  it('enrols in B while an enrollment in A waits on A', async () => {
    const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: world.countyId }], 'county-admin');
    const create = async (title: string) => {
      const { data } = await post(
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`,
        { input: openActivityInput(encodeGlobalID('Organization', world.countyId), title, 10) },
        admin,
      );
      return data.createActivity.activity.id as string;
    };
    const [a, b] = [await create('亲子陶艺'), await create('乐器体验')];
    const locker = new pg.Client({ connectionString: db.description });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM "Activity" WHERE "id" = $1 FOR UPDATE', [
        Buffer.from(a, 'base64').toString().split(':')[1],
      ]);
      let inA = 'pending';
      const enrollingInA = enroll(a, 0).then((status) => {
        inA = status;
      });
      // Until the enrollment in A is waiting on A's row (a backend of this database waiting on a lock).
      let waiting = 0;
      for (let polls = 0; polls < 600 && waiting === 0; polls++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        const { rows } = await locker.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        );
        waiting = rows[0]?.n ?? 0;
      }
      expect(waiting).toBe(1);
      expect(await enroll(b, 1)).toBe('ENROLLED');
      expect(inA).toBe('pending');
      await locker.query('COMMIT');
      await enrollingInA;
      expect(inA).toBe('ENROLLED');
    } finally {
      await locker.end();
    }
  });
});
