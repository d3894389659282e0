// Benchmark of the response cache (GONGHUI_RESPONSE_CACHE_TTL_MS): part of `pnpm bench`
// (packages/graphql). The demo organizations in an in-memory PGlite (or DATABASE_URL: a database of
// its own there), two yoga servers in production mode in this process, one without the cache and one
// with it (in the process, or in the Redis at GONGHUI_REDIS_URL when set); the same anonymous
// requests sent one after the other to each. It prints per workload the median time and the Node CPU
// per request, computed and served from the cache, and their ratio.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { pino } from 'pino';
import { connectRedis } from '../src/redis.js';
import { seedDemoData } from '../src/seed.js';
import { openDatabase } from '../src/store/database.js';
import { PrismaStore } from '../src/store/prisma-store.js';
import { benchServer } from './measure.js';
import { scratchDatabase } from './scratch-database.js';

const { values: options } = parseArgs({ options: { requests: { type: 'string', default: '300' } } });
const REQUESTS = Number(options.requests);

const scratch = process.env.DATABASE_URL ? await scratchDatabase('cache') : undefined;
const db = scratch?.db ?? (await openDatabase({ dataDir: 'memory://' }));
const logger = pino({ level: 'warn' });
const redis = process.env.GONGHUI_REDIS_URL ? connectRedis(process.env.GONGHUI_REDIS_URL, logger) : undefined;
try {
  await seedDemoData(new PrismaStore(db), { clock: { now: () => new Date() }, ids: { next: randomUUID } });
  const computed = await benchServer({ db, logger });
  const cached = await benchServer({ db, logger, redis, responseCacheTtlMs: 600_000 });
  const id = async (name: string) =>
    encodeGlobalID('Organization', (await db.prisma.organization.findFirstOrThrow({ where: { name } })).id);
  const province = await id('浙江省总工会');
  const city = await db.prisma.organization.findFirstOrThrow({ where: { level: 'MUNICIPAL' } });
  const workloads: [string, string, Record<string, unknown>][] = [
    [
      'W1 organization by id + parent name',
      'query($id: ID!) { organization(id: $id) { name parent { name } } }',
      { id: encodeGlobalID('Organization', city.id) },
    ],
    [
      'W3 subtree page (50) + totalCount of the province',
      'query($id: ID!) { organization(id: $id) { subtree(first: 50) { totalCount nodes { name depth parent { name } } } } }',
      { id: province },
    ],
    [
      'the GraphiQL example MeiyuanFederation',
      'query { organizations(filter: { nameContains: "梅园村", kind: [INDUSTRY_CHAIN_FEDERATION] }) { nodes { id name ancestors { name } memberUnions(first: 20) { totalCount nodes { segment chain member { name creditCode } } } } } }',
      {},
    ],
  ];
  /** Sends the workload REQUESTS times to `server`: median ms and Node CPU ms per request. */
  const run = async (server: typeof computed, query: string, variables: Record<string, unknown>) => {
    const send = () => server(query, variables);
    for (let i = 0; i < 5; i++) await send(); // warm up (and fill the cache)
    const times: number[] = [];
    const cpu = process.cpuUsage();
    for (let i = 0; i < REQUESTS; i++) {
      const t = performance.now();
      await send();
      times.push(performance.now() - t);
    }
    const used = process.cpuUsage(cpu);
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)] as number,
      cpu: (used.user + used.system) / 1000 / REQUESTS,
    };
  };
  console.log(
    `response cache: ${REQUESTS} sequential anonymous requests per workload, yoga in production mode, ${db.kind}, cache ${redis ? 'in Redis' : 'in the process'}`,
  );
  const rows = [];
  for (const [name, query, variables] of workloads) {
    const miss = await run(computed, query, variables);
    const hit = await run(cached, query, variables);
    rows.push({
      workload: name,
      'computed ms': miss.median.toFixed(2),
      'cached ms': hit.median.toFixed(2),
      'computed CPU ms': miss.cpu.toFixed(2),
      'cached CPU ms': hit.cpu.toFixed(2),
      'CPU ratio cached / computed': (hit.cpu / miss.cpu).toFixed(2),
    });
  }
  console.table(rows);
} finally {
  await redis?.close();
  await (scratch ? scratch.drop() : db.close());
}
