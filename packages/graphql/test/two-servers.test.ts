// Two `gonghui serve` processes on one PostgreSQL and one Redis (both the test's own, on free
// ports): a subscription (server-sent events) on one hears a mutation made on the other, one
// viewer's rate limit holds across both, and the ballot and enrollment races with their requests
// spread over both end as on one server: one ballot per token, never more enrolled than the places.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/store/database.js';
import { createActivityWorld, openActivityInput } from './support/activity-world.js';
import { adminBearer, bearer, TEST_JWT_SECRET } from './support/auth.js';
import { TEST_DATA_KEY, testAuditKey, testPersonalData } from './support/database.js';
import { approving, issueAll, openElection, unionWithMembers } from './support/election.js';
import {
  eventually,
  freePort,
  postgresBin,
  REDIS_SERVER,
  type TestCluster,
  type TestPostgres,
  type TestRedis,
  testPostgres,
  testRedis,
} from './support/services.js';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = await postgresBin();
const MISSING = BIN === undefined || REDIS_SERVER === undefined;
// .ci/run installs PostgreSQL and redis-server, so only a machine without them skips, saying why.
if (MISSING)
  console.warn('two-server test skipped: needs /usr/lib/postgresql/<version>/bin and redis-server');

/** Requests per viewer per minute on both servers together. */
const LIMIT = 8;
/** The ballot race: one token sent this many times, and this many voters casting at once. */
const SAME_TOKEN = 20;
const VOTERS = 120;
/** The enrollment race: this many members at once for this many places. */
const ENROLLING = 120;
const PLACES = 30;

describe.skipIf(MISSING)('two gonghui serve processes, one PostgreSQL, one Redis', () => {
  let servers: TestPostgres;
  let dir: string;
  let primary: TestCluster;
  let redis: TestRedis;
  const children: ChildProcess[] = [];
  const urls: string[] = [];
  const output: string[] = [];

  /** Starts `gonghui serve` (from the sources, through tsx) on a free port; resolves once /health answers. */
  const serve = async (name: string): Promise<string> => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['--conditions=@gonghui/source', '--import', 'tsx', 'src/cli.ts', 'serve', '--port', String(port)],
      {
        cwd: PACKAGE,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: primary.url(),
          GONGHUI_REDIS_URL: redis.url,
          GONGHUI_RATE_LIMIT: `${LIMIT}/60`,
          // Anonymous voters are counted by the X-Forwarded-For entry the (pretended) proxy adds.
          GONGHUI_TRUSTED_PROXIES: '1',
          // The races' claims wait for one row while 120 requests share two busy cores (as in
          // activity-api.test.ts): no statement timeout, and a query deadline far beyond them.
          GONGHUI_STATEMENT_TIMEOUT_MS: '0',
          GONGHUI_REQUEST_TIMEOUT_MS: '120000',
          GONGHUI_JWT_SECRET: TEST_JWT_SECRET,
          GONGHUI_DATA_KEY: TEST_DATA_KEY,
          GONGHUI_DATA_DIR: await mkdtemp(join(dir, `${name}-`)),
          GONGHUI_AUDIT_CHECKPOINT_SECONDS: '0',
          GONGHUI_LOG_FORMAT: 'json',
          GONGHUI_LOG_LEVEL: 'warn',
        },
      },
    );
    children.push(child);
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => output.push(`${name}: ${chunk}`));
    }
    const url = `http://127.0.0.1:${port}`;
    await eventually(
      async () => (await fetch(`${url}/health`).catch(() => null))?.status === 200,
      `${name} answering /health (${output.join('')})`,
      90_000,
    );
    return `${url}/graphql`;
  };

  beforeAll(async () => {
    [servers, redis] = await Promise.all([testPostgres(BIN as string, 'gonghui-two-servers-'), testRedis()]);
    ({ dir, primary } = servers);
    await redis.start();
    urls.push(await serve('A')); // the first one migrates the empty database
    urls.push(await serve('B'));
  }, 180_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    await redis?.stop();
    await servers?.stop();
  });

  /** Posts to server `i` with `authorization` (none when empty) from `address`; the response. */
  const post = (
    i: number,
    authorization: string,
    body: object,
    accept = 'application/json',
    address = '10.0.0.1',
  ) =>
    fetch(urls[i] as string, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept,
        'x-forwarded-for': address,
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify(body),
    });
  /** The test's own connection to the servers' PostgreSQL, for setting up and counting. */
  const direct = (): Promise<Database> =>
    openDatabase({
      url: primary.url(),
      migrate: false,
      personalData: testPersonalData,
      auditKey: testAuditKey,
    });

  it('a subscription on A hears a mutation made on B', async () => {
    const admin = await adminBearer();
    const created = await (
      await post(0, admin, {
        query: `mutation($input: CreateOrganizationInput!) {
          createOrganization(input: $input) { organization { id } errors { code } } }`,
        variables: {
          input: { name: '双进程测试省总工会', kind: 'FEDERATION_OF_TRADE_UNIONS', level: 'PROVINCIAL' },
        },
      })
    ).json();
    const id: string = created.data.createOrganization.organization.id;

    // A subscription over server-sent events on A.
    const stream = await post(
      0,
      admin,
      {
        query: `subscription($id: ID!) { organizationChanged(id: $id) { change organization { id name } } }`,
        variables: { id },
      },
      'text/event-stream',
    );
    expect(stream.status).toBe(200);
    const reader = stream.body?.getReader();
    const firstEvent = (async () => {
      let text = '';
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) throw new Error(`the stream ended: ${text}`);
        text += new TextDecoder().decode(chunk.value);
        const data = /^data: (.+)$/m.exec(text.split('\n\n').find((block) => block.includes('data: ')) ?? '');
        if (data) return JSON.parse(data[1] as string);
      }
    })();
    // A has subscribed in Redis once its channel counts a subscriber.
    const watcher = new Redis(redis.url);
    const databaseId = decodeGlobalID(id).id;
    await eventually(
      async () =>
        (await watcher.pubsub('NUMSUB', `gonghui:event:organization.changed:${databaseId}`))[1] === 1,
      'A subscribed in Redis',
    );
    watcher.disconnect();

    const updated = await (
      await post(1, admin, {
        query: `mutation($input: UpdateOrganizationInput!) {
          updateOrganization(input: $input) { organization { name } errors { code } } }`,
        variables: { input: { id, name: '双进程测试省总工会（改名）' } },
      })
    ).json();
    expect(updated.data.updateOrganization.errors).toEqual([]);
    expect(await firstEvent).toEqual({
      data: {
        organizationChanged: { change: 'UPDATED', organization: { id, name: '双进程测试省总工会（改名）' } },
      },
    });
    await reader?.cancel();
  });

  it('one viewer gets the rate limit once across both servers', async () => {
    const viewer = await bearer([], 'two-servers-viewer');
    const statuses: number[] = [];
    for (let n = 0; n < LIMIT + 4; n++) {
      const response = await post(n % 2, viewer, { query: '{ __typename }' });
      await response.text();
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual([429, 429, 429, 429]);
  });

  it('the ballot race spread over both: one token sent 20 times casts once, 120 voters at once cast 120 ballots', async () => {
    const db = await direct();
    try {
      const members = await unionWithMembers(db, VOTERS);
      const { electionId, candidacyIds, store } = await openElection(db, members, {
        seats: 2,
        candidates: 3,
        bulkAttendance: true,
      });
      const tokens = await issueAll(store, electionId, members.memberIds);
      const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt errors { code } } }`;
      const cast = async (n: number, token: string, candidate: number) => {
        const input = {
          electionId: encodeGlobalID('Election', electionId),
          token,
          ballot: approving(candidacyIds[candidate] as string),
        };
        // Every request from its own address: the voters are many people, the retries of one many networks.
        const response = await post(
          n % 2,
          '',
          { query: CAST, variables: { input } },
          'application/json',
          `10.1.${n >> 8}.${n & 255}`,
        );
        const body = await response.json();
        return (body.data?.castBallot ?? JSON.stringify(body)) as {
          receipt: string | null;
          errors: { code: string }[];
        };
      };
      const [first, ...rest] = tokens as [string, ...string[]];
      const same = await Promise.all(Array.from({ length: SAME_TOKEN }, (_, n) => cast(n, first, 0)));
      expect(same.filter((answer) => answer.receipt !== null)).toHaveLength(1);
      expect(same.flatMap((answer) => answer.errors.map((e) => e.code))).toEqual(
        Array(SAME_TOKEN - 1).fill('BALLOT_TOKEN_USED'),
      );
      const many = await Promise.all(rest.map((token, n) => cast(SAME_TOKEN + n, token, n % 3)));
      expect(many.filter((answer) => answer.receipt === null)).toEqual([]);
      expect(new Set(many.map((answer) => answer.receipt)).size).toBe(VOTERS - 1);
      expect(await db.prisma.castBallot.count({ where: { electionId } })).toBe(VOTERS);
      expect(await db.prisma.spentBallotToken.count({ where: { electionId } })).toBe(VOTERS);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('the enrollment race spread over both: 120 members at once for 30 places, never more, nobody twice', async () => {
    const db = await direct();
    try {
      const world = await createActivityWorld(db, ENROLLING);
      const admin = await bearer(
        [{ role: 'ORG_ADMIN', organizationId: world.countyId }],
        'race-county-admin',
      );
      const created = await (
        await post(0, admin, {
          query: `mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } errors { code } } }`,
          variables: {
            input: openActivityInput(
              encodeGlobalID('Organization', world.countyId),
              '双进程报名测试',
              PLACES,
            ),
          },
        })
      ).json();
      const activityId: string = created.data.createActivity.activity.id;
      const tokens = await Promise.all(
        world.memberIds.map((memberId) => bearer([{ role: 'MEMBER', memberId }], `race-${memberId}`)),
      );
      const ENROLL = `mutation($input: EnrollInput!) { enroll(input: $input) { enrollment { status } errors { code } } }`;
      const answers = await Promise.all(
        world.memberIds.map(async (memberId, n) => {
          const input = { activityId, memberId: encodeGlobalID('Member', memberId) };
          const body = await (
            await post(n % 2, tokens[n] as string, { query: ENROLL, variables: { input } })
          ).json();
          return body.data?.enroll?.enrollment?.status ?? JSON.stringify(body);
        }),
      );
      expect(answers.filter((status) => status !== 'ENROLLED' && status !== 'WAITING')).toEqual([]);
      expect(answers.filter((status) => status === 'ENROLLED')).toHaveLength(PLACES);
      const id = decodeGlobalID(activityId).id;
      expect((await db.prisma.activity.findUniqueOrThrow({ where: { id } })).taken).toBe(PLACES);
      const rows = await db.prisma.enrollment.findMany({ where: { activityId: id } });
      expect(new Set(rows.map((row) => row.memberId)).size).toBe(ENROLLING);
      expect(rows.filter((row) => row.status === 'ENROLLED')).toHaveLength(PLACES);
    } finally {
      await db.close();
    }
  }, 120_000);
});
