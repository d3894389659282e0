// Issue 13's enrollment race at full size on PGlite (part of `pnpm bench`; CI runs 400 for 50 once,
// test/activity-api.test.ts): ten rounds (`--rounds n`) of 2,000 concurrent `enroll` requests of
// 2,000 members for 250 places over HTTP, through one server on an in-memory PGlite (the embedded
// database is one process's), each round checked in the database (bench/enrollment-round.ts:
// exactly 250 enrolled, nobody twice, the waiting list in arrival order). PGlite runs one
// transaction at a time, so the time per round is reported for what it is, not as a rate to compare.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createGonghuiYoga } from '../src/server.js';
import { createActivityWorld, openActivityInput } from '../test/support/activity-world.js';
import { bearer, testAuth } from '../test/support/auth.js';
import { createTestDatabase } from '../test/support/database.js';
import { checkEnrollmentRound } from './enrollment-round.js';

const MEMBERS = 2_000;
const PLACES = 250;
const { values: options } = parseArgs({ options: { rounds: { type: 'string', default: '10' } } });
const ROUNDS = Number(options.rounds);

const db = await createTestDatabase('pglite');
const server = createServer(
  createGonghuiYoga({ db, auth: await testAuth(), production: true, requestTimeoutMs: 600_000 }),
);
server.keepAliveTimeout = 600_000;
try {
  const world = await createActivityWorld(db, MEMBERS);
  await new Promise<void>((resolve) =>
    server.listen({ port: 0, host: '127.0.0.1', backlog: MEMBERS }, resolve),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const admin = await bearer([{ role: 'ORG_ADMIN', organizationId: world.countyId }], 'bench-admin', '1h');
  const tokens = await Promise.all(
    world.memberIds.map((id, i) => bearer([{ role: 'MEMBER', memberId: id }], `m${i}`, '1h')),
  );
  const post = async (authorization: string, query: string, variables: object) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the answers' shapes are the operations'
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };
  const county = encodeGlobalID('Organization', world.countyId);
  for (let round = 1; round <= ROUNDS; round++) {
    const created = await post(
      admin,
      'mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } errors { code } } }',
      { input: openActivityInput(county, `基准测试活动 ${round}`, PLACES) },
    );
    const activityId = created.data?.createActivity.activity?.id as string;
    const started = performance.now();
    const answers = await Promise.all(
      world.memberIds.map((id, i) =>
        post(
          tokens[i] as string,
          'mutation($input: EnrollInput!) { enroll(input: $input) { enrollment { status } errors { code } } }',
          { input: { activityId, memberId: encodeGlobalID('Member', id) } },
        ),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const statuses = answers.map((a) => a.data?.enroll?.enrollment?.status ?? JSON.stringify(a));
    const enrolled = statuses.filter((s) => s === 'ENROLLED').length;
    const other = statuses.find((s) => s !== 'ENROLLED' && s !== 'WAITING');
    if (other !== undefined || enrolled !== PLACES) {
      throw new Error(
        `round ${round}: ${enrolled} ENROLLED answers for ${PLACES} places${other ? `; ${other}` : ''}`,
      );
    }
    await checkEnrollmentRound(db, activityId, MEMBERS, PLACES);
    console.log(
      `enroll on PGlite, round ${round}/${ROUNDS}: ${MEMBERS} at once for ${PLACES} places over HTTP in ${seconds.toFixed(1)} s — ${PLACES} enrolled, nobody twice, the rest waiting in arrival order`,
    );
  }
} finally {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await db.close();
}
