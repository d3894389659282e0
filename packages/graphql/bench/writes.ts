// Benchmark of the write path: `pnpm --filter @gonghui/graphql bench:writes` with DATABASE_URL
// pointing at a PostgreSQL server (a superuser: the bench creates and drops its own database).
//
// Through the real yoga server (production mode, a SYSTEM_ADMIN token), W writers each create
// organizations under a county of their own, one request after the other, for a fixed number of
// creates. It prints creates per second with 1 writer and with W writers (default 8; `--writers 16`)
// and their ratio: how much of the extra concurrency the write path turns into throughput. It also
// prints the SQL statements one create sends (counted at the driver adapter).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { systemClock, uuidIds } from '@gonghui/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { loadAuthConfig, signToken } from '../src/auth/token.js';
import { seedDemoData } from '../src/seed.js';
import { createGonghuiYoga } from '../src/server.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { observeStatements } from '../src/store/statements.js';
import { scratchDatabase } from './scratch-database.js';

const { values: options } = parseArgs({
  options: {
    writers: { type: 'string', default: '8' },
    creates: { type: 'string', default: '400' },
  },
});
const WRITERS = Number(options.writers);
const CREATES = Number(options.creates);
const { db, drop } = await scratchDatabase('writes');
try {
  await seedDemoData(new PrismaStore(db), { clock: systemClock, ids: uuidIds });
  const auth = await loadAuthConfig({ GONGHUI_JWT_SECRET: 'bench-secret-0123456789abcdef0123456789' }, '');
  const authorization = `Bearer ${await signToken(auth, { subject: 'bench', grants: [{ role: 'SYSTEM_ADMIN' }], ttl: '1h' })}`;
  const yoga = createGonghuiYoga({ db, auth, production: true });
  const counties = await db.prisma.organization.findMany({
    where: { level: 'COUNTY', kind: 'FEDERATION_OF_TRADE_UNIONS' },
    select: { id: true },
    take: WRITERS,
  });
  if (counties.length < WRITERS) throw new Error(`the demo data has only ${counties.length} counties`);
  const MUTATION = `mutation($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { organization { id name } errors { code } } }`;
  let serial = 0;
  const create = async (parent: string): Promise<void> => {
    serial += 1;
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({
        query: MUTATION,
        variables: {
          input: {
            name: `基准测试乡镇总工会 ${serial}`,
            kind: 'FEDERATION_OF_TRADE_UNIONS',
            level: 'TOWNSHIP',
            parentId: encodeGlobalID('Organization', parent),
          },
        },
      }),
    });
    const body = (await response.json()) as {
      errors?: unknown;
      data?: { createOrganization: { errors: unknown[] } };
    };
    if (body.errors || body.data?.createOrganization.errors.length !== 0)
      throw new Error(JSON.stringify(body));
  };
  const run = async (writers: number): Promise<number> => {
    const per = Math.ceil(CREATES / writers);
    const started = performance.now();
    await Promise.all(
      counties.slice(0, writers).map(async ({ id }) => {
        for (let i = 0; i < per; i++) await create(id);
      }),
    );
    return (per * writers) / ((performance.now() - started) / 1000);
  };

  const statements: string[] = [];
  const stop = observeStatements(db.prisma, (sql) => statements.push(sql));
  await create(counties[0]?.id as string);
  stop();
  await run(WRITERS); // warm up
  const one = await run(1);
  const many = await run(WRITERS);
  console.log(
    `create-organization on PostgreSQL (${CREATES} creates per run, through yoga, production mode)`,
  );
  console.table({
    '1 writer': { 'creates/s': one.toFixed(0) },
    [`${WRITERS} writers`]: { 'creates/s': many.toFixed(0) },
  });
  console.log(`ratio ${WRITERS} writers / 1 writer: ${(many / one).toFixed(2)}`);
  console.log(`statements of one create (BEGIN/COMMIT included): ${statements.length}`);
  for (const sql of statements) console.log(`  ${sql.replace(/\s+/g, ' ').slice(0, 140)}`);
} finally {
  await drop();
}
