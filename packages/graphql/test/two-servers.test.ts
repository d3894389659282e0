// Two `gonghui serve` processes on one PostgreSQL and one Redis (both the test's own, on free
// ports): a subscription (server-sent events) on one hears a mutation made on the other, and one
// viewer's rate limit holds across both.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminBearer, bearer, TEST_JWT_SECRET } from './support/auth.js';
import { TEST_DATA_KEY } from './support/database.js';
import {
  eventually,
  freePort,
  postgresBin,
  postgresDir,
  REDIS_SERVER,
  removeDir,
  type TestCluster,
  type TestRedis,
  testPrimary,
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

describe.skipIf(MISSING)('two gonghui serve processes, one PostgreSQL, one Redis', () => {
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
    dir = await postgresDir('gonghui-two-servers-');
    [primary, redis] = await Promise.all([testPrimary(BIN as string, dir), testRedis()]);
    await redis.start();
    urls.push(await serve('A')); // the first one migrates the empty database
    urls.push(await serve('B'));
  }, 180_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
    await redis?.stop();
    await primary?.stop('immediate').catch(() => undefined);
    await removeDir(dir);
  });

  /** Posts to server `i` with `authorization`; the response. */
  const post = (i: number, authorization: string, body: object, accept = 'application/json') =>
    fetch(urls[i] as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, authorization },
      body: JSON.stringify(body),
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
});
